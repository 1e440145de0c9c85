using System.Runtime.CompilerServices;

namespace Dataset.Generator.Parsing
{
    /// <summary>
    /// Characters that are invisible or reorder text when displayed: the bidirectional controls behind
    /// "Trojan Source" (CVE-2021-42574) and zero-width characters. Seeds may hold them; curators should know.
    /// </summary>
    internal static class InvisibleCharacters
    {
        /// <summary>
        /// The name of the invisible character at <paramref name="index"/>, reading a surrogate pair as one code
        /// point (the U+E0000–U+E007F tag characters smuggle invisible text); <see langword="null"/> otherwise.
        /// </summary>
        /// <remarks>Asked of every character of a seed: nearly all come before the first of them, answered inline.</remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static string? Name(string text, int index) => text[index] < '\u061C' ? null : NameAt(text, index);

        private static string? NameAt(string text, int index)
        {
            char c = text[index];
            if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                int codePoint = char.ConvertToUtf32(c, text[index + 1]);
                return codePoint >= 0xE0000 && codePoint <= 0xE007F ? "TAG CHARACTER" : null;
            }

            return Name(c);
        }

        /// <summary>The character's Unicode name, or <see langword="null"/> when it is not one of these.</summary>
        public static string? Name(char c) => c switch
        {
            '\u061C' => "ARABIC LETTER MARK",
            '\u200B' => "ZERO WIDTH SPACE",
            '\u200C' => "ZERO WIDTH NON-JOINER",
            '\u200D' => "ZERO WIDTH JOINER",
            '\u200E' => "LEFT-TO-RIGHT MARK",
            '\u200F' => "RIGHT-TO-LEFT MARK",
            '\u202A' => "LEFT-TO-RIGHT EMBEDDING",
            '\u202B' => "RIGHT-TO-LEFT EMBEDDING",
            '\u202C' => "POP DIRECTIONAL FORMATTING",
            '\u202D' => "LEFT-TO-RIGHT OVERRIDE",
            '\u202E' => "RIGHT-TO-LEFT OVERRIDE",
            '\u2060' => "WORD JOINER",
            '\u2066' => "LEFT-TO-RIGHT ISOLATE",
            '\u2067' => "RIGHT-TO-LEFT ISOLATE",
            '\u2068' => "FIRST STRONG ISOLATE",
            '\u2069' => "POP DIRECTIONAL ISOLATE",
            '\uFEFF' => "ZERO WIDTH NO-BREAK SPACE",
            _ => null,
        };
    }
}
