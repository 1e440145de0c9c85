using System.Collections.Generic;

namespace Dataset.Generator.Parsing
{
    /// <summary>One physical line of a seed, without its terminator.</summary>
    /// <param name="Index">0-based line index (Roslyn's convention; users see <c>Index + 1</c>).</param>
    /// <param name="Start">Character offset of the line's first character in the seed text.</param>
    internal readonly record struct SeedLine(int Index, int Start, string Text)
    {
        public int Number => Index + 1;

        private static readonly char[] LineBreaks = { '\n', '\r' };

        /// <summary>Splits on <c>\r\n</c>, <c>\n</c> and <c>\r</c>, the terminators editors and scrapers write.</summary>
        public static List<SeedLine> Split(string text)
        {
            var lines = new List<SeedLine>();
            int start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                // Straight to the next line break: lines are long, breaks few.
                i = text.IndexOfAny(LineBreaks, i);
                if (i < 0)
                {
                    break;
                }

                char c = text[i];
                lines.Add(new SeedLine(lines.Count, start, text.Substring(start, i - start)));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }

            // A final terminator does not start another line, as in every editor.
            if (start < text.Length || lines.Count == 0)
            {
                lines.Add(new SeedLine(lines.Count, start, text.Substring(start)));
            }

            return lines;
        }
    }
}
