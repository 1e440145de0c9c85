using System;
using System.Linq;
using System.Text;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Dataset.Tests.EndToEnd
{
    /// <summary>
    /// Seeds in every encoding a curator might save, read by the real compiler (<c>dotnet build</c>), not by a test
    /// harness that builds its own <c>SourceText</c>: what is not text is an error where it starts, the rest is generated.
    /// </summary>
    [Collection(EndToEndCollection.Name)]
    [Trait("Category", "EndToEnd")]
    public sealed class EncodingBuildTests(PackedPackage package, ITestOutputHelper log)
    {
        private const string RealId = "000_93d74374661e688a";

        private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

        private static byte[] WithPreamble(Encoding encoding, string text) => encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

        [Fact]
        public void Undecodable_seeds_are_errors_where_they_start_and_every_text_seed_next_to_them_is_generated()
        {
            package.AssertPacked();
            ConsumerProject app = package.CreateConsumer("EncodingConsumer")
                .WriteAppProject("<DatasetVisibility>open</DatasetVisibility>", "<DatasetMaxSeedLength>1MB</DatasetMaxSeedLength>")
                .CopyRealSeed("seeds/" + RealId + ".txt")
                // The issue's bytes: an em dash in UTF-8, then 0xC3, which starts a sequence that "(" does not continue.
                .WriteBytes("seeds/not-utf8.txt", Utf8("LONDON — Caf").Concat(new byte[] { 0xC3 }).Concat(Utf8("( is not UTF-8.\n")).ToArray())
                .WriteBytes("seeds/latin1.txt", Encoding.Latin1.GetBytes("First line.\nCafé crème.\n"))
                .WriteBytes("seeds/bom-not-utf8.txt", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8("Fine.\nBad ")).Concat(new byte[] { 0xFF }).Concat(Utf8(" byte.\n")).ToArray())
                .WriteBytes("seeds/utf16-no-bom.txt", Encoding.Unicode.GetBytes("Hello from UTF-16.\nCafé — “quoted”.\n"))
                .WriteBytes("seeds/utf16le-bom.txt", WithPreamble(Encoding.Unicode, "PARIS — Café “crème,” she said.\r\nSecond paragraph.\r\n"))
                .WriteBytes("seeds/utf16be-bom.txt", WithPreamble(Encoding.BigEndianUnicode, "Big-endian café.\n"))
                .WriteBytes("seeds/cr-only.txt", Utf8("Line one.\rLine two.\r\rLine four.\r"))
                .WriteBytes("seeds/real-fffd.txt", Utf8("A real \uFFFD written as UTF-8.\n"))
                .Write("Program.cs", """
                    using System;
                    using Dataset;

                    foreach (Article article in EncodingConsumer.Articles.All)
                    {
                        Console.WriteLine($"article: {article.Id} | {article.Paragraphs.Count}");
                        if (article.Id != "000_93d74374661e688a")
                        {
                            foreach (Paragraph paragraph in article.Paragraphs)
                            {
                                Console.WriteLine($"  {paragraph.Line}: {paragraph.Text}");
                            }
                        }
                    }
                    """);

            CommandResult failed = app.Build(warningsAsErrors: false).LoggedTo(log);

            Assert.True(failed.ExitCode != 0, "Seeds that are not text are errors:" + Environment.NewLine + failed);
            Assert.Equal(
                new[]
                {
                    "bom-not-utf8.txt(2,5): error DS0003",
                    "latin1.txt(2,4): error DS0003",
                    "not-utf8.txt(1,13): error DS0003",
                    "utf16-no-bom.txt(1,2): error DS0020",
                },
                Reported(failed, "error"));
            Assert.Contains("not-utf8.txt(1,13): error DS0003: Seed is not valid UTF-8: the bytes at byte offset 14 are not UTF-8", failed.Output);
            Assert.Contains("UTF-16 (little-endian) without a byte-order mark", failed.Output);
            Assert.Contains("warning DS0021: The MSBuild property DatasetVisibility is 'open', which is not 'public' or 'internal'; 'public' is used instead", failed.Output);
            Assert.Contains("warning DS0021: The MSBuild property DatasetMaxSeedLength is '1MB', which is not a positive whole number of characters; the default 1048576 is used instead", failed.Output);
            Assert.DoesNotContain("real-fffd.txt", failed.Output);

            // The severity of the new ids is configurable like any other: as warnings, the build succeeds and shows
            // what was generated from the seeds that are text.
            app.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.DS0003.severity = warning\ndotnet_diagnostic.DS0020.severity = warning\n");
            CommandResult built = app.Build(warningsAsErrors: false).LoggedTo(log);
            Assert.True(built.ExitCode == 0, "Downgraded to warnings, the build succeeds:" + Environment.NewLine + built);
            Assert.Contains("not-utf8.txt(1,13): warning DS0003", built.Output);

            ArticleSpec real = SeedParser.Parse(Repository.RealSeedPath, Repository.RealSeedText).Article!;
            Assert.Equal(
                new[]
                {
                    $"article: {RealId} | {real.Paragraphs.Count}",
                    // CR-only line ends are lines too, so the blank line makes two blocks (a hard-wrapped seed).
                    "article: cr-only | 2",
                    "  1: Line one. Line two.",
                    "  4: Line four.",
                    "article: real-fffd | 1",
                    "  1: A real \uFFFD written as UTF-8.",
                    "article: utf16be-bom | 1",
                    "  1: Big-endian café.",
                    "article: utf16le-bom | 2",
                    "  1: Café “crème,” she said.",
                    "  2: Second paragraph.",
                },
                app.Run().LoggedTo(log).Lines);
        }

        // "file(line,col): severity id" for every seed diagnostic of that severity, once each (MSBuild prints some twice).
        private static string[] Reported(CommandResult build, string severity) =>
            build.Output.Split('\n')
                .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"([^/\\]+\.txt\(\d+,\d+\)): " + severity + @" (DS\d{4})"))
                .Where(match => match.Success)
                .Select(match => match.Groups[1].Value + ": " + severity + " " + match.Groups[2].Value)
                .Distinct()
                .Order(StringComparer.Ordinal)
                .ToArray();
    }
}
