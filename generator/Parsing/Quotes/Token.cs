using System;

namespace Dataset.Generator.Parsing.Quotes
{
    internal enum TokenKind
    {
        Word,
        Punctuation,

        /// <summary>A whole quotation, marks included: the narrator's sentence sees it as one unit.</summary>
        Quote,
    }

    /// <summary>A word, a punctuation mark or a quotation in a paragraph's text.</summary>
    internal readonly struct Token
    {
        public Token(TokenKind kind, int start, int end, string text, int quote)
        {
            Kind = kind;
            Start = start;
            End = end;
            Text = text;
            Quote = quote;

            // Asked of most words several times over: cut once.
            Bare = !IsPossessive ? text : IsApostrophe(text[text.Length - 1]) ? text.Substring(0, text.Length - 1) : text.Substring(0, text.Length - 2);
        }

        // Fields, not properties: read millions of times an article, they must not depend on the inliner.
        public readonly TokenKind Kind;

        public readonly int Start;

        public readonly int End;

        /// <summary>The word or punctuation as written; empty for a quotation.</summary>
        public readonly string Text;

        /// <summary>For a quotation, its index among the paragraph's quote spans; otherwise -1.</summary>
        public readonly int Quote;

        public bool IsWord => Kind == TokenKind.Word;

        public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

        public bool IsLowerWord => Kind == TokenKind.Word && char.IsLower(Text[0]);

        /// <summary>"China’s", "Xi's", "students’".</summary>
        public bool IsPossessive =>
            Kind == TokenKind.Word && Text.Length > 2
            && ((IsApostrophe(Text[Text.Length - 2]) && (Text[Text.Length - 1] == 's' || Text[Text.Length - 1] == 'S'))
                || (IsApostrophe(Text[Text.Length - 1]) && (Text[Text.Length - 2] == 's' || Text[Text.Length - 2] == 'S')));

        /// <summary>The word without a possessive ending: "China’s" → "China".</summary>
        public readonly string Bare;

        // Most tokens asked differ in length: answered before any comparison is called.
        public bool Is(string word) => Kind == TokenKind.Word && Text.Length == word.Length && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

        public bool IsPunctuation(char c) => Kind == TokenKind.Punctuation && Text.Length == 1 && Text[0] == c;

        public bool IsDash => Kind == TokenKind.Punctuation && (Text == "—" || Text == "–" || Text == "-" || Text == "--" || Text == "―" || Text == "‒");

        public override string ToString() => Kind == TokenKind.Quote ? "<quote " + Quote + ">" : Text;

        private static bool IsApostrophe(char c) => c == '’' || c == '\'';
    }
}
