using System;
using System.Collections.Generic;

namespace Dataset.Generator.Parsing.Quotes
{
    /// <summary>
    /// The closed classes of English words the attribution rules lean on: determiners, pronouns, auxiliaries,
    /// prepositions. Open classes (reporting verbs, titles, organisation words) live in <see cref="ReportingCues"/>
    /// and <see cref="NameWords"/>.
    /// </summary>
    internal static class WordClasses
    {
        /// <summary>Words an apostrophe shortens at their start: ’em, ’til, ’tis, ’cause.</summary>
        public static readonly HashSet<string> Elisions = Set(
            "em", "til", "tis", "twas", "twere", "cause", "cos", "bout", "round", "nuff", "cept", "neath", "gainst", "ol", "n");

        /// <summary>Words that open a noun phrase; "that" is left out because it mostly introduces a clause.</summary>
        public static readonly HashSet<string> Determiners = Set(
            "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
            "one", "two", "three", "four", "five", "some", "several", "many", "both", "each", "every", "another",
            "any", "no", "all", "most", "few", "other", "such");

        /// <summary>Determiners that make the next word a noun: "a statement", "his remarks" (but "both said").</summary>
        public static readonly HashSet<string> Articles = Set(
            "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "every", "another");

        /// <summary>Determiners of something already named: "the ministry", "this company".</summary>
        public static readonly HashSet<string> DefiniteDeterminers = Set("the", "this", "that", "these", "those");

        /// <summary>Pronouns that can be the subject of a reporting verb.</summary>
        public static readonly HashSet<string> SubjectPronouns = Set("he", "she", "it", "they", "we", "i", "you");

        public static readonly HashSet<string> RelativePronouns = Set("who", "which", "that", "whom");

        /// <summary>Words that may stand between a subject and its verb: "Xi has also said", "he later added".</summary>
        public static readonly HashSet<string> VerbModifiers = Set(
            "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "did",
            "does", "do", "also", "later", "then", "once", "again", "previously", "recently", "reportedly", "repeatedly",
            "earlier", "further", "publicly", "privately", "simply", "only", "just", "even", "often", "still", "never",
            "always", "already", "now", "first", "initially", "subsequently", "finally", "too", "not", "separately",
            "herself", "himself", "themselves", "itself", "both", "all", "each", "jointly");

        public static readonly HashSet<string> BeForms = Set("is", "was", "were", "are", "be", "been", "being", "am");

        /// <summary>Words that join clauses; a verb right after one shares the earlier subject.</summary>
        public static readonly HashSet<string> Coordinators = Set(
            "and", "but", "or", "nor", "yet", "so", "then", "while", "whereas", "however", "though", "although");

        public static readonly HashSet<string> Prepositions = Set(
            "in", "on", "at", "to", "from", "with", "by", "for", "of", "about", "after", "before", "during", "since",
            "until", "over", "under", "into", "onto", "upon", "through", "across", "against", "among", "between",
            "without", "within", "amid", "toward", "towards", "via", "per", "like", "than", "as", "near", "outside",
            "inside", "despite", "following", "including", "throughout", "behind", "beyond", "around");

        /// <summary>Capitalised at the start of a sentence but never part of a name.</summary>
        public static readonly HashSet<string> NonNameCapitalized = Set(
            "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
            "he", "she", "it", "they", "we", "i", "you", "and", "but", "or", "nor", "yet", "so", "then", "however",
            "meanwhile", "instead", "still", "also", "now", "later", "earlier", "today", "yesterday", "tomorrow",
            "tonight", "here", "there", "thus", "moreover", "furthermore", "indeed", "nevertheless", "nonetheless",
            "separately", "additionally", "afterward", "afterwards", "finally", "overall", "asked", "speaking",
            "when", "where", "what", "why", "how", "whether", "if", "unless", "because", "although", "though", "once",
            "while", "in", "on", "at", "to", "from", "with", "by", "for", "of", "about", "after", "before", "during",
            "since", "until", "over", "under", "into", "through", "across", "against", "among", "between", "without",
            "within", "amid", "despite", "following", "according", "as", "like", "unlike", "both", "neither", "either",
            "each", "every", "some", "many", "most", "all", "any", "other", "another", "such", "yes", "no", "not",
            "only", "even", "just", "please", "who", "which", "last", "next", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "is", "was", "are", "were", "there's", "it's", "that's",
            "let", "responding", "addressing", "writing", "given", "upon", "being", "having", "early", "late", "back",
            "outside", "inside", "behind", "beyond", "around", "near", "along", "ahead", "alongside");

        /// <summary>Sentence openers after which the subject comes only after the first comma.</summary>
        public static readonly HashSet<string> IntroductoryWords = Set(
            "in", "on", "at", "after", "before", "during", "despite", "since", "when", "while", "as", "although",
            "though", "because", "if", "with", "without", "for", "from", "following", "amid", "under", "over", "by",
            "asked", "speaking", "last", "this", "throughout", "unlike", "like", "once", "until", "upon", "within",
            "among", "across", "given", "according", "responding", "addressing", "writing", "earlier", "later",
            "early", "late", "back", "outside", "inside", "behind", "beyond", "around", "near", "along", "ahead",
            "alongside");

        /// <summary>Sentence adverbs that can open a sentence before its subject: "However, Beijing said".</summary>
        public static readonly HashSet<string> SentenceAdverbs = Set(
            "and", "but", "or", "so", "yet", "however", "meanwhile", "instead", "still", "also", "moreover",
            "furthermore", "indeed", "nevertheless", "nonetheless", "separately", "additionally", "afterward",
            "afterwards", "finally", "overall", "now", "then", "today", "yesterday", "thus", "both");

        public static readonly HashSet<string> Weekdays = Set(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight");

        /// <summary>Abbreviations that keep their period: "Mr.", "Corp.", "Jan.".</summary>
        public static readonly HashSet<string> Abbreviations = Set(
            "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "gen", "lt", "col", "maj", "capt", "sgt", "adm",
            "cmdr", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "det", "insp", "corp", "inc", "ltd", "co",
            "bros", "plc", "no", "nos", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "mt", "ft", "ave", "blvd", "rd", "approx", "est", "dept", "univ", "fig", "vol");

        /// <summary>Abbreviations that can also end a sentence: "… founded Microsoft Corp. The company …".</summary>
        public static readonly HashSet<string> SentenceEndingAbbreviations = Set(
            "corp.", "inc.", "ltd.", "co.", "bros.", "plc.", "jr.", "sr.", "etc.");

        /// <summary>Particles inside personal names: Ursula von der Leyen, Charles de Gaulle, Mohammed bin Salman.</summary>
        public static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
        {
            "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "bin", "ibn", "al", "el",
            "dos", "das", "ter", "ten",
        };

        /// <summary>Lower-case words allowed inside a proper name: Ministry of Foreign Affairs, Procter &amp; Gamble.</summary>
        public static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal)
        {
            "of", "for", "and", "&", "the", "on", "de", "da", "di", "du", "del", "der", "van", "von", "la", "le",
            "bin", "ibn", "al", "el",
        };

        /// <summary>Words ending in "-ly" that are not adverbs: "the assembly said", "her family".</summary>
        public static readonly HashSet<string> NotAdverbs = Set(
            "assembly", "family", "supply", "ally", "rally", "monopoly", "anomaly", "homily", "butterfly", "reply",
            "apply", "comply", "rely", "imply", "multiply", "italy", "july", "bully", "belly", "jelly");

        public static bool IsAdverb(string word) =>
            VerbModifiers.Contains(word)
            || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]) && !NotAdverbs.Contains(word));

        private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);
    }
}
