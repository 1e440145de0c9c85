using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generator.Emitting
{
    /// <summary>How seed text becomes C# safely: literals, doc-comment text and identifiers.</summary>
    internal static class CSharp
    {
        public const string GeneratedCodeAttribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"Dataset.Generator\", \"" + GeneratorInfo.Version + "\")]";

        /// <summary>A C# string literal for any text, escaped by Roslyn itself so seed text can never become code.</summary>
        public static string Literal(string? value) =>
            value is null ? "null" : EscapeFormatCharacters(SymbolDisplay.FormatLiteral(value, quote: true));

        public static string Literal(int value) => value.ToString(CultureInfo.InvariantCulture);

        // FormatLiteral leaves format characters (bidi overrides, zero-width joiners, soft hyphens) as they are:
        // legal, but invisible in an editor and able to reorder how code displays (Trojan Source). Inside its
        // output such a character can only be part of the string's content, so a \u escape is exact.
        private static string EscapeFormatCharacters(string literal)
        {
            StringBuilder? builder = null;
            for (int i = 0; i < literal.Length; i++)
            {
                char c = literal[i];
                bool pair = char.IsHighSurrogate(c) && i + 1 < literal.Length && char.IsLowSurrogate(literal[i + 1]);

                // By code point, so astral format characters (the U+E00xx "tag" block) are caught too. None lies
                // below U+00AD (the soft hyphen), which spares the lookup for nearly all text.
                if (c >= '\u00AD' && CharUnicodeInfo.GetUnicodeCategory(literal, i) == UnicodeCategory.Format)
                {
                    builder ??= new StringBuilder(literal, 0, i, literal.Length + 16);
                    builder.Append(pair
                        ? "\\U" + char.ConvertToUtf32(c, literal[i + 1]).ToString("x8", CultureInfo.InvariantCulture)
                        : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder?.Append(c);
                    if (pair)
                    {
                        builder?.Append(literal[i + 1]);
                    }
                }

                if (pair)
                {
                    i++;
                }
            }

            return builder?.ToString() ?? literal;
        }

        /// <summary>
        /// Text safe inside a <c>///</c> comment: XML-escaped, and with every character that would end the comment
        /// line (or that XML forbids) written as a character reference.
        /// </summary>
        public static string XmlDoc(string text)
        {
            var builder = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    case '\r':
                    case '\n':
                    case '\t':
                    case '\u0085':
                    case '\u2028':
                    case '\u2029':
                        builder.Append(' ');
                        break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        {
                            if (CharUnicodeInfo.GetUnicodeCategory(text, i) == UnicodeCategory.Format)
                            {
                                builder.Append("&#x").Append(char.ConvertToUtf32(c, text[i + 1]).ToString("X", CultureInfo.InvariantCulture)).Append(';');
                            }
                            else
                            {
                                builder.Append(c).Append(text[i + 1]);
                            }

                            i++;
                        }
                        else if (char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                        {
                            // XML forbids these; a replacement character shows where one was.
                            builder.Append('\uFFFD');
                        }
                        else if (char.GetUnicodeCategory(c) == UnicodeCategory.Format)
                        {
                            // Invisible and able to reorder the displayed comment: spelled out as a character reference.
                            builder.Append("&#x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(';');
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.ToString();
        }

        /// <summary>Whether a name can be used as written: a valid identifier that is not a keyword.</summary>
        public static bool IsPlainIdentifier(string name) =>
            SyntaxFacts.IsValidIdentifier(name)
            && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
            && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None;
    }
}
