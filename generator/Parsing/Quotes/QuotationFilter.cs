using System;
using System.Collections.Generic;
using Dataset.Generator.Model;

namespace Dataset.Generator.Parsing.Quotes
{
    /// <summary>
    /// Tells quotations from the other things news puts in quotation marks — titles of works, nicknames, words
    /// mentioned rather than used — and full quotations from fragments.
    /// </summary>
    internal sealed class QuotationFilter
    {
        private readonly ParagraphAnalysis _paragraph;

        public QuotationFilter(ParagraphAnalysis paragraph) => _paragraph = paragraph;




        private const int MaxNicknameWords = 4;
        private const int MaxTitleWords = 10;
        private const int MaxMinorWordLength = 5;
        private const int MaxAdjunctTokens = 6;

        /// <summary>
        /// Whether the quotation at token <paramref name="q"/> names something instead of quoting anyone: a title,
        /// a nickname (Dwayne “The Rock” Johnson), a so-called phrase, a mentioned word, a defined term
        /// (<c>(“the Company”)</c>) or a name in title case that no cue attributes.
        /// </summary>
        public bool IsName(int q, Attribution attribution)
        {
            QuoteSpan span = _paragraph.Spans[_paragraph[q].Quote];
            string text = _paragraph.Text.Substring(span.TextStart, span.TextEnd - span.TextStart);
            if (IsNamedByTheWordsBefore(q) || IsNickname(q, text) || IsDefinedTerm(q))
            {
                return true;
            }

            // "into “The Lighthouse Keeper’s Daughter”", "Review: ‘The Salt Road’": words in title case are a
            // name unless a cue introduces them ("“No,” she said", "chanted “Never Again”").
            Position before = Preceding(q);
            bool namedByCue = before == Position.AfterCue && Lexicon.NamingWords.Contains(_paragraph[q - 1].Text);
            return (before == Position.Embedded || namedByCue || (before == Position.Boundary && !attribution.FollowsQuote)) && IsTitleCase(text);
        }

        // "dubbed the “Ridgeback Fire”", "the word “genocide”", "a folk song, “Tariq al-Milh”", "whose slogan was “…”".
        private bool IsNamedByTheWordsBefore(int q)
        {
            if (q == 0 || !_paragraph[q - 1].IsWord)
            {
                // "a folk song, “…”": a title set off after the noun that says what it is.
                return q > 1 && _paragraph[q - 1].IsPunctuation(',') && Lexicon.MentionNouns.Contains(_paragraph[q - 2].Text);
            }

            // "known as the “Brandt Rule”": "the" may stand between. Not "a": "called it a “low point”" is someone's words.
            int w = q - 1;
            if (w > 0 && _paragraph[w - 1].IsWord && _paragraph[w].Is("the"))
            {
                w--;
            }

            Token word = _paragraph[w];

            // "a man known as “Big Mike”" names; spun "Biden known as “a disappointment”" is Biden calling it that.
            bool knownAs = word.Is("as") && w > 1 && (_paragraph[w - 1].Is("known") || _paragraph[w - 1].Is("referred") || _paragraph[w - 1].Is("to"));
            bool spunCall = knownAs && w > 2 && _paragraph.Phrases.StartEndingAt(w - 2, 0) is int subject && subject >= 0
                && _paragraph.Phrases.NamesSomeone(new TokenRange(subject, w - 1)) && !_paragraph[w - 2].IsLowerWord;
            bool mention = (w == q - 1 && Lexicon.MentionNouns.Contains(word.Text))
                || (w == q - 1 && Lexicon.BeForms.Contains(word.Text) && w > 0 && Lexicon.MentionNouns.Contains(_paragraph[w - 1].Text));
            return (Lexicon.NamingWords.Contains(word.Text) && !IsSomeoneCalling(w)) || (knownAs && !spunCall) || mention;
        }

        // "what Crown prosecutor Helen Marchetti called “…”", "she called it “…”": a speaker calling something so is
        // quoting them; "a group called “…”" names the group.
        private bool IsSomeoneCalling(int called)
        {
            if (!_paragraph[called].Is("called") || called == 0)
            {
                return false;
            }

            Token before = _paragraph[called - 1];
            if (before.IsWord && (Lexicon.SubjectPronouns.Contains(before.Text) || (before.IsCapitalized && _paragraph.Phrases.IsNameWord(called - 1))))
            {
                return true;
            }

            int subject = _paragraph.Phrases.StartEndingAt(called - 1, 0);
            return subject > 0 && _paragraph[subject - 1].Is("what");
        }

        // Dwayne “The Rock” Johnson: a short capitalised quotation between two parts of a name.
        private bool IsNickname(int q, string text) =>
            q > 0 && q + 1 < _paragraph.Count && _paragraph.Phrases.IsNameWord(q + 1) && _paragraph.Phrases.IsNameWord(q - 1)
            && WordCount(text) <= MaxNicknameWords && !EndsWithPunctuation(text);

        // Legal and corporate copy defines its terms in brackets: Brightwater Ltd (“Brightwater”), (“Halvorsen” or “the Company”).
        private bool IsDefinedTerm(int q)
        {
            int open = q - 1;
            while (open >= 0 && (_paragraph[open].Kind == TokenKind.Quote || _paragraph[open].Is("or") || _paragraph[open].Is("and") || _paragraph[open].IsPunctuation(',')))
            {
                open--;
            }

            int close = q + 1;
            while (close < _paragraph.Count && (_paragraph[close].Kind == TokenKind.Quote || _paragraph[close].Is("or") || _paragraph[close].Is("and") || _paragraph[close].IsPunctuation(',')))
            {
                close++;
            }

            return open >= 0 && _paragraph[open].IsPunctuation('(') && close < _paragraph.Count && _paragraph[close].IsPunctuation(')');
        }

        /// <summary>
        /// A quotation that is its own sentence: nothing but punctuation around it, or only a lead-in before a colon
        /// ("The reason was simple: “We had no money.”").
        /// </summary>
        public bool StandsAlone(int q)
        {
            TokenRange sentence = _paragraph.SentenceOf(q);
            int from = q - 1 > sentence.Start && _paragraph[q - 1].IsPunctuation(':') ? q : sentence.Start;
            for (int i = from; i < sentence.End; i++)
            {
                if (i != q && _paragraph[i].Kind != TokenKind.Punctuation)
                {
                    return false;
                }
            }

            return StartsWithCapital(q);
        }

        /// <summary>Full when the quotation starts like a sentence and is not woven into the narrator's words.</summary>
        public QuoteKind KindOf(int q) =>
            StartsWithCapital(q) && Preceding(q) != Position.Embedded ? QuoteKind.Full : QuoteKind.Partial;

        private enum Position
        {
            /// <summary>The start of a sentence, or after a colon, comma or dash.</summary>
            Boundary,

            /// <summary>Right after a reporting cue: "Xi is heard to say “The two sides …”".</summary>
            AfterCue,

            /// <summary>Inside the narrator's phrase: "reached agreements on “some specific issues”".</summary>
            Embedded,
        }

        private Position Preceding(int q)
        {
            TokenRange sentence = _paragraph.SentenceOf(q);
            if (q == sentence.Start)
            {
                return Position.Boundary;
            }

            Token before = _paragraph[q - 1];
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
            return word >= sentence.Start && (EndsCue(word) || IsCueWithAdjunct(word, sentence.Start)) ? Position.AfterCue : Position.Embedded;
        }

        // "said in a statement “…”", "posted on Truth Social “…”", "told reporters “…”": a short phrase between the cue
        // and the quotation, ending in a noun (not "said on Monday the “…”").
        private bool IsCueWithAdjunct(int last, int floor)
        {
            Token end = _paragraph[last];
            if (!end.IsWord || end.IsPossessive || Lexicon.Determiners.Contains(end.Text) || Lexicon.Prepositions.Contains(end.Text)
                || Lexicon.Coordinators.Contains(end.Text) || _paragraph.IsCueWord(last))
            {
                return false;
            }

            for (int c = last - 1; c >= floor && c >= last - MaxAdjunctTokens; c--)
            {
                if (!_paragraph[c].IsWord)
                {
                    return false;
                }

                ReportingCue? cue = _paragraph.CueAt(c, out int cueEnd);
                if (cue is not null && cue.Form == CueForm.Finite)
                {
                    // Speech verbs take a prepositional phrase ("in a statement"), address verbs their listener.
                    return cueEnd <= last && (Lexicon.Prepositions.Contains(_paragraph[cueEnd].Text) || !cue.Invertible) && IsSimplePhrase(cueEnd, last);
                }
            }

            return false;
        }

        // One phrase, no clause: an optional preposition, then at most one determiner right after it, then nouns.
        private bool IsSimplePhrase(int start, int last)
        {
            int i = Lexicon.Prepositions.Contains(_paragraph[start].Text) ? start + 1 : start;
            i = i <= last && Lexicon.Determiners.Contains(_paragraph[i].Text) ? i + 1 : i;
            for (; i <= last; i++)
            {
                string w = _paragraph[i].Text;
                if (Lexicon.Determiners.Contains(w) || Lexicon.BeForms.Contains(w) || Lexicon.VerbModifiers.Contains(w)
                    || Lexicon.Prepositions.Contains(w) || Lexicon.RelativePronouns.Contains(w) || w.EndsWith("ed", StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        private bool EndsCue(int i)
        {
            for (int c = i; c >= 0 && c > i - 5; c--)
            {
                if (_paragraph.CueAt(c, out int end) is not null)
                {
                    return end == i + 1;
                }
            }

            return false;
        }

        private bool StartsWithCapital(int q)
        {
            char first = _paragraph.FirstQuotedLetter(_paragraph[q].Quote);
            return char.IsUpper(first) || char.IsDigit(first);
        }

        // Every word capitalised but the minor ones: "The Art of the Deal". Scanned in place: it is asked of every
        // quotation.
        private static bool IsTitleCase(string text)
        {
            // American style puts the sentence's comma inside the marks: “Sweet Tennessee Rain,” is still a title.
            int end = text.Length;
            while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
            {
                end--;
            }

            int start = 0;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (start == end || !char.IsUpper(text[start]))
            {
                return false;
            }

            int words = 0;
            bool first = true;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c == '!' || c == '?' || c == ',' || c == ';')
                {
                    return false;
                }

                if (char.IsWhiteSpace(c) || (i > 0 && !char.IsWhiteSpace(text[i - 1])))
                {
                    continue;
                }

                int wordEnd = i;
                while (wordEnd < end && !char.IsWhiteSpace(text[wordEnd]))
                {
                    wordEnd++;
                }

                if (++words > MaxTitleWords)
                {
                    return false;
                }

                int letter = i;
                while (letter < wordEnd && !char.IsLetterOrDigit(text[letter]))
                {
                    letter++;
                }

                if (letter == wordEnd || !char.IsLetter(text[letter]))
                {
                    continue;
                }

                bool minor = !first && wordEnd - letter <= MaxMinorWordLength && Lexicon.MinorTitleWords.Contains(text.Substring(letter, wordEnd - letter).TrimEnd('.', ':', ')', '’', '\'', '"', '”'));
                if ((first && !char.IsUpper(text[letter])) || (char.IsLower(text[letter]) && !minor))
                {
                    return false;
                }

                first = false;
            }

            return words > 0;
        }

        private static int WordCount(string text) => text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length;

        private static bool EndsWithPunctuation(string text)
        {
            string trimmed = text.TrimEnd();
            return trimmed.Length > 0 && char.IsPunctuation(trimmed[trimmed.Length - 1]) && trimmed[trimmed.Length - 1] != '.';
        }

    }
}
