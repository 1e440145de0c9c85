using System;
using System.Collections.Generic;

namespace Dataset.Generator.Parsing.Quotes
{
    internal enum ReferentKind
    {
        Unknown,
        Person,
        Organisation,
        Group,
    }

    internal enum Gender
    {
        Unknown,
        Female,
        Male,
    }

    /// <summary>Someone or something an article's sentences are about, with the fullest name it is given.</summary>
    internal sealed class Referent
    {
        public Referent(string? name, ReferentKind kind, Gender gender, string? head = null)
        {
            Name = name;
            Kind = kind;
            Gender = gender;
            Head = head;
        }

        /// <summary>The fullest name, or for someone the article never names, the description as written ("a WIHB spokesperson").</summary>
        public string? Name { get; }

        /// <summary>For a description, its head noun in lower case ("spokesperson"), so "the spokesperson" can find it.</summary>
        public string? Head { get; }

        public ReferentKind Kind { get; }

        /// <summary>Learnt from the pronouns that refer to it when no title or noun said it.</summary>
        public Gender Gender { get; set; }
    }

    /// <summary>
    /// Turns speakers as written into names: a surname or title into the fullest mention ("Xi" → "Xi Jinping",
    /// "Mr. O’Connor" → "Greg O’Connor"), "the ministry" into the ministry last named, and a pronoun into the most
    /// recent suitable subject ("It" → "China’s Ministry of Foreign Affairs"). Fed the subjects and speakers of the
    /// article in reading order, so "most recent" means what a reader would take it to mean.
    /// </summary>
    internal sealed class SpeakerResolver
    {
        // Pronouns point back a few sentences, not across a whole article.
        private const int MaxAntecedentDistance = 40;

        private readonly NameIndex _names;
        private readonly List<Referent> _history = new();
        private readonly Dictionary<string, Referent> _issuers = new(StringComparer.Ordinal);
        private Referent? _lastIssuer;
        private readonly List<NameMention> _people = new();

        public SpeakerResolver(NameIndex names) => _names = names;

        /// <summary>Resolves the noun phrase <paramref name="phrase"/> and remembers it as the latest subject.</summary>
        public Referent Observe(ParagraphAnalysis a, TokenRange phrase)
        {
            Referent referent = Resolve(a, phrase);
            _history.Add(referent);
            return referent;
        }

        /// <summary>Makes <paramref name="referent"/> the most recent again: a sentence's subject outranks its objects.</summary>
        public void Remember(Referent referent) => _history.Add(referent);

        /// <summary>
        /// Remembers the people a sentence names outside its subject and speakers ("retiree Gisela Brandt, 74, uses
        /// …", "Noor Haddad’s memoir …"), so a later "she" can find them.
        /// </summary>
        public void ObservePeople(ParagraphAnalysis a, int start, int end)
        {
            if (start >= end)
            {
                // Most phrases own nobody ("Noor Haddad’s memoir" is rare): nothing to remember.
                return;
            }

            // A lone word is someone only if the article gives them a fuller name ("Haddad’s memoir" after "Noor Haddad").
            _people.Clear();
            _names.PeopleIn(a.Index, start, end, _people);
            foreach (NameMention person in _people)
            {
                if (person.Words.Length > 1)
                {
                    _history.Add(new Referent(person.Text, ReferentKind.Person, GenderOfFirstName(person)));
                }
            }

            // "according to a senior official at the Energy Ministry": someone described, for a later "the official".
            for (int i = start; i < end; i++)
            {
                if (!a[i].IsLowerWord || !IsPersonNoun(a[i].Text) || Lexicon.IsPluralHead(a[i].Text))
                {
                    continue;
                }

                int first = a.Phrases.StartEndingAt(i, start);
                int last = first >= 0 && IsIndefinite(a[first]) ? a.Phrases.EndStartingAt(first, Math.Max(end, a.SentenceOf(i).End)) : -1;
                if (last > i)
                {
                    _history.Add(Resolve(a, new TokenRange(first, last)));
                    i = last - 1;
                }
            }
        }

        private static bool IsIndefinite(Token t) => t.Is("a") || t.Is("an") || t.Is("one");

        // "an official", "an engineer", "a pharmacist": a word for a person.
        private static bool IsPersonNoun(string word) => Lexicon.PersonWords.Contains(word);

        /// <summary>
        /// Notes who issued the documents a sentence mentions ("The company said in a statement …"), so a later
        /// "the statement said" speaks for them.
        /// </summary>
        public void NoteDocuments(ParagraphAnalysis a, TokenRange sentence, Referent? issuer)
        {
            if (issuer?.Name is null)
            {
                return;
            }

            for (int i = sentence.Start; i < sentence.End; i++)
            {
                if (a[i].IsLowerWord && Lexicon.DocumentNouns.Contains(a[i].Text))
                {
                    _issuers[a[i].Bare.ToLowerInvariant()] = issuer;
                    _lastIssuer = issuer;
                }
            }
        }

        private Referent Resolve(ParagraphAnalysis a, TokenRange phrase)
        {
            Token head = a[phrase.End - 1];
            if (phrase.End - phrase.Start == 1 && Lexicon.SubjectPronouns.Contains(head.Text))
            {
                return Antecedent(head.Text.ToLowerInvariant());
            }

            Gender gender = GenderOf(a, phrase);

            // "the president", "the prime minister": whoever the article last gave that title; "a federal judge":
            // whoever it names with that title next.
            bool indefinite = IsIndefiniteTitle(a, phrase);
            if ((indefinite || IsBareTitle(a, phrase)) && _names.PersonWithTitle(head.Text, a.Index, phrase.Start, onlyAfter: indefinite) is { } holder)
            {
                return new Referent(holder.Text, ReferentKind.Person, gender);
            }

            // "army spokesman Col. Armando Muchanga", "Sen. Alicia Navarro of New Mexico": the person is the name.
            phrase = a.Phrases.NameWithTitle(phrase);
            head = a[phrase.End - 1];

            // "NWA" after "the National Weather Agency (NWA)".
            if (phrase.End - FirstCapital(a, phrase) == 1 && _names.Expansion(head.Bare) is { } expansion)
            {
                return new Referent(expansion.Text, ReferentKind.Organisation, gender);
            }

            // "Biden and Xi", but not "Health and Human Services Secretary Xavier Becerra".
            bool connected = HasWord(a, phrase, "of") || HasWord(a, phrase, "for") || HasWord(a, phrase, "the");
            if (HasWord(a, phrase, "and") && !connected && !HasTitleOrOrganisationWord(a, phrase))
            {
                return new Referent(a.Slice(phrase), ReferentKind.Group, gender);
            }

            // "Strand’s email", "the ministry’s statement": a document speaks for whoever owns it.
            if (Lexicon.DocumentNouns.Contains(head.Text) && phrase.End - phrase.Start >= 2 && a[phrase.End - 2].IsPossessive)
            {
                int owner = phrase.End - 2;
                int start = a.Phrases.StartEndingAt(owner, phrase.Start);
                if (start >= 0)
                {
                    Referent possessor = Resolve(a, new TokenRange(start, owner + 1));
                    return new Referent(possessor.Name, possessor.Kind, possessor.Gender);
                }
            }

            // "a U.S. official", "critics", "Officials" opening a sentence, and with a postmodifier: "a spokesperson
            // for Meta", "people familiar with the talks", "the European Union’s delegation in Kyiv" — the head is the
            // person or body, not a name in the postmodifier.
            for (int k = phrase.Start; k < phrase.End; k++)
            {
                bool headWord = IsPersonNoun(a[k].Text) || Lexicon.OrganisationWords.Contains(a[k].Text);
                bool last = k + 1 == phrase.End || (!a[k + 1].IsCapitalized && !IsPersonNoun(a[k + 1].Text));
                if (a.IsCommonWord(k) && headWord && last)
                {
                    return CommonNoun(a, phrase, a[k], gender);
                }
            }

            if (a.IsCommonWord(phrase.End - 1) || (phrase.End - phrase.Start == 1 && Lexicon.PersonNouns.Contains(head.Text)))
            {
                return CommonNoun(a, phrase, head, gender);
            }

            var people = new List<NameMention>();
            NameIndex.AddPeople(a, FirstCapital(a, phrase), phrase.End, people);

            // "the Pharmaceutical Research and Manufacturers of America": a long name joined by "of" or "and".
            bool institutional = HasOrganisationWord(a, phrase) || (people.Count != 1 && (HasWord(a, phrase, "of") || HasWord(a, phrase, "and")));
            if (institutional && !EndsWithTitledName(a, phrase, people))
            {
                return new Referent(OrganisationName(a, phrase), ReferentKind.Organisation, gender);
            }

            if (people.Count == 0)
            {
                return new Referent(WithoutDeterminer(a, phrase), ReferentKind.Unknown, gender);
            }

            NameMention core = people[people.Count - 1];
            NameMention? fullest = _names.FullestPerson(core.Words);
            NameMention name = fullest is not null && fullest.Words.Length > core.Words.Length ? fullest : core;
            gender = gender != Gender.Unknown ? gender : GenderOfFirstName(name);
            bool titled = people[0].Token > FirstCapital(a, phrase);
            ReferentKind kind = name.Words.Length > 1 || titled || gender != Gender.Unknown ? ReferentKind.Person
                : IsAllCaps(name.Text) ? ReferentKind.Organisation : ReferentKind.Unknown;
            return new Referent(name.Text, kind, gender);
        }

        // Someone the article describes: "a WIHB spokesperson", "currency traders in Accra", "the ministry". A bare
        // definite description ("the spokesperson", "the ministry", "the paper") is whoever the article described or
        // named that way before; any other description is its own name.
        private Referent CommonNoun(ParagraphAnalysis a, TokenRange phrase, Token head, Gender gender)
        {
            string word = head.Bare.ToLowerInvariant();
            bool bare = phrase.End - phrase.Start == 2 && Lexicon.DefiniteDeterminers.Contains(a[phrase.Start].Text);
            bool person = IsPersonNoun(word);
            bool organisation = !person && (Lexicon.OrganisationWords.Contains(word) || Lexicon.OrganisationKinds.ContainsKey(word));
            if (bare && organisation && _names.Organisation(word, a.Index, phrase.Start) is { } named)
            {
                return new Referent(named.Text, ReferentKind.Organisation, gender);
            }

            if (bare && EarlierDescription(word) is { } earlier)
            {
                return earlier;
            }

            // "the statement said": the last document's issuer, by its own noun if the article used it, else the
            // organisation last spoken of; "a statement from the ministry": the ministry.
            bool document = Lexicon.DocumentNouns.Contains(word);
            if (document && bare && (_issuers.TryGetValue(word, out Referent? issuer) || (issuer = _lastIssuer ?? LastOrganisation()) is not null))
            {
                return issuer;
            }

            int from = IndexOf(a, phrase, "from");
            if (document && from > phrase.Start && from + 1 < phrase.End)
            {
                return Resolve(a, new TokenRange(from + 1, phrase.End));
            }

            // "the agency", "the club": an organisation the article spoke of, when nothing names or describes it so.
            if (bare && organisation && LastOrganisation() is { } spokenOf)
            {
                return spokenOf;
            }

            if (!person && !organisation)
            {
                return new Referent(null, Lexicon.IsPluralHead(word) ? ReferentKind.Group : ReferentKind.Unknown, gender);
            }

            ReferentKind kind = organisation ? ReferentKind.Organisation
                : Lexicon.IsPluralHead(word) || word == "people" || word == "police" ? ReferentKind.Group : ReferentKind.Person;
            return new Referent(a.Slice(phrase), kind, gender, word);
        }

        private Referent? LastOrganisation()
        {
            for (int i = _history.Count - 1; i >= 0 && i >= _history.Count - MaxAntecedentDistance; i--)
            {
                if (_history[i] is { Kind: ReferentKind.Organisation, Name: not null, Head: null } organisation)
                {
                    return organisation;
                }
            }

            return null;
        }

        private Referent? EarlierDescription(string head)
        {
            for (int i = _history.Count - 1; i >= 0 && i >= _history.Count - MaxAntecedentDistance; i--)
            {
                if (_history[i].Head == head)
                {
                    return _history[i];
                }
            }

            return null;
        }

        // "China’s Ministry of Foreign Affairs" stays; "the ministry" … "The State Department" keeps its article.
        private string OrganisationName(ParagraphAnalysis a, TokenRange phrase)
        {
            int first = FirstCapital(a, phrase);
            var words = new List<string>();
            for (int k = first; k < phrase.End; k++)
            {
                words.Add(NameIndex.Key(a[k]));
            }

            NameMention? fullest = _names.FullestOrganisation(words);
            if (fullest is not null && fullest.Words.Length > words.Count)
            {
                return fullest.Text;
            }

            string written = a.Slice(phrase);
            return written.StartsWith("the ", StringComparison.Ordinal) ? "The" + written.Substring(3) : written;
        }

        // The most recent subject a pronoun can stand for.
        private Referent Antecedent(string pronoun)
        {
            ReferentKind kind = pronoun switch
            {
                "he" or "she" => ReferentKind.Person,
                "it" => ReferentKind.Organisation,
                "they" => ReferentKind.Group,
                _ => ReferentKind.Unknown,
            };
            if (kind == ReferentKind.Unknown)
            {
                // "I", "we", "you": the writer or the people quoted, not a named subject.
                return new Referent(null, ReferentKind.Unknown, Gender.Unknown);
            }

            Gender unwanted = pronoun == "he" ? Gender.Female : pronoun == "she" ? Gender.Male : Gender.Unknown;
            for (int i = _history.Count - 1; i >= 0 && i >= _history.Count - MaxAntecedentDistance; i--)
            {
                Referent r = _history[i];
                bool fits = r.Kind == kind || r.Kind == ReferentKind.Unknown || (kind == ReferentKind.Group && r.Kind == ReferentKind.Organisation);
                if (fits && (unwanted == Gender.Unknown || r.Gender != unwanted) && r.Name is not null)
                {
                    return Learn(r, unwanted);
                }

                // A nameless subject of the right kind ("the talks … they said") still blocks older names.
                if (r.Kind == kind && r.Name is null)
                {
                    return r;
                }
            }

            return new Referent(null, kind, Gender.Unknown);
        }

        // Once "he" has meant Smith, a later "she" looks past him.
        private static Referent Learn(Referent r, Gender unwanted)
        {
            r.Gender = r.Gender == Gender.Unknown && unwanted != Gender.Unknown ? (unwanted == Gender.Female ? Gender.Male : Gender.Female) : r.Gender;
            return r;
        }

        // "Police Chief Maria Lopez", "CEO Tim Cook", but not "Ministry of Foreign Affairs".
        private static bool EndsWithTitledName(ParagraphAnalysis a, TokenRange phrase, List<NameMention> people)
        {
            if (people.Count == 0)
            {
                return false;
            }

            NameMention last = people[people.Count - 1];
            int end = last.Token + last.Words.Length;
            if (end != phrase.End || last.Token <= phrase.Start)
            {
                return false;
            }

            Token before = a[last.Token - 1];
            return (Lexicon.Honorifics.Contains(before.Text) && last.Words.Length >= 1)
                || (Lexicon.Titles.Contains(before.Text) && last.Words.Length >= 2);
        }

        // A hint from common first names, never a rule.
        private static Gender GenderOfFirstName(NameMention name) =>
            name.Words.Length < 2 ? Gender.Unknown
            : Lexicon.FemaleFirstNames.Contains(name.Words[0]) ? Gender.Female
            : Lexicon.MaleFirstNames.Contains(name.Words[0]) ? Gender.Male : Gender.Unknown;

        private static Gender GenderOf(ParagraphAnalysis a, TokenRange phrase)
        {
            for (int k = phrase.Start; k < phrase.End; k++)
            {
                if (Lexicon.FemaleMarkers.Contains(a[k].Text))
                {
                    return Gender.Female;
                }

                if (Lexicon.MaleMarkers.Contains(a[k].Text))
                {
                    return Gender.Male;
                }
            }

            return Gender.Unknown;
        }

        // "the president", "the vice president", "the secretary of state" — a title and nothing that narrows it.
        private static bool IsBareTitle(ParagraphAnalysis a, TokenRange phrase)
        {
            if (phrase.End - phrase.Start < 2 || !a[phrase.Start].Is("the"))
            {
                return false;
            }

            for (int k = phrase.Start + 1; k < phrase.End; k++)
            {
                if (!Lexicon.Titles.Contains(a[k].Text) && !a[k].Is("of"))
                {
                    return false;
                }
            }

            return Lexicon.Titles.Contains(a[phrase.End - 1].Text);
        }

        // "a federal judge", "a council spokesperson": someone given only a title.
        private static bool IsIndefiniteTitle(ParagraphAnalysis a, TokenRange phrase)
        {
            if (phrase.End - phrase.Start < 2 || !IsIndefinite(a[phrase.Start]) || !Lexicon.Titles.Contains(a[phrase.End - 1].Text))
            {
                return false;
            }

            for (int k = phrase.Start + 1; k < phrase.End; k++)
            {
                if (!a[k].IsLowerWord)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool HasTitleOrOrganisationWord(ParagraphAnalysis a, TokenRange phrase)
        {
            for (int k = phrase.Start; k < phrase.End; k++)
            {
                if (a[k].IsCapitalized && (Lexicon.Titles.Contains(a[k].Text) || NameIndex.IsOrganisationWord(a[k])))
                {
                    return true;
                }
            }

            return false;
        }

        private static int IndexOf(ParagraphAnalysis a, TokenRange phrase, string word)
        {
            for (int k = phrase.Start; k < phrase.End; k++)
            {
                if (a[k].Kind == TokenKind.Word && a[k].Text == word)
                {
                    return k;
                }
            }

            return -1;
        }

        private static bool HasWord(ParagraphAnalysis a, TokenRange phrase, string word) => IndexOf(a, phrase, word) >= 0;

        private static bool HasOrganisationWord(ParagraphAnalysis a, TokenRange phrase)
        {
            for (int k = phrase.Start; k < phrase.End; k++)
            {
                if (a[k].IsCapitalized && NameIndex.IsOrganisationWord(a[k]))
                {
                    return true;
                }
            }

            return false;
        }

        private static int FirstCapital(ParagraphAnalysis a, TokenRange phrase)
        {
            for (int k = phrase.Start; k < phrase.End; k++)
            {
                if (a[k].IsCapitalized && !Lexicon.Determiners.Contains(a[k].Text))
                {
                    return k;
                }
            }

            return phrase.Start;
        }

        private static string WithoutDeterminer(ParagraphAnalysis a, TokenRange phrase) => a.Slice(FirstCapital(a, phrase), phrase.End);

        private static bool IsAllCaps(string text)
        {
            int letters = 0;
            foreach (char c in text)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters += char.IsLetter(c) ? 1 : 0;
            }

            return letters >= 2;
        }
    }
}
