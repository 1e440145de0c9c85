using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Tests.Support;
using Dataset.Tests.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Dataset.Tests.Storage
{
    /// <summary>
    /// C# 11 and later store the data as <c>u8</c> literals; C# 7.3–10 pack it into string literals. Both must give
    /// back exactly what the parser produced, for every kind of text.
    /// </summary>
    public sealed class LanguageRouteTests
    {
        public static readonly TheoryData<LanguageVersion> Versions = new()
        {
            LanguageVersion.CSharp7_3, LanguageVersion.CSharp10, LanguageVersion.CSharp11, LanguageVersion.Latest,
        };

        [Theory]
        [MemberData(nameof(Versions))]
        public void Every_language_version_reads_back_exactly_what_the_parser_produced(LanguageVersion version)
        {
            (string Path, string Text)[] seeds = Seeds();
            var properties = GeneratorHarness.DefaultProperties();
            properties["DatasetArticlesPerFile"] = "3";

            GeneratorOutcome outcome = GeneratorHarness.Run(seeds.Select(s => GeneratorHarness.Seed(s.Path, s.Text)), properties, version);
            Assert.Empty(outcome.CompilationProblems);
            Assert.All(outcome.Sources.Where(s => s.HintName.Contains(".Part", StringComparison.Ordinal)), source =>
                Assert.Contains(version >= LanguageVersion.CSharp11 ? "\"u8;" : " => Unpack(\"", source.SourceText.ToString(), StringComparison.Ordinal));

            LoadedDataset dataset = outcome.Load();
            ArticleSpec[] expected = seeds
                .Select(s => SeedParser.Parse(s.Path, s.Text).Article!)
                .OrderBy(a => a.Id, StringComparer.Ordinal)
                .ToArray();
            Assert.Equal(expected.Select(a => a.Id), dataset.Ids);
            foreach (ArticleSpec article in expected)
            {
                Assert.Equal(ArticleDump.Of(article), ArticleDump.Of(dataset.Get(article.Id)));
            }

            var names = (IReadOnlyList<string>)dataset.Type.GetProperty("SpeakerNames")!.GetValue(null)!;
            Assert.Equal(expected.SelectMany(a => a.Speakers).Select(s => s.Name).Distinct().OrderBy(n => n, StringComparer.Ordinal), names);
        }

        private static (string Path, string Text)[] Seeds()
        {
            var seeds = new List<(string, string)>
            {
                ("seeds/000_93d74374661e688a.txt", Repository.RealSeedText),
                ("seeds/front-matter.txt", System.IO.File.ReadAllText(System.IO.Path.Combine(Repository.Root, "tests", "CompiledSeeds", "front-matter-sample.txt"))),
                ("seeds/empty.txt", string.Empty),
                ("seeds/scripts.txt", "CAIRO — «مرحبا» قال الرجل. “日本語のテキスト,” she said, “and 😀 emoji.”\nΚαλημέρα κόσμε, Привет мир; ħ ĸ ŋ — ‘quoted’ and tab\there."),
            };
            int i = 0;
            foreach (string text in EmittedCodeSafetyTests.Hostile)
            {
                string yaml = "\"" + string.Concat(text.Select(c => c < 128 && c != '"' && c != '\\' && c != '\t' ? c.ToString() : "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture))) + "\"";
                seeds.Add(($"seeds/hostile-{i++}.txt", "---\ntitle: " + yaml + "\nauthors: [" + yaml + ", b]\n---\nOpening line.\n" + text + "\n“" + text + ",” said Ann Lee."));
            }

            return seeds.ToArray();
        }
    }
}
