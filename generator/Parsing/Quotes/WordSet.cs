using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Dataset.Generator.Parsing.Quotes
{
    /// <summary>
    /// One of <see cref="Lexicon"/>'s word lists. The stages ask a list about nearly every token, and nearly every
    /// token is not in it, so the words are kept in buckets by length and first and last letter: most words find
    /// their bucket empty, and the rest compare with a word or two instead of hashing every character.
    /// </summary>
    /// <remarks>Also a map from word to a number below <see cref="Count"/>, for tables kept beside the set.</remarks>
    internal sealed class WordSet : IEnumerable<string>
    {
        private readonly HashSet<string> _words;
        private readonly StringComparison _comparison;

        // The words of bucket b are _entries[_starts[b] .. _starts[b + 1]); null when some word has no bucket. A word
        // without a bucket, or any word then, is looked up in _numbers: each word's index in _entries.
        private readonly int[]? _starts;
        private readonly string[] _entries;
        private readonly Dictionary<string, int> _numbers;
        private readonly int _mask;

        /// <param name="words">The words, enumerated in their own order.</param>
        /// <param name="comparer"><see cref="StringComparer.Ordinal"/> or <see cref="StringComparer.OrdinalIgnoreCase"/>, as <paramref name="words"/> was made with.</param>
        public WordSet(HashSet<string> words, StringComparer comparer)
        {
            _words = words;
            _comparison = comparer == StringComparer.OrdinalIgnoreCase ? StringComparison.OrdinalIgnoreCase
                : comparer == StringComparer.Ordinal ? StringComparison.Ordinal
                : throw new ArgumentException("Words compare ordinally, with or without case.", nameof(comparer));
            int buckets = 64;
            while (buckets < words.Count * 4)
            {
                buckets *= 2;
            }

            _mask = buckets - 1;
            _entries = new string[words.Count];
            _numbers = new Dictionary<string, int>(words.Count, comparer);
            var starts = new int[buckets + 1];
            foreach (string word in words)
            {
                if (!TryBucket(word, out int bucket))
                {
                    foreach (string each in words)
                    {
                        _entries[_numbers.Count] = each;
                        _numbers.Add(each, _numbers.Count);
                    }

                    return;
                }

                starts[bucket + 1]++;
            }

            for (int b = 0; b < buckets; b++)
            {
                starts[b + 1] += starts[b];
            }

            // Each bucket's start serves as its cursor, and ends as the next bucket's start: shifted back after.
            foreach (string word in words)
            {
                TryBucket(word, out int bucket);
                _numbers.Add(word, starts[bucket]);
                _entries[starts[bucket]++] = word;
            }

            for (int b = buckets; b > 0; b--)
            {
                starts[b] = starts[b - 1];
            }

            starts[0] = 0;
            _starts = starts;
        }

        public int Count => _words.Count;

        public bool Contains(string word) => IndexOf(word) >= 0;

        /// <summary>The word's number, from 0 to <see cref="Count"/> − 1, or -1 when it is not in the set.</summary>
        public int IndexOf(string word)
        {
            if (_starts is null || !TryBucket(word, out int bucket))
            {
                return _numbers.TryGetValue(word, out int number) ? number : -1;
            }

            // A bucket holds words of several lengths: only one of the same length is compared.
            for (int i = _starts[bucket]; i < _starts[bucket + 1]; i++)
            {
                if (_entries[i].Length == word.Length && string.Equals(_entries[i], word, _comparison))
                {
                    return i;
                }
            }

            return -1;
        }

        public IEnumerator<string> GetEnumerator() => _words.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        // Words equal ordinally or ignoring case have one length and, when their first and last letters are ASCII,
        // the same first and last letters folded to lower case (the fold also joins a few punctuation marks, which
        // costs only a comparison). Outside ASCII, ignoring case can make two different letters equal ("ı" and
        // "I"), so such a word has no bucket and is looked up whole.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool TryBucket(string word, out int bucket)
        {
            bucket = 0;
            if (word.Length == 0)
            {
                return false;
            }

            char first = word[0], last = word[word.Length - 1];
            if (first >= 128 || last >= 128)
            {
                return false;
            }

            bucket = ((((word.Length * 31) + (first | 0x20)) * 31) + (last | 0x20)) & _mask;
            return true;
        }
    }
}
