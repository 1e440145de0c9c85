using System;
using System.Collections.Generic;

namespace Dataset.Generator.Parsing.Quotes
{
    /// <summary>
    /// How an article writes the words that open its sentences: elsewhere in lower case, or capitalised inside a
    /// sentence. A sentence's first word is capitalised whatever it is; these tell a name ("Xi said") from a common
    /// word that happens to open the sentence ("Loans were common", "Teammates consoled him").
    /// </summary>
    internal sealed class ArticleVocabulary
    {
        private readonly Dictionary<string, Usage> _openers = new(StringComparer.OrdinalIgnoreCase);

        // First letters of the openers, lower case: most words are not looked up at all.
        private readonly HashSet<char> _initials = new();

        public ArticleVocabulary(IReadOnlyList<ParagraphAnalysis> paragraphs)
        {
            // Only the few words that open a sentence are asked about, so only they are tracked: one pass to list
            // them, one to see how the rest of the article writes them.
            foreach (ParagraphAnalysis a in paragraphs)
            {
                for (int i = 0; i < a.Count; i++)
                {
                    if (a[i].IsCapitalized && a.IsSentenceInitial(i))
                    {
                        _openers[a[i].Bare] = Usage.None;
                        _initials.Add(char.ToLowerInvariant(a[i].Text[0]));
                    }
                }
            }

            foreach (ParagraphAnalysis a in paragraphs)
            {
                for (int i = 0; i < a.Count; i++)
                {
                    Token t = a[i];
                    if (t.IsWord && _initials.Contains(char.ToLowerInvariant(t.Text[0])) && _openers.TryGetValue(t.Bare, out Usage usage))
                    {
                        _openers[t.Bare] = usage | (t.IsLowerWord ? Usage.LowerCase : t.IsCapitalized && !a.IsSentenceInitial(i) ? Usage.CapitalisedInside : Usage.None);
                    }
                }
            }
        }

        [Flags]
        private enum Usage
        {
            None = 0,
            LowerCase = 1,
            CapitalisedInside = 2,
        }

        /// <summary>Whether the article capitalises <paramref name="word"/> somewhere other than at a sentence's start.</summary>
        public bool IsCapitalisedInside(string word) => _openers.TryGetValue(word, out Usage usage) && (usage & Usage.CapitalisedInside) != 0;

        /// <summary>Whether the article writes <paramref name="word"/> in lower case somewhere.</summary>
        public bool IsWrittenLowerCase(string word) => _openers.TryGetValue(word, out Usage usage) && (usage & Usage.LowerCase) != 0;
    }
}
