using System;
using System.Linq;
using System.Reflection;
using Dataset.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Dataset.Tests.Quotes
{
    /// <summary>The real seed's quote table, as a consumer reads it: records, speakers, constants and the cross-article index.</summary>
    public sealed class GeneratedQuoteTableTests
    {
        private const string Member = "_000_93d74374661e688a";

        // The table: paragraph (seed line − 3), start of the text, speaker as written, speaker name, kind.
        private static readonly (int Paragraph, string Starts, string Speaker, string Name, QuoteKind Kind)[] Expected =
        {
            (2, "The two sides have agreed", "Xi", "Xi Jinping", QuoteKind.Full),
            (4, "some specific issues", "Xi", "Xi Jinping", QuoteKind.Partial),
            (4, "This is very good,", "Xi", "Xi Jinping", QuoteKind.Full),
            (5, "I hope that through this visit", "Xi", "Xi Jinping", QuoteKind.Full),
            (10, "coincides with a critical juncture", "China’s Ministry of Foreign Affairs", "China’s Ministry of Foreign Affairs", QuoteKind.Partial),
            (10, "U.S. side’s erroneous perception", "China’s Ministry of Foreign Affairs", "China’s Ministry of Foreign Affairs", QuoteKind.Partial),
            (10, "low point", "China’s Ministry of Foreign Affairs", "China’s Ministry of Foreign Affairs", QuoteKind.Partial),
            (11, "the spiraling decline", "It", "China’s Ministry of Foreign Affairs", QuoteKind.Partial),
            (11, "demanded that the U.S. stop hyping", "It", "China’s Ministry of Foreign Affairs", QuoteKind.Partial),
            (12, "underscored the importance", "The State Department", "The State Department", QuoteKind.Partial),
            (14, "the China-U.S. relationship is at the lowest point", "Beijing", "Beijing", QuoteKind.Partial),
            (17, "precisely so that we can make sure", "Blinken", "Antony Blinken", QuoteKind.Partial),
            (20, "benefit our two countries.", "Xi", "Xi Jinping", QuoteKind.Partial),
        };

        private static readonly Lazy<(LoadedDataset Dataset, GeneratorOutcome Outcome)> Real = new(() =>
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(GeneratorHarness.Seed("seeds/000_93d74374661e688a.txt", Repository.RealSeedText));
            return (outcome.Load(), outcome);
        });

        private static Article Article => Real.Value.Dataset.Property(Member);

        [Fact]
        public void Real_seed_has_exactly_the_expected_quote_table()
        {
            Assert.Empty(Real.Value.Outcome.CompilationProblems);
            Assert.Equal(
                Expected.Select(e => (e.Paragraph, e.Starts, e.Speaker, e.Name, e.Kind)),
                Article.Quotes.Select(q => (q.Paragraph, Prefix(q.Text, Expected[q.Index].Starts), q.Speaker ?? "-", q.SpeakerName ?? "-", q.Kind)));
            Assert.Contains("‘China threat theory’", Article.Quotes[8].Text);
            Assert.Equal(Enumerable.Range(0, 13), Article.Quotes.Select(q => q.Index));
            Assert.All(Article.Quotes, q => Assert.Equal("000_93d74374661e688a", q.ArticleId));
        }

        [Fact]
        public void Quote_positions_point_at_the_text_between_the_marks()
        {
            Assert.All(Article.Quotes, q =>
            {
                string paragraph = Article.Paragraphs[q.Paragraph].Text;
                Assert.Equal(q.Text, paragraph.Substring(q.Start, q.Length));
                Assert.Contains(paragraph[q.Start - 1], "“\"‘«");
            });
        }

        [Fact]
        public void Cues_are_the_reporting_words_as_written()
        {
            Assert.Equal("is heard to say", Article.Quotes[0].Cue);
            Assert.Equal("stated", Article.Quotes[2].Cue);
            Assert.Equal("added", Article.Quotes[3].Cue);
            Assert.Equal("wrote", Article.Quotes[4].Cue);
        }

        [Fact]
        public void Speakers_group_the_quotes_under_the_fullest_name_and_share_the_quote_instances()
        {
            Assert.Equal(
                new[] { "Xi Jinping", "China’s Ministry of Foreign Affairs", "The State Department", "Beijing", "Antony Blinken" },
                Article.Speakers.Select(s => s.Name));
            Speaker xi = Article.Speakers[0];
            Assert.Equal(new[] { 0, 1, 2, 3, 12 }, xi.Quotes.Select(q => q.Index));
            Assert.Same(Article.Quotes[12], xi.Quotes[4]);
            Assert.Contains("Xi", xi.Aliases);
            Assert.Contains("It", Article.Speakers[1].Aliases);
        }

        [Fact]
        public void Every_quote_is_also_a_documented_constant_named_by_position_and_speaker()
        {
            Type table = Real.Value.Dataset.Type.GetNestedType("Quotes")!.GetNestedType(Member)!;
            FieldInfo[] constants = table.GetFields(BindingFlags.Public | BindingFlags.Static);
            Assert.All(constants, c => Assert.True(c.IsLiteral));
            Assert.Equal(Article.Quotes.Select(q => q.Text), constants.Select(c => (string)c.GetRawConstantValue()!));
            Assert.Equal("Q00_Xi_Jinping", constants[0].Name);
            Assert.Equal("Q07_China_s_Ministry_of_Foreign_Affairs", constants[7].Name);

            string source = Real.Value.Outcome.Source("Articles.Part000.g.cs");
            Assert.Contains("/// <summary>Xi Jinping (as “Xi”), is heard to say; paragraph 2; full sentence.</summary>", source);
        }

        [Fact]
        public void Quote_constants_can_be_left_out_and_the_records_keep_every_quote()
        {
            var properties = GeneratorHarness.DefaultProperties();
            properties["DatasetQuoteConstants"] = "false";
            GeneratorOutcome outcome = GeneratorHarness.Run(new[] { GeneratorHarness.Seed("seeds/" + Article.Id + ".txt", Repository.RealSeedText) }, properties);

            Assert.Empty(outcome.CompilationProblems);
            LoadedDataset dataset = outcome.Load();
            Assert.Null(dataset.Type.GetNestedType("Quotes"));
            Assert.Equal(Article.Quotes.Select(q => q.Text), dataset.Get(Article.Id).Quotes.Select(q => q.Text));
            Assert.DoesNotContain(outcome.Sources, s => s.SourceText.ToString().Contains("public const string", StringComparison.Ordinal));
        }

        [Fact]
        public void Quotes_by_speaker_span_the_dataset_and_unknown_names_give_none()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(
                GeneratorHarness.Seed("seeds/000_93d74374661e688a.txt", Repository.RealSeedText),
                GeneratorHarness.Seed("seeds/second.txt", "Xi Jinping spoke again on Tuesday.\n“We are ready,” Xi said."));
            Assert.Empty(outcome.CompilationProblems);
            LoadedDataset dataset = outcome.Load();
            MethodInfo quotesBy = dataset.Type.GetMethod("QuotesBy")!;
            var xi = (System.Collections.Generic.IReadOnlyList<Quote>)quotesBy.Invoke(null, new object[] { "Xi Jinping" })!;
            Assert.Equal(new[] { "000_93d74374661e688a", "000_93d74374661e688a", "000_93d74374661e688a", "000_93d74374661e688a", "000_93d74374661e688a", "second" }, xi.Select(q => q.ArticleId));
            Assert.Same(dataset.Get("second").Quotes[0], xi[5]);
            Assert.Empty((System.Collections.Generic.IReadOnlyList<Quote>)quotesBy.Invoke(null, new object[] { "Nobody" })!);
            var names = (System.Collections.Generic.IReadOnlyList<string>)dataset.Type.GetProperty("SpeakerNames")!.GetValue(null)!;
            Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), names);
            Assert.Contains("Antony Blinken", names);
        }

        private static string Prefix(string text, string expected) => text.StartsWith(expected, StringComparison.Ordinal) ? expected : text;
    }
}
