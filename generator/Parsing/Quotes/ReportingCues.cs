using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataset.Generator.Parsing.Quotes
{
    /// <summary>How a cue relates to its speaker.</summary>
    internal enum CueForm
    {
        /// <summary>A finite verb: the speaker is its subject ("Xi said") or, inverted, follows it ("said Xi").</summary>
        Finite,

        /// <summary>"…, saying": the speaker is the subject of the clause the participle hangs on.</summary>
        Participle,

        /// <summary>"according to X": the speaker follows.</summary>
        Preposition,
    }

    /// <summary>How far from its quotation a cue may stand and still attribute it.</summary>
    internal enum CueReach
    {
        /// <summary>Anywhere in the quotation's sentence.</summary>
        Sentence,

        /// <summary>Only right next to the quotation; the word has other common senses ("read", "famous").</summary>
        Adjacent,

        /// <summary>A verb of stance ("blamed", "praised"): attributes a fragment only when no reporting verb does.</summary>
        Stance,
    }

    /// <summary>One reporting expression, a word or a fixed phrase.</summary>
    internal sealed class ReportingCue
    {
        public ReportingCue(string[] words, CueForm form, CueReach reach, bool invertible, bool needsSpeakerNoun = false, bool isBaseForm = false)
        {
            IsBaseForm = isBaseForm;
            Words = words;
            Form = form;
            Reach = reach;
            Invertible = invertible;
            NeedsSpeakerNoun = needsSpeakerNoun;
        }

        public string[] Words { get; }

        public CueForm Form { get; }

        public CueReach Reach { get; }

        /// <summary>Whether the speaker may follow the verb: "said Xi" but never "told Xi" (Xi is the listener).</summary>
        public bool Invertible { get; }

        /// <summary>
        /// Its speaker must name someone: spun "in response to a U.S. official" attributes, "in response to the
        /// attack" does not.
        /// </summary>
        public bool NeedsSpeakerNoun { get; }

        /// <summary>"say", "state": a verb only when no noun follows ("state media" is not a cue).</summary>
        public bool IsBaseForm { get; }
    }

    /// <summary>
    /// Every reporting expression the attribution rules know, in one place: the verbs journalists use, and the
    /// synonyms article spinners put in their place ("stated", "is heard to say", "in accordance with", "famous"
    /// for "noted").
    /// </summary>
    internal static class ReportingCues
    {
        // The speaker may follow these: "“…,” said Xi".
        private static readonly string[] SpeechVerbs =
        {
            "said", "says", "added", "adds", "wrote", "writes", "asked", "asks", "stated", "states", "explained",
            "explains", "noted", "notes", "declared", "declares", "insisted", "insists", "argued", "argues", "warned",
            "warns", "replied", "replies", "recalled", "recalls", "remarked", "remarks", "mentioned", "mentions",
            "acknowledged", "acknowledges", "pronounced", "pronounces", "announced", "announces", "observed",
            "observes", "responded", "responds", "answered", "answers", "conceded", "concedes", "admitted", "admits",
            "claimed", "claims", "asserted", "asserts", "confirmed", "confirms", "contended", "contends", "countered",
            "counters", "quipped", "quips", "joked", "jokes", "exclaimed", "tweeted", "tweets", "posted", "posts",
            "commented", "comments", "cautioned", "cautions", "stressed", "stresses", "emphasized", "emphasizes",
            "emphasised", "emphasises", "reiterated", "reiterates", "repeated", "repeats", "suggested", "suggests",
            "predicted", "predicts", "shouted", "yelled", "screamed", "whispered", "cried", "chanted", "sang",
            "pleaded", "begged", "laughed", "sighed", "murmured", "muttered", "testified", "testifies", "reported",
            "retorted", "snapped", "maintained", "maintains", "wondered", "wonders", "agreed", "agrees", "boasted",
            "boasts", "complained", "complains", "lamented", "laments", "vowed", "vows", "pledged", "pledges",
            "promised", "hinted", "denied", "denies", "opined", "reasoned", "recounted", "recounts", "penned",
            "messaged", "texted", "emailed", "revealed", "reveals", "conveyed", "conveys", "alleged", "alleges",
            "disclosed", "affirmed", "reaffirmed", "acknowledges", "mouthed", "mouths",
        };

        // Base forms follow a subject, an auxiliary or "to" ("officials say", "went on to say"); never inverted, and
        // before a noun they are nouns or adjectives themselves ("state media", "note cards").
        private static readonly string[] BaseForms =
        {
            "say", "add", "write", "ask", "state", "explain", "note", "declare", "insist", "argue", "warn", "reply",
            "recall", "remark", "mention", "acknowledge", "announce", "respond", "concede", "admit", "claim",
            "assert", "confirm", "tweet", "comment", "caution", "stress", "emphasize", "emphasise", "suggest", "vow",
            "deny",
        };

        // The word after these is the listener: "told reporters", "urged Washington".
        private static readonly string[] AddressVerbs =
        {
            "told", "tells", "tell", "informed", "informs", "inform", "instructed", "instructs", "advised",
            "advises", "urged", "urges", "urge", "called", "calls", "described", "describes", "describe", "demanded",
            "demands", "demand", "reminded", "reminds", "assured", "assures", "briefed",

            // Spinners' "told": "Brooks knowledgeable Rhythm Weekly journal".
            "knowledgeable",
        };

        // A cue word followed by one of these has another sense: "added to the pressure", "knowledgeable about".
        private static readonly Dictionary<string, string[]> OtherSenses = new(StringComparer.OrdinalIgnoreCase)
        {
            ["added"] = new[] { "to" },
            ["adds"] = new[] { "to" },
            ["add"] = new[] { "to" },
            ["knowledgeable"] = new[] { "about", "on", "of", "in", "with" },
            ["famous"] = new[] { "for", "as", "in", "among" },
        };

        private static readonly string[] Participles =
        {
            "saying", "adding", "noting", "writing", "explaining", "insisting", "arguing", "warning", "declaring",
            "stating", "asking", "describing", "calling", "urging", "stressing", "emphasizing", "emphasising",
            "acknowledging", "mentioning", "remarking", "claiming", "asserting", "suggesting", "recalling",
            "tweeting", "posting", "complaining", "vowing", "pledging", "promising",
            "demanding", "informing", "advising", "instructing", "telling", "pointing out", "making clear",
            "making it clear", "reiterating", "predicting", "conceding", "admitting",
        };

        // Fixed phrases, several of them the spinners' ("is heard to say" for "says").
        private static readonly string[] Phrases =
        {
            "is heard to say", "was heard to say", "is heard saying", "was heard saying", "can be heard saying",
            "could be heard saying", "can be heard to say", "is quoted as saying", "was quoted as saying",
            "were quoted as saying", "are quoted as saying", "is reported to have said", "was reported to have said",
            "went on to say", "goes on to say", "go on to say", "made clear", "made it clear", "makes clear",
            "makes it clear", "make clear", "make it clear", "pointed out", "points out", "point out", "put it",
            "puts it", "spoke of", "had this to say", "has this to say",

            // Phrasal verbs of retort and interjection.
            "shot back", "shoots back", "fired back", "fires back", "hit back", "hits back", "wrote back",
            "chimed in", "chimes in", "cut in", "weighed in", "weighs in", "piped up", "spoke up",

            // "state media quoted Xi as saying …": the speaker is the phrase before "as".
            "as saying", "as telling", "as writing",
        };

        private static readonly string[] AttributingPrepositions = { "according to" };

        // Spinners' "called": "Biden known as the ruling “a extreme disappointment.”" — only with someone as subject,
        // since "a tax known as the “death tax”" names a thing.
        private static readonly string[] SpunNamingVerbs = { "known as", "referred to as", "referred to it as", "termed" };

        // Spinners' "according to": attributing only when a speaker follows ("in response to a U.S. official").
        private static readonly string[] SpunPrepositions = { "in accordance with", "in response to", "in keeping with", "in line with", "consistent with" };

        // Words with other common senses: a cue only right beside the quotation ("“…,” the statement read").
        private static readonly string[] AdjacentOnly =
        {
            "read", "reads", "famous", "well-known", "included", "includes", "defined", "defines", "requested",
            "went on", "goes on", "continued", "continues", "began", "begins", "concluded", "concludes", "shared",
            "talked about", "spoke about", "identified", "notable",
        };

        // Also literal words elsewhere; attributing only right after the quotation: "“…,” per the ministry".
        private static readonly string[] AdjacentPrepositions = { "per", "based on" };

        // They attribute a fragment only when no reporting verb does: "It blamed the “erroneous perception.”"
        private static readonly string[] StanceVerbs =
        {
            "blamed", "blames", "accused", "accuses", "criticized", "criticised", "criticizes", "criticises",
            "condemned", "condemns", "praised", "praises", "slammed", "slams", "welcomed", "welcomes", "hailed",
            "hails", "dismissed", "dismisses", "rejected", "rejects", "denounced", "denounces", "labeled", "labelled",
            "labels", "branded", "brands", "characterized", "characterised", "characterizes", "lauded", "decried",
            "lambasted", "blasted", "blasts", "defended", "defends", "questioned", "expressed", "expresses", "voiced",
            "highlighted", "highlights", "touted", "applauded", "applauds", "threatened",
            "blaming", "accusing", "criticizing", "criticising", "condemning", "praising", "slamming", "welcoming",
            "hailing", "dismissing", "rejecting", "denouncing", "branding", "expressing", "highlighting",
        };

        private static readonly Dictionary<string, List<ReportingCue>> ByFirstWord = Build();

        private static readonly HashSet<string> FiniteReportingVerbs = new(SpeechVerbs.Concat(AddressVerbs), StringComparer.Ordinal);

        /// <summary>Whether the cue word at <paramref name="i"/> is used in another sense by the word after it.</summary>
        public static bool HasOtherSense(IReadOnlyList<Token> tokens, int i) =>
            i + 1 < tokens.Count && OtherSenses.TryGetValue(tokens[i].Text, out string[]? next)
            && Array.Exists(next, w => tokens[i + 1].Is(w));

        /// <summary>A finite reporting verb, as written in lower case ("said", "told"): an attribution's verb.</summary>
        public static bool IsReportingVerb(string word) => FiniteReportingVerbs.Contains(word);

        /// <summary>
        /// The longest cue that starts at word <paramref name="i"/>, or <see langword="null"/>;
        /// <paramref name="end"/> is the token after it.
        /// </summary>
        public static ReportingCue? Match(IReadOnlyList<Token> tokens, int i, out int end)
        {
            end = i;
            Token first = tokens[i];

            if (first.Kind != TokenKind.Word || !ByFirstWord.TryGetValue(first.Text, out List<ReportingCue>? cues))
            {
                return null;
            }

            foreach (ReportingCue cue in cues)
            {
                // Verbs are lower case (a capitalised "State" is a name); "According to" may open a sentence.
                bool casingFits = !first.IsCapitalized || (cue.Form == CueForm.Preposition && cue.Words.Length > 1);
                if (casingFits && Matches(tokens, i, cue.Words))
                {
                    end = i + cue.Words.Length;
                    return cue;
                }
            }

            return null;
        }

        private static bool Matches(IReadOnlyList<Token> tokens, int i, string[] words)
        {
            if (i + words.Length > tokens.Count)
            {
                return false;
            }

            for (int k = 0; k < words.Length; k++)
            {
                Token token = tokens[i + k];
                if (token.Kind != TokenKind.Word || !string.Equals(token.Text, words[k], StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }

        private static Dictionary<string, List<ReportingCue>> Build()
        {
            var cues = new List<ReportingCue>();
            void Add(string[] entries, CueForm form, CueReach reach, bool invertible)
            {
                foreach (string entry in entries)
                {
                    cues.Add(new ReportingCue(entry.Split(' '), form, reach, invertible));
                }
            }

            Add(AdjacentOnly, CueForm.Finite, CueReach.Adjacent, invertible: true);
            Add(SpeechVerbs, CueForm.Finite, CueReach.Sentence, invertible: true);
            foreach (string entry in BaseForms)
            {
                cues.Add(new ReportingCue(new[] { entry }, CueForm.Finite, CueReach.Sentence, invertible: false, isBaseForm: true));
            }

            Add(AddressVerbs, CueForm.Finite, CueReach.Sentence, invertible: false);
            Add(Participles, CueForm.Participle, CueReach.Sentence, invertible: false);
            Add(Phrases, CueForm.Finite, CueReach.Sentence, invertible: false);
            Add(AttributingPrepositions, CueForm.Preposition, CueReach.Sentence, invertible: false);
            Add(AdjacentPrepositions, CueForm.Preposition, CueReach.Adjacent, invertible: false);
            foreach (string entry in SpunNamingVerbs)
            {
                cues.Add(new ReportingCue(entry.Split(' '), CueForm.Finite, CueReach.Sentence, invertible: false, needsSpeakerNoun: true));
            }

            foreach (string entry in SpunPrepositions)
            {
                cues.Add(new ReportingCue(entry.Split(' '), CueForm.Preposition, CueReach.Sentence, invertible: false, needsSpeakerNoun: true));
            }
            Add(StanceVerbs, CueForm.Finite, CueReach.Stance, invertible: false);

            var byFirst = new Dictionary<string, List<ReportingCue>>(StringComparer.OrdinalIgnoreCase);
            foreach (ReportingCue cue in cues)
            {
                if (!byFirst.TryGetValue(cue.Words[0], out List<ReportingCue>? list))
                {
                    byFirst[cue.Words[0]] = list = new List<ReportingCue>();
                }

                // A word listed twice keeps its first, most specific entry.
                if (cue.Words.Length > 1 || !list.Exists(c => c.Words.Length == 1))
                {
                    list.Add(cue);
                }
            }

            // Longest first, so "went on to say" wins over "went on"; a stable sort keeps the listing order among
            // cues of one length (List.Sort is not stable).
            var sorted = new Dictionary<string, List<ReportingCue>>(byFirst.Count, byFirst.Comparer);
            foreach (KeyValuePair<string, List<ReportingCue>> entry in byFirst)
            {
                sorted[entry.Key] = entry.Value.OrderByDescending(c => c.Words.Length).ToList();
            }

            return sorted;
        }
    }
}
