using System.Collections.Generic;
using System.Threading;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;

namespace Dataset.Generator.Parsing
{
    /// <summary>
    /// Reads a seed's body into paragraphs: one per line, or, when the seed separates paragraphs with blank lines
    /// (hard-wrapped press releases and e-mailed copy), one per block of lines, joined with one space. Junk lines
    /// are removed and recorded, a photo credit on the first line of text is taken out, and a dateline is taken off
    /// the front of the first paragraph.
    /// </summary>
    internal sealed class ParagraphReader
    {
        /// <summary>
        /// A block is wrapped text only if no line but its last is longer than this: copy is wrapped at 60–80
        /// columns, so a longer line is a paragraph of its own (a one-paragraph-per-line scrape).
        /// </summary>
        public const int MaxWrappedLineLength = 100;

        private readonly List<SeedDiagnostic> _diagnostics;
        private readonly List<BlockLine> _block = new();

        public ParagraphReader(List<SeedDiagnostic> diagnostics) => _diagnostics = diagnostics;

        public List<ParagraphSpec> Paragraphs { get; } = new();

        /// <summary>For each paragraph, where its text came from, to locate diagnostics inside it.</summary>
        public List<ParagraphSource> Sources { get; } = new();

        public List<RemovedLineSpec> RemovedLines { get; } = new();

        public string? PhotoCredit { get; private set; }

        public string? Dateline { get; private set; }

        public void Read(List<SeedLine> lines, int bodyStart, CancellationToken cancellationToken)
        {
            bool blocks = HasBlankLineBetweenText(lines, bodyStart);
            bool sawText = false;
            for (int i = bodyStart; i < lines.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                SeedLine line = lines[i];
                string trimmed = line.Text.Trim();
                if (trimmed.Length == 0)
                {
                    EndBlock();
                    continue;
                }

                int column = line.Text.IndexOf(trimmed[0]);
                if (JunkLines.IsJunk(trimmed))
                {
                    // Page chrome ends a block: text after it is not the same paragraph.
                    EndBlock();
                    RemovedLines.Add(new RemovedLineSpec(line.Number, trimmed));
                    _diagnostics.Add(SeedDiagnostic.Create(
                        DiagnosticIds.JunkLineRemoved,
                        TextRange.OnLine(line.Index, line.Start, column, trimmed.Length),
                        trimmed));
                    continue;
                }

                bool firstText = !sawText;
                sawText = true;
                if (firstText && (PhotoCredit = Parsing.PhotoCredit.Parse(trimmed)) is not null)
                {
                    continue;
                }

                _block.Add(new BlockLine(line, trimmed, column));
                if (!blocks)
                {
                    EndBlock();
                }
            }

            EndBlock();
        }

        // A blank line with text on both sides: the seed separates its paragraphs with blank lines.
        private static bool HasBlankLineBetweenText(List<SeedLine> lines, int bodyStart)
        {
            bool textBefore = false, blankAfterText = false;
            for (int i = bodyStart; i < lines.Count; i++)
            {
                bool blank = string.IsNullOrWhiteSpace(lines[i].Text);
                if (!blank && blankAfterText)
                {
                    return true;
                }

                textBefore |= !blank;
                blankAfterText |= blank && textBefore;
            }

            return false;
        }

        private void EndBlock()
        {
            if (_block.Count == 0)
            {
                return;
            }

            bool wrapped = true;
            for (int i = 0; i < _block.Count - 1; i++)
            {
                wrapped &= _block[i].Column + _block[i].Text.Length <= MaxWrappedLineLength;
            }

            if (wrapped)
            {
                Add(_block, 0, _block.Count);
            }
            else
            {
                for (int i = 0; i < _block.Count; i++)
                {
                    Add(_block, i, i + 1);
                }
            }

            _block.Clear();
        }

        private void Add(List<BlockLine> block, int start, int end)
        {
            var source = new ParagraphSource();
            string paragraph;
            if (end - start == 1)
            {
                // One line, the usual case: its text is the paragraph.
                source.Add(0, block[start].Line, block[start].Column);
                paragraph = block[start].Text;
            }
            else
            {
                var text = new System.Text.StringBuilder();
                for (int i = start; i < end; i++)
                {
                    text.Append(i > start ? " " : string.Empty);
                    source.Add(text.Length, block[i].Line, block[i].Column);
                    text.Append(block[i].Text);
                }

                paragraph = text.ToString();
            }

            if (Paragraphs.Count == 0 && (Dateline = Parsing.Dateline.Parse(paragraph, out int textStart)) is not null)
            {
                paragraph = paragraph.Substring(textStart);
                source = source.Skip(textStart);
            }

            Paragraphs.Add(new ParagraphSpec(
                Paragraphs.Count,
                paragraph,
                source.FirstLine.Number,
                source.FirstColumn,
                source.FirstLine.Start + source.FirstColumn,
                block[end - 1].Line.Number));
            Sources.Add(source);
        }

        private readonly record struct BlockLine(SeedLine Line, string Text, int Column);
    }

    /// <summary>Where each piece of a paragraph's text is in the seed: the lines it was joined from.</summary>
    internal sealed class ParagraphSource
    {
        private readonly List<Piece> _pieces = new();

        public SeedLine FirstLine => _pieces[0].Line;

        public int FirstColumn => _pieces[0].Column;

        public void Add(int textOffset, SeedLine line, int column) => _pieces.Add(new Piece(textOffset, line, column));

        /// <summary>The same source for the text from <paramref name="offset"/> on (a dateline taken off its front).</summary>
        public ParagraphSource Skip(int offset)
        {
            var skipped = new ParagraphSource();
            foreach (Piece piece in _pieces)
            {
                int start = piece.TextOffset - offset;
                if (start > 0)
                {
                    skipped._pieces.Add(piece with { TextOffset = start });
                }
                else
                {
                    // Of the pieces the offset skips into, the last holds it.
                    skipped._pieces.Clear();
                    skipped._pieces.Add(new Piece(0, piece.Line, piece.Column - start));
                }
            }

            return skipped;
        }

        /// <summary>The seed range of <paramref name="length"/> characters at <paramref name="offset"/> in the paragraph's text.</summary>
        public TextRange Range(int offset, int length)
        {
            (SeedLine startLine, int startColumn) = Position(offset);
            (SeedLine endLine, int endColumn) = Position(offset + length);
            int start = startLine.Start + startColumn;
            return new TextRange(start, endLine.Start + endColumn - start, startLine.Index, startColumn, endLine.Index, endColumn);
        }

        // The last piece starting at or before the offset holds it (a joining space belongs to the line before).
        private (SeedLine Line, int Column) Position(int offset)
        {
            int low = 0, high = _pieces.Count - 1;
            while (low < high)
            {
                int mid = low + ((high - low + 1) / 2);
                if (_pieces[mid].TextOffset <= offset)
                {
                    low = mid;
                }
                else
                {
                    high = mid - 1;
                }
            }

            Piece piece = _pieces[low];
            return (piece.Line, piece.Column + offset - piece.TextOffset);
        }

        private readonly record struct Piece(int TextOffset, SeedLine Line, int Column);
    }
}
