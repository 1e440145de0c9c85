using System.Collections;
using System.Collections.Generic;

namespace Dataset.Generator.Parsing.Quotes
{
    /// <summary>
    /// One of <see cref="Lexicon"/>'s word lists: a set of words that answers "no" for most words without hashing
    /// them. The stages ask a list about nearly every token, and nearly every token is not in it.
    /// </summary>
    internal sealed class WordSet : IEnumerable<string>
    {
        private readonly HashSet<string> _words;
        private readonly WordFilter _filter;

        /// <param name="words">The words and how they compare; enumerated in its own order.</param>
        public WordSet(HashSet<string> words)
        {
            _words = words;
            _filter = new WordFilter(words);
        }

        public int Count => _words.Count;

        public bool Contains(string word) => _filter.MayContain(word) && _words.Contains(word);

        public IEnumerator<string> GetEnumerator() => _words.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>
    /// A one-sided test for membership in a fixed list of words, compared ordinally or ignoring case: a bit for each
    /// (length, first letter, last letter) that a word of the list has. <see cref="MayContain"/> is false only for a
    /// word no entry can equal, so it may stand before any exact lookup without changing its answer.
    /// </summary>
    internal sealed class WordFilter
    {
        private const int Bits = 2048;

        private readonly ulong[] _bits = new ulong[Bits / 64];

        // A list with an empty entry, or one that starts or ends with a letter outside ASCII, is always asked: outside
        // ASCII, ignoring case can make two different letters equal ("ı" and "I").
        private readonly bool _always;

        public WordFilter(IEnumerable<string> words)
        {
            foreach (string word in words)
            {
                if (!TryBit(word, out int bit))
                {
                    _always = true;
                    return;
                }

                _bits[bit >> 6] |= 1UL << bit;
            }
        }

        public bool MayContain(string word) => _always || !TryBit(word, out int bit) || (_bits[bit >> 6] & (1UL << bit)) != 0;

        // Equal words, ignoring ASCII case, have equal lengths and equal ASCII first and last letters once folded
        // to lower case (the fold maps a few punctuation marks together too, which only costs a lookup).
        private static bool TryBit(string word, out int bit)
        {
            bit = 0;
            if (word.Length == 0)
            {
                return false;
            }

            char first = word[0], last = word[word.Length - 1];
            if (first >= 128 || last >= 128)
            {
                return false;
            }

            bit = ((((word.Length * 31) + (first | 0x20)) * 31) + (last | 0x20)) & (Bits - 1);
            return true;
        }
    }
}
