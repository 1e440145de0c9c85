using System;
using System.Collections.Generic;

namespace Dataset.Generator.Parsing.Quotes
{
    /// <summary>
    /// How an article writes its words: which it writes in lower case and which it capitalises inside a sentence.
    /// A sentence's first word is capitalised whatever it is; these tell a name ("Xi said") from a common word that
    /// happens to open the sentence ("Loans were common", "Teammates consoled him").
    /// </summary>
    internal sealed class ArticleVocabulary
    {
        private readonly HashSet<string> _lowerCase = new(StringComparer.Ordinal);
        private readonly HashSet<string> _capitalisedInside = new(StringComparer.Ordinal);

        public ArticleVocabulary(IReadOnlyList<ParagraphAnalysis> paragraphs)
        {
            foreach (ParagraphAnalysis a in paragraphs)
            {
                for (int i = 0; i < a.Count; i++)
                {
                    Token t = a[i];
                    if (t.IsLowerWord)
                    {
                        _lowerCase.Add(t.Bare);
                    }
                    else if (t.IsCapitalized && !a.IsSentenceInitial(i))
                    {
                        _capitalisedInside.Add(t.Bare);
                    }
                }
            }
        }

        /// <summary>Whether the article capitalises <paramref name="word"/> somewhere other than at a sentence's start.</summary>
        public bool IsCapitalisedInside(string word) => _capitalisedInside.Contains(word);

        /// <summary>Whether the article writes <paramref name="word"/> in lower case somewhere.</summary>
        public bool IsWrittenLowerCase(string word) => _lowerCase.Contains(word.ToLowerInvariant());
    }
}
