using System.Runtime.CompilerServices;

namespace Dataset.Generator.Parsing.Quotes
{
    /// <summary>The families of quotation marks; a quotation closes only with a mark of its own family.</summary>
    internal enum MarkFamily
    {
        None,

        /// <summary>“…”, "…", „…“.</summary>
        Double,

        /// <summary>‘…’, '…' — also apostrophes, which is why they are only taken when they pair up.</summary>
        Single,

        /// <summary>«…».</summary>
        Angle,
    }

    /// <summary>What a quotation-mark character is and which way it can face where it stands.</summary>
    internal static class QuoteMarks
    {
        /// <summary>A straight mark right after a digit is a measure, not a quotation mark: 6'2", 12" pizza.</summary>
        public static bool IsMeasure(string text, int i) =>
            (text[i] == '"' || text[i] == '\'') && i > 0 && char.IsDigit(text[i - 1]) && (i + 1 >= text.Length || !char.IsLetter(text[i + 1]));

        /// <summary>Every character <see cref="FamilyOf"/> gives a family.</summary>
        public static readonly char[] All = { '“', '”', '"', '„', '‟', '‘', '’', '\'', '‚', '‛', '«', '»' };

        // Asked of every character of an article: spaces, letters, digits and most punctuation are answered inline.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static MarkFamily FamilyOf(char c) => c < '"' || (c > '\'' && c < '«') ? MarkFamily.None : FamilyOfOther(c);

        private static MarkFamily FamilyOfOther(char c) => c switch
        {
            '“' or '”' or '"' or '„' or '‟' => MarkFamily.Double,
            '‘' or '’' or '\'' or '‚' or '‛' => MarkFamily.Single,
            '«' or '»' => MarkFamily.Angle,
            _ => MarkFamily.None,
        };

        /// <summary>Whether the mark at <paramref name="i"/> can open a double or angle quotation.</summary>
        public static bool CanOpen(string text, int i)
        {
            char c = text[i];
            return c switch
            {
                '“' or '„' or '‟' or '«' => true,

                // Scrapers turn openers into closers ("block=”4″"); one that hugs the next word still opens.
                '”' or '»' => IsSpaceBefore(text, i) && !IsSpaceAfter(text, i),
                '"' => !IsSpaceAfter(text, i) || IsSpaceBefore(text, i),
                _ => false,
            };
        }

        /// <summary>Whether the mark at <paramref name="i"/> can close a double or angle quotation.</summary>
        public static bool CanClose(string text, int i)
        {
            char c = text[i];
            return c switch
            {
                '”' or '»' => true,
                '“' or '‟' => !IsSpaceBefore(text, i) && IsSpaceOrPunctuationAfter(text, i),
                '"' => !IsSpaceBefore(text, i) || IsSpaceAfter(text, i),
                _ => false,
            };
        }

        /// <summary>
        /// Whether the single mark at <paramref name="i"/> can open a quotation: it starts a word and is not an
        /// elision (’90s, ’em, rock ’n’ roll). ’ itself never opens: at the start of a word it is an apostrophe.
        /// </summary>
        public static bool CanOpenSingle(string text, int i)
        {
            char c = text[i];
            if ((c != '‘' && c != '\'' && c != '‚' && c != '‛') || !IsSpaceOrOpeningBefore(text, i) || i + 1 >= text.Length)
            {
                return false;
            }

            char next = text[i + 1];
            return (char.IsLetter(next) || IsMark(next) || next == '.' || next == '…') && !IsElision(text, i + 1);
        }

        /// <summary>
        /// Whether the single mark at <paramref name="i"/> can close a quotation: it ends a word and is not inside one
        /// (don’t, O’Connor, China’s).
        /// </summary>
        public static bool CanCloseSingle(string text, int i)
        {
            char c = text[i];
            if ((c != '’' && c != '\'') || IsSpaceBefore(text, i))
            {
                return false;
            }

            // The second mark of rock ’n’ roll is an apostrophe too.
            bool elidedAnd = i >= 2 && (text[i - 1] == 'n' || text[i - 1] == 'N') && IsSingle(text[i - 2]);
            return !elidedAnd && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]));
        }

        /// <summary>
        /// A closing single mark after "s" or a dropped "g" with a lower-case word next reads as an apostrophe
        /// (students’ union, goin’ home); it closes only when nothing better does.
        /// </summary>
        public static bool IsWeakSingleCloser(string text, int i)
        {
            char before = text[i - 1];
            bool apostropheShape = before == 's' || before == 'S' || (before == 'n' && i >= 2 && text[i - 2] == 'i');
            return apostropheShape && i + 2 < text.Length && text[i + 1] == ' ' && char.IsLower(text[i + 2]);
        }

        private static bool IsSingle(char c) => FamilyOf(c) == MarkFamily.Single;

        /// <summary>Whether <paramref name="c"/> is any quotation mark.</summary>
        public static bool IsMark(char c) => FamilyOf(c) != MarkFamily.None;

        /// <summary>Whether a paragraph starts (after white space) with a mark that opens <paramref name="family"/>.</summary>
        public static bool StartsWithOpener(string text, MarkFamily family, out int offset)
        {
            offset = 0;
            while (offset < text.Length && char.IsWhiteSpace(text[offset]))
            {
                offset++;
            }

            if (offset >= text.Length || FamilyOf(text[offset]) != family)
            {
                return false;
            }

            return family == MarkFamily.Single ? CanOpenSingle(text, offset) : CanOpen(text, offset) && text[offset] != '»';
        }

        public static bool IsSpaceBefore(string text, int i) => i == 0 || char.IsWhiteSpace(text[i - 1]);

        public static bool IsSpaceAfter(string text, int i) => i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]);

        private static bool IsSpaceOrPunctuationAfter(string text, int i) =>
            IsSpaceAfter(text, i) || (!char.IsLetterOrDigit(text[i + 1]) && !IsMark(text[i + 1]));

        // An opener follows space, the start, a bracket, a dash or another mark: “‘Tis …’”.
        private static bool IsSpaceOrOpeningBefore(string text, int i)
        {
            if (IsSpaceBefore(text, i))
            {
                return true;
            }

            char before = text[i - 1];
            return before == '(' || before == '[' || before == '—' || before == '–' || before == '/' || (IsMark(before) && before != '’');
        }

        // ’90s, ’em, ’til, ’tis, ’twas, ’cause, ’bout, ’n’ — the apostrophe stands for missing letters.
        private static bool IsElision(string text, int start)
        {
            if (start < text.Length && char.IsDigit(text[start]))
            {
                return true;
            }

            int end = start;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            string word = text.Substring(start, end - start);
            bool markAfter = end < text.Length && (text[end] == '’' || text[end] == '\'');
            return (word.Length == 1 && (word == "n" || word == "N") && markAfter) || Lexicon.Elisions.Contains(word);
        }
    }
}
