using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dataset.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Dataset.Tests.EndToEnd
{
    /// <summary>
    /// Hundreds of adversarial seeds (<see cref="AdversarialSeeds"/>) in one real build: the generator never fails
    /// or floods, the generated code always compiles, and every article it generated is true to its seed's text.
    /// <c>DATASET_E2E_FUZZ_SEEDS=3000</c> runs more (in builds of <see cref="SeedsPerBuild"/>, so that a failing build's
    /// log stays readable and each build stays short).
    /// </summary>
    [Collection(EndToEndCollection.Name)]
    [Trait("Category", "EndToEnd")]
    public sealed class FuzzBuildTests(PackedPackage package, ITestOutputHelper log)
    {
        private const int RandomSeed = 11_2026;
        private const int SeedsPerBuild = 300;

        // Every error-severity seed diagnostic except DS0001 (the generator failing), as warnings, so the build succeeds.
        private static readonly string[] Downgraded = { "DS0002", "DS0003", "DS0005", "DS0006", "DS0007", "DS0008", "DS0010", "DS0014", "DS0017", "DS0020", "DS0022" };

        private static readonly int Count =
            int.TryParse(Environment.GetEnvironmentVariable("DATASET_E2E_FUZZ_SEEDS"), out int count) && count > 0 ? count : SeedsPerBuild;

        [Fact]
        public void Adversarial_seeds_in_one_real_build_never_fail_the_generator_and_every_article_is_true_to_its_seed()
        {
            package.AssertPacked();
            IReadOnlyList<AdversarialSeed> seeds = AdversarialSeeds.Create(Count, RandomSeed);
            for (int batch = 0; batch * SeedsPerBuild < seeds.Count; batch++)
            {
                BuildAndCheck("FuzzBuild" + batch.ToString(CultureInfo.InvariantCulture), seeds.Skip(batch * SeedsPerBuild).Take(SeedsPerBuild).ToList());
            }
        }

        private void BuildAndCheck(string name, IReadOnlyList<AdversarialSeed> seeds)
        {
            ConsumerProject app = package.CreateConsumer(name)
                .WriteAppProject()
                .Write(".globalconfig", "is_global = true\n" + string.Concat(Downgraded.Select(id => $"dotnet_diagnostic.{id}.severity = warning\n")))
                .Write("Program.cs", $$"""
                    using System.Linq;
                    using System.Text.Json;

                    var articles = {{name}}.Articles.All.Select(a => new
                    {
                        a.SourceFile,
                        Paragraphs = a.Paragraphs.Select(p => p.Text).ToArray(),
                        Quotes = a.Quotes.Select(q => new { q.Paragraph, q.Start, q.Length, q.Text }).ToArray(),
                    });
                    System.IO.File.WriteAllText(args[0], JsonSerializer.Serialize(articles));
                    """);
            foreach (AdversarialSeed seed in seeds)
            {
                app.WriteBytes("seeds/" + seed.FileName, seed.Bytes);
            }

            CommandResult build = app.Build(warningsAsErrors: false);
            log.WriteLine($"{name}: {seeds.Count} seeds built in {build.Elapsed.TotalSeconds:F1} s, exit {build.ExitCode}");
            string failure = $"{name} ({Path.Combine(app.Directory, "seeds")}; DATASET_E2E_KEEP=1 keeps it):{Environment.NewLine}{Tail(build.Output)}";
            Assert.True(build.ExitCode == 0, "The build failed: " + failure);
            foreach (string forbidden in new[] { "CS8785", "AD0001", "DS0001", ": error " })
            {
                Assert.False(build.Output.Contains(forbidden, StringComparison.Ordinal), $"'{forbidden}' in the build output of {failure}");
            }

            // The cap holds in a real build: at most 10 diagnostics of one id per seed, plus the summary.
            var perSeedAndId = Regex.Matches(build.Output, @"(fuzz-\d{4}\.txt)\(\d+,\d+\): \w+ (DS\d{4}): [^\r\n]*")
                .Select(m => (Line: m.Value, Key: m.Groups[1].Value + " " + m.Groups[2].Value))
                .Distinct()
                .GroupBy(d => d.Key)
                .ToList();
            Assert.All(perSeedAndId, group => Assert.True(group.Count() <= 11, $"{group.Count()} × {group.Key}"));

            string dump = Path.Combine(app.Directory, "articles.json");
            CommandResult run = app.Run(dump);
            Assert.True(run.ExitCode == 0, "The program failed:" + Environment.NewLine + run);
            List<DumpedArticle> articles = JsonSerializer.Deserialize<List<DumpedArticle>>(File.ReadAllText(dump))!;

            Dictionary<string, AdversarialSeed> byFile = seeds.ToDictionary(s => "seeds/" + s.FileName, StringComparer.Ordinal);
            foreach (DumpedArticle article in articles)
            {
                AdversarialSeed seed = byFile[article.SourceFile];
                Assert.True(seed.IsText, $"{seed.FileName} is not text in its encoding, yet an article was generated from it");
                // A paragraph is one line of the seed, or the lines of a blank-line-separated block joined with one
                // space: with every run of white space made one space, it is a piece of the seed's text.
                string text = CollapseWhiteSpace(new CompilerReadText(seed.FileName, seed.Bytes).GetText()!.ToString());
                foreach (string paragraph in article.Paragraphs)
                {
                    Assert.True(text.Contains(CollapseWhiteSpace(paragraph), StringComparison.Ordinal), $"{seed.FileName}: a paragraph that is not in the seed: {Abbreviate(paragraph)}");
                }

                foreach (DumpedQuote quote in article.Quotes)
                {
                    Assert.Equal(quote.Text, article.Paragraphs[quote.Paragraph].Substring(quote.Start, quote.Length));
                }
            }

            log.WriteLine(
                $"{name}: {articles.Count} articles, {articles.Sum(a => a.Paragraphs.Length)} paragraphs, {articles.Sum(a => a.Quotes.Length)} quotes; " +
                $"{seeds.Count(s => !s.IsText)} seeds not text; {perSeedAndId.Sum(g => g.Count())} seed diagnostics shown");
        }

        private static string CollapseWhiteSpace(string text) => Regex.Replace(text, @"\s+", " ");

        private static string Abbreviate(string text) => text.Length <= 200 ? text : text.Substring(0, 200) + "…";

        // The end of a long build log holds its errors and summary.
        private static string Tail(string output) => output.Length <= 20_000 ? output : "…" + output.Substring(output.Length - 20_000);

        private sealed record DumpedArticle(string SourceFile, string[] Paragraphs, DumpedQuote[] Quotes);

        private sealed record DumpedQuote(int Paragraph, int Start, int Length, string Text);
    }
}
