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
        public ReportingCue(int number, string[] words, CueForm form, CueReach reach, bool invertible, bool needsSpeakerNoun = false, bool isBaseForm = false)
        {
            Number = number;
            IsBaseForm = isBaseForm;
            Words = words;
            Form = form;
            Reach = reach;
            Invertible = invertible;
            NeedsSpeakerNoun = needsSpeakerNoun;
        }

        /// <summary>Its place among all cues (<see cref="ReportingCues.Numbered"/>), so a paragraph can note it in two bytes.</summary>
        public int Number { get; }

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
    /// Finds the reporting expressions listed in <see cref="Lexicon"/> among a paragraph's tokens: the verbs
    /// journalists use, and the synonyms article spinners put in their place ("stated", "is heard to say", "in
    /// accordance with", "famous" for "noted"), each with how it relates to its speaker.
    /// </summary>
    internal static class ReportingCues
    {












        private static readonly ReportingCue[] All = Catalogue();

        private static readonly Dictionary<string, List<ReportingCue>> ByFirstWord = ByFirst(All);

        // Every word of an article is asked whether a cue starts with it; almost none does.
        private static readonly WordSet FirstWords = new(new HashSet<string>(ByFirstWord.Keys, StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);

        private static readonly HashSet<string> FiniteReportingVerbs = new(Lexicon.SpeechVerbs.Concat(Lexicon.AddressVerbs), StringComparer.Ordinal);

        /// <summary>Whether the cue word at <paramref name="i"/> is used in another sense by the word after it.</summary>
        public static bool HasOtherSense(ParagraphAnalysis tokens, int i)
        {
            if (i + 1 >= tokens.Count || !Lexicon.OtherSenses.TryGetValue(tokens[i].Text, out string[]? next))
            {
                return false;
            }

            foreach (string word in next)
            {
                if (tokens[i + 1].Is(word))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A finite reporting verb, as written in lower case ("said", "told"): an attribution's verb.</summary>
        public static bool IsReportingVerb(string word) => FiniteReportingVerbs.Contains(word);

        /// <summary>
        /// The longest cue that starts at word <paramref name="i"/>, or <see langword="null"/>;
        /// <paramref name="end"/> is the token after it.
        /// </summary>
        public static ReportingCue? Match(ParagraphAnalysis tokens, int i, out int end)
        {
            end = i;
            ref readonly Token first = ref tokens[i];

            if (first.Kind != TokenKind.Word || !FirstWords.Contains(first.Text) || !ByFirstWord.TryGetValue(first.Text, out List<ReportingCue>? cues))
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

        private static bool Matches(ParagraphAnalysis tokens, int i, string[] words)
        {
            if (i + words.Length > tokens.Count)
            {
                return false;
            }

            for (int k = 0; k < words.Length; k++)
            {
                ref readonly Token token = ref tokens[i + k];
                if (token.Kind != TokenKind.Word || !string.Equals(token.Text, words[k], StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The cue numbered <paramref name="number"/>.</summary>
        public static ReportingCue Numbered(int number) => All[number];

        private static ReportingCue[] Catalogue()
        {
            var cues = new List<ReportingCue>();
            void Add(string[] entries, CueForm form, CueReach reach, bool invertible)
            {
                foreach (string entry in entries)
                {
                    cues.Add(new ReportingCue(cues.Count, entry.Split(' '), form, reach, invertible));
                }
            }

            Add(Lexicon.AdjacentOnly, CueForm.Finite, CueReach.Adjacent, invertible: true);
            Add(Lexicon.SpeechVerbs, CueForm.Finite, CueReach.Sentence, invertible: true);
            foreach (string entry in Lexicon.BaseForms)
            {
                cues.Add(new ReportingCue(cues.Count, new[] { entry }, CueForm.Finite, CueReach.Sentence, invertible: false, isBaseForm: true));
            }

            Add(Lexicon.AddressVerbs, CueForm.Finite, CueReach.Sentence, invertible: false);
            Add(Lexicon.Participles, CueForm.Participle, CueReach.Sentence, invertible: false);
            Add(Lexicon.Phrases, CueForm.Finite, CueReach.Sentence, invertible: false);
            Add(Lexicon.AttributingPrepositions, CueForm.Preposition, CueReach.Sentence, invertible: false);
            Add(Lexicon.AdjacentPrepositions, CueForm.Preposition, CueReach.Adjacent, invertible: false);
            foreach (string entry in Lexicon.SpunNamingVerbs)
            {
                cues.Add(new ReportingCue(cues.Count, entry.Split(' '), CueForm.Finite, CueReach.Sentence, invertible: false, needsSpeakerNoun: true));
            }

            foreach (string entry in Lexicon.SpunPrepositions)
            {
                cues.Add(new ReportingCue(cues.Count, entry.Split(' '), CueForm.Preposition, CueReach.Sentence, invertible: false, needsSpeakerNoun: true));
            }
            Add(Lexicon.StanceVerbs, CueForm.Finite, CueReach.Stance, invertible: false);
            return cues.ToArray();
        }

        private static Dictionary<string, List<ReportingCue>> ByFirst(ReportingCue[] cues)
        {
            var byFirst = new Dictionary<string, List<ReportingCue>>(StringComparer.OrdinalIgnoreCase);
            foreach (ReportingCue cue in cues)
            {
                if (!byFirst.TryGetValue(cue.Words[0], out List<ReportingCue>? list))
                {
                    byFirst[cue.Words[0]] = list = new List<ReportingCue>();
                }

                list.Add(cue);
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
