using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dataset.Generator;
using Dataset.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Dataset.Tests.Generation
{
    /// <summary>
    /// <c>&lt;AdditionalFiles Update="seeds/x.txt" DatasetId="…" /&gt;</c>: the item metadata reaches the generator as
    /// <c>build_metadata.AdditionalFiles.DatasetId</c> and replaces the file-name id of that seed only.
    /// </summary>
    public sealed class SeedIdOverrideTests
    {
        private static AdditionalText Story => GeneratorHarness.Seed("seeds/000_93d74374661e688a.txt", Repository.RealSeedText);

        private static AdditionalText Other => GeneratorHarness.Seed("seeds/other.txt", "Other story.");

        private static Dictionary<string, IReadOnlyDictionary<string, string>> DatasetId(AdditionalText seed, string id) =>
            new() { [seed.Path] = new Dictionary<string, string> { ["DatasetId"] = id } };

        [Fact]
        public void DatasetId_metadata_replaces_the_file_name_id()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(new[] { Story, Other }, seedMetadata: DatasetId(Story, "blinken-meets-xi"));
            Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Severity > DiagnosticSeverity.Info);
            Assert.Empty(outcome.CompilationProblems);

            LoadedDataset dataset = outcome.Load();
            Assert.Equal(new[] { "blinken-meets-xi", "other" }, dataset.Ids);
            Article article = dataset.Property("Blinken_meets_xi");
            Assert.Equal("blinken-meets-xi", article.Id);
            Assert.Equal("BEIJING", article.Dateline);
            Assert.Equal("seeds/000_93d74374661e688a.txt", article.SourceFile);
            Assert.Same(article, dataset.Get("blinken-meets-xi"));
            Assert.False(dataset.TryGet("000_93d74374661e688a", out _));
        }

        [Fact]
        public void DatasetId_metadata_wins_over_a_front_matter_id()
        {
            AdditionalText seed = GeneratorHarness.Seed("seeds/story.txt", "---\nid: from-front-matter\n---\nText.");
            Assert.Equal(new[] { "from-metadata" }, GeneratorHarness.Run(new[] { seed }, seedMetadata: DatasetId(seed, "from-metadata")).Load().Ids);
            Assert.Equal(new[] { "from-front-matter" }, GeneratorHarness.Run(seed).Load().Ids);
        }

        [Theory]
        [InlineData("false", new[] { "other" })]
        [InlineData("FALSE", new[] { "other" })]
        [InlineData("true", new[] { "000_93d74374661e688a", "other" })]
        public void DatasetSeed_false_metadata_keeps_a_text_file_out_of_the_dataset(string value, string[] ids)
        {
            var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>> { [Story.Path] = new Dictionary<string, string> { ["DatasetSeed"] = value } };
            GeneratorOutcome outcome = GeneratorHarness.Run(new[] { Story, Other }, seedMetadata: metadata);
            Assert.Equal(ids, outcome.Load().Ids);
            Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Severity > DiagnosticSeverity.Info);
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        public void Empty_DatasetId_metadata_keeps_the_file_name_id(string id)
        {
            // The SDK writes an empty value for every seed once the metadata is declared compiler-visible.
            LoadedDataset dataset = GeneratorHarness.Run(new[] { Story }, seedMetadata: DatasetId(Story, id)).Load();
            Assert.Equal(new[] { "000_93d74374661e688a" }, dataset.Ids);
        }

        [Fact]
        public void A_DatasetId_that_another_seed_already_has_is_reported_on_both()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(new[] { Story, Other }, seedMetadata: DatasetId(Story, "other"));
            Assert.Equal(
                new[] { "000_93d74374661e688a.txt", "other.txt" },
                outcome.GeneratorDiagnostics.Where(d => d.Id == "DS0005").Select(d => System.IO.Path.GetFileName(d.Location.GetLineSpan().Path)).OrderBy(p => p));
        }

        [Fact]
        public void Changing_one_seeds_DatasetId_reparses_only_that_seed()
        {
            ImmutableArray<AdditionalText> seeds = ImmutableArray.Create(Story, Other);
            Compilation compilation = GeneratorHarness.CreateCompilation();
            GeneratorDriver driver = GeneratorHarness.CreateDriver(seeds).RunGenerators(compilation);

            var options = new TestOptionsProvider(GeneratorHarness.DefaultProperties(), DatasetId(seeds[1], "renamed"));
            GeneratorRunResult result = driver.WithUpdatedAnalyzerConfigOptions(options).RunGenerators(compilation).GetRunResult().Results.Single();

            var parse = result.TrackedSteps[TrackingNames.Seeds].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
            Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }, parse);
            Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("/// Article <c>renamed</c>"));
        }

        [Fact]
        public void Changing_a_project_property_reparses_no_seed()
        {
            ImmutableArray<AdditionalText> seeds = ImmutableArray.Create(Story, Other);
            Compilation compilation = GeneratorHarness.CreateCompilation();
            GeneratorDriver driver = GeneratorHarness.CreateDriver(seeds).RunGenerators(compilation);

            var renamed = new Dictionary<string, string>(GeneratorHarness.DefaultProperties()) { ["DatasetClassName"] = "News" };
            GeneratorRunResult result = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(renamed)).RunGenerators(compilation).GetRunResult().Results.Single();

            Assert.All(result.TrackedSteps[TrackingNames.Seeds].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
            Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("static partial class News"));
        }
    }
}
