using System;
using System.Threading;

namespace Dataset.Storage
{
    /// <summary>
    /// The ids or the speaker names of an index: each string decoded on first use and kept, and found by a hash
    /// table in the data, so a lookup decodes nothing it does not compare.
    /// </summary>
    internal sealed class StringTable
    {
        private readonly int _offsets;
        private readonly int _slots;
        private readonly int _mask;
        private readonly int _width;
        private readonly string?[] _strings;

        public StringTable(int count, int offsets, int slots, int capacity, int width)
        {
            _offsets = offsets;
            _slots = slots;
            _mask = capacity - 1;
            _width = width;
            _strings = new string?[count];
        }

        public int Count => _strings.Length;

        public string Get(ReadOnlySpan<byte> index, int number)
        {
            string? value = Volatile.Read(ref _strings[number]);
            if (value is null)
            {
                int position = DataCursor.ReadFixed(index, _offsets + (number * (_width + 1)), _width);
                value = Interlocked.CompareExchange(ref _strings[number], new DataCursor(index, position).ReadText(), null) ?? _strings[number]!;
            }

            return value;
        }

        /// <summary>The number of the entry equal to <paramref name="key"/> (ordinal), or -1.</summary>
        public int Find(ReadOnlySpan<byte> index, string key)
        {
            int stride = _width + 1;
            for (int slot = (int)(DataFormat.Hash(key) & (uint)_mask); ; slot = (slot + 1) & _mask)
            {
                int entry = DataCursor.ReadFixed(index, _slots + (slot * stride), _width) - 1;
                if (entry < 0)
                {
                    return -1;
                }

                if (string.Equals(Get(index, entry), key, StringComparison.Ordinal))
                {
                    return entry;
                }
            }
        }
    }
}
