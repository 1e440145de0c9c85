using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Dataset.Generator;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Dataset.Tests.Validation
{
    /// <summary>
    /// At most ten diagnostics of one id per seed, then one summary of that id at the first one left out; and at most a
    /// hundred informational diagnostics of one id across the dataset, then one summary.
    /// </summary>
    public sealed class DiagnosticCapTests
    {
        // 25 paragraphs, each closing a quote it never opened: 25 DS0012 at column 5 of lines 1–25.
        private static readonly string Flood = string.Concat(Enumerable.Range(1, 25).Select(i => "Word” " + i + ".\n"));

        private static SeedDiagnostic At(string id, int line) => SeedDiagnostic.Create(id, TextRange.OnLine(line - 1, 0, 0, 1), "x");

        [Fact]
        public void Ten_of_one_id_are_kept_then_one_summary_at_the_first_left_out_with_the_count()
        {
            var diagnostics = Enumerable.Range(1, 25).Select(line => At("DS0011", line)).Concat(new[] { At("DS0012", 26), At("DS0012", 27) }).ToList();

            EquatableArray<SeedDiagnostic> capped = DiagnosticCap.Apply(diagnostics);

            Assert.Equal(diagnostics.Take(10).Concat(diagnostics.Skip(25)), capped.Where(d => !d.IsSummary));
            SeedDiagnostic summary = Assert.Single(capped, d => d.IsSummary);
            Assert.Equal(("DS0011", 10), (summary.Id, summary.Span.StartLine));
            Assert.Equal(new[] { "15", "10" }, summary.Arguments);
            Assert.Equal(10, capped.ToList().IndexOf(summary));
        }

        [Fact]
        public void Ten_or_fewer_are_left_as_they_are()
        {
            var diagnostics = Enumerable.Range(1, 10).Select(line => At("DS0015", line)).ToList();
            Assert.Equal(diagnostics, DiagnosticCap.Apply(diagnostics));
        }

        [Fact]
        public void The_parser_caps_a_seed_full_of_stray_quotation_marks()
        {
            string storm = string.Concat(Enumerable.Repeat("“ ”” “\n", 2000));
            SeedParseResult result = SeedParser.Parse("/seeds/storm.txt", storm);
            Assert.All(result.Diagnostics.GroupBy(d => d.Id), group => Assert.InRange(group.Count(), 1, DiagnosticCap.PerIdPerSeed + 1));
            Assert.Contains(result.Diagnostics, d => d.IsSummary);
        }

        [Fact]
        public void The_summary_is_reported_with_the_capped_id_and_says_how_many_more()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(GeneratorHarness.Seed("seeds/flood.txt", Flood));
            List<Diagnostic> reported = outcome.GeneratorDiagnostics.Where(d => d.Id == "DS0012").ToList();

            Assert.Equal(11, reported.Count);
            Assert.Equal(
                Enumerable.Range(1, 11).Select(line => ("DS0012", DiagnosticSeverity.Warning, "flood.txt", line, 5)),
                reported.Select(DiagnosticTests.Seen));
            Assert.Equal(
                "15 more DS0012 diagnostics in this seed, from here on, are not reported: at most 10 of one id are reported per seed",
                reported[10].GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal("README.md#diagnostic-cap", reported[10].Descriptor.HelpLinkUri);
        }

        [Fact]
        public void Many_seeds_with_one_id_do_not_flood_the_seed_that_keeps_it()
        {
            // Every copy gets one DS0005 naming the first file; the first file would get one per copy.
            AdditionalText[] copies = Enumerable.Range(0, 30).Select(i => GeneratorHarness.Seed("seeds/copy" + i.ToString("00", CultureInfo.InvariantCulture) + ".txt", "---\nid: same\n---\nText.")).ToArray();
            GeneratorOutcome outcome = GeneratorHarness.Run(copies);
            var onFirst = outcome.GeneratorDiagnostics.Where(d => d.Id == "DS0005" && d.Location.GetLineSpan().Path.EndsWith("copy00.txt", System.StringComparison.Ordinal)).ToList();
            Assert.Equal(11, onFirst.Count);
            Assert.StartsWith("19 more DS0005 diagnostics", onFirst[10].GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal(29, outcome.GeneratorDiagnostics.Count(d => d.Id == "DS0005" && !d.Location.GetLineSpan().Path.EndsWith("copy00.txt", System.StringComparison.Ordinal)));
        }

        [Theory]
        [InlineData(ReportDiagnostic.Error, 11)]
        [InlineData(ReportDiagnostic.Suppress, 0)]
        public void The_severity_configured_for_an_id_applies_to_its_summary(ReportDiagnostic configured, int expected)
        {
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
            compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["DS0012"] = configured }));
            GeneratorHarness.CreateDriver(new[] { GeneratorHarness.Seed("seeds/flood.txt", Flood) })
                .RunGeneratorsAndUpdateCompilation(compilation, out _, out ImmutableArray<Diagnostic> diagnostics);

            List<Diagnostic> reported = diagnostics.Where(d => d.Id == "DS0012").ToList();
            Assert.Equal(expected, reported.Count);
            Assert.All(reported, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        }

        [Fact]
        public void Informational_diagnostics_are_capped_across_the_dataset_in_path_order_then_summarised()
        {
            // 150 seeds, each with two junk lines (info) and one stray quotation mark (warning), given in reverse order.
            static string Name(int i) => "/seeds/s" + i.ToString("000", CultureInfo.InvariantCulture) + ".txt";
            var seeds = Enumerable.Range(0, 150).Reverse()
                .Select(i => (Name(i), new[] { At("DS0015", 1), At("DS0015", 2), At("DS0012", 3) }.ToEquatableArray()))
                .ToList();

            EquatableArray<LocatedDiagnostic> capped = DiagnosticCap.AcrossSeeds(seeds, id => id == "DS0015");

            Assert.Equal(150, capped.Count(d => d.Diagnostic.Id == "DS0012"));
            List<LocatedDiagnostic> junk = capped.Where(d => d.Diagnostic.Id == "DS0015").ToList();
            Assert.Equal(DiagnosticCap.InformationalPerIdPerDataset + 1, junk.Count);
            Assert.Equal(Enumerable.Range(0, 50).SelectMany(i => Enumerable.Repeat(Name(i), 2)), junk.Take(100).Select(d => d.Path));
            LocatedDiagnostic summary = junk[100];
            Assert.True(summary.Diagnostic.IsDatasetSummary);
            Assert.Equal(("/seeds/s050.txt", 0), (summary.Path, summary.Diagnostic.Span.StartLine));
            Assert.Equal(new[] { "200", "100", "100" }, summary.Diagnostic.Arguments);
        }

        [Fact]
        public void A_dataset_of_many_scraped_pages_reports_a_hundred_junk_lines_and_one_summary()
        {
            AdditionalText[] seeds = Enumerable.Range(0, 120)
                .Select(i => GeneratorHarness.Seed("seeds/page" + i.ToString("000", CultureInfo.InvariantCulture) + ".txt", "[ad_1]\nParagraph " + i + ".\nSource link"))
                .ToArray();

            GeneratorOutcome outcome = GeneratorHarness.Run(seeds);

            List<Diagnostic> junk = outcome.GeneratorDiagnostics.Where(d => d.Id == "DS0015").ToList();
            Assert.Equal(101, junk.Count);
            Assert.All(junk, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
            Assert.Equal("page050.txt", System.IO.Path.GetFileName(junk[100].Location.GetLineSpan().Path));
            Assert.Equal(
                "140 more DS0015 diagnostics in 70 seeds, from here on in path order, are not reported: at most 100 informational diagnostics of one id are reported per build",
                junk[100].GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal(120, outcome.Load().Count);
        }
    }
}
