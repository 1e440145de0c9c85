using System;
using System.Collections.Generic;
using System.Text;

namespace Dataset.Storage
{
    /// <summary>Reads the tokens of <see cref="DataFormat"/> one after another.</summary>
    internal ref struct DataCursor
    {
        private readonly ReadOnlySpan<byte> _data;
        private int _position;

        public DataCursor(ReadOnlySpan<byte> data, int position = 0)
        {
            _data = data;
            _position = position;
        }

        public int Position => _position;

        public long ReadLong()
        {
            bool negative = _data[_position] == DataFormat.Minus;
            if (negative)
            {
                _position++;
            }

            long value = ReadDigits();
            Skip(DataFormat.Separator);
            return negative ? -value : value;
        }

        public int ReadInt() => checked((int)ReadLong());

        /// <summary>A word of the header (<c>DSET</c>).</summary>
        public string ReadWord()
        {
            int start = _position;
            while (_data[_position] != DataFormat.Separator)
            {
                _position++;
            }

            string word = Decode(_data.Slice(start, _position - start));
            _position++;
            return word;
        }

        /// <summary>A string token; <paramref name="strings"/> collects the record's strings for back-references.</summary>
        public string? ReadString(List<string> strings)
        {
            string? value;
            byte first = _data[_position];
            if (first == DataFormat.Null)
            {
                _position++;
                value = null;
            }
            else if (first == DataFormat.BackReference)
            {
                _position++;
                value = strings[checked((int)ReadDigits())];
            }
            else
            {
                value = ReadText();
                strings.Add(value);
            }

            Skip(DataFormat.Separator);
            return value;
        }

        /// <summary>A string token that is never null and never a back-reference (ids and speaker names in the index).</summary>
        public string ReadText()
        {
            int length = checked((int)ReadDigits());
            byte kind = _data[_position++];
            string value;
            if (kind == DataFormat.Utf8Text)
            {
                value = Decode(_data.Slice(_position, length));
                _position += length;
            }
            else if (kind == DataFormat.Utf16Text)
            {
                var units = new char[length];
                for (int i = 0; i < length; i++)
                {
                    units[i] = (char)ReadHex4();
                }

                value = new string(units);
            }
            else
            {
                throw Corrupt();
            }

            return value;
        }

        public void SkipLineEnd() => Skip(DataFormat.LineEnd);

        /// <summary>A zero-padded number of <paramref name="width"/> digits at <paramref name="position"/>.</summary>
        public static int ReadFixed(ReadOnlySpan<byte> data, int position, int width)
        {
            int value = 0;
            ReadOnlySpan<byte> digits = data.Slice(position, width);
            for (int i = 0; i < digits.Length; i++)
            {
                value = (value * 10) + (digits[i] - '0');
            }

            return value;
        }

        public static InvalidOperationException Corrupt() =>
            new("The dataset's generated data is damaged or was written by another version of Dataset.Generator than this Dataset.Runtime reads.");

        private long ReadDigits()
        {
            long value = 0;
            int start = _position;
            while ((uint)(_data[_position] - '0') <= 9)
            {
                value = checked((value * 10) + (_data[_position++] - '0'));
            }

            return _position == start ? throw Corrupt() : value;
        }

        private int ReadHex4()
        {
            int value = 0;
            for (int i = 0; i < 4; i++)
            {
                int c = _data[_position++];
                value = (value << 4) | (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
            }

            return value;
        }

        private void Skip(byte expected)
        {
            if (_data[_position] != expected)
            {
                throw Corrupt();
            }

            _position++;
        }

#if NETSTANDARD2_0
        private static unsafe string Decode(ReadOnlySpan<byte> bytes)
        {
            if (bytes.IsEmpty)
            {
                return string.Empty;
            }

            fixed (byte* pointer = bytes)
            {
                return Encoding.UTF8.GetString(pointer, bytes.Length);
            }
        }
#else
        private static string Decode(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);
#endif
    }
}
