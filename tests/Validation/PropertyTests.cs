using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsCheck;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Tests.Parsing;
using Dataset.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Dataset.Tests.Validation
{
    /// <summary>
    /// Random and mutated seeds: the parser and generator never throw, the output always compiles, and text always
    /// round-trips. CI runs a few thousand cases; <c>DATASET_PROPERTY_SCALE=50</c> runs fifty times as many.
    /// </summary>
    [Trait("Category", "Property")]
    public sealed class PropertyTests
    {
        private static readonly int Scale = int.TryParse(Environment.GetEnvironmentVariable("DATASET_PROPERTY_SCALE"), out int scale) && scale > 0 ? scale : 1;

        // Pieces that exercise every parser path, mixed with arbitrary UTF-16 (lone surrogates and controls included).
        private static readonly string[] Tokens =
        {
            "\n", "\r\n", "\r", " ", "\t", "“", "”", "\"", "‘", "’", "«", "»", "'", "—", "–", "--", " - ", "[ad_1]",
            "[adinserter block=”4″]", "Source link", "---", "...", "title: x", "BEIJING — ", "KYIV, Ukraine (AP) — ",
            "Leah Millis/AP", "Photo: ", "\u0000", "\u0001", "\u202E", "\u200B", "\uFEFF", "\uD800", "\uDC00", "😀",
            "\u2028", "\u0085", "said", " he said.", "Xi Jinping", "China’s", "{", "}", "\\", "*/", "</summary>", "#error",
        };

        private static readonly Gen<string> Piece = Gen.Frequency(
            (3, Gen.Int[0, Tokens.Length - 1].Select(i => Tokens[i])),
            (2, Gen.String[Gen.Char.AlphaNumeric, 0, 12]),
            (1, Gen.String[Gen.Char, 0, 6]));

        private static readonly Gen<string> RandomSeed = Piece.Array[0, 60].Select(string.Concat);

        // The real seed with random insertions, deletions and a possible truncation.
        private static readonly Gen<string> MutatedSeed =
            Gen.Select(Gen.Int[0, 8].SelectMany(n => Gen.Select(Gen.Double[0, 1], Piece, Gen.Int[0, 40]).Array[n]), Gen.Double[0.05, 1.5])
                .Select(t =>
                {
                    string text = Repository.RealSeedText;
                    foreach ((double at, string insert, int delete) in t.Item1)
                    {
                        int position = (int)(at * text.Length);
                        text = text.Remove(position, Math.Min(delete, text.Length - position)).Insert(position, insert);
                    }

                    return t.Item2 < 1 ? text.Substring(0, (int)(t.Item2 * text.Length)) : text;
                });

        private static readonly Gen<string> AnySeed = Gen.OneOf(RandomSeed, MutatedSeed);

        [Fact]
        public void Parser_never_throws_and_every_paragraph_is_trimmed_text_at_its_offset() =>
            AnySeed.Sample(
                text =>
                {
                    SeedParseResult result = SeedParser.Parse("/seeds/random.txt", text);
                    if (result.Article is not { } article)
                    {
                        return;
                    }

                    int previousLine = 0;
                    foreach (ParagraphSpec paragraph in article.Paragraphs)
                    {
                        Assert.NotEqual(string.Empty, paragraph.Text);
                        Assert.Equal(paragraph.Text.Trim(), paragraph.Text);

                        // A paragraph joined from wrapped lines starts with the rest of its first line.
                        string firstLine = text.Substring(paragraph.Offset).Split('\r', '\n')[0].Trim();
                        Assert.StartsWith(firstLine, paragraph.Text, StringComparison.Ordinal);
                        Assert.True(paragraph.Line > previousLine && paragraph.EndLine >= paragraph.Line);
                        previousLine = paragraph.EndLine;
                    }

                    Assert.All(result.Diagnostics, d => Assert.InRange(d.Span.Start + d.Span.Length, 0, text.Length));
                },
                iter: 3000 * Scale);

        [Fact]
        public void Line_endings_and_culture_do_not_change_what_is_parsed() =>
            AnySeed.Where(text => !text.Contains('\r')).Sample(
                text =>
                {
                    SeedParseResult lf = SeedParser.Parse("/seeds/random.txt", text);
                    SeedParseResult crlf = SeedParser.Parse("/seeds/random.txt", text.Replace("\n", "\r\n"));
                    Assert.Equal(Comparable(lf), Comparable(crlf));
                    foreach (string culture in new[] { "tr-TR", "ar-SA", "ja-JP" })
                    {
                        CultureInfo saved = CultureInfo.CurrentCulture;
                        try
                        {
                            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                            Assert.Equal(lf, SeedParser.Parse("/seeds/random.txt", text));
                        }
                        finally
                        {
                            CultureInfo.CurrentCulture = saved;
                        }
                    }
                },
                iter: 1000 * Scale);

        [Fact]
        public void Generated_code_always_compiles_round_trips_and_is_deterministic() =>
            AnySeed.Array[20].Sample(
                texts =>
                {
                    AdditionalText[] seeds = texts.Select((text, i) => GeneratorHarness.Seed("seeds/s" + i.ToString("00", CultureInfo.InvariantCulture) + ".txt", text)).ToArray();
                    GeneratorOutcome outcome = GeneratorHarness.Run(seeds);
                    Assert.Null(outcome.RunResult.Results.Single().Exception);
                    Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Id.StartsWith("CS", StringComparison.Ordinal) || d.Id == "DS0001");
                    Assert.Empty(outcome.CompilationProblems);

                    LoadedDataset dataset = outcome.Load();
                    for (int i = 0; i < texts.Length; i++)
                    {
                        ArticleSpec? expected = SeedParser.Parse(seeds[i].Path, texts[i]).Article;
                        string id = "s" + i.ToString("00", CultureInfo.InvariantCulture);
                        if (expected is null)
                        {
                            Assert.False(dataset.TryGet(id, out _));
                            continue;
                        }

                        Article article = dataset.Get(id);
                        Assert.Equal(expected.Paragraphs.Select(p => (p.Index, p.Text, p.Line)), article.Paragraphs.Select(p => (p.Index, p.Text, p.Line)));
                        Assert.Equal(expected.Metadata.Title, article.Title);
                        Assert.Equal(expected.Dateline, article.Dateline);
                        Assert.Equal(expected.PhotoCredit, article.PhotoCredit);
                        Assert.Equal(expected.RemovedLines.Select(l => (l.Line, l.Text)), article.RemovedLines.Select(l => (l.Line, l.Text)));
                    }

                    // Another run, with CRLF seeds and a different culture, writes the same bytes.
                    CultureInfo saved = CultureInfo.CurrentCulture;
                    try
                    {
                        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
                        AdditionalText[] crlf = texts.Select((text, i) => GeneratorHarness.Seed(seeds[i].Path.Substring(GeneratorHarness.ProjectDir.Length), text.Contains('\r') ? text : text.Replace("\n", "\r\n"))).ToArray();
                        GeneratorOutcome again = GeneratorHarness.Run(crlf);
                        Assert.Equal(outcome.Sources.Select(s => s.HintName + s.SourceText), again.Sources.Select(s => s.HintName + s.SourceText));
                    }
                    finally
                    {
                        CultureInfo.CurrentCulture = saved;
                    }
                },
                iter: 40 * Scale,
                threads: 1);

        private static SeedParseResult Comparable(SeedParseResult result) => result with
        {
            Article = result.Article is null ? null : RealSeedTests.WithoutOffsets(result.Article),
            Diagnostics = result.Diagnostics.Select(d => d with { Span = d.Span with { Start = 0 } }).ToEquatableArray(),
        };
    }
}
