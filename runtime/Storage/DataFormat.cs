namespace Dataset.Storage
{
    /// <summary>
    /// The layout of a generated dataset's data, written by the generator and read by <see cref="ArticleStore"/>.
    /// This one file is compiled into both, so the two can never disagree on a constant or on the hash.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Everything is UTF-8 text, so it can be a C# 11 <c>u8</c> literal (which must be valid UTF-8) and reads in a
    /// snapshot. Tokens: an integer is optional <c>-</c>, decimal digits and one space. A string is <c>-</c> (null),
    /// <c>=k</c> (the k-th string already read in this record), <c>n:</c> followed by n bytes of UTF-8, or
    /// <c>n!</c> followed by n UTF-16 code units as 4 hex digits each (text that is not well-formed UTF-16, such as
    /// a lone surrogate, which UTF-8 cannot carry); each is followed by one space. Tables that need random access
    /// hold fixed-width zero-padded decimal numbers, each followed by one space; a table ends with a line feed.
    /// </para>
    /// <para>
    /// The index: the header line <c>DSET version count articlesPerChunk speakers idCapacity speakerCapacity width</c>;
    /// then the tables id offsets (count + 1), id slots (idCapacity), speaker-name offsets (speakers + 1), speaker-name
    /// slots (speakerCapacity) and quote-list offsets (speakers + 1), all offsets counted from the start of the index;
    /// then the id strings, the speaker-name strings and, per speaker, a list <c>n article quote …</c>. A slot holds
    /// 1 + the entry it points to, or 0; keys are placed by <see cref="Hash"/> with linear probing.
    /// </para>
    /// <para>
    /// A chunk (the articles of one generated file): the line <c>count width</c>, a table of count + 1 record
    /// offsets from the start of the chunk, then one record per article, each ending with a line feed. A record is
    /// the article's fields in the order <c>ArticleRecord</c> writes and <c>ArticleDecoder</c> reads them.
    /// </para>
    /// </remarks>
    internal static class DataFormat
    {
        /// <summary>The first token of every index.</summary>
        public const string Magic = "DSET";

        /// <summary>Raised whenever the layout changes, so an old runtime refuses new data with a clear message.</summary>
        public const int Version = 1;

        public const byte Separator = (byte)' ';
        public const byte LineEnd = (byte)'\n';
        public const byte Null = (byte)'-';
        public const byte Minus = (byte)'-';
        public const byte BackReference = (byte)'=';
        public const byte Utf8Text = (byte)':';
        public const byte Utf16Text = (byte)'!';

        /// <summary>
        /// A hash of a string's UTF-16 code units that is the same in every process, on every platform and in both
        /// the generator and the runtime (<see cref="string.GetHashCode()"/> is randomised per process). It reads four
        /// code units per step and ends with MurmurHash3's finaliser, so every character reaches the low bits.
        /// </summary>
        public static uint Hash(string value)
        {
            unchecked
            {
                ulong hash = 14695981039346656037UL;
                int i = 0;
                for (; i + 4 <= value.Length; i += 4)
                {
                    ulong word = value[i] | ((ulong)value[i + 1] << 16) | ((ulong)value[i + 2] << 32) | ((ulong)value[i + 3] << 48);
                    hash = (hash ^ word) * 1099511628211UL;
                }

                for (; i < value.Length; i++)
                {
                    hash = (hash ^ value[i]) * 1099511628211UL;
                }

                hash ^= (ulong)value.Length;
                hash ^= hash >> 33;
                hash *= 0xff51afd7ed558ccdUL;
                hash ^= hash >> 33;
                return (uint)hash;
            }
        }

        /// <summary>The slot count of a hash table for <paramref name="count"/> keys: a power of two, at most half full.</summary>
        public static int TableCapacity(int count)
        {
            int capacity = 1;
            while (capacity < count * 2)
            {
                capacity <<= 1;
            }

            return capacity;
        }
    }
}
