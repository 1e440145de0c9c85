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
        private readonly Dictionary<string, Usage> _openers;

        // The openers' first letters (lower case, ASCII) and lengths: most words are not looked up at all.
        private readonly bool[] _initials = new bool[128];
        private ulong _lengths;

        public ArticleVocabulary(IReadOnlyList<ParagraphAnalysis> paragraphs)
        {
            // Only the few words that open a sentence are asked about, so only they are tracked: one pass to list
            // them, one to see how the rest of the article writes them.
            int sentences = 0;
            foreach (ParagraphAnalysis a in paragraphs)
            {
                sentences += a.Sentences.Count;
            }

            _openers = new Dictionary<string, Usage>(sentences, StringComparer.OrdinalIgnoreCase);
            foreach (ParagraphAnalysis a in paragraphs)
            {
                for (int i = 0; i < a.Count; i++)
                {
                    if (a[i].IsCapitalized && a.IsSentenceInitial(i))
                    {
                        string word = a[i].Bare;
                        _openers[word] = Usage.None;
                        _lengths |= LengthBit(word);
                        if (word[0] < 128)
                        {
                            _initials[char.ToLowerInvariant(word[0])] = true;
                        }
                    }
                }
            }

            foreach (ParagraphAnalysis a in paragraphs)
            {
                for (int i = 0; i < a.Count; i++)
                {
                    Token t = a[i];
                    if (t.IsWord && MayBeOpener(t.Bare) && _openers.TryGetValue(t.Bare, out Usage usage))
                    {
                        // Most occurrences ("the", "a") add nothing new: written only when they do.
                        Usage seen = usage | (t.IsLowerWord ? Usage.LowerCase : t.IsCapitalized && !a.IsSentenceInitial(i) ? Usage.CapitalisedInside : Usage.None);
                        if (seen != usage)
                        {
                            _openers[t.Bare] = seen;
                        }
                    }
                }
            }
        }

        private static ulong LengthBit(string word) => 1UL << Math.Min(word.Length, 63);

        private bool MayBeOpener(string word) =>
            (_lengths & LengthBit(word)) != 0 && (word[0] >= 128 || _initials[char.ToLowerInvariant(word[0])]);

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
