using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;

namespace Dataset.Generator.Parsing
{
    /// <summary>
    /// Turns the text of one seed into an <see cref="ArticleSpec"/> and the problems found on the way. A pure
    /// function of its arguments: no Roslyn, no I/O, no culture.
    /// </summary>
    /// <remarks>
    /// A seed is read line by line: optional YAML front matter, then every non-blank line is one paragraph, except
    /// junk lines (<see cref="JunkLines"/>), which are removed and recorded, and a photo-credit line
    /// (<see cref="PhotoCredit"/>) when it is the first line of text. A dateline (<see cref="Dateline"/>) is taken
    /// off the front of the first paragraph.
    /// </remarks>
    internal static class SeedParser
    {
        /// <param name="path">The seed's path; its file name without extension is the article id.</param>
        /// <param name="text">The decoded seed text.</param>
        public static SeedParseResult Parse(string path, string text, CancellationToken cancellationToken = default)
        {
            var diagnostics = new List<SeedDiagnostic>();
            string fileName = Path.GetFileName(path);
            string id = Path.GetFileNameWithoutExtension(path);

            // A BOM that survived decoding is an encoding artefact, not text.
            int bomLength = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            int badChar = FindBinaryCharacter(text, bomLength);
            if (badChar >= 0)
            {
                diagnostics.Add(SeedDiagnostic.Create(
                    DiagnosticIds.BinaryContent,
                    RangeAt(text, badChar, 1),
                    "U+" + ((int)text[badChar]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
                return new SeedParseResult(null, diagnostics.ToEquatableArray());
            }

            List<SeedLine> lines = SeedLine.Split(text);
            if (bomLength == 1)
            {
                lines[0] = new SeedLine(0, 1, lines[0].Text.Substring(1));
            }

            FrontMatter frontMatter = FrontMatter.Read(lines, diagnostics, out int bodyStart);

            var paragraphs = new List<ParagraphSpec>();
            var removed = new List<RemovedLineSpec>();
            string? credit = null, dateline = null;
            bool sawText = false;
            for (int i = bodyStart; i < lines.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                SeedLine line = lines[i];
                string trimmed = line.Text.Trim();
                if (trimmed.Length == 0)
                {
                    continue;
                }

                if (JunkLines.IsJunk(trimmed))
                {
                    removed.Add(new RemovedLineSpec(line.Number, trimmed));
                    continue;
                }

                bool firstText = !sawText;
                sawText = true;
                if (firstText && (credit = PhotoCredit.Parse(trimmed)) is not null)
                {
                    continue;
                }

                int column = line.Text.IndexOf(trimmed[0]);
                string paragraph = trimmed;
                if (paragraphs.Count == 0 && (dateline = Dateline.Parse(trimmed, out int textStart)) is not null)
                {
                    paragraph = trimmed.Substring(textStart);
                    column += textStart;
                }

                paragraphs.Add(new ParagraphSpec(paragraphs.Count, paragraph, line.Number, column, line.Start + column));
            }

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

            var article = new ArticleSpec(
                id,
                fileName,
                frontMatter.Title,
                dateline,
                credit,
                paragraphs.ToEquatableArray(),
                words,
                TextMetrics.ContentHash(texts),
                removed.ToEquatableArray());
            return new SeedParseResult(article, diagnostics.ToEquatableArray());
        }

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
