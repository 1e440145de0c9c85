using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Dataset.Storage;

namespace Dataset.Generator.Emitting.Data
{
    /// <summary>Writes the tokens of <see cref="DataFormat"/>; the runtime's <c>DataCursor</c> reads them back.</summary>
    internal sealed class DataWriter
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>Strings longer than this are never looked up for a back-reference.</summary>
        private const int MaxBackReferenced = 64;

        private readonly Dictionary<string, int> _recordStrings = new(StringComparer.Ordinal);
        private int _recordStringCount;
        private byte[] _buffer = new byte[4096];
        private int _length;

        public int Length => _length;

        /// <summary>Starts an article record: back-references never reach into another record.</summary>
        public void BeginRecord()
        {
            _recordStrings.Clear();
            _recordStringCount = 0;
        }

        public void Int(long value)
        {
            Number(value);
            Byte(DataFormat.Separator);
        }

        /// <summary>A record string: written once, then referred back to (speaker names and cues repeat).</summary>
        public void String(string? value)
        {
            if (value is null)
            {
                Byte(DataFormat.Null);
            }
            else if (value.Length <= MaxBackReferenced && _recordStrings.TryGetValue(value, out int earlier))
            {
                Byte(DataFormat.BackReference).Number(earlier);
            }
            else
            {
                // Only short strings repeat within an article (names, cues); paragraphs are not worth hashing.
                if (value.Length <= MaxBackReferenced)
                {
                    _recordStrings.Add(value, _recordStringCount);
                }

                _recordStringCount++;
                Text(value);
                return;
            }

            Byte(DataFormat.Separator);
        }

        /// <summary>A string on its own, never null and never a back-reference (the index's ids and names).</summary>
        public void Text(string value)
        {
            int byteCount = Utf8ByteCount(value);
            if (byteCount >= 0)
            {
                Number(byteCount);
                Byte(DataFormat.Utf8Text);
                Reserve(byteCount);
                _length += Utf8.GetBytes(value, 0, value.Length, _buffer, _length);
            }
            else
            {
                // UTF-8 cannot carry a lone surrogate, and a u8 literal must be valid UTF-8: spell the code units out.
                Number(value.Length);
                Byte(DataFormat.Utf16Text);
                foreach (char c in value)
                {
                    Ascii(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
            }

            Byte(DataFormat.Separator);
        }

        /// <summary>A zero-padded number of <paramref name="width"/> digits, for tables read at random.</summary>
        public void Fixed(int value, int width) =>
            Ascii(value.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0')).Byte(DataFormat.Separator);

        public void LineEnd() => Byte(DataFormat.LineEnd);

        public DataWriter Ascii(string text)
        {
            Reserve(text.Length);
            foreach (char c in text)
            {
                _buffer[_length++] = (byte)c;
            }

            return this;
        }

        public DataWriter Append(DataWriter other) => Bytes(other._buffer, 0, other._length);

        public byte[] ToArray()
        {
            var result = new byte[_length];
            Array.Copy(_buffer, result, _length);
            return result;
        }

        /// <summary>The number of decimal digits of <paramref name="value"/> (at least 1).</summary>
        public static int Digits(int value) => value.ToString(CultureInfo.InvariantCulture).Length;

        private DataWriter Byte(byte value)
        {
            Reserve(1);
            _buffer[_length++] = value;
            return this;
        }

        private DataWriter Bytes(byte[] bytes, int start, int count)
        {
            Reserve(count);
            Array.Copy(bytes, start, _buffer, _length, count);
            _length += count;
            return this;
        }

        private void Reserve(int count)
        {
            if (_length + count > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
            }
        }

        // The strict encoder throws on a lone surrogate, which is rare enough (hostile front matter) to pay an exception.
        private static int Utf8ByteCount(string value)
        {
            try
            {
                return Utf8.GetByteCount(value);
            }
            catch (EncoderFallbackException)
            {
                return -1;
            }
        }

        private void Number(long value)
        {
            if (value < 0)
            {
                Byte(DataFormat.Minus);
                value = -value;
            }

            Reserve(20);
            int start = _length;
            do
            {
                _buffer[_length++] = (byte)('0' + (value % 10));
                value /= 10;
            }
            while (value != 0);

            Array.Reverse(_buffer, start, _length - start);
        }
    }
}
