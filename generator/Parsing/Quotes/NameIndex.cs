using System;
using System.Collections.Generic;

namespace Dataset.Generator.Parsing.Quotes
{
    /// <summary>
    /// Every proper name an article's narrator writes, split into people ("Xi Jinping" out of "Chinese President Xi
    /// Jinping") and organisations ("China’s Ministry of Foreign Affairs"), so a later "Xi", "Mr. O’Connor" or
    /// "the ministry" can be given the fullest name the article uses.
    /// </summary>
    internal sealed class NameIndex
    {
        private readonly List<NameMention> _people = new();
        private readonly List<NameMention> _organisations = new();

        public NameIndex(IReadOnlyList<ParagraphAnalysis> paragraphs)
        {
            foreach (ParagraphAnalysis a in paragraphs)
            {
                for (int i = 0; i < a.Count; i++)
                {
                    if (!NounPhrases.IsNameWord(a, i))
                    {
                        continue;
                    }

                    int end = RunEnd(a, i);
                    AddPeople(a, i, end, _people);
                    AddOrganisation(a, i, end);
                    i = end - 1;
                }
            }
        }

        /// <summary>The longest person's name that contains <paramref name="words"/> in order, or null.</summary>
        public NameMention? FullestPerson(IReadOnlyList<string> words) => Longest(_people, words);

        /// <summary>The longest organisation name that contains <paramref name="words"/> in order, or null.</summary>
        public NameMention? FullestOrganisation(IReadOnlyList<string> words) => Longest(_organisations, words);

        /// <summary>The organisation named last before a position whose name has <paramref name="word"/>: "the ministry".</summary>
        public NameMention? OrganisationWithWord(string word, int paragraph, int token)
        {
            NameMention? best = null;
            foreach (NameMention mention in _organisations)
            {
                bool before = mention.Paragraph < paragraph || (mention.Paragraph == paragraph && mention.Token < token);
                if (before && Array.Exists(mention.Words, w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase)))
                {
                    best = mention;
                }
            }

            return best;
        }

        /// <summary>
        /// The people's names in tokens [<paramref name="start"/>, <paramref name="end"/>): titles, honorifics and
        /// organisation words split them ("U.S. Secretary of State Antony Blinken" → "Antony Blinken").
        /// </summary>
        public static void AddPeople(ParagraphAnalysis a, int start, int end, List<NameMention> into)
        {
            // "Biden’s national security adviser Jake Sullivan": a lower-case title just before the run counts too.
            var titles = new List<string>();
            if (start > 0 && a[start - 1].IsLowerWord && NameWords.Titles.Contains(a[start - 1].Text))
            {
                titles.Add(a[start - 1].Text.ToLowerInvariant());
            }

            int segment = -1;
            for (int k = start; k < end; k++)
            {
                Token t = a[k];
                bool particle = segment >= 0 && WordClasses.NameParticles.Contains(t.Text) && k + 1 < end && a[k + 1].IsCapitalized;
                if (particle || IsPersonNameWord(a, k, end))
                {
                    segment = segment < 0 ? k : segment;
                    if (t.IsPossessive)
                    {
                        into.Add(NameMention.Create(a, segment, k + 1, titles));
                        segment = -1;
                    }

                    continue;
                }

                if (segment >= 0)
                {
                    into.Add(NameMention.Create(a, segment, k, titles));
                    segment = -1;
                    titles.Clear();
                }

                if (t.IsCapitalized && NameWords.Titles.Contains(t.Text))
                {
                    titles.Add(t.Text.ToLowerInvariant());
                }
            }

            if (segment >= 0)
            {
                into.Add(NameMention.Create(a, segment, end, titles));
            }
        }

        /// <summary>
        /// The person last given the title <paramref name="title"/> before a position, by their fullest name:
        /// "the president" → "Joe Biden" after "President Joe Biden".
        /// </summary>
        public NameMention? PersonWithTitle(string title, int paragraph, int token)
        {
            NameMention? last = null;
            foreach (NameMention mention in _people)
            {
                bool before = mention.Paragraph < paragraph || (mention.Paragraph == paragraph && mention.Token < token);
                if (before && Array.IndexOf(mention.Titles, title.ToLowerInvariant()) >= 0)
                {
                    last = mention;
                }
            }

            return last is null ? null : FullestPerson(last.Words) ?? last;
        }

        /// <summary>Normalises a word for comparison: no possessive, one apostrophe.</summary>
        public static string Key(Token t) => t.Bare.Replace('\'', '’');

        public static bool IsOrganisationWord(Token t) => NameWords.OrganisationWords.Contains(t.Bare) || IsAcronym(t.Bare);

        // A run of capitalised words with "of", "and", "de" … between them.
        private static int RunEnd(ParagraphAnalysis a, int start)
        {
            int k = start + 1;
            while (k < a.Count)
            {
                if (NounPhrases.IsNameWord(a, k) && !a[k - 1].IsPossessive)
                {
                    k++;
                }
                else if (NounPhrases.IsNameWord(a, k) && IsOrganisationWord(a[k]))
                {
                    // "China’s Ministry": a possessive joins a name only to an organisation.
                    k++;
                }
                else if (k + 1 < a.Count && a[k].IsWord && WordClasses.NameConnectors.Contains(a[k].Text) && NounPhrases.IsNameWord(a, k + 1))
                {
                    k += 2;
                }
                else
                {
                    break;
                }
            }

            return k;
        }

        private static bool IsPersonNameWord(ParagraphAnalysis a, int k, int end)
        {
            Token t = a[k];
            if (!t.IsCapitalized || IsOrganisationWord(t) || (t.Bare.IndexOf('.') >= 0 && t.Bare.Length > 2))
            {
                return false;
            }

            // A title counts only before a name: "President Biden", but "John Major".
            return !(NameWords.Titles.Contains(t.Text) || NameWords.Honorifics.Contains(t.Text)) || !HasNameAfter(a, k + 1, end);
        }

        private static bool HasNameAfter(ParagraphAnalysis a, int from, int end)
        {
            for (int k = from; k < end; k++)
            {
                Token t = a[k];
                if (t.IsCapitalized && !NameWords.Titles.Contains(t.Text) && !NameWords.Honorifics.Contains(t.Text) && !IsOrganisationWord(t))
                {
                    return true;
                }
            }

            return false;
        }

        private void AddOrganisation(ParagraphAnalysis a, int start, int end)
        {
            int lastOrganisationWord = -1;
            for (int k = start; k < end; k++)
            {
                if (IsOrganisationWord(a[k]))
                {
                    lastOrganisationWord = k;
                }
            }

            if (lastOrganisationWord < 0)
            {
                return;
            }

            // "Ministry of Foreign Affairs": the name runs on after a connector, not after a bare title.
            int stop = lastOrganisationWord + 1;
            if (stop + 1 < end && a[stop].IsLowerWord)
            {
                stop = end;
            }

            _organisations.Add(NameMention.Create(a, start, stop));
        }

        private static bool IsAcronym(string word)
        {
            if (word.Length < 3 || word.Length > 6)
            {
                return false;
            }

            foreach (char c in word)
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }

        private static NameMention? Longest(List<NameMention> mentions, IReadOnlyList<string> words)
        {
            NameMention? best = null;
            if (words.Count == 0)
            {
                return null;
            }

            foreach (NameMention mention in mentions)
            {
                if ((best is null || mention.Words.Length > best.Words.Length) && Contains(mention.Words, words))
                {
                    best = mention;
                }
            }

            return best;
        }

        private static bool Contains(string[] haystack, IReadOnlyList<string> needle)
        {
            for (int i = 0; i + needle.Count <= haystack.Length; i++)
            {
                int k = 0;
                while (k < needle.Count && string.Equals(haystack[i + k], needle[k], StringComparison.Ordinal))
                {
                    k++;
                }

                if (k == needle.Count)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>One name as written, with its words normalised for comparison.</summary>
    internal sealed class NameMention
    {
        private NameMention(string text, string[] words, string[] titles, int paragraph, int token)
        {
            Text = text;
            Words = words;
            Titles = titles;
            Paragraph = paragraph;
            Token = token;
        }

        public string Text { get; }

        public string[] Words { get; }

        /// <summary>The titles written before the name, lower-case: "president", "secretary".</summary>
        public string[] Titles { get; }

        public int Paragraph { get; }

        public int Token { get; }

        /// <summary>Tokens [start, end) of a paragraph, a trailing possessive dropped: "Blinken’s" → "Blinken".</summary>
        public static NameMention Create(ParagraphAnalysis a, int start, int end, List<string>? titles = null)
        {
            var words = new string[end - start];
            for (int k = start; k < end; k++)
            {
                words[k - start] = NameIndex.Key(a[k]);
            }

            Token last = a[end - 1];
            int textEnd = last.Start + last.Bare.Length;
            string text = a.Text.Substring(a[start].Start, textEnd - a[start].Start);
            return new NameMention(text, words, titles?.ToArray() ?? Array.Empty<string>(), a.Index, start);
        }
    }
}
