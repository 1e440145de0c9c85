using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Dataset.Generator.Parsing;
using Dataset.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Dataset.Tests.Validation
{
    /// <summary>
    /// Seeds whose bytes are not UTF-8 text, decoded as the real compiler decodes them (<see cref="CompilerReadText"/>):
    /// an error at the first affected character and no article, while the seed next to them is still generated.
    /// </summary>
    public sealed class SeedDecodingTests
    {
        private static readonly byte[] NotUtf8 = Bytes("LONDON \u00E2\u0080\u0094 Caf\u00C3( is not UTF-8.\n");

        private static GeneratorOutcome Run(string file, byte[] bytes) =>
            GeneratorHarness.Run(CompilerReadText.InProject("seeds/" + file, bytes), GeneratorHarness.Seed("seeds/fine.txt", "Fine."));

        private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

        // Each char below 256 is one byte, so "\u00C3" in a test stands for the byte 0xC3.
        private static byte[] Bytes(string latin1) => latin1.Select(c => checked((byte)c)).ToArray();

        private static byte[] Utf16(Encoding encoding, string text, bool bom) =>
            (bom ? encoding.GetPreamble() : Array.Empty<byte>()).Concat(encoding.GetBytes(text)).ToArray();

        [Fact]
        public void DS0003_invalid_utf8_is_an_error_at_the_first_bad_byte_and_the_other_seeds_still_generate()
        {
            GeneratorOutcome outcome = Run("not-utf8.txt", NotUtf8);
            Diagnostic error = Assert.Single(outcome.GeneratorDiagnostics);
            Assert.Equal(("DS0003", DiagnosticSeverity.Error, "not-utf8.txt", 1, 13), DiagnosticTests.Seen(error));
            Assert.Equal(
                "Seed is not valid UTF-8: the bytes at byte offset 14 are not UTF-8 (the compiler decoded them as U+FFFD); save the file as UTF-8. No article was generated from it.",
                Message(error));
            Assert.Equal(new[] { "fine" }, outcome.Load().Ids);
        }

        [Fact]
        public void DS0003_latin1_text_is_an_error_at_its_first_accented_letter() =>
            Assert.Equal(
                new[] { ("DS0003", DiagnosticSeverity.Error, "latin1.txt", 2, 4) },
                Run("latin1.txt", Bytes("First line.\nCaf\u00E9 cr\u00E8me.\n")).GeneratorDiagnostics.Select(DiagnosticTests.Seen));

        [Fact]
        public void DS0003_a_bad_byte_after_a_utf8_bom_is_caught_although_the_compiler_decodes_it_without_complaint()
        {
            Diagnostic error = Assert.Single(Run("bom.txt", Bytes("\u00EF\u00BB\u00BFFirst.\nBOM Caf\u00C3( bad.\n")).GeneratorDiagnostics);
            Assert.Equal(("DS0003", DiagnosticSeverity.Error, "bom.txt", 2, 8), DiagnosticTests.Seen(error));
            Assert.Contains("byte offset 17", Message(error));
        }

        [Fact]
        public void DS0003_a_broken_surrogate_pair_after_a_utf16_bom_is_not_valid_utf16()
        {
            // "Ok " then a high surrogate with no low one after it, then "A".
            byte[] bytes = Utf16(Encoding.Unicode, "Ok ", bom: true).Concat(new byte[] { 0x00, 0xD8, 0x41, 0x00 }).ToArray();
            Diagnostic error = Assert.Single(Run("surrogate.txt", bytes).GeneratorDiagnostics);
            Assert.Equal(("DS0003", DiagnosticSeverity.Error, "surrogate.txt", 1, 4), DiagnosticTests.Seen(error));
            Assert.StartsWith("Seed is not valid UTF-16: the bytes at byte offset 8 are not UTF-16", Message(error));
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void A_replacement_character_written_in_valid_utf8_is_text(bool bom)
        {
            byte[] bytes = Encoding.UTF8.GetBytes("Real \uFFFD replacement character.\n");
            GeneratorOutcome outcome = Run("fffd.txt", bom ? Encoding.UTF8.GetPreamble().Concat(bytes).ToArray() : bytes);
            Assert.Empty(outcome.GeneratorDiagnostics);
            Assert.Equal("Real \uFFFD replacement character.", outcome.Load().Get("fffd").Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("le", 1, 2)]
        [InlineData("be", 1, 1)]
        [InlineData("le-accented", 1, 2)]
        public void DS0020_utf16_without_a_bom_is_an_error_naming_it_at_the_first_nul(string kind, int line, int column)
        {
            byte[] bytes = kind switch
            {
                "le" => Utf16(Encoding.Unicode, "Hello world.\nSecond line.\n", bom: false),
                "be" => Utf16(Encoding.BigEndianUnicode, "Hello world.\n", bom: false),
                _ => Utf16(Encoding.Unicode, "Café — “quoted”.\n", bom: false),
            };
            GeneratorOutcome outcome = Run("utf16.txt", bytes);
            Diagnostic error = Assert.Single(outcome.GeneratorDiagnostics);
            Assert.Equal(("DS0020", DiagnosticSeverity.Error, "utf16.txt", line, column), DiagnosticTests.Seen(error));
            Assert.Contains(kind == "be" ? "UTF-16 (big-endian) without a byte-order mark" : "UTF-16 (little-endian) without a byte-order mark", Message(error));
            Assert.Equal(new[] { "fine" }, outcome.Load().Ids);
        }

        [Fact]
        public void Utf16_with_a_bom_and_cr_only_line_ends_are_read_as_text()
        {
            GeneratorOutcome outcome = GeneratorHarness.Run(
                CompilerReadText.InProject("seeds/le.txt", Utf16(Encoding.Unicode, "Café — “quoted,” she said.\r\nSecond.", bom: true)),
                CompilerReadText.InProject("seeds/be.txt", Utf16(Encoding.BigEndianUnicode, "Crème.", bom: true)),
                CompilerReadText.InProject("seeds/cr.txt", Encoding.UTF8.GetBytes("Line one.\rLine two.\r")));
            Assert.Empty(outcome.GeneratorDiagnostics);
            LoadedDataset dataset = outcome.Load();
            Assert.Equal(new[] { ("Café — “quoted,” she said.", 1), ("Second.", 2) }, dataset.Get("le").Paragraphs.Select(p => (p.Text, p.Line)));
            Assert.Equal("Crème.", dataset.Get("be").Paragraphs[0].Text);
            Assert.Equal(new[] { ("Line one.", 1), ("Line two.", 2) }, dataset.Get("cr").Paragraphs.Select(p => (p.Text, p.Line)));
        }

        [Fact]
        public void DS0022_a_seed_the_compiler_cannot_read_is_an_error_not_a_generator_failure()
        {
            // Not UTF-8 and two NULs in a row: the compiler calls it binary (CS2015) and hands over no text.
            GeneratorOutcome outcome = Run("binary.txt", Bytes("bin\u0000\u0000\u00FF\u00FE rest\n"));
            Assert.Equal(new[] { ("DS0022", DiagnosticSeverity.Error, "binary.txt", 1, 1) }, outcome.GeneratorDiagnostics.Select(DiagnosticTests.Seen));
            Assert.Contains("'binary.txt'", Message(outcome.GeneratorDiagnostics.Single()));
            Assert.Equal(new[] { "fine" }, outcome.Load().Ids);
        }

        [Fact]
        public void A_nul_in_text_is_not_mistaken_for_utf16_and_stays_DS0002() =>
            Assert.Equal(
                new[] { ("DS0002", DiagnosticSeverity.Error, "nul.txt", 1, 5) },
                Run("nul.txt", Bytes("Text\u0000 with one NUL and more words after it.\n")).GeneratorDiagnostics.Select(DiagnosticTests.Seen));

        [Theory]
        [InlineData("A\0B\0C\0", true)]
        [InlineData("\0A\0B\0C", true)]
        [InlineData("A\0", false)]
        [InlineData("AB\0CD\0EF", false)]
        [InlineData("", false)]
        public void Utf16_without_a_bom_is_recognised_by_nul_in_every_other_character(string text, bool expected) =>
            Assert.Equal(expected, SeedDecoding.FindUtf16WithoutBom(text, out _, out _));

        [Fact]
        public void Text_built_from_a_string_is_never_reported_whatever_it_holds()
        {
            // What an IDE or a test harness hands over: a string with an encoding, no file bytes behind it.
            var texts = new Dictionary<string, string> { ["a"] = "Lone \uD800 surrogate.", ["b"] = "Real \uFFFD.", ["c"] = "\uFEFFBOM." };
            GeneratorOutcome outcome = GeneratorHarness.Run(texts.Select(t => GeneratorHarness.Seed("seeds/" + t.Key + ".txt", t.Value)));
            Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Id is "DS0003" or "DS0020");
        }
    }
}
