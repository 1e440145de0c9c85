using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dataset.Benchmarks.Corpus
{
    /// <summary>
    /// Writes one synthetic news article shaped like the real seed (scraper junk lines, a photo credit, a dateline,
    /// ~24 paragraphs, ~12 quotes by 5–10 named speakers, curly quotes and apostrophes), ~6 KB of UTF-8.
    /// </summary>
    /// <remarks>
    /// Every sentence is drawn word by word from <see cref="Vocabulary"/>, so no paragraph or quote repeats between
    /// articles: the compiler stores identical string literals once, and a corpus of copies would hide both the
    /// size limits and the real cost of compiling the text. Article <c>i</c> depends only on the corpus seed and
    /// <c>i</c>, so a smaller corpus is a prefix of a larger one.
    /// </remarks>
    internal sealed class SyntheticArticle
    {
        private readonly Rng _rng;
        private readonly StringBuilder _text = new();
        private readonly List<string> _quotes = new();
        private readonly List<string> _paragraphs = new();

        private SyntheticArticle(Rng rng) => _rng = rng;

        /// <summary>The seed file's text.</summary>
        public string Text => _text.ToString();

        /// <summary>Every paragraph as written (after the dateline), for the corpus's distinctness check.</summary>
        public IReadOnlyList<string> Paragraphs => _paragraphs;

        /// <summary>Every quotation as written between its marks.</summary>
        public IReadOnlyList<string> Quotes => _quotes;

        /// <summary>The speakers' full names, in order of first mention.</summary>
        public IReadOnlyList<string> Speakers { get; private set; } = Array.Empty<string>();

        /// <summary>
        /// Article <paramref name="index"/> of the corpus <paramref name="corpusSeed"/>, quoting people from
        /// <paramref name="speakerPool"/>; another <paramref name="attempt"/> draws a different article.
        /// </summary>
        public static SyntheticArticle Write(ulong corpusSeed, int index, IReadOnlyList<string> speakerPool, int attempt = 0)
        {
            var article = new SyntheticArticle(new Rng(corpusSeed, ((ulong)attempt << 32) + (ulong)index + 1));
            article.WriteNews(speakerPool);
            return article;
        }

        /// <summary>
        /// One seed that quotes <paramref name="speakerCount"/> different people, one short quote each: the
        /// pathological case for anything generated per speaker.
        /// </summary>
        public static SyntheticArticle WriteManySpeakers(ulong corpusSeed, IReadOnlyList<string> speakerPool, int speakerCount)
        {
            var article = new SyntheticArticle(new Rng(corpusSeed, ulong.MaxValue));
            article.Line("[ad_1]");
            article.Paragraph("GENEVA — Delegates to the assembly answered one question each in turn on Tuesday.");
            for (int s = 0; s < speakerCount; s++)
            {
                string quote = Capitalize(article.Pick(Vocabulary.Adjectives)) + " " + article.Pick(Vocabulary.Nouns) + " " + article.Pick(Vocabulary.Adverbs);
                article._quotes.Add(quote + ",");
                article.Paragraph("“" + quote + ",” said " + speakerPool[s % speakerPool.Count] + ".");
            }

            article.Speakers = Take(speakerPool, speakerCount);
            article.Line("Source link");
            return article;
        }

        private void WriteNews(IReadOnlyList<string> speakerPool)
        {
            // 5–10 distinct people, drawn anywhere from the pool, so a large corpus has many distinct speakers.
            int count = _rng.Next(5, 11);
            var speakers = new List<Person>(count);
            var chosen = new HashSet<int>();
            while (speakers.Count < count)
            {
                int k = _rng.Next(speakerPool.Count);
                if (chosen.Add(k))
                {
                    speakers.Add(new Person(speakerPool[k], Pick(Vocabulary.Roles), Pick(Vocabulary.Organisations)));
                }
            }

            Speakers = speakers.ConvertAll(p => p.FullName);

            Line(Pick(Vocabulary.LeadingJunk));
            Line(Pick(Vocabulary.FirstNames) + " " + Pick(Vocabulary.Surnames) + "/" + Pick(Vocabulary.Agencies));
            string place = Pick(Vocabulary.Places);
            string dateline = place.ToUpperInvariant() + (_rng.Next(3) == 0 ? ", " + Pick(Vocabulary.Countries) : string.Empty) + " — ";
            Paragraph(speakers[0].Introduce() + " said on " + Pick(Vocabulary.Days) + " that " + Clause() + ", as " + Clause() + " in " + place + ".", dateline);

            // Like the real seed: ~24 paragraphs, ~10 of them quoting someone (~12 quotes); everyone is quoted.
            int paragraphs = _rng.Next(22, 27);
            int next = 1;
            for (int p = 1; p < paragraphs; p++)
            {
                int left = paragraphs - p;
                if (speakers.Count - next >= left || (next < speakers.Count && _rng.Next(2) == 0) || _rng.Next(4) == 0)
                {
                    Person who = next < speakers.Count ? speakers[next++] : speakers[_rng.Next(speakers.Count)];
                    Paragraph(QuoteParagraph(who));
                }
                else
                {
                    Paragraph(NarrativeParagraph(speakers[_rng.Next(speakers.Count)]));
                }
            }

            Line("[adinserter block=”" + _rng.Next(1, 9).ToString(CultureInfo.InvariantCulture) + "″]");
            Line("[ad_2]");
            Line(Pick(Vocabulary.TrailingJunk));
        }

        private string QuoteParagraph(Person who)
        {
            string name = who.Mention();
            string cue = Pick(Vocabulary.Cues);
            switch (_rng.Next(7))
            {
                case 0:
                    return "“" + Quote(",") + "” " + name + " " + cue + ".";
                case 1:
                    return "“" + Quote(",") + "” " + cue + " " + name + ", " + who.Describe() + ".";
                case 2:
                    return "In remarks to " + Pick(Vocabulary.Outlets) + ", " + name + " " + cue + " “" + Quote(".") + "”";
                case 3:
                    return name + " " + cue + " that " + Clause() + " and that " + Pick(Vocabulary.Organisations) + " had reached agreements on “" + Fragment() + "” without elaborating.";
                case 4:
                    return "“" + Quote(",") + "” " + name + " " + cue + ". “" + Quote(".") + "”";
                case 5:
                    return Sentence() + " " + name + " added: “" + Quote(".") + "”";
                default:
                    return Capitalize(Clause()) + ", according to " + name + ", who " + cue + " that “" + Fragment() + "” had " + Pick(Vocabulary.VerbsPast) + " " + NounPhrase() + ".";
            }
        }

        private string NarrativeParagraph(Person about)
        {
            var paragraph = new StringBuilder(Sentence());
            int sentences = _rng.Next(2, 4);
            for (int s = 0; s < sentences; s++)
            {
                paragraph.Append(' ').Append(s == 0 && _rng.Next(2) == 0 ? about.Narrate() + " " + Clause() + "." : Sentence());
            }

            return paragraph.ToString();
        }

        private string Sentence()
        {
            string sentence = Capitalize(Clause());
            switch (_rng.Next(4))
            {
                case 0:
                    sentence += ", " + Pick(Vocabulary.Conjunctions) + " " + Clause();
                    break;
                case 1:
                    sentence += " " + Pick(Vocabulary.Prepositions) + " " + NounPhrase() + " in " + Pick(Vocabulary.Places);
                    break;
                case 2:
                    sentence += " since " + (1990 + _rng.Next(35)).ToString(CultureInfo.InvariantCulture);
                    break;
            }

            return sentence + ".";
        }

        private string Clause() => NounPhrase() + " " + Pick(Vocabulary.VerbsPast) + " " + NounPhrase();

        private string NounPhrase()
        {
            switch (_rng.Next(6))
            {
                case 0:
                    return "the " + Pick(Vocabulary.Adjectives) + " " + Pick(Vocabulary.Nouns);
                case 1:
                    return Pick(Vocabulary.Places) + "’s " + Pick(Vocabulary.Nouns);
                case 2:
                    return "the " + Pick(Vocabulary.Nouns) + " of " + Pick(Vocabulary.Adjectives) + " " + Plural(Pick(Vocabulary.Nouns));
                case 3:
                    return _rng.Next(2, 90).ToString(CultureInfo.InvariantCulture) + " " + Pick(Vocabulary.Adjectives) + " " + Plural(Pick(Vocabulary.Nouns));
                case 4:
                    return "its " + Pick(Vocabulary.Adjectives) + " " + Pick(Vocabulary.Nouns);
                default:
                    string adverb = Pick(Vocabulary.Adverbs);
                    return ("aeiou".IndexOf(adverb[0]) >= 0 ? "an " : "a ") + adverb + " " + Pick(Vocabulary.Adjectives) + " " + Pick(Vocabulary.Nouns);
            }
        }

        // A full quotation of one or two sentences, ending with the punctuation that goes inside the closing mark.
        private string Quote(string end)
        {
            string quote = Pick(Vocabulary.QuoteOpeners) + " " + Clause();
            if (_rng.Next(2) == 0)
            {
                string opener = Pick(Vocabulary.QuoteOpeners);
                quote += ", and " + (opener.StartsWith("I ", StringComparison.Ordinal) || opener.StartsWith("I’", StringComparison.Ordinal) ? opener : char.ToLowerInvariant(opener[0]) + opener.Substring(1)) + " " + Clause();
            }

            quote += end;
            _quotes.Add(quote);
            return quote;
        }

        private string Fragment()
        {
            string fragment = Pick(Vocabulary.Adjectives) + " " + Pick(Vocabulary.Nouns) + " " + Pick(Vocabulary.Prepositions) + " " + NounPhrase();
            _quotes.Add(fragment);
            return fragment;
        }

        private void Paragraph(string text, string prefix = "")
        {
            _paragraphs.Add(text);
            Line(prefix + text);
        }

        private void Line(string line) => _text.Append(line).Append('\n');

        private string Pick(string[] words) => words[_rng.Next(words.Length)];

        private static string Plural(string noun) =>
            noun.EndsWith("y", StringComparison.Ordinal) && "aeiou".IndexOf(noun[noun.Length - 2]) < 0 ? noun.Substring(0, noun.Length - 1) + "ies"
            : noun.EndsWith("x", StringComparison.Ordinal) || noun.EndsWith("s", StringComparison.Ordinal) || noun.EndsWith("ch", StringComparison.Ordinal) ? noun + "es"
            : noun + "s";

        private static string Capitalize(string text) =>
            text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

        private static string[] Take(IReadOnlyList<string> pool, int count)
        {
            var names = new string[count];
            for (int i = 0; i < count; i++)
            {
                names[i] = pool[i % pool.Count];
            }

            return names;
        }

        /// <summary>A quoted person: full name on first mention, then surname, title or pronoun like a reporter.</summary>
        private sealed class Person
        {
            private readonly string _role;
            private readonly string _organisation;
            private bool _introduced;

            public Person(string fullName, string role, string organisation)
            {
                FullName = fullName;
                _role = role;
                _organisation = organisation;
            }

            public string FullName { get; }

            private string Surname => FullName.Substring(FullName.LastIndexOf(' ') + 1);

            public string Introduce()
            {
                _introduced = true;
                return Capitalize(_organisation) + " " + _role + " " + FullName;
            }

            public string Mention()
            {
                if (_introduced)
                {
                    return Surname;
                }

                _introduced = true;
                return FullName;
            }

            public string Narrate() => _introduced ? Surname + "’s office said" : Introduce() + "’s office said";

            public string Describe() => _organisation + "’s " + _role;
        }
    }
}
