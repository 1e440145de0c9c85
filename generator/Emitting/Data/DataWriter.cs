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

        private readonly Dictionary<string, int> _recordStrings = new(StringComparer.Ordinal);
        private byte[] _buffer = new byte[4096];
        private int _length;

        public int Length => _length;

        /// <summary>Starts an article record: back-references never reach into another record.</summary>
        public void BeginRecord() => _recordStrings.Clear();

        public void Int(long value) => Ascii(value.ToString(CultureInfo.InvariantCulture)).Byte(DataFormat.Separator);

        /// <summary>A record string: written once, then referred back to (speaker names and cues repeat).</summary>
        public void String(string? value)
        {
            if (value is null)
            {
                Byte(DataFormat.Null);
            }
            else if (_recordStrings.TryGetValue(value, out int earlier))
            {
                Byte(DataFormat.BackReference).Ascii(earlier.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                _recordStrings.Add(value, _recordStrings.Count);
                Text(value);
                return;
            }

            Byte(DataFormat.Separator);
        }

        /// <summary>A string on its own, never null and never a back-reference (the index's ids and names).</summary>
        public void Text(string value)
        {
            if (IsWellFormedUtf16(value))
            {
                byte[] bytes = Utf8.GetBytes(value);
                Ascii(bytes.Length.ToString(CultureInfo.InvariantCulture)).Byte(DataFormat.Utf8Text).Bytes(bytes, 0, bytes.Length);
            }
            else
            {
                // UTF-8 cannot carry a lone surrogate, and a u8 literal must be valid UTF-8: spell the code units out.
                Ascii(value.Length.ToString(CultureInfo.InvariantCulture)).Byte(DataFormat.Utf16Text);
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

        private static bool IsWellFormedUtf16(string value)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
