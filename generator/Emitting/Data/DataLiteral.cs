using System;
using System.Text;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting.Data
{
    /// <summary>
    /// Data as a C# expression of type <c>ReadOnlySpan&lt;byte&gt;</c> that the compiler stores as static data.
    /// Escaping is Roslyn's own (<see cref="CSharp.Literal(string)"/>), so no data can become code.
    /// </summary>
    internal static class DataLiteral
    {
        public static string For(byte[] data, LanguageSupport language) => language.Utf8Literals ? Utf8(data) : Packed(data);

        /// <summary>
        /// C# 11+: a <c>u8</c> literal. The compiler writes its bytes into the assembly's data section and hands them
        /// over as a span, with no string and no copy; it is not limited by the 16 MB user-string heap.
        /// </summary>
        private static string Utf8(byte[] data)
        {
            string text = Encoding.UTF8.GetString(data);
            if (Encoding.UTF8.GetByteCount(text) != data.Length)
            {
                // DataWriter writes only valid UTF-8; anything else would change under the compiler's re-encoding.
                throw new InvalidOperationException("The dataset's data is not valid UTF-8.");
            }

            return CSharp.Literal(text) + "u8";
        }

        /// <summary>
        /// C# 7.3–10 have no <c>u8</c> literals, and a <c>new byte[] { … }</c> initialiser costs the compiler about one
        /// syntax node per byte (minutes and gigabytes for a few megabytes). So the bytes are packed two to a character
        /// into a string literal (one token), and <c>ArticleStore.Unpack</c> reads the characters' bytes in place.
        /// Such literals share the assembly's 16 MB user-string heap.
        /// </summary>
        private static string Packed(byte[] data)
        {
            var packed = new StringBuilder((data.Length + 1) / 2);
            for (int i = 0; i < data.Length; i += 2)
            {
                int high = i + 1 < data.Length ? data[i + 1] : 0;
                packed.Append((char)(data[i] | (high << 8)));
            }

            return "Unpack(" + CSharp.Literal(packed.ToString()) + ")";
        }
    }
}
