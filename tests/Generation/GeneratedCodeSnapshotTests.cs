using System;
using System.Linq;
using Dataset.Tests.Snapshots;
using Dataset.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Dataset.Tests.Generation
{
    /// <summary>
    /// What a consumer gets, file by file: every generated source is compared with its reviewed
    /// <c>Snapshots/*.verified.cs</c>, and the diagnostics with <c>Snapshots/*.verified.txt</c>.
    /// </summary>
    public sealed class GeneratedCodeSnapshotTests
    {
        private const string RealSeedPath = "seeds/000_93d74374661e688a.txt";

        [Fact]
        public void Real_seed()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(GeneratorHarness.Seed(RealSeedPath, Lf(Repository.RealSeedText)));
            Assert.Empty(outcome.CompilationProblems);
            Snapshot.Verify(outcome.RunResult);
        }

        [Fact]
        public void Real_seed_with_crlf_line_endings_gives_the_same_snapshot()
        {
            string crlf = Lf(Repository.RealSeedText).Replace("\n", "\r\n", StringComparison.Ordinal);
            GeneratorOutcome outcome = GeneratorHarness.Run(GeneratorHarness.Seed(RealSeedPath, crlf));
            Snapshot.Verify(outcome.RunResult, new SnapshotSettings { MethodName = nameof(Real_seed) });
        }

        [Fact]
        public void Real_seed_for_a_csharp_7_3_project()
        {
            // No nullable annotations and no u8 literals: the same bytes, packed two to a character into string literals.
            GeneratorOutcome outcome = GeneratorHarness.Run(new[] { GeneratorHarness.Seed(RealSeedPath, Lf(Repository.RealSeedText)) }, version: LanguageVersion.CSharp7_3);
            Assert.Empty(outcome.CompilationProblems);
            Snapshot.Verify(outcome.RunResult);
        }

        [Fact]
        public void Seed_without_a_dateline()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(GeneratorHarness.Seed(
                "seeds/no-dateline.txt",
                "Leah Millis/AP\nU.S. officials met their Chinese counterparts on Monday.\n\nA second paragraph.\n"));
            Assert.Empty(outcome.CompilationProblems);
            Snapshot.Verify(outcome.RunResult);
        }

        [Fact]
        public void Seed_without_a_photo_credit()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(GeneratorHarness.Seed(
                "seeds/no-credit.txt",
                "WASHINGTON (AP) — The Senate voted on Tuesday.\nSource link\nA second paragraph.\n"));
            Assert.Empty(outcome.CompilationProblems);
            Snapshot.Verify(outcome.RunResult);
        }

        [Fact]
        public void Seed_with_only_junk_lines()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(GeneratorHarness.Seed(
                "seeds/junk-only.txt",
                "[ad_1]\nAdvertisement\n\nSource link\n"));
            Assert.Empty(outcome.CompilationProblems);
            Snapshot.Verify(outcome.RunResult);
        }

        [Fact]
        public void Seed_with_characters_that_need_escaping()
        {
            const string title = "A \"quoted\" \\ title with {braces}, */ and </summary>";
            string[] paragraphs =
            {
                "He said \"yes\" at C:\\temp\\new {0} {{1}} }} { and \\\" too.",
                "Tab\tseparated\tcells */ /* <summary>not a tag</summary> &amp; <br/> ]]>",
                "Lone high \uD800 and lone low \uDC00 surrogates, a pair \U0001F600, U+2028 [\u2028] U+2029 [\u2029] NEL [\u0085] end.",
            };

            // The second seed has no title, so its doc-comment summary is made of the awkward text itself.
            GeneratorOutcome outcome = GeneratorHarness.Run(
                GeneratorHarness.Seed("seeds/escapes-&-<id>.txt", "---\ntitle: '" + title + "'\n---\n" + string.Join("\n", paragraphs) + "\n"),
                GeneratorHarness.Seed("seeds/escapes-in-summary.txt", string.Join("\n", paragraphs.Reverse())));
            Assert.Empty(outcome.CompilationProblems);
            Snapshot.Verify(outcome.RunResult);

            // The snapshot shows how the text is escaped; the compiled articles show it survives unchanged.
            LoadedDataset dataset = outcome.Load();
            Assert.Equal(title, dataset.Get("escapes-&-<id>").Title);
            Assert.Equal(paragraphs, dataset.Get("escapes-&-<id>").Paragraphs.Select(p => p.Text));
            Assert.Equal(paragraphs.Reverse(), dataset.Get("escapes-in-summary").Paragraphs.Select(p => p.Text));
        }

        /// <summary>Every diagnostic the generator reports today, each with what it still generates.</summary>
        [Theory]
        [InlineData("empty")]
        [InlineData("binary")]
        [InlineData("invalid-front-matter")]
        [InlineData("unclosed-front-matter")]
        [InlineData("duplicate-id")]
        [InlineData("same-member-name")]
        [InlineData("front-matter-fields")]
        [InlineData("quote-marks")]
        [InlineData("invisible-characters")]
        [InlineData("not-utf8")]
        [InlineData("utf16-without-bom")]
        [InlineData("flood")]
        public void Diagnostics(string seed)
        {
            AdditionalText[] seeds = seed switch
            {
                "empty" => new[] { GeneratorHarness.Seed("seeds/empty.txt", string.Empty) },
                "binary" => new[] { GeneratorHarness.Seed("seeds/binary.txt", "Line one.\nPK\u0003\u0004\u0000") },
                "invalid-front-matter" => new[] { GeneratorHarness.Seed("seeds/invalid.txt", "---\ntitle: [unclosed\n---\nText.") },
                "unclosed-front-matter" => new[] { GeneratorHarness.Seed("seeds/unclosed.txt", "---\ntitle: x\nText.") },
                "duplicate-id" => new[] { GeneratorHarness.Seed("seeds/b/story.txt", "From b."), GeneratorHarness.Seed("seeds/a/story.txt", "From a.") },
                "same-member-name" => new[] { GeneratorHarness.Seed("seeds/my-story.txt", "Dash."), GeneratorHarness.Seed("seeds/my_story.txt", "Underscore.") },
                "front-matter-fields" => new[]
                {
                    GeneratorHarness.Seed("seeds/fields.txt", "---\ntitle: Valid title\ntags: news\nauthor: Jane Doe\npublished: yesterday\nurl: https://example.com/a\nlanguage: en-US\n---\nBEIJING — Text."),
                },
                "quote-marks" => new[]
                {
                    GeneratorHarness.Seed("seeds/marks.txt", "The mayor “said nothing at all, she told reporters.\nThe council voted” to close the pool.\n“Shame on you!”"),
                },
                "invisible-characters" => new[] { GeneratorHarness.Seed("seeds/invisible.txt", "Zero\u200Bwidth and \u202Eoverride.") },
                "not-utf8" => new AdditionalText[]
                {
                    CompilerReadText.InProject("seeds/not-utf8.txt", new byte[] { 0x43, 0x61, 0x66, 0xC3, 0x28, 0x2E }),
                    GeneratorHarness.Seed("seeds/fine.txt", "Fine."),
                },
                "utf16-without-bom" => new AdditionalText[] { CompilerReadText.InProject("seeds/utf16.txt", System.Text.Encoding.Unicode.GetBytes("Hello.\n")) },
                "flood" => new[] { GeneratorHarness.Seed("seeds/flood.txt", string.Concat(Enumerable.Repeat("Word” and more.\n", 12))) },
                _ => throw new ArgumentOutOfRangeException(nameof(seed), seed, null),
            };

            GeneratorOutcome outcome = GeneratorHarness.Run(seeds);
            Assert.NotEmpty(outcome.RunResult.Diagnostics);
            Assert.Empty(outcome.CompilationProblems);
            Snapshot.Verify(outcome.RunResult, new SnapshotSettings { Parameters = new object?[] { seed } });
        }

        // The committed seed's own line endings must not decide which of the two tests above is the LF one.
        private static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
