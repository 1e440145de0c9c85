using System;

namespace Dataset.Generator.Parsing.Quotes
{
    /// <summary>
    /// Finds the noun phrase that can speak: a pronoun, a proper name with its title and determiner
    /// ("The State Department", "China’s Ministry of Foreign Affairs", "Mr. O’Connor"), or a common noun phrase
    /// ("a U.S. official", "people familiar with the talks"). Shallow by design: news attributions are short.
    /// </summary>
    internal static class NounPhrases
    {
        private const int MaxCommonNounWords = 6;
        private const int MaxIntroductionTokens = 40;
        private const int MaxAttributionTail = 6;
        private const int MaxBareObjectWords = 3;

        /// <summary>Where a noun phrase ending at token <paramref name="last"/> starts, or -1.</summary>
        public static int StartEndingAt(ParagraphAnalysis a, int last, int floor)
        {
            if (last < floor || last < 0 || !a[last].IsWord)
            {
                return -1;
            }

            Token head = a[last];
            if (WordClasses.SubjectPronouns.Contains(head.Text))
            {
                return last;
            }

            if (IsNameWord(a, last))
            {
                int k = NameRunStart(a, last, floor);

                // "White House press secretary Karine Jean-Pierre": a lower-case title joins the name.
                if (k - 1 >= floor && a.IsCommonWord(k - 1) && IsTitleWord(a[k - 1].Text))
                {
                    return CommonPhraseStart(a, k - 1, floor, out _);
                }

                k = k - 1 >= floor && IsDeterminer(a[k - 1]) ? k - 1 : k;
                return WithPremodifiedHead(a, k, floor);
            }

            if (!IsContentWord(a, last))
            {
                return -1;
            }

            int start = CommonPhraseStart(a, last, floor, out bool determined);
            if (!determined && !IsSpeakerHead(head.Text))
            {
                return -1;
            }

            return WithPremodifiedHead(a, start, floor);
        }

        // "people familiar with the matter said", "a spokesman for the State Department said": the phrase ending
        // at <paramref name="start"/> is the object of a preposition; the person before it is the speaker.
        private static int WithPremodifiedHead(ParagraphAnalysis a, int start, int floor)
        {
            int h = start - 2;
            if (h < floor || !IsPostmodifierPreposition(a[start - 1]))
            {
                return start;
            }

            // "Jess Moreau of the Digital Rights Collective": a person's name before "of", "at" or "from".
            if (IsAffiliation(a[start - 1]) && IsPersonNameWord(a, h))
            {
                int person = StartEndingAt(a, h, floor);
                return person >= 0 ? person : start;
            }

            h = h - 1 >= floor && IsBridgingAdjective(a[h], a[start - 1]) ? h - 1 : h;
            if (!a.IsCommonWord(h) || !NameWords.PersonNouns.Contains(a[h].Text))
            {
                return start;
            }

            int outer = StartEndingAt(a, h, floor);
            return outer >= 0 ? outer : start;
        }

        /// <summary>Where a noun phrase starting at token <paramref name="first"/> ends (exclusive), or -1.</summary>
        public static int EndStartingAt(ParagraphAnalysis a, int first, int limit, bool allowPostmodifier = true)
        {
            if (first < 0 || first >= limit || !a[first].IsWord)
            {
                return -1;
            }

            if (WordClasses.SubjectPronouns.Contains(a[first].Text))
            {
                return first + 1;
            }

            int k = first;
            bool determined = false;
            if (IsDeterminer(a[k]))
            {
                k++;
                determined = true;
            }

            if (k < limit && IsNameWord(a, k))
            {
                k = NameRunEnd(a, k, limit);

                // "State Department spokesman Matthew Miller", "a State Department spokesperson", "The German government".
                int head = -1;
                bool possessive = a[k - 1].IsPossessive;
                for (int m = k; m < limit && m - k < MaxCommonNounWords && IsContentWord(a, m) && !IsPastTense(a[m]); m++)
                {
                    // "Strand’s email": after a possessive name the noun it owns belongs to the phrase.
                    bool owned = possessive && (m == k || NameWords.DocumentNouns.Contains(a[m].Text));
                    head = owned || IsTitleWord(a[m].Text) || NameWords.OrganisationWords.Contains(a[m].Text) ? m : head;
                }

                if (head >= 0)
                {
                    k = head + 1 < limit && IsNameWord(a, head + 1) && IsTitleWord(a[head].Text) ? NameRunEnd(a, head + 1, limit) : head + 1;
                }

                return WithPostmodifier(a, k, limit, allowPostmodifier);
            }

            // "the two leaders", "all 12 jurors".
            while (k < limit && determined && a[k].IsWord && (WordClasses.Determiners.Contains(a[k].Text) || char.IsDigit(a[k].Text[0])) && k - first < 3)
            {
                k++;
            }

            int start = k;
            bool named = false;
            while (k < limit && k - start < MaxCommonNounWords && a[k].IsWord && (IsContentWord(a, k) || char.IsDigit(a[k].Text[0]) || IsNameWord(a, k)))
            {
                // "the two sides expressed …": a past-tense verb ends the phrase; so does anything but a head after a
                // name ("the florist Mei Chen lost …", but "a senior FAA official").
                bool afterName = named && !IsNameWord(a, k) && !IsSpeakerHead(a[k].Text) && !IsTitleWord(a[k].Text);
                if (k > start && (IsPastTense(a[k]) || afterName))
                {
                    break;
                }

                named = IsNameWord(a, k);
                k++;
            }

            if (k == start)
            {
                return -1;
            }

            int end = WithPostmodifier(a, k, limit, allowPostmodifier);
            return determined || named || end > k || IsSpeakerHead(a[k - 1].Text) ? end : -1;
        }

        /// <summary>
        /// The subject of the sentence in [<paramref name="start"/>, <paramref name="end"/>): the first noun phrase
        /// after a leading quotation, sentence adverbs and an introductory phrase ("In footage …, Xi is heard …").
        /// </summary>
        public static TokenRange MainSubject(ParagraphAnalysis a, int start, int end)
        {
            int i = start;
            while (i < end && (a[i].Kind == TokenKind.Quote || a[i].Kind == TokenKind.Punctuation))
            {
                i++;
            }

            while (i < end && a[i].IsWord && WordClasses.SentenceAdverbs.Contains(a[i].Text))
            {
                i++;
                if (i < end && a[i].IsPunctuation(','))
                {
                    i++;
                }
            }

            if (i < end && a[i].IsWord && WordClasses.IntroductoryWords.Contains(a[i].Text))
            {
                int comma = i;
                end = Math.Min(end, i + MaxIntroductionTokens);
                while (comma < end && !a[comma].IsPunctuation(','))
                {
                    comma++;
                }

                if (comma >= end)
                {
                    return TokenRange.None;
                }

                i = comma + 1;
            }

            int phraseEnd = EndStartingAt(a, i, end);
            return phraseEnd > i ? NamedAppositive(a, new TokenRange(i, phraseEnd), end) : TokenRange.None;
        }

        /// <summary>Whether a phrase names a possible speaker: a name, a pronoun, a person or an organisation.</summary>
        public static bool NamesSomeone(ParagraphAnalysis a, TokenRange phrase)
        {
            for (int k = phrase.Start; k < phrase.End; k++)
            {
                Token t = a[k];
                if (IsNameWord(a, k) || WordClasses.SubjectPronouns.Contains(t.Text) || NameWords.PersonNouns.Contains(t.Bare) || NameWords.OrganisationWords.Contains(t.Bare))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"Smith’s lawyer, John Doe, said": a name set off after a common noun is the better subject.</summary>
        public static TokenRange NamedAppositive(ParagraphAnalysis a, TokenRange phrase, int limit)
        {
            int open = phrase.End;
            if (open + 2 >= limit || !a[open].IsPunctuation(',') || a[phrase.End - 1].IsCapitalized || !IsNameWord(a, open + 1))
            {
                return phrase;
            }

            // "…, according to the consultancy’s head of research, Dana Whitfield." ends the sentence.
            int end = NameRunEnd(a, open + 1, limit);
            bool closes = end == limit || a[end].IsPunctuation(',') || (end + 1 == limit && a[end].Kind == TokenKind.Punctuation);
            return closes ? new TokenRange(open + 1, end) : phrase;
        }

        /// <summary>
        /// A person's name with the capitalised title written directly before it, without the role around it:
        /// "army spokesman Col. Armando Muchanga" → "Col. Armando Muchanga", "Halvorsen chief executive Ingrid
        /// Solbakken" → "Ingrid Solbakken", "Host Pat Donnelly" → "Pat Donnelly", "Sen. Alicia Navarro of New
        /// Mexico" → "Sen. Alicia Navarro". Any other phrase is returned whole.
        /// </summary>
        public static TokenRange NameWithTitle(ParagraphAnalysis a, TokenRange phrase)
        {
            int end = PersonBeforeAffiliation(a, phrase);

            // An organisation's name, "of" and "and" included, is kept whole: "Senegal’s Ministry of Fisheries",
            // "the Centers for Disease Control and Prevention"; so is a name inside a postmodifier ("traders in Accra").
            if (!IsNameWord(a, end - 1))
            {
                return phrase;
            }

            int run = NameRunStart(a, end - 1, phrase.Start);
            for (int k = run; k < end; k++)
            {
                if (NameIndex.IsOrganisationWord(a[k]) || (a[k].IsLowerWord && !WordClasses.NameParticles.Contains(a[k].Text)))
                {
                    return phrase;
                }
            }

            if (run > phrase.Start && a[run - 1].IsLowerWord && WordClasses.Prepositions.Contains(a[run - 1].Text))
            {
                return phrase;
            }

            int start = NameStart(a, phrase.Start, end);
            if (start == phrase.Start)
            {
                return new TokenRange(start, end);
            }

            // The title: capitalised words ending in a form of address ("U.S. District Judge", "Maj. Gen.",
            // "Secretary of State"), never a role or a word capitalised only by the sentence's start.
            int title = start;
            while (title > phrase.Start && IsTitlePart(a, title - 1))
            {
                title--;
            }

            return new TokenRange(IsFormOfAddress(a[start - 1]) ? title : start, end);
        }

        // "Sen. Alicia Navarro of New Mexico", "Jess Moreau of the Digital Rights Collective": the person ends before
        // the place or organisation; a name cannot hold "of" (an institution's can: "Bank of England").
        private static int PersonBeforeAffiliation(ParagraphAnalysis a, TokenRange phrase)
        {
            for (int p = phrase.End - 2; p > phrase.Start + 1; p--)
            {
                if (!IsAffiliation(a[p]) || !IsPersonNameWord(a, p - 1))
                {
                    continue;
                }

                int person = NameStart(a, phrase.Start, p);
                bool titled = person > phrase.Start && IsFormOfAddress(a[person - 1]);
                return titled || p - person >= 2 ? p : phrase.End;
            }

            return phrase.End;
        }

        private static bool IsAffiliation(Token t) => t.Is("of") || t.Is("at") || t.Is("from");

        // A capitalised word that can be part of a person's name: not a title or an organisation word.
        private static bool IsPersonNameWord(ParagraphAnalysis a, int i) =>
            IsNameWord(a, i) && !NameIndex.IsOrganisationWord(a[i]) && !NameWords.Titles.Contains(a[i].Text) && !a[i].IsPossessive;

        // The first word of the person's name that ends at <paramref name="end"/>: name words and particles, not titles.
        private static int NameStart(ParagraphAnalysis a, int floor, int end)
        {
            int k = end - 1;
            while (k - 1 >= floor && IsNameWord(a, k - 1) && !NameWords.Titles.Contains(a[k - 1].Text))
            {
                k--;
            }

            return k;
        }

        private static bool IsTitlePart(ParagraphAnalysis a, int i)
        {
            Token t = a[i];
            if (t.IsWord && (t.Is("of") || t.Is("and")) && i > 0 && a[i - 1].IsCapitalized)
            {
                return true;
            }

            return t.IsCapitalized && !NameWords.Roles.Contains(t.Text) && !WordClasses.Determiners.Contains(t.Text)
                && (IsNameWord(a, i) || NameWords.Titles.Contains(t.Text)) && !t.IsPossessive;
        }

        private static bool IsFormOfAddress(Token t) =>
            t.IsCapitalized && (NameWords.FormsOfAddress.Contains(t.Text) || NameWords.Honorifics.Contains(t.Text));

        /// <summary>
        /// Whether the words from <paramref name="i"/> are an attribution and nothing more: "Xi said.", "said Xi on
        /// Monday.", "he added," — not "The military said it had …", which starts a sentence of its own.
        /// </summary>
        public static bool StartsShortAttribution(ParagraphAnalysis a, int i)
        {
            if (i >= a.Count)
            {
                return false;
            }

            int cueEnd;
            ReportingCue? cue = a.CueAt(i, out cueEnd);
            if (cue is not null && !(cue.Invertible || cue.Form == CueForm.Preposition))
            {
                return false;
            }

            if (cue is null)
            {
                int end = EndStartingAt(a, i, Math.Min(a.Count, i + 12));
                end = end < 0 ? end : SkipModifiers(a, end, a.Count);
                if (end < 0 || end >= a.Count || a.CueAt(end, out cueEnd) is not { Form: CueForm.Finite, Reach: not CueReach.Stance })
                {
                    return false;
                }
            }

            // The attribution ends within a few words: "… said Monday in a statement."
            for (int k = cueEnd; k < a.Count && k < cueEnd + MaxAttributionTail; k++)
            {
                if (a[k].Kind == TokenKind.Quote || a[k].Is("that"))
                {
                    return false;
                }

                if (a[k].Kind == TokenKind.Punctuation)
                {
                    return true;
                }
            }

            return cueEnd >= a.Count || a.Count - cueEnd <= MaxAttributionTail;
        }

        /// <summary>Skips adverbs and auxiliaries forward: "Xi [later] said".</summary>
        public static int SkipModifiers(ParagraphAnalysis a, int i, int limit)
        {
            while (i < limit && a[i].IsWord && !a[i].IsCapitalized && WordClasses.IsAdverb(a[i].Text) && a.CueAt(i, out _) is null)
            {
                i++;
            }

            return i;
        }

        /// <summary>Skips adverbs, auxiliaries and times backward: "Xi [has also] said", "Biden [on Tuesday] announced".</summary>
        public static int SkipModifiersBack(ParagraphAnalysis a, int i, int floor)
        {
            while (i >= floor && a[i].IsWord)
            {
                if (!a[i].IsCapitalized && WordClasses.IsAdverb(a[i].Text))
                {
                    i--;
                }
                else if (WordClasses.Weekdays.Contains(a[i].Text))
                {
                    i -= i - 1 >= floor && (a[i - 1].Is("on") || a[i - 1].Is("earlier") || a[i - 1].Is("late") || a[i - 1].Is("last")) ? 2 : 1;
                }
                else
                {
                    break;
                }
            }

            return i;
        }

        /// <summary>A capitalised word that can be part of a name: not a sentence opener, pronoun or date word.</summary>
        public static bool IsNameWord(ParagraphAnalysis a, int i)
        {
            Token t = a[i];
            if (!t.IsCapitalized || WordClasses.NonNameCapitalized.Contains(t.Text))
            {
                return false;
            }

            // "in May", "May 5" are dates; "Theresa May" is a name.
            if (IsMonth(t.Text))
            {
                bool dateBefore = i > 0 && a[i - 1].IsWord && (WordClasses.Prepositions.Contains(a[i - 1].Text) || a[i - 1].Is("last") || a[i - 1].Is("next") || a[i - 1].Is("early") || a[i - 1].Is("late"));
                bool dayAfter = i + 1 < a.Count && a[i + 1].IsWord && char.IsDigit(a[i + 1].Text[0]);
                return !dateBefore && !dayAfter;
            }

            return !OpensSentenceAsCommonWord(a, i);
        }

        // A sentence's first word is capitalised whatever it is. It is not a name when the article never capitalises
        // it elsewhere and it is a role ("Host Pat Donnelly"), a word the article also writes in lower case ("Loans
        // were common"), or a lone plural ("Teammates consoled him"); a lone "Ukrenergo" or "Beijing" is a name.
        private static bool OpensSentenceAsCommonWord(ParagraphAnalysis a, int i)
        {
            if (a.Vocabulary is not { } vocabulary || !a.IsSentenceInitial(i))
            {
                return false;
            }

            Token t = a[i];
            string word = t.Bare;
            if (vocabulary.IsCapitalisedInside(word) || NameWords.IsFirstName(word) || NameWords.OrganisationWords.Contains(word))
            {
                return false;
            }

            // "Twelve-year-old Noor Haddad": a compound with a lower-case part is a modifier.
            int hyphen = word.IndexOf('-');
            if (hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]))
            {
                return true;
            }

            // "Distribution of food aid": a head with an "of" phrase of common words.
            if (i + 2 < a.Count && a[i + 1].Is("of") && a[i + 2].IsLowerWord && !WordClasses.Determiners.Contains(a[i + 2].Text))
            {
                return true;
            }

            bool joined = i + 1 < a.Count && (a[i + 1].IsCapitalized || (IsConnector(a[i + 1]) && i + 2 < a.Count && a[i + 2].IsCapitalized));
            bool plural = NameWords.IsPluralHead(word) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal);
            return NameWords.Roles.Contains(word) || vocabulary.IsWrittenLowerCase(word) || (!joined && plural);
        }

        // "a spokesperson for the ministry", "people familiar with the talks": only after a head that is a person.
        private static int WithPostmodifier(ParagraphAnalysis a, int end, int limit, bool allowed)
        {
            if (!allowed || end + 1 >= limit || !IsPostmodifierPreposition(a[end]))
            {
                return end;
            }

            // "the European Union’s delegation in Kyiv" too: an organisation's head takes one.
            int h = end - 1;
            h = h > 0 && IsBridgingAdjective(a[h], a[end]) ? h - 1 : h;
            if (h < 0 || !a.IsCommonWord(h) || !(NameWords.PersonNouns.Contains(a[h].Text) || NameWords.OrganisationWords.Contains(a[h].Text)))
            {
                return end;
            }

            // "a spokesperson for the ministry", and bare nouns: "head of research", "cabinet member for communities".
            int outer = EndStartingAt(a, end + 1, limit, allowPostmodifier: false);
            if (outer <= end + 1)
            {
                outer = end + 1;
                while (outer < limit && outer - end <= MaxBareObjectWords && IsContentWord(a, outer) && !IsPastTense(a[outer]))
                {
                    outer++;
                }
            }

            return outer > end + 1 ? outer : end;
        }

        // Walks back over a common noun phrase's modifiers to its determiner: "the highest U.S. diplomat".
        private static int CommonPhraseStart(ParagraphAnalysis a, int last, int floor, out bool determined)
        {
            int start = last;
            determined = false;
            for (int n = 0; n < MaxCommonNounWords && start - 1 >= floor; n++)
            {
                Token before = a[start - 1];
                if (IsDeterminer(before) || (before.IsPossessive && before.IsCapitalized) || (before.IsPossessive && n > 0))
                {
                    // "the two leaders": a number after an article.
                    start--;
                    determined = true;
                    if (start - 1 >= floor && IsDeterminer(a[start - 1]))
                    {
                        start--;
                    }

                    break;
                }

                if (!before.IsWord || !(IsContentWord(a, start - 1) || IsNameWord(a, start - 1) || char.IsDigit(before.Text[0])))
                {
                    break;
                }

                start--;
            }

            return start;
        }

        private static int NameRunStart(ParagraphAnalysis a, int last, int floor)
        {
            int k = last;
            while (k - 1 >= floor)
            {
                if (IsNameWord(a, k - 1))
                {
                    k--;
                }
                else if (k - 2 >= floor && IsConnector(a[k - 1]) && IsNameWord(a, k - 2))
                {
                    k -= 2;
                }
                else
                {
                    break;
                }
            }

            return k;
        }

        private static int NameRunEnd(ParagraphAnalysis a, int first, int limit)
        {
            int k = first;
            while (k < limit)
            {
                if (IsNameWord(a, k))
                {
                    k++;
                }
                else if (k + 1 < limit && IsConnector(a[k]) && IsNameWord(a, k + 1))
                {
                    k += 2;
                }
                else
                {
                    break;
                }
            }

            return k;
        }

        // "familiar with", "close to", "briefed on", "knowledgeable about".
        private static bool IsBridgingAdjective(Token adjective, Token preposition) =>
            (adjective.Is("familiar") && preposition.Is("with")) || (adjective.Is("close") && preposition.Is("to"))
            || (adjective.Is("briefed") && preposition.Is("on")) || (adjective.Is("knowledgeable") && preposition.Is("about"));

        private static bool IsPastTense(Token t) =>
            t.IsLowerWord && t.Text.EndsWith("ed", StringComparison.Ordinal) && !IsSpeakerHead(t.Text);

        // "chief executive", "secretary-general", "electronics maker": words that describe the name after them.
        private static bool IsTitleWord(string word)
        {
            if (NameWords.Titles.Contains(word) || NameWords.PersonNouns.Contains(word) || NameWords.IsDescriptiveNoun(word))
            {
                return true;
            }

            int hyphen = word.LastIndexOf('-');
            return hyphen > 0 && hyphen < word.Length - 1 && (NameWords.Titles.Contains(word.Substring(hyphen + 1)) || NameWords.Titles.Contains(word.Substring(0, hyphen)));
        }

        private static bool IsPostmodifierPreposition(Token t) =>
            t.Is("for") || t.Is("of") || t.Is("with") || t.Is("at") || t.Is("from") || t.Is("to") || t.Is("on") || t.Is("about") || t.Is("in");

        private static bool IsDeterminer(Token t) => t.IsWord && WordClasses.Determiners.Contains(t.Text);

        private static bool IsConnector(Token t) => t.IsWord && WordClasses.NameConnectors.Contains(t.Text);

        private static bool IsSpeakerHead(string word) =>
            NameWords.PersonNouns.Contains(word) || NameWords.OrganisationWords.Contains(word) || NameWords.IsPluralHead(word);

        // A lower-case word that can sit in a noun phrase: not a function word, not a reporting verb.
        private static bool IsContentWord(ParagraphAnalysis a, int i)
        {
            Token t = a[i];
            if (!a.IsCommonWord(i) || a.IsCueWord(i))
            {
                return false;
            }

            string w = t.Text;
            return !WordClasses.Determiners.Contains(w) && !WordClasses.Prepositions.Contains(w) && !WordClasses.Coordinators.Contains(w)
                && !WordClasses.BeForms.Contains(w) && !WordClasses.VerbModifiers.Contains(w) && !WordClasses.RelativePronouns.Contains(w)
                && !WordClasses.SubjectPronouns.Contains(w) && !w.Equals("that", StringComparison.Ordinal) && !WordClasses.IsAdverb(w);
        }

        private static bool IsMonth(string word) =>
            word is "January" or "February" or "March" or "April" or "May" or "June" or "July" or "August" or "September" or "October" or "November" or "December"
                or "Jan." or "Feb." or "Aug." or "Sept." or "Sep." or "Oct." or "Nov." or "Dec.";
    }
}
