using System;

namespace Dataset.Generator.Parsing.Quotes
{
    /// <summary>
    /// Finds the noun phrase that can speak: a pronoun, a proper name with its title and determiner
    /// ("The State Department", "China’s Ministry of Foreign Affairs", "Mr. O’Connor"), or a common noun phrase
    /// ("a U.S. official", "people familiar with the talks"). Shallow by design: news attributions are short.
    /// </summary>
    internal sealed class NounPhrases
    {
        private const int MaxNesting = 8;

        private readonly ParagraphAnalysis _paragraph;
        private int _nesting;
        private sbyte[]? _nameWords;

        public NounPhrases(ParagraphAnalysis paragraph) => _paragraph = paragraph;

        private const int MaxCommonNounWords = 6;
        private const int MaxIntroductionTokens = 40;
        private const int MaxAttributionTail = 6;
        private const int MaxBareObjectWords = 3;

        /// <summary>Where a noun phrase ending at token <paramref name="last"/> starts, or -1.</summary>
        public int StartEndingAt(int last, int floor)
        {
            if (last < floor || last < 0 || !_paragraph[last].IsWord)
            {
                return -1;
            }

            Token head = _paragraph[last];
            if (Lexicon.SubjectPronouns.Contains(head.Text))
            {
                return last;
            }

            if (IsNameWord(last))
            {
                int k = NameRunStart(last, floor);

                // "White House press secretary Karine Jean-Pierre": a lower-case title joins the name.
                if (k - 1 >= floor && _paragraph.IsCommonWord(k - 1) && IsTitleWord(_paragraph[k - 1].Text))
                {
                    return CommonPhraseStart(k - 1, floor, out _);
                }

                k = k - 1 >= floor && IsDeterminer(_paragraph[k - 1]) ? k - 1 : k;
                return WithPremodifiedHead(k, floor);
            }

            if (!IsContentWord(last))
            {
                return -1;
            }

            int start = CommonPhraseStart(last, floor, out bool determined);
            if (!determined && !IsSpeakerHead(head.Text))
            {
                return -1;
            }

            return WithPremodifiedHead(start, floor);
        }

        // "people familiar with the matter said", "a spokesman for the State Department said": the phrase ending
        // at <paramref name="start"/> is the object of a preposition; the person before it is the speaker.
        private int WithPremodifiedHead(int start, int floor)
        {
            int h = start - 2;
            if (h < floor || !IsPostmodifierPreposition(_paragraph[start - 1]))
            {
                return start;
            }

            // "Jess Moreau of the Digital Rights Collective": a person's name before "of", "at" or "from".
            bool person = IsAffiliation(_paragraph[start - 1]) && IsPersonNameWord(h);
            h = !person && h - 1 >= floor && IsBridgingAdjective(_paragraph[h], _paragraph[start - 1]) ? h - 1 : h;
            if ((!person && (!_paragraph.IsCommonWord(h) || !Lexicon.PersonNouns.Contains(_paragraph[h].Text))) || _nesting >= MaxNesting)
            {
                return start;
            }

            // "a spokesman for a spokesman for …" nests only so deep.
            _nesting++;
            int outer = StartEndingAt(h, floor);
            _nesting--;
            return outer >= 0 ? outer : start;
        }

        /// <summary>Where a noun phrase starting at token <paramref name="first"/> ends (exclusive), or -1.</summary>
        public int EndStartingAt(int first, int limit, bool allowPostmodifier = true)
        {
            if (first < 0 || first >= limit || !_paragraph[first].IsWord)
            {
                return -1;
            }

            if (Lexicon.SubjectPronouns.Contains(_paragraph[first].Text))
            {
                return first + 1;
            }

            int k = first;
            bool determined = false;
            if (IsDeterminer(_paragraph[k]))
            {
                k++;
                determined = true;
            }

            if (k < limit && IsNameWord(k))
            {
                k = NameRunEnd(k, limit);

                // "State Department spokesman Matthew Miller", "a State Department spokesperson", "The German government".
                int head = -1;
                bool possessive = _paragraph[k - 1].IsPossessive;
                for (int m = k; m < limit && m - k < MaxCommonNounWords && IsContentWord(m) && !IsPastTense(_paragraph[m]); m++)
                {
                    // "Strand’s email": after a possessive name the noun it owns belongs to the phrase.
                    bool owned = possessive && (m == k || Lexicon.DocumentNouns.Contains(_paragraph[m].Text));
                    head = owned || IsTitleWord(_paragraph[m].Text) || Lexicon.OrganisationWords.Contains(_paragraph[m].Text) ? m : head;
                }

                if (head >= 0)
                {
                    k = head + 1 < limit && IsNameWord(head + 1) && IsTitleWord(_paragraph[head].Text) ? NameRunEnd(head + 1, limit) : head + 1;
                }

                return WithPostmodifier(k, limit, allowPostmodifier);
            }

            // "the two leaders", "all 12 jurors".
            while (k < limit && determined && _paragraph[k].IsWord && (Lexicon.Determiners.Contains(_paragraph[k].Text) || char.IsDigit(_paragraph[k].Text[0])) && k - first < 3)
            {
                k++;
            }

            int start = k;
            bool named = false;
            while (k < limit && k - start < MaxCommonNounWords && _paragraph[k].IsWord && (IsContentWord(k) || char.IsDigit(_paragraph[k].Text[0]) || IsNameWord(k)))
            {
                // "the two sides expressed …": a past-tense verb ends the phrase; so does anything but a head after a
                // name ("the florist Mei Chen lost …", but "a senior FAA official").
                bool afterName = named && !IsNameWord(k) && !IsSpeakerHead(_paragraph[k].Text) && !IsTitleWord(_paragraph[k].Text);
                if (k > start && (IsPastTense(_paragraph[k]) || afterName))
                {
                    break;
                }

                named = IsNameWord(k);
                k++;
            }

            if (k == start)
            {
                return -1;
            }

            int end = WithPostmodifier(k, limit, allowPostmodifier);
            return determined || named || end > k || IsSpeakerHead(_paragraph[k - 1].Text) ? end : -1;
        }

        /// <summary>
        /// The subject of the sentence in [<paramref name="start"/>, <paramref name="end"/>): the first noun phrase
        /// after a leading quotation, sentence adverbs and an introductory phrase ("In footage …, Xi is heard …").
        /// </summary>
        public TokenRange MainSubject(int start, int end)
        {
            int i = start;
            while (i < end && (_paragraph[i].Kind == TokenKind.Quote || _paragraph[i].Kind == TokenKind.Punctuation))
            {
                i++;
            }

            while (i < end && _paragraph[i].IsWord && Lexicon.SentenceAdverbs.Contains(_paragraph[i].Text))
            {
                i++;
                if (i < end && _paragraph[i].IsPunctuation(','))
                {
                    i++;
                }
            }

            if (i < end && _paragraph[i].IsWord && Lexicon.IntroductoryWords.Contains(_paragraph[i].Text))
            {
                int comma = i;
                end = Math.Min(end, i + MaxIntroductionTokens);
                while (comma < end && !_paragraph[comma].IsPunctuation(','))
                {
                    comma++;
                }

                if (comma >= end)
                {
                    return TokenRange.None;
                }

                i = comma + 1;
            }

            int phraseEnd = EndStartingAt(i, end);
            return phraseEnd > i ? NamedAppositive(new TokenRange(i, phraseEnd), end) : TokenRange.None;
        }

        /// <summary>Whether a phrase names a possible speaker: a name, a pronoun, a person or an organisation.</summary>
        public bool NamesSomeone(TokenRange phrase)
        {
            for (int k = phrase.Start; k < phrase.End; k++)
            {
                Token t = _paragraph[k];
                if (IsNameWord(k) || Lexicon.SubjectPronouns.Contains(t.Text) || Lexicon.PersonNouns.Contains(t.Bare) || Lexicon.OrganisationWords.Contains(t.Bare))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"Smith’s lawyer, John Doe, said": a name set off after a common noun is the better subject.</summary>
        public TokenRange NamedAppositive(TokenRange phrase, int limit)
        {
            int open = phrase.End;
            if (open + 2 >= limit || !_paragraph[open].IsPunctuation(',') || _paragraph[phrase.End - 1].IsCapitalized || !IsNameWord(open + 1))
            {
                return phrase;
            }

            // "…, according to the consultancy’s head of research, Dana Whitfield." ends the sentence.
            int end = NameRunEnd(open + 1, limit);
            bool closes = end == limit || _paragraph[end].IsPunctuation(',') || (end + 1 == limit && _paragraph[end].Kind == TokenKind.Punctuation);
            return closes ? new TokenRange(open + 1, end) : phrase;
        }

        /// <summary>
        /// A person's name with the capitalised title written directly before it, without the role around it:
        /// "army spokesman Col. Armando Muchanga" → "Col. Armando Muchanga", "Halvorsen chief executive Ingrid
        /// Solbakken" → "Ingrid Solbakken", "Host Pat Donnelly" → "Pat Donnelly", "Sen. Alicia Navarro of New
        /// Mexico" → "Sen. Alicia Navarro". Any other phrase is returned whole.
        /// </summary>
        public TokenRange NameWithTitle(TokenRange phrase)
        {
            int end = PersonBeforeAffiliation(phrase);

            // An organisation's name, "of" and "and" included, is kept whole: "Senegal’s Ministry of Fisheries",
            // "the Centers for Disease Control and Prevention"; so is a name inside a postmodifier ("traders in Accra").
            if (!IsNameWord(end - 1))
            {
                return phrase;
            }

            int run = NameRunStart(end - 1, phrase.Start);
            for (int k = run; k < end; k++)
            {
                if (NameIndex.IsOrganisationWord(_paragraph[k]) || (_paragraph[k].IsLowerWord && !Lexicon.NameParticles.Contains(_paragraph[k].Text)))
                {
                    return phrase;
                }
            }

            if (run > phrase.Start && _paragraph[run - 1].IsLowerWord && Lexicon.Prepositions.Contains(_paragraph[run - 1].Text))
            {
                return phrase;
            }

            int start = NameStart(phrase.Start, end);
            if (start == phrase.Start)
            {
                return new TokenRange(start, end);
            }

            // The title: capitalised words ending in a form of address ("U.S. District Judge", "Maj. Gen.",
            // "Secretary of State"), never a role or a word capitalised only by the sentence's start.
            int title = start;
            while (title > phrase.Start && IsTitlePart(title - 1))
            {
                title--;
            }

            return new TokenRange(IsFormOfAddress(_paragraph[start - 1]) ? title : start, end);
        }

        // "Sen. Alicia Navarro of New Mexico", "Jess Moreau of the Digital Rights Collective": the person ends before
        // the place or organisation; a name cannot hold "of" (an institution's can: "Bank of England").
        private int PersonBeforeAffiliation(TokenRange phrase)
        {
            for (int p = phrase.End - 2; p > phrase.Start + 1; p--)
            {
                if (!IsAffiliation(_paragraph[p]) || !IsPersonNameWord(p - 1))
                {
                    continue;
                }

                int person = NameStart(phrase.Start, p);
                bool titled = person > phrase.Start && IsFormOfAddress(_paragraph[person - 1]);
                return titled || p - person >= 2 ? p : phrase.End;
            }

            return phrase.End;
        }

        private static bool IsAffiliation(Token t) => t.Is("of") || t.Is("at") || t.Is("from");

        // A capitalised word that can be part of a person's name: not a title or an organisation word.
        private bool IsPersonNameWord(int i) =>
            IsNameWord(i) && !NameIndex.IsOrganisationWord(_paragraph[i]) && !Lexicon.Titles.Contains(_paragraph[i].Text) && !_paragraph[i].IsPossessive;

        // The first word of the person's name that ends at <paramref name="end"/>: name words and particles, not titles.
        private int NameStart(int floor, int end)
        {
            int k = end - 1;
            while (k - 1 >= floor && IsNameWord(k - 1) && !Lexicon.Titles.Contains(_paragraph[k - 1].Text))
            {
                k--;
            }

            return k;
        }

        private bool IsTitlePart(int i)
        {
            Token t = _paragraph[i];
            if (t.IsWord && (t.Is("of") || t.Is("and")) && i > 0 && _paragraph[i - 1].IsCapitalized)
            {
                return true;
            }

            return t.IsCapitalized && !Lexicon.Roles.Contains(t.Text) && !Lexicon.Determiners.Contains(t.Text)
                && (IsNameWord(i) || Lexicon.Titles.Contains(t.Text)) && !t.IsPossessive;
        }

        private static bool IsFormOfAddress(Token t) =>
            t.IsCapitalized && (Lexicon.FormsOfAddress.Contains(t.Text) || Lexicon.Honorifics.Contains(t.Text));

        /// <summary>
        /// Whether the words from <paramref name="i"/> are an attribution and nothing more: "Xi said.", "said Xi on
        /// Monday.", "he added," — not "The military said it had …", which starts a sentence of its own.
        /// </summary>
        public bool StartsShortAttribution(int i)
        {
            if (i >= _paragraph.Count)
            {
                return false;
            }

            int cueEnd;
            ReportingCue? cue = _paragraph.CueAt(i, out cueEnd);
            if (cue is not null && !(cue.Invertible || cue.Form == CueForm.Preposition))
            {
                return false;
            }

            if (cue is null)
            {
                int end = EndStartingAt(i, Math.Min(_paragraph.Count, i + 12));
                end = end < 0 ? end : SkipModifiers(end, _paragraph.Count);
                if (end < 0 || end >= _paragraph.Count || _paragraph.CueAt(end, out cueEnd) is not { Form: CueForm.Finite, Reach: not CueReach.Stance })
                {
                    return false;
                }
            }

            // The attribution ends within a few words: "… said Monday in a statement."
            for (int k = cueEnd; k < _paragraph.Count && k < cueEnd + MaxAttributionTail; k++)
            {
                if (_paragraph[k].Kind == TokenKind.Quote || _paragraph[k].Is("that"))
                {
                    return false;
                }

                if (_paragraph[k].Kind == TokenKind.Punctuation)
                {
                    return true;
                }
            }

            return cueEnd >= _paragraph.Count || _paragraph.Count - cueEnd <= MaxAttributionTail;
        }

        /// <summary>Skips adverbs and auxiliaries forward: "Xi [later] said".</summary>
        public int SkipModifiers(int i, int limit)
        {
            while (i < limit && _paragraph[i].IsWord && !_paragraph[i].IsCapitalized && Lexicon.IsAdverb(_paragraph[i].Text) && _paragraph.CueAt(i, out _) is null)
            {
                i++;
            }

            return i;
        }

        /// <summary>Skips adverbs, auxiliaries and times backward: "Xi [has also] said", "Biden [on Tuesday] announced".</summary>
        public int SkipModifiersBack(int i, int floor)
        {
            while (i >= floor && _paragraph[i].IsWord)
            {
                if (!_paragraph[i].IsCapitalized && Lexicon.IsAdverb(_paragraph[i].Text))
                {
                    i--;
                }
                else if (Lexicon.Weekdays.Contains(_paragraph[i].Text))
                {
                    i -= i - 1 >= floor && (_paragraph[i - 1].Is("on") || _paragraph[i - 1].Is("earlier") || _paragraph[i - 1].Is("late") || _paragraph[i - 1].Is("last")) ? 2 : 1;
                }
                else
                {
                    break;
                }
            }

            return i;
        }

        /// <summary>A capitalised word that can be part of a name: not a sentence opener, pronoun or date word.</summary>
        /// <remarks>Asked of the same words over and over, so answered once per word once the vocabulary is known.</remarks>
        public bool IsNameWord(int i)
        {
            if (_paragraph.Vocabulary is null)
            {
                return FindIsNameWord(i);
            }

            _nameWords ??= new sbyte[_paragraph.Count];
            if (_nameWords[i] == 0)
            {
                _nameWords[i] = FindIsNameWord(i) ? (sbyte)1 : (sbyte)-1;
            }

            return _nameWords[i] > 0;
        }

        private bool FindIsNameWord(int i)
        {
            Token t = _paragraph[i];
            if (!t.IsCapitalized || Lexicon.NonNameCapitalized.Contains(t.Text))
            {
                return false;
            }

            // "in May", "May 5" are dates; "Theresa May" is a name.
            if (IsMonth(t.Text))
            {
                bool dateBefore = i > 0 && _paragraph[i - 1].IsWord && (Lexicon.Prepositions.Contains(_paragraph[i - 1].Text) || _paragraph[i - 1].Is("last") || _paragraph[i - 1].Is("next") || _paragraph[i - 1].Is("early") || _paragraph[i - 1].Is("late"));
                bool dayAfter = i + 1 < _paragraph.Count && _paragraph[i + 1].IsWord && char.IsDigit(_paragraph[i + 1].Text[0]);
                return !dateBefore && !dayAfter;
            }

            return !OpensSentenceAsCommonWord(i);
        }

        // A sentence's first word is capitalised whatever it is. It is not a name when the article never capitalises
        // it elsewhere and it is a role ("Host Pat Donnelly"), a word the article also writes in lower case ("Loans
        // were common"), or a lone plural ("Teammates consoled him"); a lone "Ukrenergo" or "Beijing" is a name.
        private bool OpensSentenceAsCommonWord(int i)
        {
            if (_paragraph.Vocabulary is not { } vocabulary || !_paragraph.IsSentenceInitial(i))
            {
                return false;
            }

            Token t = _paragraph[i];
            string word = t.Bare;
            if (vocabulary.IsCapitalisedInside(word) || Lexicon.IsFirstName(word) || Lexicon.OrganisationWords.Contains(word))
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
            if (i + 2 < _paragraph.Count && _paragraph[i + 1].Is("of") && _paragraph[i + 2].IsLowerWord && !Lexicon.Determiners.Contains(_paragraph[i + 2].Text))
            {
                return true;
            }

            bool joined = i + 1 < _paragraph.Count && (_paragraph[i + 1].IsCapitalized || (IsConnector(_paragraph[i + 1]) && i + 2 < _paragraph.Count && _paragraph[i + 2].IsCapitalized));
            bool plural = Lexicon.IsPluralHead(word) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal);
            return Lexicon.Roles.Contains(word) || vocabulary.IsWrittenLowerCase(word) || (!joined && plural);
        }

        // "a spokesperson for the ministry", "people familiar with the talks": only after a head that is a person.
        private int WithPostmodifier(int end, int limit, bool allowed)
        {
            if (!allowed || end + 1 >= limit || !IsPostmodifierPreposition(_paragraph[end]))
            {
                return end;
            }

            // "the European Union’s delegation in Kyiv" too: an organisation's head takes one.
            int h = end - 1;
            h = h > 0 && IsBridgingAdjective(_paragraph[h], _paragraph[end]) ? h - 1 : h;
            if (h < 0 || !_paragraph.IsCommonWord(h) || !(Lexicon.PersonNouns.Contains(_paragraph[h].Text) || Lexicon.OrganisationWords.Contains(_paragraph[h].Text)))
            {
                return end;
            }

            // "a spokesperson for the ministry", and bare nouns: "head of research", "cabinet member for communities".
            int outer = EndStartingAt(end + 1, limit, allowPostmodifier: false);
            if (outer <= end + 1)
            {
                outer = end + 1;
                while (outer < limit && outer - end <= MaxBareObjectWords && IsContentWord(outer) && !IsPastTense(_paragraph[outer]))
                {
                    outer++;
                }
            }

            return outer > end + 1 ? outer : end;
        }

        // Walks back over a common noun phrase's modifiers to its determiner: "the highest U.S. diplomat".
        private int CommonPhraseStart(int last, int floor, out bool determined)
        {
            int start = last;
            determined = false;
            for (int n = 0; n < MaxCommonNounWords && start - 1 >= floor; n++)
            {
                Token before = _paragraph[start - 1];
                if (IsDeterminer(before) || (before.IsPossessive && before.IsCapitalized) || (before.IsPossessive && n > 0))
                {
                    // "the two leaders": a number after an article.
                    start--;
                    determined = true;
                    if (start - 1 >= floor && IsDeterminer(_paragraph[start - 1]))
                    {
                        start--;
                    }

                    break;
                }

                if (!before.IsWord || !(IsContentWord(start - 1) || IsNameWord(start - 1) || char.IsDigit(before.Text[0])))
                {
                    break;
                }

                start--;
            }

            return start;
        }

        private int NameRunStart(int last, int floor)
        {
            int k = last;
            while (k - 1 >= floor)
            {
                if (IsNameWord(k - 1))
                {
                    k--;
                }
                else if (k - 2 >= floor && IsConnector(_paragraph[k - 1]) && IsNameWord(k - 2))
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

        private int NameRunEnd(int first, int limit)
        {
            int k = first;
            while (k < limit)
            {
                if (IsNameWord(k))
                {
                    k++;
                }
                else if (k + 1 < limit && IsConnector(_paragraph[k]) && IsNameWord(k + 1))
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
            if (Lexicon.Titles.Contains(word) || Lexicon.PersonNouns.Contains(word) || Lexicon.IsDescriptiveNoun(word))
            {
                return true;
            }

            int hyphen = word.LastIndexOf('-');
            return hyphen > 0 && hyphen < word.Length - 1 && (Lexicon.Titles.Contains(word.Substring(hyphen + 1)) || Lexicon.Titles.Contains(word.Substring(0, hyphen)));
        }

        private static bool IsPostmodifierPreposition(Token t) =>
            t.Is("for") || t.Is("of") || t.Is("with") || t.Is("at") || t.Is("from") || t.Is("to") || t.Is("on") || t.Is("about") || t.Is("in");

        private static bool IsDeterminer(Token t) => t.IsWord && Lexicon.Determiners.Contains(t.Text);

        private static bool IsConnector(Token t) => t.IsWord && Lexicon.NameConnectors.Contains(t.Text);

        private static bool IsSpeakerHead(string word) =>
            Lexicon.PersonNouns.Contains(word) || Lexicon.OrganisationWords.Contains(word) || Lexicon.IsPluralHead(word);

        // A lower-case word that can sit in a noun phrase: not a function word, not a reporting verb.
        private bool IsContentWord(int i)
        {
            Token t = _paragraph[i];
            if (!_paragraph.IsCommonWord(i) || _paragraph.IsCueWord(i))
            {
                return false;
            }

            string w = t.Text;
            return !Lexicon.FunctionWords.Contains(w) && !w.Equals("that", StringComparison.Ordinal) && !Lexicon.IsAdverb(w);
        }

        private static bool IsMonth(string word) =>
            word is "January" or "February" or "March" or "April" or "May" or "June" or "July" or "August" or "September" or "October" or "November" or "December"
                or "Jan." or "Feb." or "Aug." or "Sept." or "Sep." or "Oct." or "Nov." or "Dec.";
    }
}
