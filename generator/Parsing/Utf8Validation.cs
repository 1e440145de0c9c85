namespace Dataset.Generator.Parsing
{
    /// <summary>Finds the first byte that breaks UTF-8, as RFC 3629 defines it (no overlongs, no surrogates).</summary>
    internal static class Utf8Validation
    {
        /// <returns>The offset of the first invalid byte, or -1 when all of <paramref name="bytes"/> is valid UTF-8.</returns>
        public static int FindInvalidByte(byte[] bytes)
        {
            int i = 0;
            while (i < bytes.Length)
            {
                byte b = bytes[i];
                int length;
                int min;
                if (b < 0x80)
                {
                    i++;
                    continue;
                }
                else if (b >= 0xC2 && b <= 0xDF)
                {
                    length = 2;
                    min = 0x80;
                }
                else if (b >= 0xE0 && b <= 0xEF)
                {
                    length = 3;
                    min = 0x800;
                }
                else if (b >= 0xF0 && b <= 0xF4)
                {
                    length = 4;
                    min = 0x10000;
                }
                else
                {
                    return i;
                }

                int value = b & (0xFF >> (length + 1));
                for (int k = 1; k < length; k++)
                {
                    // A sequence cut short is blamed on its lead byte: that is the byte a Latin-1 "é" put there.
                    if (i + k >= bytes.Length || (bytes[i + k] & 0xC0) != 0x80)
                    {
                        return i;
                    }

                    value = (value << 6) | (bytes[i + k] & 0x3F);
                }

                if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
                {
                    return i;
                }

                i += length;
            }

            return -1;
        }
    }
}
