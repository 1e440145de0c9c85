using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Dataset.Generator.Parsing.Quotes
{
    /// <summary>
    /// One paragraph as the attribution rules see it: its words and punctuation with each quotation folded into a
    /// single token, the reporting cues among them, and its sentences.
    /// </summary>
    internal sealed class ParagraphAnalysis
    {
        private readonly Token[] _tokens;
        // The number of the cue starting at each token, plus one; 0 where none does. Two bytes a token.
        private readonly ushort[] _cueAt;
        private readonly bool[] _inCue;
        private readonly int[] _sentenceOf;
        private int[] _firstWordOfSentence = Array.Empty<int>();

        /// <param name="scratch">Room to tokenize in, shared by an article's paragraphs one after another.</param>
        public ParagraphAnalysis(int index, string text, List<QuoteSpan> spans, TokenScratch scratch)
        {
            Index = index;
            Text = text;
            Spans = spans;
            Phrases = new NounPhrases(this);
            Attributions = new AttributionFinder(this);
            Filter = new QuotationFilter(this);
            QuoteTokens = new int[spans.Count];
            _tokens = Tokenize(text, spans, QuoteTokens, scratch);
            int count = _tokens.Length;
            Count = count;
            _cueAt = new ushort[count];
            _inCue = new bool[count];
            FindCues();
            _sentenceOf = new int[count];
            Sentences = new List<TokenRange>();
            SplitSentences();
            FindSentenceOpeners();
        }

        /// <summary>
        /// How the whole article writes its words, once every paragraph is tokenized; until then a capitalised word
        /// at a sentence's start is taken for a name.
        /// </summary>
        public ArticleVocabulary? Vocabulary { get; set; }

        public int Index { get; }

        /// <summary>The noun phrases of this paragraph: who can speak, and where their names and titles are.</summary>
        public NounPhrases Phrases { get; }

        /// <summary>The attribution of each of this paragraph's quotations.</summary>
        public AttributionFinder Attributions { get; }

        /// <summary>Which of this paragraph's quotations are quotations, and of what kind.</summary>
        public QuotationFilter Filter { get; }

        public string Text { get; }

        public List<QuoteSpan> Spans { get; }

        /// <summary>For each quote span, the index of its token.</summary>
        public int[] QuoteTokens { get; }

        public List<TokenRange> Sentences { get; }

        /// <summary>How many tokens; a field, as the token reads below, so no read waits on the inliner.</summary>
        public readonly int Count;

        /// <summary>Token <paramref name="i"/>, read in place: the rules ask about tokens far more than anything else.</summary>
        public ref readonly Token this[int i]
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get
            {
                if ((uint)i >= (uint)Count)
                {
                    ThrowNoSuchToken(i);
                }

                return ref _tokens[i];
            }
        }

        // Out of the indexer, which stays small enough to inline.
        private static void ThrowNoSuchToken(int i) => throw new ArgumentOutOfRangeException(nameof(i), i, "No such token.");

        /// <summary>The cue that starts at token <paramref name="i"/>, if any, and the token after it.</summary>
        public ReportingCue? CueAt(int i, out int end)
        {
            if (_cueAt[i] == 0)
            {
                end = 0;
                return null;
            }

            ReportingCue cue = ReportingCues.Numbered(_cueAt[i] - 1);
            end = i + cue.Words.Length;
            return cue;
        }

        /// <summary>Whether token <paramref name="i"/> is one of the first five words of a cue.</summary>
        public bool IsCueWord(int i) => _inCue[i];

        public TokenRange SentenceOf(int token) => Sentences[_sentenceOf[token]];

        /// <summary>Whether token <paramref name="i"/> opens its sentence, so is capitalised whatever it is.</summary>
        public bool IsSentenceInitial(int i) => _firstWordOfSentence[_sentenceOf[i]] == i;

        /// <summary>
        /// A common word: lower case, or capitalised only because it opens the sentence ("Teammates consoled him",
        /// "Host Pat Donnelly").
        /// </summary>
        public bool IsCommonWord(int i) =>
            this[i].IsLowerWord || (Vocabulary is not null && this[i].IsCapitalized && IsSentenceInitial(i) && !Phrases.IsNameWord(i));

        public int SentenceIndexOf(int token) => _sentenceOf[token];

        /// <summary>The word that opens sentence <paramref name="sentence"/>, after any punctuation, or -1.</summary>
        public int FirstWordOf(int sentence) => _firstWordOfSentence[sentence];

        /// <summary>The text the tokens in [<paramref name="start"/>, <paramref name="end"/>) cover, as written.</summary>
        public string Slice(int start, int end) => Text.Substring(this[start].Start, this[end - 1].End - this[start].Start);

        public string Slice(TokenRange range) => Slice(range.Start, range.End);

        /// <summary>The first letter or digit of a quotation's text, or '\0'.</summary>
        public char FirstQuotedLetter(int quote)
        {
            QuoteSpan span = Spans[quote];
            for (int i = span.TextStart; i < span.TextEnd; i++)
            {
                if (char.IsLetterOrDigit(Text[i]))
                {
                    return Text[i];
                }
            }

            return '\0';
        }

        /// <summary>The last character of a quotation's text that is not white space or a nested mark.</summary>
        public char LastQuotedChar(int quote)
        {
            QuoteSpan span = Spans[quote];
            for (int i = span.TextEnd - 1; i >= span.TextStart; i--)
            {
                char c = Text[i];
                if (!char.IsWhiteSpace(c) && !QuoteMarks.IsMark(c))
                {
                    return c;
                }
            }

            return '\0';
        }

        // Tokens are written to the scratch space, then copied to an array of their own size: how many a paragraph
        // has is known only at its end.
        private static Token[] Tokenize(string text, List<QuoteSpan> spans, int[] quoteTokens, TokenScratch scratch)
        {
            ref Token[] tokens = ref scratch.Tokens;
            int count = 0;
            int nextSpan = 0;
            int nextOpen = spans.Count > 0 ? spans[0].OpenMark : int.MaxValue;
            int i = 0;
            while (i < text.Length)
            {
                if (i >= nextOpen)
                {
                    QuoteSpan span = spans[nextSpan];
                    quoteTokens[nextSpan] = count;
                    Append(ref tokens, ref count, new Token(TokenKind.Quote, span.OpenMark, span.End, string.Empty, nextSpan));
                    i = Math.Max(i, span.End);
                    nextSpan++;
                    nextOpen = nextSpan < spans.Count ? spans[nextSpan].OpenMark : int.MaxValue;
                    continue;
                }

                char c = text[i];
                if (c == ' ' || char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                bool word = IsWordStart(text, i);
                int end = word ? WordEnd(text, i) : PunctuationEnd(text, i);
                int stop = Math.Min(end, nextOpen);
                end = Math.Max(stop, i + 1);
                string written = end == i + 1 && c < OneCharacter.Length ? OneCharacter[c] : text.Substring(i, end - i);
                Append(ref tokens, ref count, new Token(word ? TokenKind.Word : TokenKind.Punctuation, i, end, written, -1));
                i = end;
            }

            var own = new Token[count];
            Array.Copy(tokens, own, count);
            return own;
        }

        private static void Append(ref Token[] tokens, ref int count, in Token token)
        {
            if (count == tokens.Length)
            {
                Array.Resize(ref tokens, tokens.Length * 2);
            }

            tokens[count++] = token;
        }

        // Commas, full stops, "a", "I": one string each for every article, not one per occurrence.
        private static readonly string[] OneCharacter = OneCharacterStrings();

        private static string[] OneCharacterStrings()
        {
            var strings = new string[128];
            for (int c = 0; c < strings.Length; c++)
            {
                strings[c] = ((char)c).ToString();
            }

            return strings;
        }

        // ASCII letters and digits, most of any text, are answered inline.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool IsWordStart(string text, int i)
        {
            char c = text[i];
            return c < 128 ? IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(text, i);
        }

        private static bool IsAsciiLetterOrDigit(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

        // A surrogate pair is one character; "--" is one dash.
        private static int PunctuationEnd(string text, int i) =>
            (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            || (text[i] == '-' && i + 1 < text.Length && text[i + 1] == '-') ? i + 2 : i + 1;

        // Letters and digits, joined by inner apostrophes (O’Connor), hyphens (co-founder), dots (U.S.) and "&" (AT&T).
        private static int WordEnd(string text, int start)
        {
            int j = start;
            int segmentStart = start;
            while (j < text.Length)
            {
                char c = text[j];
                if (IsAsciiLetterOrDigit(c))
                {
                    // Most of a word: nothing else to ask.
                    j++;
                    continue;
                }

                if (IsWordStart(text, j) || (c >= 128 && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))
                {
                    j += char.IsHighSurrogate(c) && j + 1 < text.Length ? 2 : 1;
                    continue;
                }

                bool letterNext = j + 1 < text.Length && IsWordStart(text, j + 1);
                if ((c == '’' || c == '\'' || c == '-' || c == '‐' || c == '‑' || c == '&') && letterNext)
                {
                    j++;
                    segmentStart = c == '-' ? j : segmentStart;
                    continue;
                }

                // "U.S", "e.g", "3.5": a dot inside a word only after one or two letters, or between digits.
                if (c == '.' && letterNext && (j - segmentStart <= 2 || (char.IsDigit(text[j - 1]) && char.IsDigit(text[j + 1]))))
                {
                    j++;
                    segmentStart = j;
                    continue;
                }

                // The plural possessive keeps its apostrophe: "students’".
                if ((c == '’' || c == '\'') && (text[j - 1] == 's' || text[j - 1] == 'S'))
                {
                    j++;
                }

                break;
            }

            if (j < text.Length && text[j] == '.')
            {
                string word = text.Substring(start, j - start);
                bool initial = word.Length == 1 && char.IsUpper(word[0]);

                // AP's party and state: "D-Mass.", "R-Fla.".
                bool partyState = word.Length > 2 && word.Length <= 7 && word[1] == '-' && (word[0] == 'D' || word[0] == 'R' || word[0] == 'I') && char.IsUpper(word[2]);
                if (initial || partyState || word.IndexOf('.') >= 0 || Lexicon.Abbreviations.Contains(word))
                {
                    j++;
                }
            }

            return j;
        }

        private void FindCues()
        {
            for (int i = 0; i < Count; i++)
            {
                if (!this[i].IsWord)
                {
                    // Every cue starts with a word.
                    continue;
                }

                ReportingCue? cue = ReportingCues.Match(this, i, out int end);
                if (cue is null || IsNounUse(i, cue) || (end == i + 1 && ReportingCues.HasOtherSense(this, i)))
                {
                    continue;
                }

                _cueAt[i] = checked((ushort)(cue.Number + 1));
                for (int k = i; k < end && k < i + 5; k++)
                {
                    _inCue[k] = true;
                }

                i = end - 1;
            }
        }

        // "a statement", "his remarks", "in a post": after a determiner, a possessive or a preposition the word is a noun;
        // "state media": a base form before a noun modifies it.
        private bool IsNounUse(int i, ReportingCue cue)
        {
            if (cue.IsBaseForm && i + 1 < Count && this[i + 1].IsLowerWord && !IsFunctionWord(this[i + 1].Text))
            {
                return true;
            }

            if (cue.Form == CueForm.Preposition || i == 0)
            {
                return false;
            }

            ref readonly Token before = ref this[i - 1];
            if (!before.IsWord)
            {
                return false;
            }

            return Lexicon.Articles.Contains(before.Text) || before.IsPossessive
                || (Lexicon.Prepositions.Contains(before.Text) && !before.Is("to"));
        }

        private static bool IsFunctionWord(string word) =>
            Lexicon.Determiners.Contains(word) || Lexicon.SubjectPronouns.Contains(word) || Lexicon.Prepositions.Contains(word)
            || Lexicon.RelativePronouns.Contains(word) || Lexicon.IsAdverb(word) || word == "it" || word == "them" || word == "him" || word == "us" || word == "me";

        private void SplitSentences()
        {
            int start = 0;
            for (int i = 0; i < Count; i++)
            {
                _sentenceOf[i] = Sentences.Count;
                if (i + 1 < Count && EndsSentence(i, start))
                {
                    Sentences.Add(new TokenRange(start, i + 1));
                    start = i + 1;
                }
            }

            if (start < Count || Sentences.Count == 0)
            {
                Sentences.Add(new TokenRange(start, Count));
            }
        }

        private void FindSentenceOpeners()
        {
            _firstWordOfSentence = new int[Sentences.Count];
            for (int s = 0; s < Sentences.Count; s++)
            {
                // Only punctuation may stand before it: in "“…,” Hua said" the name is capitalised as a name.
                int i = Sentences[s].Start;
                while (i < Sentences[s].End && this[i].Kind == TokenKind.Punctuation)
                {
                    i++;
                }

                _firstWordOfSentence[s] = i < Sentences[s].End && this[i].IsWord ? i : -1;
            }
        }

        private bool EndsSentence(int i, int sentenceStart)
        {
            ref readonly Token token = ref this[i];
            ref readonly Token next = ref this[i + 1];
            switch (token.Kind)
            {
                case TokenKind.Punctuation:
                    return token.Text.Length == 1 && IsTerminal(token.Text[0]) && Opens(next);
                case TokenKind.Quote:
                    // “… countries.” That sentiment … ends here; “Stop.” Xi said. does not (a common slip for “Stop,”).
                    return Opens(next) && IsTerminal(LastQuotedChar(token.Quote)) && !(i == sentenceStart && Phrases.StartsShortAttribution(i + 1));
                default:
                    // "… to the U.S. And Biden’s …": an abbreviation ends a sentence only before a sentence opener
                    // or a quotation that starts one ("since 2 a.m. “I carry 14 passengers.”").
                    bool canEnd = token.Text[token.Text.Length - 1] == '.'
                        && (Lexicon.SentenceEndingAbbreviations.Contains(token.Text) || IsDottedAcronym(token.Text));
                    return canEnd && ((next.IsCapitalized && Lexicon.NonNameCapitalized.Contains(next.Text))
                        || (next.Kind == TokenKind.Quote && char.IsUpper(FirstQuotedLetter(next.Quote))));
            }
        }

        // What can start a sentence: a quotation, a word not in lower case, or a bracket.
        private static bool Opens(in Token next) => next.Kind == TokenKind.Quote || (next.IsWord && !next.IsLowerWord) || next.IsPunctuation('(');

        private static bool IsTerminal(char c) => c == '.' || c == '!' || c == '?' || c == '…';

        private static bool IsDottedAcronym(string word) => word.Length >= 3 && word[word.Length - 1] == '.' && word.IndexOf('.') < word.Length - 1;
    }

    /// <summary>Room to tokenize a paragraph in, reused by the next: one per article, never shared between threads.</summary>
    internal sealed class TokenScratch
    {
        public Token[] Tokens = new Token[64];
    }

    /// <summary>A run of tokens [Start, End).</summary>
    internal readonly struct TokenRange
    {
        public TokenRange(int start, int end)
        {
            Start = start;
            End = end;
        }

        public int Start { get; }

        public int End { get; }

        public bool IsEmpty => End <= Start;

        public static TokenRange None => new(-1, -1);
    }
}
