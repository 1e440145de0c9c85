using System;
using System.Collections.Generic;
using Dataset.Generator.Model;

namespace Dataset.Generator.Parsing.Quotes
{
    /// <summary>
    /// Tells quotations from the other things news puts in quotation marks — titles of works, nicknames, words
    /// mentioned rather than used — and full quotations from fragments.
    /// </summary>
    internal static class QuotationFilter
    {
        // A quotation right after these names something: a so-called “peace plan”, a group called “Mothers for X”.
        private static readonly HashSet<string> NamingWords = Set(
            "called", "named", "dubbed", "nicknamed", "titled", "entitled", "so-called", "aka", "a.k.a.", "termed",
            "styled", "self-styled", "self-described", "known", "hashtag", "#");

        // A quotation right after these is a title or a mentioned word: the book “…”, the word “genocide”.
        private static readonly HashSet<string> MentionNouns = Set(
            "word", "words", "term", "phrase", "slogan", "hashtag", "motto", "headline", "title", "banner", "label",
            "name", "nickname", "caption", "tagline", "catchphrase", "book", "film", "movie", "song", "album",
            "novel", "show", "series", "sitcom", "play", "poem", "musical", "opera", "documentary", "podcast",
            "episode", "memoir", "essay", "column", "painting", "exhibition", "operation", "programme", "program",
            "app", "magazine", "newspaper", "newsletter", "blog", "anthem", "brand");

        // Words a title leaves lower-case: “The Art of the Deal”.
        private static readonly HashSet<string> MinorTitleWords = Set(
            "a", "an", "the", "and", "but", "or", "for", "nor", "of", "on", "in", "at", "to", "by", "with", "from",
            "as", "vs", "via", "into", "over", "up", "off");

        private const int MaxNicknameWords = 4;
        private const int MaxTitleWords = 10;
        private const int MaxAdjunctTokens = 6;

        /// <summary>
        /// Whether the quotation at token <paramref name="q"/> names something instead of quoting anyone: a title,
        /// a nickname (Dwayne “The Rock” Johnson), a so-called phrase, a mentioned word, a defined term
        /// (<c>(“the Company”)</c>) or a name in title case that no cue attributes.
        /// </summary>
        public static bool IsName(ParagraphAnalysis a, int q, Attribution attribution)
        {
            QuoteSpan span = a.Spans[a[q].Quote];
            string text = a.Text.Substring(span.TextStart, span.TextEnd - span.TextStart);
            if (IsNamedByTheWordsBefore(a, q) || IsNickname(a, q, text) || IsDefinedTerm(a, q))
            {
                return true;
            }

            // "into “The Lighthouse Keeper’s Daughter”", "Review: ‘The Salt Road’": words in title case are a
            // name unless a cue introduces them ("“No,” she said", "chanted “Never Again”").
            Position before = Preceding(a, q);
            bool namedByCue = before == Position.AfterCue && NamingWords.Contains(a[q - 1].Text);
            return IsTitleCase(text) && (before == Position.Embedded || namedByCue || (before == Position.Boundary && !attribution.FollowsQuote));
        }

        // "dubbed the “Ridgeback Fire”", "the word “genocide”", "a folk song, “Tariq al-Milh”", "whose slogan was “…”".
        private static bool IsNamedByTheWordsBefore(ParagraphAnalysis a, int q)
        {
            if (q == 0 || !a[q - 1].IsWord)
            {
                // "a folk song, “…”": a title set off after the noun that says what it is.
                return q > 1 && a[q - 1].IsPunctuation(',') && MentionNouns.Contains(a[q - 2].Text);
            }

            // "known as the “Brandt Rule”": "the" may stand between. Not "a": "called it a “low point”" is someone's words.
            int w = q - 1;
            if (w > 0 && a[w - 1].IsWord && a[w].Is("the"))
            {
                w--;
            }

            Token word = a[w];

            // "a man known as “Big Mike”" names; spun "Biden known as “a disappointment”" is Biden calling it that.
            bool knownAs = word.Is("as") && w > 1 && (a[w - 1].Is("known") || a[w - 1].Is("referred") || a[w - 1].Is("to"));
            bool spunCall = knownAs && w > 2 && NounPhrases.StartEndingAt(a, w - 2, 0) is int subject && subject >= 0
                && NounPhrases.NamesSomeone(a, new TokenRange(subject, w - 1)) && !a[w - 2].IsLowerWord;
            bool mention = (w == q - 1 && MentionNouns.Contains(word.Text))
                || (w == q - 1 && WordClasses.BeForms.Contains(word.Text) && w > 0 && MentionNouns.Contains(a[w - 1].Text));
            return (NamingWords.Contains(word.Text) && !IsSomeoneCalling(a, w)) || (knownAs && !spunCall) || mention;
        }

        // "what Crown prosecutor Helen Marchetti called “…”", "she called it “…”": a speaker calling something so is
        // quoting them; "a group called “…”" names the group.
        private static bool IsSomeoneCalling(ParagraphAnalysis a, int called)
        {
            if (!a[called].Is("called") || called == 0)
            {
                return false;
            }

            Token before = a[called - 1];
            if (before.IsWord && (WordClasses.SubjectPronouns.Contains(before.Text) || (before.IsCapitalized && NounPhrases.IsNameWord(a, called - 1))))
            {
                return true;
            }

            int subject = NounPhrases.StartEndingAt(a, called - 1, 0);
            return subject > 0 && a[subject - 1].Is("what");
        }

        // Dwayne “The Rock” Johnson: a short capitalised quotation between two parts of a name.
        private static bool IsNickname(ParagraphAnalysis a, int q, string text) =>
            q > 0 && q + 1 < a.Count && NounPhrases.IsNameWord(a, q + 1) && NounPhrases.IsNameWord(a, q - 1)
            && WordCount(text) <= MaxNicknameWords && !EndsWithPunctuation(text);

        // Legal and corporate copy defines its terms in brackets: Brightwater Ltd (“Brightwater”), (“Halvorsen” or “the Company”).
        private static bool IsDefinedTerm(ParagraphAnalysis a, int q)
        {
            int open = q - 1;
            while (open >= 0 && (a[open].Kind == TokenKind.Quote || a[open].Is("or") || a[open].Is("and") || a[open].IsPunctuation(',')))
            {
                open--;
            }

            int close = q + 1;
            while (close < a.Count && (a[close].Kind == TokenKind.Quote || a[close].Is("or") || a[close].Is("and") || a[close].IsPunctuation(',')))
            {
                close++;
            }

            return open >= 0 && a[open].IsPunctuation('(') && close < a.Count && a[close].IsPunctuation(')');
        }

        /// <summary>
        /// A quotation that is its own sentence: nothing but punctuation around it, or only a lead-in before a colon
        /// ("The reason was simple: “We had no money.”").
        /// </summary>
        public static bool StandsAlone(ParagraphAnalysis a, int q)
        {
            TokenRange sentence = a.SentenceOf(q);
            int from = q - 1 > sentence.Start && a[q - 1].IsPunctuation(':') ? q : sentence.Start;
            for (int i = from; i < sentence.End; i++)
            {
                if (i != q && a[i].Kind != TokenKind.Punctuation)
                {
                    return false;
                }
            }

            return StartsWithCapital(a, q);
        }

        /// <summary>Full when the quotation starts like a sentence and is not woven into the narrator's words.</summary>
        public static QuoteKind KindOf(ParagraphAnalysis a, int q) =>
            StartsWithCapital(a, q) && Preceding(a, q) != Position.Embedded ? QuoteKind.Full : QuoteKind.Partial;

        private enum Position
        {
            /// <summary>The start of a sentence, or after a colon, comma or dash.</summary>
            Boundary,

            /// <summary>Right after a reporting cue: "Xi is heard to say “The two sides …”".</summary>
            AfterCue,

            /// <summary>Inside the narrator's phrase: "reached agreements on “some specific issues”".</summary>
            Embedded,
        }

        private static Position Preceding(ParagraphAnalysis a, int q)
        {
            TokenRange sentence = a.SentenceOf(q);
            if (q == sentence.Start)
            {
                return Position.Boundary;
            }

            Token before = a[q - 1];
            if (before.Kind == TokenKind.Quote)
            {
                return Position.Boundary;
            }

            if (before.Kind == TokenKind.Punctuation)
            {
                return before.IsPunctuation(',') || before.IsPunctuation(':') || before.IsDash || before.IsPunctuation('(') || before.IsPunctuation(';')
                    ? Position.Boundary
                    : Position.Embedded;
            }

            int word = before.Is("that") ? q - 2 : q - 1;
            return word >= sentence.Start && (EndsCue(a, word) || IsCueWithAdjunct(a, word, sentence.Start)) ? Position.AfterCue : Position.Embedded;
        }

        // "said in a statement “…”", "posted on Truth Social “…”", "told reporters “…”": a short phrase between the cue
        // and the quotation, ending in a noun (not "said on Monday the “…”").
        private static bool IsCueWithAdjunct(ParagraphAnalysis a, int last, int floor)
        {
            Token end = a[last];
            if (!end.IsWord || end.IsPossessive || WordClasses.Determiners.Contains(end.Text) || WordClasses.Prepositions.Contains(end.Text)
                || WordClasses.Coordinators.Contains(end.Text) || a.IsCueWord(last))
            {
                return false;
            }

            for (int c = last - 1; c >= floor && c >= last - MaxAdjunctTokens; c--)
            {
                if (!a[c].IsWord)
                {
                    return false;
                }

                ReportingCue? cue = a.CueAt(c, out int cueEnd);
                if (cue is not null && cue.Form == CueForm.Finite)
                {
                    // Speech verbs take a prepositional phrase ("in a statement"), address verbs their listener.
                    return cueEnd <= last && (WordClasses.Prepositions.Contains(a[cueEnd].Text) || !cue.Invertible) && IsSimplePhrase(a, cueEnd, last);
                }
            }

            return false;
        }

        // One phrase, no clause: an optional preposition, then at most one determiner right after it, then nouns.
        private static bool IsSimplePhrase(ParagraphAnalysis a, int start, int last)
        {
            int i = WordClasses.Prepositions.Contains(a[start].Text) ? start + 1 : start;
            i = i <= last && WordClasses.Determiners.Contains(a[i].Text) ? i + 1 : i;
            for (; i <= last; i++)
            {
                string w = a[i].Text;
                if (WordClasses.Determiners.Contains(w) || WordClasses.BeForms.Contains(w) || WordClasses.VerbModifiers.Contains(w)
                    || WordClasses.Prepositions.Contains(w) || WordClasses.RelativePronouns.Contains(w) || w.EndsWith("ed", StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool EndsCue(ParagraphAnalysis a, int i)
        {
            for (int c = i; c >= 0 && c > i - 5; c--)
            {
                if (a.CueAt(c, out int end) is not null)
                {
                    return end == i + 1;
                }
            }

            return false;
        }

        private static bool StartsWithCapital(ParagraphAnalysis a, int q)
        {
            char first = a.FirstQuotedLetter(a[q].Quote);
            return char.IsUpper(first) || char.IsDigit(first);
        }

        private static bool IsTitleCase(string text)
        {
            // American style puts the sentence's comma inside the marks: “Sweet Tennessee Rain,” is still a title.
            text = text.TrimEnd().TrimEnd(',');
            string[] words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words.Length > MaxTitleWords || text.IndexOfAny(new[] { '!', '?', ',', ';' }) >= 0)
            {
                return false;
            }

            for (int i = 0; i < words.Length; i++)
            {
                string word = words[i].Trim('.', '’', '\'', '"', '“', '”', '‘', '(', ')', ':');
                if (word.Length == 0 || !char.IsLetter(word[0]))
                {
                    continue;
                }

                if (char.IsLower(word[0]) && (i == 0 || !MinorTitleWords.Contains(word)))
                {
                    return false;
                }
            }

            return char.IsUpper(text.TrimStart()[0]);
        }

        private static int WordCount(string text) => text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length;

        private static bool EndsWithPunctuation(string text)
        {
            string trimmed = text.TrimEnd();
            return trimmed.Length > 0 && char.IsPunctuation(trimmed[trimmed.Length - 1]) && trimmed[trimmed.Length - 1] != '.';
        }

        private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);
    }
}
