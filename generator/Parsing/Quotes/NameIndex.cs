using System;
using System.Collections.Generic;

namespace Dataset.Generator.Parsing.Quotes
{
    /// <summary>
    /// Every proper name an article's narrator writes, split into people ("Xi Jinping" out of "Chinese President Xi
    /// Jinping") and organisations ("China’s Ministry of Foreign Affairs"), so a later "Xi", "Mr. O’Connor" or
    /// "the ministry" can be given the fullest name the article uses.
    /// </summary>
    internal sealed class NameIndex
    {
        private readonly List<NameMention> _people = new();

        // Where each person is, paragraph and token in one number, for the binary search PeopleIn makes for every
        // stretch of every sentence.
        private readonly long[] _peopleAt;
        private readonly List<NameMention> _organisations = new();

        // Lookups by word, each list in reading order, so no lookup walks every name of a long article.
        private readonly Dictionary<string, List<NameMention>> _peopleByWord = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<NameMention>> _peopleByTitle = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<NameMention>> _organisationsByWord = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, NameMention?> _fullest = new(StringComparer.Ordinal);
        private readonly Dictionary<string, NameMention> _acronyms = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<NameMention>> _describedAs = new(StringComparer.Ordinal);

        private const int MaxUncachedCandidates = 8;

        // "the company" looks back over this many organisations for one of its kind.
        private const int MaxOrganisationsBack = 50;

        public NameIndex(IReadOnlyList<ParagraphAnalysis> paragraphs)
        {
            foreach (ParagraphAnalysis a in paragraphs)
            {
                for (int i = 0; i < a.Count; i++)
                {
                    if (!a.Phrases.IsNameWord(i))
                    {
                        continue;
                    }

                    int end = RunEnd(a, i);
                    int people = _people.Count;
                    AddPeople(a, i, end, _people);
                    NameMention? organisation = AddOrganisation(a, i, end);
                    AddAcronym(a, i, end, organisation);
                    NameMention? named = organisation ?? (_people.Count > people ? _people[_people.Count - 1] : null);
                    AddAppositive(a, end, named);
                    AddDescribed(a, i, end, named);
                    i = end - 1;
                }
            }

            _peopleAt = new long[_people.Count];
            for (int i = 0; i < _people.Count; i++)
            {
                _peopleAt[i] = Position(_people[i].Paragraph, _people[i].Token);
            }

            foreach (NameMention person in _people)
            {
                foreach (string word in person.Words)
                {
                    Add(_peopleByWord, word, person);
                }

                foreach (string title in person.Titles)
                {
                    Add(_peopleByTitle, title, person);
                }
            }

            foreach (NameMention organisation in _organisations)
            {
                foreach (string word in organisation.Words)
                {
                    Add(_organisationsByWord, word, organisation);
                }
            }
        }

        /// <summary>The longest person's name that contains <paramref name="words"/> in order, or null.</summary>
        public NameMention? FullestPerson(IReadOnlyList<string> words) => Fullest("p", _peopleByWord, words);

        /// <summary>The longest organisation name that contains <paramref name="words"/> in order, or null.</summary>
        public NameMention? FullestOrganisation(IReadOnlyList<string> words) => Fullest("o", _organisationsByWord, words);

        /// <summary>
        /// The organisation a bare description means: the last named before the position with <paramref name="word"/>
        /// in its name ("the ministry" → "Ministry of Fisheries"), else the last of that kind, by a word of its name or
        /// a description set beside it ("the company" → "Halvorsen Foods", "electronics maker Orbix", "Lumora, the
        /// software firm"); failing those, the first named after it with the word (an e-mail's signature names its
        /// council at the end).
        /// </summary>
        public NameMention? Organisation(string word, int paragraph, int token)
        {
            List<NameMention>? withWord = _organisationsByWord.TryGetValue(word, out List<NameMention>? list) ? list : null;
            if (withWord is not null && LastBefore(withWord, paragraph, token) is { } named)
            {
                return named;
            }

            NameMention? latest = _describedAs.TryGetValue(word, out List<NameMention>? described) ? LastBefore(described, paragraph, token) : null;
            if (Lexicon.OrganisationKinds.TryGetValue(word, out OrganisationKind? kind))
            {
                int before = LastIndexBefore(_organisations, paragraph, token);
                for (int i = before; i >= 0 && i > before - MaxOrganisationsBack; i--)
                {
                    if (Array.Exists(_organisations[i].Words, kind.NameWords.Contains))
                    {
                        latest = Later(latest, _organisations[i]);
                        break;
                    }
                }

                foreach (string description in kind.Descriptions)
                {
                    if (_describedAs.TryGetValue(description, out List<NameMention>? same))
                    {
                        latest = Later(latest, LastBefore(same, paragraph, token));
                    }
                }
            }

            return latest ?? withWord?[0];
        }

        private static NameMention? Later(NameMention? one, NameMention? other) =>
            one is null ? other : other is null ? one
            : (other.Paragraph > one.Paragraph || (other.Paragraph == one.Paragraph && other.Token > one.Token)) ? other : one;

        /// <summary>The people named in tokens [<paramref name="start"/>, <paramref name="end"/>) of a paragraph, by their fullest names.</summary>
        public void PeopleIn(int paragraph, int start, int end, List<NameMention> into)
        {
            for (int i = LastPersonBefore(paragraph, start) + 1; i < _people.Count && _people[i].Paragraph == paragraph && _people[i].Token < end; i++)
            {
                into.Add(FullestPerson(_people[i].Words) ?? _people[i]);
            }
        }

        /// <summary>What an acronym stands for, when the article spells it out: "the National Weather Agency (NWA)".</summary>
        public NameMention? Expansion(string acronym) => _acronyms.TryGetValue(acronym, out NameMention? full) ? full : null;

        /// <summary>
        /// The person last given the title <paramref name="title"/> before a position, by their fullest name:
        /// "the president" → "Joe Biden" after "President Joe Biden".
        /// </summary>
        public NameMention? PersonWithTitle(string title, int paragraph, int token, bool onlyAfter = false)
        {
            string full = Lexicon.FullTitle(title);
            List<NameMention>? titled = _peopleByTitle.TryGetValue(full, out List<NameMention>? list) ? list : null;
            List<NameMention>? described = _describedAs.TryGetValue(full, out List<NameMention>? same) ? same : null;
            NameMention? holder = onlyAfter ? null : (titled is null ? null : LastBefore(titled, paragraph, token)) ?? (described is null ? null : LastBefore(described, paragraph, token));

            // Named only later ("“…,” the mayor said." before "Mayor Elena Ruiz …"; "A federal judge …" before "Judge
            // Miriam Castellanos"): the first holder after.
            holder ??= FirstAfter(titled, paragraph, token) ?? FirstAfter(described, paragraph, token);
            return holder is null ? null : FullestPerson(holder.Words) ?? holder;
        }

        private static NameMention? FirstAfter(List<NameMention>? inOrder, int paragraph, int token)
        {
            if (inOrder is null)
            {
                return null;
            }

            int before = LastIndexBefore(inOrder, paragraph, token);
            return before + 1 < inOrder.Count ? inOrder[before + 1] : null;
        }

        private NameMention? Fullest(string kind, Dictionary<string, List<NameMention>> byWord, IReadOnlyList<string> words)
        {
            // A mention holding every word is in every word's list: the shortest list holds them all, in reading order
            // as the others do. A common first name ("Maria") then does not make every "Maria …" a candidate.
            List<NameMention>? candidates = null;
            for (int i = 0; i < words.Count; i++)
            {
                if (!byWord.TryGetValue(words[i], out List<NameMention>? list))
                {
                    return null;
                }

                if (candidates is null || list.Count < candidates.Count)
                {
                    candidates = list;
                }
            }

            if (candidates is null)
            {
                return null;
            }

            // A short list is searched directly; a long one (a name repeated all over a long article) once per name.
            if (candidates.Count <= MaxUncachedCandidates)
            {
                return FullestOf(candidates, words);
            }

            string key = kind + string.Join("\u0001", words);
            if (!_fullest.TryGetValue(key, out NameMention? best))
            {
                _fullest[key] = best = FullestOf(candidates, words);
            }

            return best;
        }

        private static NameMention? FullestOf(List<NameMention> candidates, IReadOnlyList<string> words)
        {
            NameMention? best = null;
            foreach (NameMention mention in candidates)
            {
                if ((best is null || mention.Words.Length > best.Words.Length) && Contains(mention.Words, words))
                {
                    best = mention;
                }
            }

            return best;
        }

        private static NameMention? LastBefore(List<NameMention> inOrder, int paragraph, int token)
        {
            int found = LastIndexBefore(inOrder, paragraph, token);
            return found < 0 ? null : inOrder[found];
        }

        private static long Position(int paragraph, int token) => ((long)paragraph << 32) | (uint)token;

        // LastIndexBefore(_people, …) over the positions alone.
        private int LastPersonBefore(int paragraph, int token)
        {
            long position = Position(paragraph, token);
            int low = 0, high = _peopleAt.Length - 1, found = -1;
            while (low <= high)
            {
                int mid = low + ((high - low) / 2);
                if (_peopleAt[mid] < position)
                {
                    found = mid;
                    low = mid + 1;
                }
                else
                {
                    high = mid - 1;
                }
            }

            return found;
        }

        private static int LastIndexBefore(List<NameMention> inOrder, int paragraph, int token)
        {
            int low = 0, high = inOrder.Count - 1, found = -1;
            while (low <= high)
            {
                int mid = low + ((high - low) / 2);
                NameMention m = inOrder[mid];
                if (m.Paragraph < paragraph || (m.Paragraph == paragraph && m.Token < token))
                {
                    found = mid;
                    low = mid + 1;
                }
                else
                {
                    high = mid - 1;
                }
            }

            return found;
        }

        private static void Add(Dictionary<string, List<NameMention>> index, string word, NameMention mention)
        {
            if (!index.TryGetValue(word, out List<NameMention>? list))
            {
                index[word] = list = new List<NameMention>();
            }

            // A name that repeats a word ("Abu Abu") is listed once.
            if (list.Count == 0 || list[list.Count - 1] != mention)
            {
                list.Add(mention);
            }
        }

        /// <summary>
        /// The people's names in tokens [<paramref name="start"/>, <paramref name="end"/>): titles, honorifics and
        /// organisation words split them ("U.S. Secretary of State Antony Blinken" → "Antony Blinken").
        /// </summary>
        public static void AddPeople(ParagraphAnalysis a, int start, int end, List<NameMention> into)
        {
            // "Biden’s national security adviser Jake Sullivan": a lower-case title just before the run counts too.
            // Most names have no title: the list is made for the first.
            List<string>? titles = null;
            if (start > 0 && a.IsCommonWord(start - 1) && Lexicon.Titles.Contains(a[start - 1].Text))
            {
                titles = new List<string> { Lexicon.FullTitle(a[start - 1].Text) };
            }

            int segment = -1;
            for (int k = start; k < end; k++)
            {
                Token t = a[k];
                if (t.Kind == TokenKind.Quote && segment >= 0)
                {
                    continue;
                }

                bool particle = segment >= 0 && Lexicon.NameParticles.Contains(t.Text) && k + 1 < end && a[k + 1].IsCapitalized;
                if (particle || IsPersonNameWord(a, k, end))
                {
                    segment = segment < 0 ? k : segment;
                    if (t.IsPossessive)
                    {
                        AddPerson(into, NameMention.Create(a, segment, k + 1, titles));
                        segment = -1;
                    }

                    continue;
                }

                if (segment >= 0)
                {
                    AddPerson(into, NameMention.Create(a, segment, k, titles));
                    segment = -1;
                    titles?.Clear();
                }

                if (t.IsCapitalized && Lexicon.Titles.Contains(t.Text))
                {
                    (titles ??= new List<string>()).Add(Lexicon.FullTitle(t.Text));
                }
            }

            if (segment >= 0)
            {
                AddPerson(into, NameMention.Create(a, segment, end, titles));
            }
        }

        // "Harcourt Prize", "Castle Street" are capitalised but nobody's name ("Park Ji-hoon" is).
        private static void AddPerson(List<NameMention> into, NameMention person)
        {
            if (person.Words.Length < 2 || !Lexicon.ThingWords.Contains(person.Words[person.Words.Length - 1]))
            {
                into.Add(person);
            }
        }

        /// <summary>Normalises a word for comparison: no possessive, one apostrophe.</summary>
        public static string Key(Token t) => t.Bare.Replace('\'', '’');

        public static bool IsOrganisationWord(Token t) => Lexicon.OrganisationWords.Contains(t.Bare) || IsAcronym(t.Bare);

        // A run of capitalised words with "of", "and", "de" … between them.
        private static int RunEnd(ParagraphAnalysis a, int start)
        {
            int k = start + 1;
            while (k < a.Count)
            {
                if (a.Phrases.IsNameWord(k) && !a[k - 1].IsPossessive)
                {
                    k++;
                }
                else if (IsNickname(a, k))
                {
                    // Pieter “Tank” Botha is Pieter Botha.
                    k++;
                }
                else if (a.Phrases.IsNameWord(k) && OrganisationFollows(a, k))
                {
                    // "China’s Ministry", "Russia’s Defense Ministry": a possessive joins a name only to an organisation.
                    k++;
                }
                else if (k + 1 < a.Count && a[k].IsWord && Lexicon.NameConnectors.Contains(a[k].Text) && a.Phrases.IsNameWord(k + 1))
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

        private static bool IsNickname(ParagraphAnalysis a, int k) =>
            a[k].Kind == TokenKind.Quote && k > 0 && k + 1 < a.Count && a[k - 1].IsCapitalized && a.Phrases.IsNameWord(k + 1);

        private static bool OrganisationFollows(ParagraphAnalysis a, int k)
        {
            for (; k < a.Count && a.Phrases.IsNameWord(k); k++)
            {
                if (IsOrganisationWord(a[k]))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsPersonNameWord(ParagraphAnalysis a, int k, int end)
        {
            Token t = a[k];
            if (Lexicon.Suffixes.Contains(t.Text))
            {
                return k > 0 && a[k - 1].IsCapitalized;
            }

            if (!t.IsCapitalized || IsOrganisationWord(t) || (t.Bare.IndexOf('.') >= 0 && t.Bare.Length > 2))
            {
                return false;
            }

            // A title counts only before a name: "President Biden", but "John Major".
            return !(Lexicon.Titles.Contains(t.Text) || Lexicon.Honorifics.Contains(t.Text)) || !HasNameAfter(a, k + 1, end);
        }

        private static bool HasNameAfter(ParagraphAnalysis a, int from, int end)
        {
            for (int k = from; k < end; k++)
            {
                Token t = a[k];
                if (t.IsCapitalized && !Lexicon.Titles.Contains(t.Text) && !Lexicon.Honorifics.Contains(t.Text) && !IsOrganisationWord(t)
                    && !Lexicon.Suffixes.Contains(t.Text))
                {
                    return true;
                }
            }

            return false;
        }

        // "Lumora, the cloud software company, …", "Hua Meiling, a ministry spokeswoman, …": a later "the company"
        // or "the spokeswoman" can mean the name the description was set beside.
        private void AddAppositive(ParagraphAnalysis a, int end, NameMention? named)
        {
            if (named is null || end + 2 >= a.Count || !a[end].IsPunctuation(',') || !a[end + 1].IsWord || !Lexicon.Determiners.Contains(a[end + 1].Text))
            {
                return;
            }

            int phraseEnd = a.Phrases.EndStartingAt(end + 1, a.SentenceOf(end).End, allowPostmodifier: false);
            if (phraseEnd > end + 2 && a[phraseEnd - 1].IsLowerWord)
            {
                Add(_describedAs, Lexicon.FullTitle(a[phraseEnd - 1].Bare), named);
            }
        }

        // "electronics maker Orbix", "Australian carrier Qantas": the noun before the name says what it is.
        private void AddDescribed(ParagraphAnalysis a, int start, int end, NameMention? named)
        {
            if (start > 0 && a[start - 1].IsLowerWord && Lexicon.IsDescriptiveNoun(a[start - 1].Text))
            {
                Add(_describedAs, a[start - 1].Bare.ToLowerInvariant(), named ?? NameMention.Create(a, start, end));
            }
        }

        // "The Ghana National Fire Service (GNFS)": the bracketed capitals stand for the name before them.
        private void AddAcronym(ParagraphAnalysis a, int start, int end, NameMention? organisation)
        {
            if (end + 2 < a.Count && a[end].IsPunctuation('(') && a[end + 2].IsPunctuation(')') && IsAcronym(a[end + 1].Text) && end - start > 1)
            {
                _acronyms[a[end + 1].Text] = organisation ?? NameMention.Create(a, start, end);
            }
        }

        private NameMention? AddOrganisation(ParagraphAnalysis a, int start, int end)
        {
            int lastOrganisationWord = -1;
            for (int k = start; k < end; k++)
            {
                if (IsOrganisationWord(a[k]))
                {
                    lastOrganisationWord = k;
                }
            }

            if (lastOrganisationWord < 0)
            {
                return null;
            }

            // "Ministry of Foreign Affairs": the name runs on after a connector, not after a bare title.
            int stop = lastOrganisationWord + 1;
            if (stop + 1 < end && a[stop].IsLowerWord)
            {
                stop = end;
            }

            // "Liam Okoro Senior Communications Officer Eastbrook Borough Council" (an e-mail signature): the
            // organisation starts after the person and their role.
            for (int k = lastOrganisationWord - 1; k > start; k--)
            {
                string w = a[k].Text;
                bool personTitle = Lexicon.Roles.Contains(w) || (Lexicon.FormsOfAddress.Contains(w) && Lexicon.PersonNouns.Contains(w));
                if (!a[k].IsPossessive && personTitle)
                {
                    start = k + 1;
                    break;
                }
            }

            NameMention organisation = NameMention.Create(a, start, stop);
            _organisations.Add(organisation);
            return organisation;
        }

        private static bool IsAcronym(string word)
        {
            if (word.Length < 3 || word.Length > 6)
            {
                return false;
            }

            foreach (char c in word)
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Contains(string[] haystack, IReadOnlyList<string> needle)
        {
            for (int i = 0; i + needle.Count <= haystack.Length; i++)
            {
                int k = 0;
                while (k < needle.Count && string.Equals(haystack[i + k], needle[k], StringComparison.Ordinal))
                {
                    k++;
                }

                if (k == needle.Count)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>One name as written, with its words normalised for comparison.</summary>
    internal sealed class NameMention
    {
        private NameMention(string text, string[] words, string[] titles, int paragraph, int token)
        {
            Text = text;
            Words = words;
            Titles = titles;
            Paragraph = paragraph;
            Token = token;
        }

        public string Text { get; }

        public string[] Words { get; }

        /// <summary>The titles written before the name, lower-case: "president", "secretary".</summary>
        public string[] Titles { get; }

        public int Paragraph { get; }

        public int Token { get; }

        /// <summary>Tokens [start, end) of a paragraph, a trailing possessive dropped: "Blinken’s" → "Blinken".</summary>
        public static NameMention Create(ParagraphAnalysis a, int start, int end, List<string>? titles = null)
        {
            while (end - 1 > start && a[end - 1].Kind == TokenKind.Quote)
            {
                end--;
            }

            int words = 0;
            for (int k = start; k < end; k++)
            {
                words += a[k].Kind == TokenKind.Quote ? 0 : 1;
            }

            var keys = new string[words];
            var text = words == end - start ? null : new System.Text.StringBuilder();
            int from = a[start].Start, w = 0;
            for (int k = start; k < end; k++)
            {
                if (a[k].Kind == TokenKind.Quote)
                {
                    // A nickname in marks is left out of the name: Pieter “Tank” Botha.
                    text!.Append(a.Text, from, a[k].Start - from).Append(' ');
                    from = a[k + 1].Start;
                    continue;
                }

                keys[w++] = NameIndex.Key(a[k]);
            }

            Token last = a[end - 1];
            int textEnd = last.Start + last.Bare.Length;
            string name = text is null ? a.Text.Substring(from, textEnd - from) : CollapseSpaces(text.Append(a.Text, from, textEnd - from).ToString());
            return new NameMention(name, keys, titles?.ToArray() ?? Array.Empty<string>(), a.Index, start);
        }

        private static string CollapseSpaces(string text) => text.IndexOf("  ", StringComparison.Ordinal) < 0 ? text : string.Join(" ", text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries));
    }
}
