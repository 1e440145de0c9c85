using System;

namespace Dataset.Generator.Parsing
{
    /// <summary>
    /// Finds the dateline wire services put at the start of a story: <c>BEIJING —</c>, <c>KYIV, Ukraine —</c>,
    /// <c>LONDON (Reuters) -</c>, with an em dash, en dash, <c>--</c> or a spaced hyphen.
    /// </summary>
    internal static class Dateline
    {
        private const int MaxPrefixLength = 60;
        private const int MaxPlaceWords = 4;

        /// <summary>
        /// If <paramref name="paragraph"/> starts with a dateline, returns it (without the dash) and sets
        /// <paramref name="textStart"/> to where the paragraph's own text begins; otherwise returns <see langword="null"/>.
        /// </summary>
        public static string? Parse(string paragraph, out int textStart)
        {
            textStart = 0;
            int limit = Math.Min(paragraph.Length, MaxPrefixLength + 4);
            for (int i = 1; i < limit; i++)
            {
                int dashLength = DashLengthAt(paragraph, i);
                if (dashLength == 0)
                {
                    continue;
                }

                // Only the first dash can end a dateline: a later one belongs to the sentence.
                string prefix = paragraph.Substring(0, i).Trim();
                int rest = i + dashLength;
                while (rest < paragraph.Length && char.IsWhiteSpace(paragraph[rest]))
                {
                    rest++;
                }

                if (rest == paragraph.Length || !IsDatelinePrefix(prefix))
                {
                    return null;
                }

                textStart = rest;
                return prefix;
            }

            return null;
        }

        private static int DashLengthAt(string text, int i)
        {
            char c = text[i];
            if (c == '—' || c == '–')
            {
                return 1;
            }

            if (c == '-' && i + 1 < text.Length && text[i + 1] == '-')
            {
                return 2;
            }

            // A bare hyphen joins words ("CHINA-U.S."); only a spaced one separates a dateline.
            bool spaced = c == '-' && text[i - 1] == ' ' && i + 1 < text.Length && text[i + 1] == ' ';
            return spaced ? 1 : 0;
        }

        // "CITY", "CITY, Region", each optionally followed by "(Agency)".
        private static bool IsDatelinePrefix(string prefix)
        {
            if (prefix.Length == 0 || prefix.Length > MaxPrefixLength)
            {
                return false;
            }

            string place = prefix;
            if (place[place.Length - 1] == ')')
            {
                int open = place.LastIndexOf('(');
                if (open <= 0 || !IsWords(place.Substring(open + 1, place.Length - open - 2), upperOnly: false))
                {
                    return false;
                }

                place = place.Substring(0, open).TrimEnd();
            }

            int comma = place.IndexOf(',');
            string city = comma < 0 ? place : place.Substring(0, comma);
            string region = comma < 0 ? string.Empty : place.Substring(comma + 1).Trim();
            return IsWords(city, upperOnly: true) && (comma < 0 || IsWords(region, upperOnly: false));
        }

        private static bool IsWords(string text, bool upperOnly)
        {
            string[] words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words.Length > MaxPlaceWords)
            {
                return false;
            }

            int letters = 0;
            foreach (string word in words)
            {
                if (!char.IsUpper(word[0]))
                {
                    return false;
                }

                foreach (char c in word)
                {
                    if (char.IsLetter(c))
                    {
                        letters++;
                        if (upperOnly && !char.IsUpper(c))
                        {
                            return false;
                        }
                    }
                    else if (c != '.' && c != '-' && c != '\'' && c != '’' && c != '&')
                    {
                        return false;
                    }
                }
            }

            return letters >= 2;
        }
    }
}
