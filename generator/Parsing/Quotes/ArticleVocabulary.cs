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
        private readonly WordSet _openers;
        private readonly Usage[] _usage;

        public ArticleVocabulary(IReadOnlyList<ParagraphAnalysis> paragraphs)
        {
            // Only the few words that open a sentence are asked about, so only they are tracked: one pass to list
            // them, one to see how the rest of the article writes them.
            var openers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (ParagraphAnalysis a in paragraphs)
            {
                for (int s = 0; s < a.Sentences.Count; s++)
                {
                    int i = a.FirstWordOf(s);
                    if (i >= 0 && a[i].IsCapitalized)
                    {
                        openers.Add(a[i].Bare);
                    }
                }
            }

            _openers = new WordSet(openers, StringComparer.OrdinalIgnoreCase);
            _usage = new Usage[_openers.Count];
            foreach (ParagraphAnalysis a in paragraphs)
            {
                for (int i = 0; i < a.Count; i++)
                {
                    Token t = a[i];
                    int opener = t.IsWord ? _openers.IndexOf(t.Bare) : -1;
                    if (opener >= 0)
                    {
                        _usage[opener] |= t.IsLowerWord ? Usage.LowerCase : t.IsCapitalized && !a.IsSentenceInitial(i) ? Usage.CapitalisedInside : Usage.None;
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
        public bool IsCapitalisedInside(string word) => Has(word, Usage.CapitalisedInside);

        /// <summary>Whether the article writes <paramref name="word"/> in lower case somewhere.</summary>
        public bool IsWrittenLowerCase(string word) => Has(word, Usage.LowerCase);

        private bool Has(string word, Usage usage)
        {
            int opener = _openers.IndexOf(word);
            return opener >= 0 && (_usage[opener] & usage) != 0;
        }
    }
}
