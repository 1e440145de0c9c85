using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Dataset.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Dataset.Tests.Validation
{
    /// <summary>
    /// Every diagnostic, triggered through the generator as the compiler runs it, and located as a user sees it in
    /// the build output: <c>file(line,column)</c>, both 1-based.
    /// </summary>
    public sealed class DiagnosticTests
    {
        internal static (string Id, DiagnosticSeverity Severity, string File, int Line, int Column) Seen(Diagnostic d)
        {
            FileLinePositionSpan span = d.Location.GetLineSpan();
            return (d.Id, d.Severity, Path.GetFileName(span.Path), span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
        }

        private static List<(string Id, DiagnosticSeverity Severity, string File, int Line, int Column)> Diagnose(
            string text, string file = "seed.txt", Dictionary<string, string>? properties = null, params string[] ignore)
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(new[] { GeneratorHarness.Seed("seeds/" + file, text) }, properties);
            Assert.Null(outcome.RunResult.Results.Single().Exception);
            return outcome.GeneratorDiagnostics.Where(d => !ignore.Contains(d.Id)).Select(Seen).ToList();
        }

        [Fact]
        public void DS0001_an_exception_reading_a_seed_is_an_error_naming_it_and_the_other_seeds_still_generate()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(new ThrowingText(Path.Combine(GeneratorHarness.ProjectDir, "seeds", "broken.txt")), GeneratorHarness.Seed("seeds/fine.txt", "Fine."));
            Diagnostic error = Assert.Single(outcome.GeneratorDiagnostics);
            Assert.Equal(("DS0001", DiagnosticSeverity.Error, "broken.txt", 1, 1), Seen(error));
            Assert.Contains("broken.txt", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains("IOException: disk on fire", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(new[] { "fine" }, outcome.Load().Ids);
        }

        [Fact]
        public void DS0002_a_control_character_is_an_error_at_that_character() =>
            Assert.Equal(new[] { ("DS0002", DiagnosticSeverity.Error, "seed.txt", 2, 3) }, Diagnose("Fine line.\nAB\u0001CD"));

        [Fact]
        public void DS0003_bytes_that_are_not_utf8_are_an_error_at_the_first_bad_byte()
        {
            // "Caf\xE9!" is Latin-1; the compiler then decodes the file with its fallback code page, as here.
            byte[] bytes = Encoding.ASCII.GetBytes("First line.\nCaf").Concat(new byte[] { 0xE9 }).Concat(Encoding.ASCII.GetBytes("!\n")).ToArray();
            var text = new BytesText(Path.Combine(GeneratorHarness.ProjectDir, "seeds", "latin1.txt"), bytes, Encoding.Latin1);
            GeneratorOutcome outcome = GeneratorHarness.Run(text, GeneratorHarness.Seed("seeds/fine.txt", "Fine."));
            Diagnostic error = Assert.Single(outcome.GeneratorDiagnostics);
            Assert.Equal(("DS0003", DiagnosticSeverity.Error, "latin1.txt", 2, 4), Seen(error));
            Assert.Contains("0xE9 at byte offset 15", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(new[] { "fine" }, outcome.Load().Ids);
        }

        [Fact]
        public void DS0003_is_not_reported_for_valid_utf8_or_utf16()
        {
            byte[] utf8 = Encoding.UTF8.GetBytes("Café — “quoted”.");
            Assert.Empty(GeneratorHarness.Run(new BytesText(Path.Combine(GeneratorHarness.ProjectDir, "seeds", "a.txt"), utf8, new UTF8Encoding(false))).GeneratorDiagnostics);
            byte[] utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Café.")).ToArray();
            Assert.Empty(GeneratorHarness.Run(new BytesText(Path.Combine(GeneratorHarness.ProjectDir, "seeds", "b.txt"), utf16, Encoding.Unicode)).GeneratorDiagnostics);
        }

        [Fact]
        public void DS0004_a_seed_without_text_is_a_warning_at_its_start() =>
            Assert.Equal(new[] { ("DS0004", DiagnosticSeverity.Warning, "seed.txt", 1, 1) }, Diagnose("[ad_1]\n\nSource link\n", ignore: "DS0015"));

        [Fact]
        public void DS0005_two_seeds_with_one_id_are_an_error_on_both_files()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(GeneratorHarness.Seed("seeds/a/story.txt", "A."), GeneratorHarness.Seed("seeds/b/story.txt", "B."));
            var seen = outcome.GeneratorDiagnostics.Select(d => (Seen(d), d.Location.GetLineSpan().Path)).OrderBy(x => x.Path, StringComparer.Ordinal).ToList();
            Assert.Equal(2, seen.Count);
            Assert.All(seen, s => Assert.Equal(("DS0005", DiagnosticSeverity.Error, "story.txt", 1, 1), s.Item1));
            Assert.EndsWith(Path.Combine("a", "story.txt"), seen[0].Path);
            Assert.EndsWith(Path.Combine("b", "story.txt"), seen[1].Path);
            Assert.Contains("seeds/b/story.txt", outcome.GeneratorDiagnostics.Single(d => d.Location.GetLineSpan().Path == seen[0].Path).GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void DS0005_a_front_matter_id_that_repeats_a_file_name_is_a_duplicate()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(GeneratorHarness.Seed("seeds/story.txt", "A."), GeneratorHarness.Seed("seeds/other.txt", "---\nid: story\n---\nB."));
            Assert.Equal(2, outcome.GeneratorDiagnostics.Count(d => d.Id == "DS0005"));
        }

        [Fact]
        public void DS0006_ids_with_one_member_name_are_an_error_on_both_files()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(GeneratorHarness.Seed("seeds/my-story.txt", "A."), GeneratorHarness.Seed("seeds/my_story.txt", "B."));
            Assert.Equal(
                new[] { ("DS0006", DiagnosticSeverity.Error, "my-story.txt", 1, 1), ("DS0006", DiagnosticSeverity.Error, "my_story.txt", 1, 1) },
                outcome.GeneratorDiagnostics.Select(Seen).OrderBy(s => s.File, StringComparer.Ordinal));
        }

        [Fact]
        public void DS0007_invalid_yaml_is_an_error_at_yamldotnets_position_in_the_file() =>
            Assert.Equal(new[] { ("DS0007", DiagnosticSeverity.Error, "seed.txt", 3, 6) }, Diagnose("---\ntitle: ok\nurl: \"unterminated\n---\nText."));

        [Theory]
        [InlineData("tags: ", "[", 100_000)]
        [InlineData("tags: ", "{a: ", 60_000)]
        [InlineData("tags:\n", "- ", 60_000)]
        public void DS0007_front_matter_nested_deeper_than_metadata_needs_is_an_error_not_a_stack_overflow(string prefix, string level, int depth)
        {
            var diagnostics = Diagnose("---\n" + prefix + string.Concat(Enumerable.Repeat(level, depth)) + "\n---\nBody.");
            Assert.Equal("DS0007", Assert.Single(diagnostics).Id);
        }

        [Fact]
        public void DS0007_a_repeated_key_is_invalid_yaml() =>
            Assert.Equal("DS0007", Assert.Single(Diagnose("---\ntitle: a\ntitle: b\n---\nText.")).Id);

        [Theory]
        [InlineData("tags: news", 2, 7)]
        [InlineData("title: [a, b]", 2, 8)]
        [InlineData("authors: {name: x}", 2, 10)]
        [InlineData("tags:\n  - ok\n  - [nested]", 4, 5)]
        public void DS0008_a_field_of_the_wrong_type_is_an_error_at_its_value(string yaml, int line, int column) =>
            Assert.Equal(new[] { ("DS0008", DiagnosticSeverity.Error, "seed.txt", line, column) }, Diagnose("---\n" + yaml + "\n---\nText."));

        [Fact]
        public void DS0008_front_matter_that_is_not_a_mapping_is_an_error() =>
            Assert.Equal(new[] { ("DS0008", DiagnosticSeverity.Error, "seed.txt", 2, 1) }, Diagnose("---\n- a\n- b\n---\nText."));

        [Fact]
        public void DS0009_an_unknown_field_is_a_warning_at_its_key() =>
            Assert.Equal(new[] { ("DS0009", DiagnosticSeverity.Warning, "seed.txt", 3, 1) }, Diagnose("---\ntitle: t\nauthor: Jane\n---\nText."));

        [Theory]
        [InlineData("published: yesterday", 2, 12)]
        [InlineData("published: 2023-06-19T10:30:00", 2, 12)]
        [InlineData("published: 2023-02-30", 2, 12)]
        [InlineData("url: www.example.com/story", 2, 6)]
        [InlineData("url: ftp://example.com/story", 2, 6)]
        [InlineData("language: english!", 2, 11)]
        [InlineData("id: ../escape", 2, 5)]
        public void DS0010_a_bad_value_is_an_error_at_the_value(string yaml, int line, int column) =>
            Assert.Equal(new[] { ("DS0010", DiagnosticSeverity.Error, "seed.txt", line, column) }, Diagnose("---\n" + yaml + "\n---\nText."));

        [Fact]
        public void DS0011_a_quote_that_never_closes_is_a_warning_at_its_mark() =>
            Assert.Equal(
                new[] { ("DS0011", DiagnosticSeverity.Warning, "seed.txt", 2, 11) },
                Diagnose("First paragraph.\nThe mayor “said nothing at all, she told reporters.\nThe next paragraph does not continue it.", ignore: "DS0016"));

        [Fact]
        public void DS0011_is_not_reported_for_a_quote_that_the_next_paragraph_continues() =>
            Assert.DoesNotContain(
                Diagnose("“We will rebuild,” Mayor Ana Ruiz said. “Every street.\n“Every school,” she added.", ignore: "DS0016"),
                d => d.Id == "DS0011");

        [Fact]
        public void DS0012_a_closing_mark_with_no_opening_mark_is_a_warning_at_the_mark() =>
            Assert.Equal(
                new[] { ("DS0012", DiagnosticSeverity.Warning, "seed.txt", 1, 29) },
                Diagnose("The council voted on Tuesday” to close the pool.", ignore: "DS0016"));

        [Fact]
        public void DS0016_a_quote_without_a_speaker_is_information_at_the_quote() =>
            Assert.Equal(
                new[] { ("DS0016", DiagnosticSeverity.Info, "seed.txt", 2, 2) },
                Diagnose("Protesters filled the square on Friday.\n“Shame on you!”"));

        [Fact]
        public void DS0013_a_bidirectional_override_is_a_warning_at_the_character()
        {
            Assert.Equal(new[] { ("DS0013", DiagnosticSeverity.Warning, "seed.txt", 2, 11) }, Diagnose("First.\nText with \u202Ehere."));
            Assert.Equal(new[] { ("DS0013", DiagnosticSeverity.Warning, "seed.txt", 1, 5) }, Diagnose("Zero\u200Bwidth."));
            Assert.Equal(new[] { ("DS0013", DiagnosticSeverity.Warning, "seed.txt", 1, 5) }, Diagnose("Tags\U000E0041\U000E0042 hide text."));
        }

        [Fact]
        public void DS0014_a_seed_over_the_configured_limit_is_an_error_where_the_limit_is_crossed()
        {
            var properties = new Dictionary<string, string>(GeneratorHarness.DefaultProperties()) { ["DatasetMaxSeedLength"] = "12" };
            Assert.Equal(new[] { ("DS0014", DiagnosticSeverity.Error, "seed.txt", 2, 3) }, Diagnose("Long line\nmore text here.", properties: properties));
            Assert.Empty(Diagnose("Short.", properties: properties));
        }

        [Fact]
        public void DS0015_each_removed_junk_line_is_information_at_that_line() =>
            Assert.Equal(
                new[] { ("DS0015", DiagnosticSeverity.Info, "seed.txt", 1, 1), ("DS0015", DiagnosticSeverity.Info, "seed.txt", 3, 3) },
                Diagnose("[ad_1]\nText.\n  Source link"));

        [Fact]
        public void DS0017_an_unclosed_front_matter_block_is_an_error_on_its_fence() =>
            Assert.Equal(new[] { ("DS0017", DiagnosticSeverity.Error, "seed.txt", 1, 1) }, Diagnose("---\ntitle: t\nText."));

        [Fact]
        public void Severities_follow_the_projects_diagnostic_options()
        {
            // What `dotnet_diagnostic.DS0004.severity = error` in a .globalconfig (or <WarningsAsErrors>) amounts to
            // inside the compiler; .editorconfig sections do not reach diagnostics located in .txt files.
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
            compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                ["DS0004"] = ReportDiagnostic.Error,
                ["DS0015"] = ReportDiagnostic.Suppress,
            }));
            GeneratorHarness.CreateDriver(new[] { GeneratorHarness.Seed("seeds/junk.txt", "[ad_1]") })
                .RunGeneratorsAndUpdateCompilation(compilation, out _, out ImmutableArray<Diagnostic> diagnostics);
            Assert.Equal(new[] { ("DS0004", DiagnosticSeverity.Error, "junk.txt", 1, 1) }, diagnostics.Select(Seen));
        }

        [Fact]
        public void Every_descriptor_has_an_id_with_the_common_prefix_a_help_link_and_a_readme_row()
        {
            string readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
            string releases = File.ReadAllText(Path.Combine(Repository.Root, "generator", "AnalyzerReleases.Unshipped.md"));
            foreach (DiagnosticDescriptor descriptor in Dataset.Generator.Diagnostics.DiagnosticCatalog.All)
            {
                Assert.Matches("^DS[0-9]{4}$", descriptor.Id);
                Assert.Equal("README.md#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
                Assert.Contains("| " + descriptor.Id + " |", readme);
                Assert.Contains("#### " + descriptor.Id, readme);
                Assert.Contains(descriptor.Id + " | Dataset | " + descriptor.DefaultSeverity, releases);
            }
        }

        private sealed class ThrowingText(string path) : AdditionalText
        {
            public override string Path { get; } = path;

            public override SourceText GetText(CancellationToken cancellationToken = default) => throw new IOException("disk on fire");
        }

        private sealed class BytesText(string path, byte[] bytes, Encoding encoding) : AdditionalText
        {
            public override string Path { get; } = path;

            public override SourceText GetText(CancellationToken cancellationToken = default) =>
                SourceText.From(bytes, bytes.Length, encoding, throwIfBinaryDetected: false);
        }
    }
}
