using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace Dataset.Generator.Parsing
{
    /// <summary>Facts computed once at compile time so the runtime never re-reads the text.</summary>
    internal static class TextMetrics
    {
        /// <summary>Whitespace-separated tokens that hold at least one letter or digit: "U.S." is a word, "—" is not.</summary>
        public static int CountWords(string text)
        {
            int words = 0, i = 0;
            while (i < text.Length)
            {
                if (IsWhiteSpace(text[i]))
                {
                    i++;
                    continue;
                }

                // A token: it counts once a letter or digit turns up, and the rest of it is only skipped.
                bool word = false;
                for (; i < text.Length && !IsWhiteSpace(text[i]); i++)
                {
                    if (char.IsLetterOrDigit(text, i))
                    {
                        word = true;
                        break;
                    }
                }

                while (i < text.Length && !IsWhiteSpace(text[i]))
                {
                    i++;
                }

                words += word ? 1 : 0;
            }

            return words;
        }

        // Printable ASCII, most of any text, is never white space but for the space itself.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsWhiteSpace(char c) => c == ' ' || ((c < ' ' || c >= '\u007F') && char.IsWhiteSpace(c));

        /// <summary>Lower-case hex SHA-256 of the UTF-8 paragraphs joined by <c>\n</c>.</summary>
        public static string ContentHash(IReadOnlyList<string> paragraphs)
        {
            // Encoded straight into one buffer, without the joined string: the same bytes, since "\n" ends any
            // unpaired surrogate either way.
            int length = Math.Max(paragraphs.Count - 1, 0);
            foreach (string paragraph in paragraphs)
            {
                length += Encoding.UTF8.GetByteCount(paragraph);
            }

            var bytes = new byte[length];
            int written = 0;
            for (int i = 0; i < paragraphs.Count; i++)
            {
                if (i > 0)
                {
                    bytes[written++] = (byte)'\n';
                }

                written += Encoding.UTF8.GetBytes(paragraphs[i], 0, paragraphs[i].Length, bytes, written);
            }

            using SHA256 sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(bytes);
            var hex = new StringBuilder(hash.Length * 2);
            foreach (byte b in hash)
            {
                hex.Append("0123456789abcdef"[b >> 4]).Append("0123456789abcdef"[b & 0xF]);
            }

            return hex.ToString();
        }
    }
}
