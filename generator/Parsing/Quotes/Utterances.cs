using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Dataset.Generator.Model;

namespace Dataset.Generator.Parsing.Quotes
{
    /// <summary>A quotation kept by <see cref="QuoteExtractor"/>, on its way to a <see cref="QuoteSpec"/>.</summary>
    internal sealed class FoundQuote
    {
        public FoundQuote(ParagraphAnalysis paragraph, int spanIndex, int token, Attribution attribution, QuoteKind kind)
        {
            Paragraph = paragraph;
            Span = paragraph.Spans[spanIndex];
            Token = token;
            Attribution = attribution;
            Kind = kind;
        }

        public ParagraphAnalysis Paragraph { get; }

        public QuoteSpan Span { get; }

        public int Token { get; }

        public Attribution Attribution { get; }

        public QuoteKind Kind { get; set; }

        public int Sentence => Paragraph.SentenceIndexOf(Token);

        public string? Speaker { get; set; }

        public string? SpeakerName { get; set; }

        public string? Cue { get; set; }
    }

    /// <summary>
    /// Names the speakers of the kept quotations, groups the pieces of one utterance (a quotation split by its
    /// attribution, the paragraphs of a running quotation) and lets unattributed pieces inherit their speaker.
    /// </summary>
    internal sealed class Utterances
    {
        // A quotation standing alone is given the subject of one of the few sentences before it, not any older one.
        private const int MaxSentencesBack = 2;

        private readonly ParagraphAnalysis[] _paragraphs;
        private readonly List<FoundQuote> _quotes;
        private readonly int[] _group;
        private static readonly Comparison<TokenRange> ByStart = (x, y) => x.Start.CompareTo(y.Start);

        private readonly List<Subject>[] _subjects;
        private readonly Subject[] _introductions;

        // Reused sentence by sentence.
        private readonly List<TokenRange> _phrases = new();
        private readonly List<FoundQuote> _sentenceQuotes = new();
        private readonly Dictionary<int, Referent> _referents = new();

        public Utterances(ParagraphAnalysis[] paragraphs, List<FoundQuote> quotes)
        {
            _paragraphs = paragraphs;
            _quotes = quotes;
            _group = Enumerable.Range(0, quotes.Count).ToArray();
            _subjects = new List<Subject>[paragraphs.Length];
            _introductions = new Subject[paragraphs.Length];
        }

        public void Resolve(SpeakerResolver resolver, CancellationToken cancellationToken)
        {
            ReadInOrder(resolver, cancellationToken);
            JoinPieces();
            Inherit();
        }

        public QuoteExtraction ToExtraction(List<QuoteMarkIssue> issues)
        {
            var specs = new List<QuoteSpec>(_quotes.Count);
            var groupNumbers = new Dictionary<int, int>();
            for (int i = 0; i < _quotes.Count; i++)
            {
                FoundQuote q = _quotes[i];
                int root = Root(i);
                if (!groupNumbers.TryGetValue(root, out int group))
                {
                    groupNumbers[root] = group = groupNumbers.Count;
                }

                string text = q.Paragraph.Text.Substring(q.Span.TextStart, q.Span.TextEnd - q.Span.TextStart);
                specs.Add(new QuoteSpec(i, text, q.Speaker, q.SpeakerName, q.Cue, q.Kind, q.Paragraph.Index, q.Span.TextStart, text.Length, group));
            }

            // Issues in reading order: an unclosed mark is only known at the end of its paragraph.
            IEnumerable<QuoteMarkIssue> ordered = issues.OrderBy(i => i.Paragraph).ThenBy(i => i.Offset);
            return new QuoteExtraction(specs.ToEquatableArray(), Speakers(specs), ordered.ToEquatableArray());
        }

        // Speakers in order of first appearance, each with the ways it is written.
        private static EquatableArray<SpeakerSpec> Speakers(List<QuoteSpec> quotes)
        {
            var order = new List<string>();
            var aliases = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            var indices = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (QuoteSpec quote in quotes)
            {
                if (quote.SpeakerName is not { } name)
                {
                    continue;
                }

                if (!indices.ContainsKey(name))
                {
                    order.Add(name);
                    indices[name] = new List<int>();
                    aliases[name] = new SortedSet<string>(StringComparer.Ordinal);
                }

                indices[name].Add(quote.Index);
                aliases[name].Add(quote.Speaker ?? name);
            }

            return order.Select(n => new SpeakerSpec(n, aliases[n].ToEquatableArray(), indices[n].ToEquatableArray())).ToEquatableArray();
        }

        // Reads every sentence's subject and speakers in order, so pronouns resolve to what came before them.
        private void ReadInOrder(SpeakerResolver resolver, CancellationToken cancellationToken)
        {
            int next = 0;
            foreach (ParagraphAnalysis a in _paragraphs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var subjects = _subjects[a.Index] = new List<Subject>(a.Sentences.Count);
                for (int s = 0; s < a.Sentences.Count; s++)
                {
                    TokenRange sentence = a.Sentences[s];
                    TokenRange subject = a.Phrases.MainSubject(sentence.Start, sentence.End);

                    // The quotations are in reading order, so a sentence's are the next few.
                    List<FoundQuote> quotes = _sentenceQuotes;
                    quotes.Clear();
                    for (; next < _quotes.Count && _quotes[next].Paragraph == a && _quotes[next].Sentence == s; next++)
                    {
                        quotes.Add(_quotes[next]);
                    }

                    // The phrases that name someone, in reading order: the quotations' speakers, the subject (unless
                    // a speaker starts where it does) and whoever else the sentence reports.
                    List<TokenRange> reporters = a.Attributions.Reporters(sentence);
                    List<TokenRange> phrases = _phrases;
                    phrases.Clear();
                    foreach (FoundQuote q in quotes)
                    {
                        AddPhrase(phrases, q.Attribution.Speaker);
                    }

                    AddPhrase(phrases, subject);

                    foreach (TokenRange reporter in reporters)
                    {
                        AddPhrase(phrases, reporter);
                    }

                    phrases.Sort(ByStart);

                    // The owner in "Noor Haddad’s memoir, she writes" comes before the phrase; other people the
                    // sentence names come after its subject and speakers (they are rarely the antecedent of a pronoun in
                    // the same sentence), and the subject last, so the next sentence's pronoun prefers it.
                    Dictionary<int, Referent> referents = _referents;
                    referents.Clear();
                    foreach (TokenRange phrase in phrases)
                    {
                        resolver.ObservePeople(a, phrase.Start, OwnerEnd(a, phrase));
                        referents[phrase.Start] = resolver.Observe(a, phrase);
                    }

                    int mentioned = sentence.Start;
                    foreach (TokenRange phrase in phrases)
                    {
                        resolver.ObservePeople(a, mentioned, phrase.Start);
                        mentioned = Math.Max(mentioned, phrase.End);
                    }

                    resolver.ObservePeople(a, mentioned, sentence.End);
                    Referent? subjectReferent = subject.IsEmpty ? null : referents[subject.Start];
                    if (subjectReferent is not null)
                    {
                        resolver.Remember(subjectReferent);
                    }

                    resolver.NoteDocuments(a, sentence, reporters.Count > 0 ? referents[reporters[reporters.Count - 1].Start] : subjectReferent);
                    subjects.Add(subject.IsEmpty ? default : new Subject(
                        a,
                        subject,
                        referents[subject.Start],
                        AttributionFinder.StartsAt(reporters, subject.Start)));
                    foreach (FoundQuote q in quotes)
                    {
                        if (q.Attribution.HasSpeaker)
                        {
                            q.Speaker = a.Slice(a.Phrases.NameWithTitle(q.Attribution.Speaker));
                            q.SpeakerName = referents[q.Attribution.Speaker.Start].Name;
                            q.Cue = q.Attribution.HasCue ? a.Slice(q.Attribution.CueStart, q.Attribution.CueEnd) : null;
                        }
                    }
                }

                // Quotations the sentences did not claim (none in practice: every token has a sentence) are passed over.
                for (; next < _quotes.Count && _quotes[next].Paragraph == a; next++)
                {
                }

                AttributeToDashLine(a, next > 0 && _quotes[next - 1].Paragraph == a ? _quotes[next - 1] : null, resolver);
                _introductions[a.Index] = Introduction(a, resolver);
            }
        }

        private static void AddPhrase(List<TokenRange> phrases, TokenRange phrase)
        {
            if (!phrase.IsEmpty && phrase.Start >= 0 && !AttributionFinder.StartsAt(phrases, phrase.Start))
            {
                phrases.Add(phrase);
            }
        }

        // "Noor Haddad’s memoir": the end of the owner inside a phrase about something else, or the phrase's start.
        private static int OwnerEnd(ParagraphAnalysis a, TokenRange phrase)
        {
            for (int k = phrase.End - 2; k >= phrase.Start; k--)
            {
                if (a[k].IsPossessive)
                {
                    return k + 1;
                }
            }

            return phrase.Start;
        }

        // A quotation that ends its paragraph, and a next paragraph that is only "— Jane Doe, mayor": the dash line
        // names its speaker.
        private void AttributeToDashLine(ParagraphAnalysis a, FoundQuote? last, SpeakerResolver resolver)
        {
            if (last is null || last.Attribution.HasSpeaker || a.Index + 1 >= _paragraphs.Length)
            {
                return;
            }

            for (int t = last.Token + 1; t < a.Count; t++)
            {
                if (a[t].Kind != TokenKind.Punctuation)
                {
                    return;
                }
            }

            ParagraphAnalysis next = _paragraphs[a.Index + 1];
            TokenRange speaker = next.Count > 1 && next[0].IsDash ? next.Attributions.DashLine(0, next.Sentences[0].End) : TokenRange.None;
            if (!speaker.IsEmpty)
            {
                last.Speaker = next.Slice(next.Phrases.NameWithTitle(speaker));
                last.SpeakerName = resolver.Observe(next, speaker).Name;
            }
        }

        // "Please find below a statement from Cllr Anita Rowe, …": the quotation paragraphs that follow are theirs.
        private static Subject Introduction(ParagraphAnalysis a, SpeakerResolver resolver)
        {
            for (int i = 0; i + 2 < a.Count; i++)
            {
                if ((a[i + 1].Is("from") || a[i + 1].Is("by")) && a[i].IsWord && Lexicon.DocumentNouns.Contains(a[i].Text))
                {
                    int end = a.Phrases.EndStartingAt(i + 2, a.SentenceOf(i).End);
                    var phrase = new TokenRange(i + 2, end);
                    if (end > i + 2 && a.Phrases.NamesSomeone(phrase))
                    {
                        return new Subject(a, phrase, resolver.Observe(a, phrase), reports: true);
                    }
                }
            }

            return default;
        }

        private void JoinPieces()
        {
            var chains = new Dictionary<int, int>();
            for (int i = 0; i < _quotes.Count; i++)
            {
                FoundQuote q = _quotes[i];
                if (q.Span.Chain >= 0 && chains.TryGetValue(q.Span.Chain, out int first))
                {
                    _group[i] = Root(first);
                    continue;
                }

                if (q.Span.Chain >= 0)
                {
                    chains[q.Span.Chain] = i;
                }

                if (i > 0 && IsSplit(_quotes[i - 1], q))
                {
                    _group[i] = Root(i - 1);
                    q.Kind = _quotes[i - 1].Kind;
                }
            }
        }

        // “A,” he said. “B.” — or “A,” he said, “b.” — is one utterance split by its attribution.
        private static bool IsSplit(FoundQuote first, FoundQuote second)
        {
            ParagraphAnalysis a = second.Paragraph;
            if (first.Paragraph != a || second.Span.ContinuesPrevious)
            {
                return false;
            }

            bool words = false;
            for (int t = first.Token + 1; t < second.Token; t++)
            {
                if (a[t].Kind == TokenKind.Quote)
                {
                    return false;
                }

                words |= a[t].IsWord && a.SentenceIndexOf(t) != first.Sentence;
            }

            Attribution before = first.Attribution, after = second.Attribution;
            if (after.HasCue)
            {
                return before.FollowsQuote && after.CueStart == before.CueStart;
            }

            if (!after.IsNone)
            {
                return false;
            }

            bool adjacent = second.Token == first.Token + 1 || (before.FollowsQuote && !words);
            bool nextSentence = second.Sentence == first.Sentence
                || (second.Sentence == first.Sentence + 1 && second.Token == a.Sentences[second.Sentence].Start);
            return adjacent && nextSentence;
        }

        private void Inherit()
        {
            var pieces = new Dictionary<int, List<FoundQuote>>();
            for (int i = 0; i < _quotes.Count; i++)
            {
                int root = Root(i);
                if (!pieces.TryGetValue(root, out List<FoundQuote>? list))
                {
                    pieces[root] = list = new List<FoundQuote>();
                }

                list.Add(_quotes[i]);
            }

            FoundQuote? lastWithSpeaker = null;
            for (int i = 0; i < _quotes.Count; i++)
            {
                // A group is settled once, at its first piece, which is also its root.
                if (pieces[Root(i)][0] == _quotes[i])
                {
                    List<FoundQuote> group = pieces[Root(i)];
                    FoundQuote? source = group.FirstOrDefault(p => p.Speaker is not null);
                    string? speaker = source?.Speaker, name = source?.SpeakerName, cue = source?.Cue;
                    if (source is null)
                    {
                        (speaker, name) = FromContext(_quotes[i], lastWithSpeaker);
                    }

                    foreach (FoundQuote piece in group)
                    {
                        if (piece.Speaker is null)
                        {
                            piece.Speaker = speaker;
                            piece.SpeakerName = name;
                            piece.Cue = cue;
                        }
                    }
                }

                lastWithSpeaker = _quotes[i].Speaker is not null ? _quotes[i] : lastWithSpeaker;
            }
        }

        // An unattributed quotation continues the speaker before it: earlier in the paragraph, the subject of the
        // sentence before, or the last speaker of the previous paragraph (or its subject, if it ended with a colon).
        private (string?, string?) FromContext(FoundQuote quote, FoundQuote? lastWithSpeaker)
        {
            int paragraph = quote.Paragraph.Index;
            if (lastWithSpeaker is not null && lastWithSpeaker.Paragraph.Index == paragraph)
            {
                return (lastWithSpeaker.Speaker, lastWithSpeaker.SpeakerName);
            }

            List<Subject> subjects = _subjects[paragraph];
            for (int s = quote.Sentence - 1; s >= 0 && s >= quote.Sentence - MaxSentencesBack; s--)
            {
                if (subjects[s].IsNamed)
                {
                    return (subjects[s].Text, subjects[s].Referent!.Name);
                }
            }

            if (paragraph == 0)
            {
                return (null, null);
            }

            if (lastWithSpeaker is not null && lastWithSpeaker.Paragraph.Index == paragraph - 1)
            {
                return (lastWithSpeaker.Speaker, lastWithSpeaker.SpeakerName);
            }

            if (_introductions[paragraph - 1].IsNamed && quote.Sentence == 0)
            {
                Subject introduced = _introductions[paragraph - 1];
                return (introduced.Text, introduced.Referent!.Name);
            }

            // "Maria Gonzalez has lived near the plant for a decade." then "“Nobody tells us anything.”": the quotation
            // paragraph belongs to the named person the paragraph before ended on (or introduced with a colon), unless
            // that paragraph reported someone else's words: "Marcos Vianna said the runoff … Sampaio has not endorsed …".
            string previous = _paragraphs[paragraph - 1].Text.TrimEnd();
            List<Subject> before = _subjects[paragraph - 1];
            Subject last = before.Count > 0 ? before[before.Count - 1] : default;
            for (int s = before.Count - 1; s >= 0 && !last.Reports; s--)
            {
                last = before[s].Reports && before[s].IsNamed ? before[s] : last;
            }

            bool introduces = previous.Length > 0 && previous[previous.Length - 1] == ':';
            bool namedPerson = last.Referent is { Name: not null, Kind: ReferentKind.Person };
            return last.IsNamed && (introduces || namedPerson || last.Reports) && quote.Sentence == 0 ? (last.Text, last.Referent!.Name) : (null, null);
        }

        private int Root(int i)
        {
            while (_group[i] != i)
            {
                i = _group[i] = _group[_group[i]];
            }

            return i;
        }

        /// <summary>A sentence's subject as written and what it refers to.</summary>
        private readonly struct Subject
        {
            private readonly ParagraphAnalysis? _paragraph;
            private readonly TokenRange _phrase;

            public Subject(ParagraphAnalysis paragraph, TokenRange phrase, Referent referent, bool reports)
            {
                _paragraph = paragraph;
                _phrase = phrase;
                Referent = referent;
                Reports = reports;
            }

            /// <summary>The name with its title, as written; cut only for the few subjects a quotation inherits.</summary>
            public string? Text => _paragraph?.Slice(_paragraph.Phrases.NameWithTitle(_phrase));

            public Referent? Referent { get; }

            /// <summary>Whether the sentence reports the subject's words: "Vianna said the runoff would …".</summary>
            public bool Reports { get; }

            /// <summary>Whether it can be a speaker: a named or personal subject, not "the talks".</summary>
            public bool IsNamed => Referent is not null && (Referent.Name is not null || Referent.Kind != ReferentKind.Unknown);
        }
    }
}
