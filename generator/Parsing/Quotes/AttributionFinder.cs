using System;
using System.Collections.Generic;

namespace Dataset.Generator.Parsing.Quotes
{
    /// <summary>Who a quotation is attributed to in its own sentence, and by which reporting expression.</summary>
    internal readonly struct Attribution
    {
        public Attribution(int cueStart, int cueEnd, TokenRange speaker, bool followsQuote)
        {
            CueStart = cueStart;
            CueEnd = cueEnd;
            Speaker = speaker;
            FollowsQuote = followsQuote;
        }

        public static Attribution None => new(-1, -1, TokenRange.None, false);

        /// <summary>The cue's first token, or -1 when the attribution has none (a colon, a dash line).</summary>
        public int CueStart { get; }

        public int CueEnd { get; }

        public TokenRange Speaker { get; }

        /// <summary>The attribution comes right after the quotation: "“…,” Xi said".</summary>
        public bool FollowsQuote { get; }

        public bool HasCue => CueStart >= 0;

        public bool HasSpeaker => Speaker.Start >= 0;

        public bool IsNone => !HasCue && !HasSpeaker;
    }

    /// <summary>
    /// Finds a quotation's attribution the way news writing places it: right after the quotation ("“…,” Xi said",
    /// "“…,” said Xi", "“…” — Jane Doe"), before a colon ("The statement read: “…”"), or as the reporting verb of the
    /// sentence the quotation sits in ("Xi said they reached agreements on “some specific issues”").
    /// </summary>
    internal sealed class AttributionFinder
    {
        // Verbs that share a subject ("smiled, nodded and said") are never chained this deep in real text.
        private const int MaxNesting = 8;
        private const int MaxReporters = 4;

        private readonly ParagraphAnalysis _paragraph;
        private Dictionary<int, TokenRange>? _speakers;
        private List<TokenRange>? _reporters;
        private int _nesting;

        public AttributionFinder(ParagraphAnalysis paragraph) => _paragraph = paragraph;

        private const int MaxAppositiveTokens = 20;
        private const int MaxScareQuoteWords = 2;
        private const int MaxAppositiveCommas = 3;

        // Far enough for any real sentence; bounds the work on pathological ones.
        private const int MaxCueDistance = 80;

        public Attribution Find(int q)
        {
            TokenRange sentence = _paragraph.SentenceOf(q);
            Attribution found = Following(q, sentence);
            if (!found.IsNone)
            {
                return found;
            }

            if (q - 1 > sentence.Start && _paragraph[q - 1].IsPunctuation(':'))
            {
                return ColonIntroduction(q - 1, sentence);
            }

            int stanceBefore = -1, stanceAfter = -1;
            bool scareQuote = WordCount(q) <= MaxScareQuoteWords;
            for (int c = q - 1; c >= sentence.Start && c > q - MaxCueDistance; c--)
            {
                // "said Jonas Lie, an analyst, who rates the stock “sell”": a cue outside the relative clause does
                // not attribute a word or two in marks.
                if (scareQuote && _paragraph[c].IsWord && Lexicon.RelativePronouns.Contains(_paragraph[c].Text) && !_paragraph[c].Is("that"))
                {
                    break;
                }

                ReportingCue? cue = _paragraph.CueAt(c, out int end);
                if (cue is null || end > q)
                {
                    continue;
                }

                if (cue.Reach == CueReach.Stance)
                {
                    stanceBefore = stanceBefore < 0 ? c : stanceBefore;
                }
                else if (ReachesBack(cue, end, q) && TrySpeaker(c, sentence, out TokenRange speaker))
                {
                    return new Attribution(c, end, speaker, false);
                }
            }

            for (int c = q + 1; c < sentence.End && c < q + MaxCueDistance; c++)
            {
                if (_paragraph[c].Kind == TokenKind.Quote)
                {
                    // A later quotation owns the cues after it; "a “low point” and “we must act,” Xi said" shares its.
                    Attribution shared = Following(c, sentence);
                    if (shared.HasSpeaker)
                    {
                        return new Attribution(shared.CueStart, shared.CueEnd, shared.Speaker, false);
                    }

                    break;
                }

                ReportingCue? cue = _paragraph.CueAt(c, out int end);
                if (cue is null)
                {
                    continue;
                }

                if (cue.Reach == CueReach.Stance)
                {
                    stanceAfter = stanceAfter < 0 ? c : stanceAfter;
                }
                else if (IntroducesAnotherQuote(end, sentence.End))
                {
                    break;
                }
                else if (cue.Reach == CueReach.Sentence && TrySpeaker(c, sentence, out TokenRange speaker))
                {
                    return new Attribution(c, end, speaker, false);
                }
            }

            foreach (int c in new[] { stanceBefore, stanceAfter })
            {
                if (c >= 0 && TrySpeaker(c, sentence, out TokenRange speaker))
                {
                    _paragraph.CueAt(c, out int end);
                    return new Attribution(c, end, speaker, false);
                }
            }

            return Attribution.None;
        }

        /// <summary>
        /// The speaker of a dash line at token <paramref name="dash"/>: "— Maj. Gen. John Doe, army spokesman, on the
        /// floods", "— Powerlink SA, in a post on X", "— Jane Doe on the floods", "— the Ministry of Health".
        /// </summary>
        public TokenRange DashLine(int dash, int limit)
        {
            int first = dash + 1;
            int end = first < limit ? _paragraph.Phrases.EndStartingAt(first, limit) : -1;
            if (end < 0 || !(_paragraph[first].IsCapitalized || Lexicon.Determiners.Contains(_paragraph[first].Text)))
            {
                return TokenRange.None;
            }

            var phrase = new TokenRange(first, end);
            bool closes = end == limit || (_paragraph[end].Kind == TokenKind.Punctuation && !_paragraph[end].IsDash)
                || (_paragraph[end].IsLowerWord && (Lexicon.Prepositions.Contains(_paragraph[end].Text) || _paragraph[end].Text.EndsWith("ing", StringComparison.Ordinal))
                    && _paragraph[first].IsCapitalized && _paragraph.Phrases.NamesSomeone(phrase));
            return closes ? phrase : TokenRange.None;
        }

        /// <summary>
        /// Who a sentence reports as saying something, quoted or not: "the National Drought Management Authority said
        /// in a statement", "according to an aid worker in Turkana". Someone reported is someone a pronoun can mean.
        /// </summary>
        /// <remarks>
        /// At most a few per sentence: a sentence that reports more is not news prose. The list is reused by the next
        /// call.
        /// </remarks>
        public List<TokenRange> Reporters(TokenRange sentence)
        {
            List<TokenRange> reporters = _reporters ??= new List<TokenRange>(MaxReporters);
            reporters.Clear();
            for (int c = sentence.Start; c < sentence.End && reporters.Count < MaxReporters; c++)
            {
                ReportingCue? cue = _paragraph.CueAt(c, out int end);
                bool reports = cue is { Form: CueForm.Finite, Reach: CueReach.Sentence } || cue is { Form: CueForm.Preposition, NeedsSpeakerNoun: false };
                if (reports && TrySpeaker(c, sentence, out TokenRange speaker) && !StartsAt(reporters, speaker.Start))
                {
                    reporters.Add(speaker);
                }

                c = cue is null ? c : end - 1;
            }

            return reporters;
        }

        /// <summary>Whether one of <paramref name="ranges"/> starts at token <paramref name="start"/>.</summary>
        public static bool StartsAt(List<TokenRange> ranges, int start)
        {
            foreach (TokenRange range in ranges)
            {
                if (range.Start == start)
                {
                    return true;
                }
            }

            return false;
        }

        // "“…,” Xi said", "“…,” said Xi", "“…,” according to the ministry", "“…” — Jane Doe".
        private Attribution Following(int q, TokenRange sentence)
        {
            int limit = sentence.End;
            int i = q + 1;
            bool comma = i < limit && _paragraph[i].IsPunctuation(',');
            i = comma ? i + 1 : i;
            if (i >= limit)
            {
                return Attribution.None;
            }

            if (_paragraph[i].IsDash)
            {
                TokenRange speaker = DashLine(i, limit);
                return speaker.IsEmpty ? Attribution.None : new Attribution(-1, -1, speaker, true);
            }

            ReportingCue? cue = _paragraph.CueAt(i, out int cueEnd);
            if (cue is not null)
            {
                bool inverted = cue.Form == CueForm.Preposition || (cue.Form == CueForm.Finite && cue.Invertible && cue.Reach != CueReach.Stance);
                int end = inverted ? _paragraph.Phrases.EndStartingAt(cueEnd, limit) : -1;
                bool named = end > cueEnd && (!cue.NeedsSpeakerNoun || _paragraph.Phrases.NamesSomeone(new TokenRange(cueEnd, end)));
                return named ? new Attribution(i, cueEnd, _paragraph.Phrases.NamedAppositive(new TokenRange(cueEnd, end), limit), true) : Attribution.None;
            }

            int phraseEnd = _paragraph.Phrases.EndStartingAt(i, limit);
            if (phraseEnd < 0)
            {
                return Attribution.None;
            }

            int k = phraseEnd;
            if (k < limit && _paragraph[k].IsPunctuation(','))
            {
                // "“…,” Xi, the Chinese leader, said".
                int close = NextComma(k + 1, limit);
                if (close < 0)
                {
                    return Attribution.None;
                }

                k = close + 1;
            }

            k = _paragraph.Phrases.SkipModifiers(k, limit);
            ReportingCue? verb = k < limit ? _paragraph.CueAt(k, out cueEnd) : null;
            return verb is { Form: CueForm.Finite, Reach: not CueReach.Stance }
                ? new Attribution(k, cueEnd, _paragraph.Phrases.NamedAppositive(new TokenRange(i, phraseEnd), k), true)
                : Attribution.None;
        }

        // "The statement read: “…”", "Xi was blunt: “…”".
        private Attribution ColonIntroduction(int colon, TokenRange sentence)
        {
            for (int c = colon - 1; c >= sentence.Start && c > colon - MaxCueDistance; c--)
            {
                ReportingCue? cue = _paragraph.CueAt(c, out int end);
                if (cue is not null && end <= colon && cue.Reach != CueReach.Stance && TrySpeaker(c, sentence, out TokenRange speaker))
                {
                    return new Attribution(c, end, speaker, false);
                }
            }

            // "Xi was blunt: “…”" names its speaker; "The reason was simple: “…”" does not.
            TokenRange subject = _paragraph.Phrases.MainSubject(sentence.Start, colon);
            if (subject.IsEmpty || !_paragraph.Phrases.NamesSomeone(subject))
            {
                return Attribution.None;
            }

            // A transcript's "Reporter (Daybreak TV): “…”": the bracketed affiliation belongs to the speaker.
            bool bracketed = subject.End + 2 < colon && _paragraph[subject.End].IsPunctuation('(') && _paragraph[colon - 1].IsPunctuation(')');
            return new Attribution(-1, -1, bracketed ? new TokenRange(subject.Start, colon) : subject, false);
        }

        /// <summary>The speaker of the cue at token <paramref name="c"/>.</summary>
        private bool TrySpeaker(int c, TokenRange sentence, out TokenRange speaker)
        {
            // Each cue's speaker is found once, and a chain of coordinated verbs ("…, and said, and said …") is
            // followed only so far: linear time and a bounded stack on any text.
            _speakers ??= new Dictionary<int, TokenRange>();
            if (_speakers.TryGetValue(c, out speaker) || _nesting >= MaxNesting)
            {
                return !speaker.IsEmpty && _nesting < MaxNesting;
            }

            _nesting++;
            bool found = FindSpeaker(c, sentence, out speaker);
            _nesting--;
            _speakers[c] = found ? speaker : TokenRange.None;
            return found;
        }

        private bool FindSpeaker(int c, TokenRange sentence, out TokenRange speaker)
        {
            speaker = TokenRange.None;
            ReportingCue cue = _paragraph.CueAt(c, out int cueEnd)!;
            if (cue.Form == CueForm.Preposition)
            {
                int end = _paragraph.Phrases.EndStartingAt(cueEnd, sentence.End);
                bool named = end > cueEnd && (!cue.NeedsSpeakerNoun || _paragraph.Phrases.NamesSomeone(new TokenRange(cueEnd, end)));
                speaker = named ? _paragraph.Phrases.NamedAppositive(new TokenRange(cueEnd, end), sentence.End) : TokenRange.None;
                return named;
            }

            int j = _paragraph.Phrases.SkipModifiersBack(c - 1, sentence.Start);
            bool afterBe = j >= sentence.Start && _paragraph[j].IsWord && Lexicon.BeForms.Contains(_paragraph[j].Text);
            if (cue.Form == CueForm.Participle && !afterBe)
            {
                // "Xi …, saying …" and "issued a statement saying …" share the subject of their clause; in
                // "a headline suggesting …" the participle only describes a noun.
                bool adverbial = j < sentence.Start || _paragraph[j].Kind != TokenKind.Word || Lexicon.Coordinators.Contains(_paragraph[j].Text)
                    || Lexicon.DocumentNouns.Contains(_paragraph[j].Bare);
                return adverbial && ClauseSubject(c, sentence, out speaker);
            }

            if (afterBe && cue.Form == CueForm.Finite)
            {
                // "Blinken was told …" names the listener; only "… by X" names the speaker.
                int end = cueEnd + 1 < sentence.End && _paragraph[cueEnd].Is("by") ? _paragraph.Phrases.EndStartingAt(cueEnd + 1, sentence.End) : -1;
                speaker = end > 0 ? new TokenRange(cueEnd + 1, end) : TokenRange.None;
                return end > 0;
            }

            if (afterBe)
            {
                // "Xi is saying": the progressive is finite.
                j = _paragraph.Phrases.SkipModifiersBack(j - 1, sentence.Start);
            }

            return SubjectBefore(j, cueEnd, cue.Invertible, sentence, out speaker)
                && (!cue.NeedsSpeakerNoun || _paragraph.Phrases.NamesSomeone(speaker));
        }

        private bool SubjectBefore(int j, int cueEnd, bool invertible, TokenRange sentence, out TokenRange speaker)
        {
            speaker = TokenRange.None;
            if (j < sentence.Start || _paragraph[j].Kind == TokenKind.Quote)
            {
                return invertible && Inverted(cueEnd, sentence, out speaker);
            }

            Token before = _paragraph[j];
            if (before.IsPunctuation(','))
            {
                // "Blinken, the top U.S. diplomat, said"; "Kaiser, who spoke for AP and SGI, a coalition, said".
                // A host with a "who" clause wins over a nearer one: the nearer is usually inside that clause.
                int open = j;
                TokenRange nearest = TokenRange.None;
                for (int n = 0; n < MaxAppositiveCommas; n++)
                {
                    open = PreviousComma(open - 1, sentence.Start);
                    int start = open > sentence.Start ? _paragraph.Phrases.StartEndingAt(open - 1, sentence.Start) : -1;
                    if (start >= 0 && IsAppositiveHost(start, open))
                    {
                        var host = _paragraph.Phrases.NamedAppositive(new TokenRange(start, open), j + 1);
                        if (_paragraph[open + 1].Is("who") || _paragraph[open + 1].Is("whose"))
                        {
                            speaker = host;
                            return true;
                        }

                        nearest = nearest.IsEmpty ? host : nearest;
                    }

                    if (open < 0)
                    {
                        break;
                    }
                }

                if (!nearest.IsEmpty)
                {
                    speaker = nearest;
                    return true;
                }

                return (invertible && Inverted(cueEnd, sentence, out speaker)) || ClauseSubject(j, sentence, out speaker);
            }

            if (before.IsWord && Lexicon.RelativePronouns.Contains(before.Text))
            {
                // "Xi, who said …", "officials who said …".
                int k = j - 1 >= sentence.Start && _paragraph[j - 1].IsPunctuation(',') ? j - 2 : j - 1;
                int start = _paragraph.Phrases.StartEndingAt(k, sentence.Start);
                speaker = start >= 0 ? new TokenRange(start, k + 1) : TokenRange.None;
                return start >= 0;
            }

            if (before.IsWord && Lexicon.Coordinators.Contains(before.Text))
            {
                // "Xi smiled and said …": the verb shares the earlier subject.
                return ClauseSubject(j, sentence, out speaker);
            }

            int phraseStart = _paragraph.Phrases.StartEndingAt(j, sentence.Start);
            if (phraseStart >= 0)
            {
                speaker = new TokenRange(phraseStart, j + 1);
                return true;
            }

            return invertible && Inverted(cueEnd, sentence, out speaker);
        }

        // The subject of the clause a participle or a coordinated verb at token i belongs to.
        private bool ClauseSubject(int i, TokenRange sentence, out TokenRange speaker)
        {
            for (int c = i - 1; c >= sentence.Start && c > i - MaxCueDistance; c--)
            {
                ReportingCue? cue = _paragraph.CueAt(c, out int end);
                if (cue is { Form: CueForm.Finite, Reach: CueReach.Sentence } && end <= i && TrySpeaker(c, sentence, out speaker))
                {
                    return true;
                }
            }

            speaker = _paragraph.Phrases.MainSubject(sentence.Start, i);
            return !speaker.IsEmpty;
        }

        // "said Xi", "said a spokesperson": the phrase must end the clause, or "said the legislation would …" counts.
        private bool Inverted(int cueEnd, TokenRange sentence, out TokenRange speaker)
        {
            int end = _paragraph.Phrases.EndStartingAt(cueEnd, sentence.End);
            bool endsClause = end > cueEnd && _paragraph.Phrases.NamesSomeone(new TokenRange(cueEnd, end)) && (end == sentence.End || _paragraph[end].Kind != TokenKind.Word || Lexicon.Prepositions.Contains(_paragraph[end].Text)
                || _paragraph[end].IsLowerWord && Lexicon.IsAdverb(_paragraph[end].Text) && !Lexicon.VerbModifiers.Contains(_paragraph[end].Text));
            speaker = endsClause ? new TokenRange(cueEnd, end) : TokenRange.None;
            return endsClause;
        }

        // The host of an appositive is a name, a pronoun or a person: "Kaiser, who …", not "the legislation, …".
        private bool IsAppositiveHost(int start, int end)
        {
            Token head = _paragraph[end - 1];
            return head.IsCapitalized || Lexicon.SubjectPronouns.Contains(head.Text) || Lexicon.PersonNouns.Contains(head.Text)
                || Lexicon.OrganisationWords.Contains(head.Text);
        }

        // An adjacent-only cue must touch the quotation ("read: “…”") or introduce a clause: spun "famous that …".
        private bool ReachesBack(ReportingCue cue, int cueEnd, int q) =>
            cue.Reach == CueReach.Sentence || IsRightBefore(cueEnd, q) || (cue.Reach == CueReach.Adjacent && cueEnd < q && _paragraph[cueEnd].Is("that"));

        // "… and a man known as “Big Mike”": a cue right before a later quotation is that quotation's.
        private bool IntroducesAnotherQuote(int cueEnd, int limit)
        {
            for (int i = cueEnd; i < limit && i < cueEnd + 3; i++)
            {
                if (_paragraph[i].Kind == TokenKind.Quote)
                {
                    return true;
                }
            }

            return false;
        }

        // Only punctuation or "that" between the cue and the quotation.
        private bool IsRightBefore(int cueEnd, int q)
        {
            for (int i = cueEnd; i < q; i++)
            {
                if (!(_paragraph[i].IsPunctuation(',') || _paragraph[i].IsPunctuation(':') || _paragraph[i].IsDash || _paragraph[i].Is("that")))
                {
                    return false;
                }
            }

            return true;
        }

        private int WordCount(int q)
        {
            QuoteSpan span = _paragraph.Spans[_paragraph[q].Quote];
            int words = 0;
            for (int i = span.TextStart; i < span.TextEnd; i++)
            {
                bool start = !char.IsWhiteSpace(_paragraph.Text[i]) && (i == span.TextStart || char.IsWhiteSpace(_paragraph.Text[i - 1]));
                words += start ? 1 : 0;
            }

            return words;
        }

        private int NextComma(int from, int limit)
        {
            for (int i = from; i < limit && i < from + MaxAppositiveTokens; i++)
            {
                if (_paragraph[i].Kind == TokenKind.Quote)
                {
                    return -1;
                }

                if (_paragraph[i].IsPunctuation(','))
                {
                    return i;
                }
            }

            return -1;
        }

        private int PreviousComma(int from, int floor)
        {
            for (int i = from; i >= floor && i > from - MaxAppositiveTokens; i--)
            {
                if (_paragraph[i].Kind == TokenKind.Quote)
                {
                    return -1;
                }

                if (_paragraph[i].IsPunctuation(','))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
