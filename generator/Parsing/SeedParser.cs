using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing.Quotes;

namespace Dataset.Generator.Parsing
{
    /// <summary>
    /// Turns the text of one seed into an <see cref="ArticleSpec"/> and the problems found on the way. A pure
    /// function of its arguments: no Roslyn, no I/O, no culture.
    /// </summary>
    /// <remarks>
    /// A seed is read line by line: optional YAML front matter, then paragraphs (<see cref="ParagraphReader"/>): one
    /// per line, or one per blank-line-separated block of wrapped lines; junk lines (<see cref="JunkLines"/>) are
    /// removed and recorded, a photo-credit line (<see cref="PhotoCredit"/>) is taken out when it is the first line
    /// of text, and a dateline (<see cref="Dateline"/>) is taken off the front of the first paragraph.
    /// </remarks>
    internal static class SeedParser
    {
        /// <summary>Seeds longer than this many characters are refused unless the project sets <c>DatasetMaxSeedLength</c>.</summary>
        public const int DefaultMaxLength = 1024 * 1024;

        /// <param name="path">The seed's path; its file name without extension is the article id.</param>
        /// <param name="text">The decoded seed text.</param>
        public static SeedParseResult Parse(string path, string text, CancellationToken cancellationToken = default) =>
            Parse(path, text, DefaultMaxLength, cancellationToken);

        /// <param name="path">The seed's path; its file name without extension is the article id.</param>
        /// <param name="text">The decoded seed text.</param>
        /// <param name="maxLength">The most characters a seed may have.</param>
        public static SeedParseResult Parse(string path, string text, int maxLength, CancellationToken cancellationToken = default)
        {
            var diagnostics = new List<SeedDiagnostic>();
            string fileName = Path.GetFileName(path);

            // Checked first: a huge file must cost the build nothing beyond this comparison.
            if (text.Length > maxLength)
            {
                diagnostics.Add(SeedDiagnostic.Create(
                    DiagnosticIds.SeedTooLarge,
                    RangeAt(text, maxLength, 0),
                    Invariant(text.Length),
                    Invariant(maxLength)));
                return new SeedParseResult(null, diagnostics.ToEquatableArray());
            }

            // A BOM that survived decoding is an encoding artefact, not text.
            int bomLength = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            int badChar = FindBinaryCharacter(text, bomLength);
            if (badChar >= 0)
            {
                diagnostics.Add(SeedDiagnostic.Create(
                    DiagnosticIds.BinaryContent,
                    RangeAt(text, badChar, 1),
                    CodePoint(text[badChar])));
                return new SeedParseResult(null, diagnostics.ToEquatableArray());
            }

            List<SeedLine> lines = SeedLine.Split(text);
            if (bomLength == 1)
            {
                lines[0] = new SeedLine(0, 1, lines[0].Text.Substring(1));
            }

            FrontMatterSpec frontMatter = FrontMatter.Read(lines, diagnostics, out int bodyStart);
            ReportInvisibleCharacters(lines, diagnostics);

            var reader = new ParagraphReader(diagnostics);
            reader.Read(lines, bodyStart, cancellationToken);
            List<ParagraphSpec> paragraphs = reader.Paragraphs;

            if (paragraphs.Count == 0)
            {
                diagnostics.Add(SeedDiagnostic.Create(DiagnosticIds.NoArticleText, TextRange.FileStart, fileName));
            }

            var texts = new string[paragraphs.Count];
            int words = 0;
            for (int i = 0; i < texts.Length; i++)
            {
                texts[i] = paragraphs[i].Text;
                words += TextMetrics.CountWords(texts[i]);
            }

            QuoteExtraction quotes = QuoteExtractor.Extract(texts, cancellationToken);
            ReportQuoteProblems(reader.Sources, quotes, diagnostics);

            var article = new ArticleSpec(
                frontMatter.Id ?? Path.GetFileNameWithoutExtension(path),
                fileName,
                frontMatter,
                reader.Dateline,
                reader.PhotoCredit,
                paragraphs.ToEquatableArray(),
                quotes.Quotes,
                quotes.Speakers,
                words,
                TextMetrics.ContentHash(texts),
                reader.RemovedLines.ToEquatableArray());
            return new SeedParseResult(article, DiagnosticCap.Apply(diagnostics));
        }

        // Located through the paragraph's source: a paragraph joined from wrapped lines spans several seed lines.
        private static void ReportQuoteProblems(List<ParagraphSource> sources, QuoteExtraction quotes, List<SeedDiagnostic> diagnostics)
        {
            foreach (QuoteMarkIssue issue in quotes.MarkIssues)
            {
                diagnostics.Add(SeedDiagnostic.Create(
                    issue.Problem == QuoteMarkProblem.Unclosed ? DiagnosticIds.UnclosedQuote : DiagnosticIds.UnopenedQuote,
                    sources[issue.Paragraph].Range(issue.Offset, 1),
                    issue.Mark.ToString()));
            }

            foreach (QuoteSpec quote in quotes.Quotes)
            {
                if (quote.Speaker is null && quote.SpeakerName is null)
                {
                    diagnostics.Add(SeedDiagnostic.Create(
                        DiagnosticIds.QuoteWithoutSpeaker,
                        sources[quote.Paragraph].Range(quote.Start, quote.Length),
                        Abbreviate(quote.Text)));
                }
            }
        }

        private static string Abbreviate(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "…";

        // One warning per line, at its first such character: enough to find them without burying the build.
        private static void ReportInvisibleCharacters(List<SeedLine> lines, List<SeedDiagnostic> diagnostics)
        {
            foreach (SeedLine line in lines)
            {
                for (int i = 0; i < line.Text.Length; i++)
                {
                    if (InvisibleCharacters.Name(line.Text, i) is { } name)
                    {
                        bool pair = char.IsHighSurrogate(line.Text[i]);
                        diagnostics.Add(SeedDiagnostic.Create(
                            DiagnosticIds.InvisibleCharacter,
                            TextRange.OnLine(line.Index, line.Start, i, pair ? 2 : 1),
                            pair ? "U+" + char.ConvertToUtf32(line.Text, i).ToString("X5", CultureInfo.InvariantCulture) : CodePoint(line.Text[i]),
                            name));
                        break;
                    }
                }
            }
        }

        private static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

        private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

        // NUL and the other C0 controls never occur in text a person wrote; tab, line feed, carriage return and
        // form feed do.
        private static int FindBinaryCharacter(string text, int start)
        {
            for (int i = start; i < text.Length; i++)
            {
                char c = text[i];
                if ((c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\u007F')
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The 0-based line and column of <paramref name="offset"/>, counted as <see cref="SeedLine.Split"/> does.</summary>
        internal static TextRange RangeAt(string text, int offset, int length)
        {
            int line = 0, lineStart = 0;
            for (int i = 0; i < offset; i++)
            {
                char c = text[i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                if (c == '\n' || c == '\r')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return new TextRange(offset, length, line, offset - lineStart, line, offset - lineStart + length);
        }
    }
}
