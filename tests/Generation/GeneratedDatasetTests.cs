using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Dataset.Generator.Parsing;
using Dataset.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Dataset.Tests.Generation
{
    /// <summary>The generated dataset, compiled with the runtime and loaded: what a consumer really gets.</summary>
    public sealed class GeneratedDatasetTests
    {
        private const string RealId = "000_93d74374661e688a";
        private const string RealMember = "_000_93d74374661e688a";

        private static AdditionalText RealSeed(string relativePath = "seeds/" + RealId + ".txt") =>
            GeneratorHarness.Seed(relativePath, Repository.RealSeedText);

        [Fact]
        public void Real_seed_compiles_without_warnings_and_loads_as_the_parsed_article()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(RealSeed());
            Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Severity > DiagnosticSeverity.Info);
            Assert.Empty(outcome.CompilationProblems);

            Article article = outcome.Load().Property(RealMember);
            var expected = SeedParser.Parse(Repository.RealSeedPath, Repository.RealSeedText).Article!;
            Assert.Equal(RealId, article.Id);
            Assert.Equal("seeds/000_93d74374661e688a.txt", article.SourceFile);
            Assert.Null(article.Title);
            Assert.Equal("BEIJING", article.Dateline);
            Assert.Equal("Leah Millis/AP", article.PhotoCredit);
            Assert.Equal(expected.Paragraphs.Select(p => (p.Index, p.Text, p.Line)), article.Paragraphs.Select(p => (p.Index, p.Text, p.Line)));
            Assert.Equal(920, article.WordCount);
            Assert.Equal(TimeSpan.FromMinutes(920 / 238.0), article.ReadingTime);
            Assert.Equal(expected.ContentHash, article.ContentHash);
            Assert.Equal(new[] { 1, 27, 28, 29 }, article.RemovedLines.Select(l => l.Line));
        }

        [Fact]
        public void Lookups_find_articles_by_id_and_name_the_missing_id()
        {
            LoadedDataset dataset = GeneratorHarness.Run(RealSeed(), GeneratorHarness.Seed("seeds/second-story.txt", "Second story.")).Load();

            Assert.Equal(2, dataset.Count);
            Assert.Equal(new[] { RealId, "second-story" }, dataset.Ids);
            Assert.Equal(new[] { RealId, "second-story" }, dataset.All.Select(a => a.Id));
            Assert.Same(dataset.Property("Second_story"), dataset.Get("second-story"));
            Assert.True(dataset.TryGet(RealId, out Article? found));
            Assert.Same(dataset.Property(RealMember), found);

            Assert.False(dataset.TryGet("missing", out Article? missing));
            Assert.Null(missing);
            var error = Assert.Throws<KeyNotFoundException>(() => dataset.Get("missing"));
            Assert.Contains("'missing'", error.Message);
            Assert.Throws<ArgumentNullException>(() => dataset.Get(null!));
        }

        [Fact]
        public void Collections_cannot_be_modified_through_a_cast()
        {
            Article article = GeneratorHarness.Run(RealSeed()).Load().Property(RealMember);
            Assert.False(article.Paragraphs is Paragraph[]);
            Assert.Throws<NotSupportedException>(() => ((IList<Paragraph>)article.Paragraphs)[0] = article.Paragraphs[1]);
        }

        [Fact]
        public void Touching_one_article_decodes_only_that_one_and_keeps_it()
        {
            LoadedDataset dataset = GeneratorHarness.Run(RealSeed(), GeneratorHarness.Seed("seeds/other.txt", "Other.")).Load();
            const BindingFlags statics = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

            // The class itself holds no state (so no static constructor runs when any member is touched); the data
            // sits in the assembly and the reader behind the nested store decodes an article on its first use.
            Assert.Null(dataset.Type.TypeInitializer);
            Assert.DoesNotContain(dataset.Type.GetFields(statics), f => !f.IsLiteral);
            Article?[] Decoded()
            {
                object store = dataset.Type.GetNestedType("__Store", BindingFlags.NonPublic)!.GetField("Instance", statics)!.GetValue(null)!;
                return (Article?[]?)typeof(Dataset.Storage.ArticleStore).GetField("_articles", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(store) ?? Array.Empty<Article?>();
            }

            Assert.All(Decoded(), Assert.Null);
            Article other = dataset.Property("Other");
            Assert.Equal(new[] { false, true }, Decoded().Select(a => a is not null));
            Assert.Same(other, dataset.Property("Other"));
            Assert.Same(other, Decoded()[1]);
        }

        [Theory]
        [InlineData("000_93d74374661e688a", "_000_93d74374661e688a")]
        [InlineData("blinken-meets-xi", "Blinken_meets_xi")]
        [InlineData("class", "Class")]
        [InlineData("All", "All_")]
        [InlineData("Articles", "Articles_")]
        [InlineData("--a  b--", "A_b")]
        [InlineData("日本の記事", "日本の記事")]
        [InlineData("—", "_2014")]
        [InlineData("value", "Value")]
        [InlineData("create", "Create")]
        public void Member_names_are_valid_readable_identifiers(string id, string member)
        {
            Assert.Equal(member, Dataset.Generator.Emitting.MemberNames.FromId(id, "Articles"));

            // A quote too, so the quotes-by-speaker index refers to the article from inside its holder classes.
            GeneratorOutcome outcome = GeneratorHarness.Run(GeneratorHarness.Seed("seeds/" + id + ".txt", "“Text,” Xi said."), GeneratorHarness.Seed("seeds/other.txt", "Other."));
            Assert.Empty(outcome.CompilationProblems);
            Assert.Equal(id, outcome.Load().Property(member).Id);
        }

        [Fact]
        public void Ids_that_differ_only_in_case_are_both_generated()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(GeneratorHarness.Seed("seeds/news-abc.txt", "Lower."), GeneratorHarness.Seed("seeds/news-ABC.txt", "Upper."));
            Assert.Null(outcome.RunResult.Results.Single().Exception);
            Assert.Empty(outcome.CompilationProblems);
            LoadedDataset dataset = outcome.Load();
            Assert.Equal("Upper.", dataset.Property("News_ABC").Paragraphs[0].Text);
            Assert.Equal("Lower.", dataset.Property("News_abc").Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("Quotes")]
        [InlineData("All")]
        [InlineData("__Ids")]
        [InlineData("not valid")]
        public void A_class_name_the_generated_class_cannot_take_falls_back_to_Articles(string className)
        {
            var properties = new Dictionary<string, string>(GeneratorHarness.DefaultProperties()) { ["DatasetClassName"] = className };
            GeneratorOutcome outcome = GeneratorHarness.Run(new[] { RealSeed() }, properties);
            Assert.Empty(outcome.CompilationProblems);
            Assert.Equal(1, outcome.Load("Articles").Count);
        }

        [Fact]
        public void Very_long_ids_and_speaker_names_stay_within_metadata_limits()
        {
            string id = new string('a', 250);
            string speaker = string.Join(" ", Enumerable.Range(0, 60).Select(i => "Name" + (char)('A' + (i % 26)) + "abcdefghijkl"));
            GeneratorOutcome outcome = GeneratorHarness.Run(GeneratorHarness.Seed("seeds/" + id + ".txt", speaker + " said “hello there.”"));
            Assert.Empty(outcome.CompilationProblems);
            Assert.Equal(id, Assert.Single(outcome.Load().All).Id);
        }

        [Fact]
        public void Output_is_byte_identical_across_runs()
        {
            string[] first = GeneratorHarness.Run(RealSeed()).Sources.Select(s => s.HintName + "\n" + s.SourceText).ToArray();
            string[] second = GeneratorHarness.Run(RealSeed()).Sources.Select(s => s.HintName + "\n" + s.SourceText).ToArray();
            Assert.Equal(first, second);
        }

        [Fact]
        public void Lf_and_crlf_seeds_generate_identical_code()
        {
            var lf = GeneratorHarness.Run(RealSeed()).Sources.Select(s => s.SourceText.ToString());
            var crlf = GeneratorHarness.Run(GeneratorHarness.Seed("seeds/" + RealId + ".txt", Repository.RealSeedText.Replace("\n", "\r\n")))
                .Sources.Select(s => s.SourceText.ToString());
            Assert.Equal(lf, crlf);
        }

        [Fact]
        public void Source_file_is_project_relative_and_never_absolute()
        {
            Article inside = GeneratorHarness.Run(RealSeed("data/news/" + RealId + ".txt")).Load().Property(RealMember);
            Assert.Equal("data/news/" + RealId + ".txt", inside.SourceFile);

            var outside = new Dictionary<string, string>(GeneratorHarness.DefaultProperties()) { ["ProjectDir"] = GeneratorHarness.ProjectDir + "sample/" };
            Article linked = GeneratorHarness.Run(new[] { RealSeed() }, outside).Load().Property(RealMember);
            Assert.Equal("../seeds/" + RealId + ".txt", linked.SourceFile);
        }

        [Fact]
        public void Generated_code_compiles_for_csharp_7_3_consumers()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(new[] { RealSeed() }, version: LanguageVersion.CSharp7_3);
            Assert.Empty(outcome.CompilationProblems);
            Assert.DoesNotContain(outcome.Sources, s => s.SourceText.ToString().Contains("#nullable"));
            Assert.Equal("BEIJING", outcome.Load().Get(RealId).Dateline);
        }

        [Fact]
        public void Namespace_falls_back_when_the_project_gives_none_and_is_sanitised_when_invalid()
        {
            GeneratorOutcome none = GeneratorHarness.Run(new[] { RealSeed() }, new Dictionary<string, string> { ["ProjectDir"] = GeneratorHarness.ProjectDir });
            Assert.Equal(1, none.Load(ns: "Dataset.Generated").Count);

            var dashed = new Dictionary<string, string>(GeneratorHarness.DefaultProperties()) { ["RootNamespace"] = "My-App.2nd" };
            Assert.Equal(1, GeneratorHarness.Run(new[] { RealSeed() }, dashed).Load(ns: "My_App._2nd").Count);
        }

        [Fact]
        public void Empty_junk_only_and_binary_seeds_do_not_stop_the_rest_of_the_dataset()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(
                RealSeed(),
                GeneratorHarness.Seed("seeds/empty.txt", string.Empty),
                GeneratorHarness.Seed("seeds/junk.txt", "[ad_1]\nSource link\n"),
                GeneratorHarness.Seed("seeds/binary.txt", "PK\u0003\u0004\u0000\u0000"));

            Assert.Null(outcome.RunResult.Results.Single().Exception);
            Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Id == "CS8785");
            Assert.Equal(
                new[] { ("DS0002", "binary.txt"), ("DS0004", "empty.txt"), ("DS0004", "junk.txt") },
                outcome.GeneratorDiagnostics.Where(d => d.Severity > DiagnosticSeverity.Info).Select(d => (d.Id, System.IO.Path.GetFileName(d.Location.GetLineSpan().Path))).OrderBy(x => x.Item2));

            // Empty and junk-only seeds still give (empty) articles, so code that names them compiles; binary gives none.
            LoadedDataset dataset = outcome.Load();
            Assert.Equal(new[] { RealId, "empty", "junk" }, dataset.Ids);
            Assert.Empty(dataset.Get("junk").Paragraphs);
            Assert.Equal(new[] { 1, 2 }, dataset.Get("junk").RemovedLines.Select(l => l.Line));
        }

        [Fact]
        public void Two_seeds_with_one_id_are_both_reported_and_the_first_path_wins()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(
                GeneratorHarness.Seed("seeds/b/story.txt", "From b."),
                GeneratorHarness.Seed("seeds/a/story.txt", "From a."));

            Assert.Equal(2, outcome.GeneratorDiagnostics.Count(d => d.Id == "DS0005"));
            Assert.Equal("From a.", outcome.Load().Get("story").Paragraphs[0].Text);
        }

        [Fact]
        public void Ids_that_map_to_one_member_name_are_reported()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(
                GeneratorHarness.Seed("seeds/my-story.txt", "Dash."),
                GeneratorHarness.Seed("seeds/my_story.txt", "Underscore."));

            Assert.Equal(2, outcome.GeneratorDiagnostics.Count(d => d.Id == "DS0006"));
            Assert.Equal(new[] { "my-story" }, outcome.Load().Ids);
        }

        [Fact]
        public void Only_txt_additional_files_are_seeds()
        {
            LoadedDataset dataset = GeneratorHarness.Run(RealSeed(), GeneratorHarness.Seed("seeds/readme.md", "# Not a seed")).Load();
            Assert.Equal(new[] { RealId }, dataset.Ids);
        }
    }
}
