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
            value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

        public static string Literal(int value) => value.ToString(CultureInfo.InvariantCulture);

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
                            builder.Append(c).Append(text[++i]);
                        }
                        else if (char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                        {
                            // XML forbids these; a replacement character shows where one was.
                            builder.Append('\uFFFD');
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
