using System.Collections.Generic;

namespace Dataset.Benchmarks.Corpus
{
    /// <summary>The words synthetic articles are drawn from, in the register of the real (machine-spun) AP seed.</summary>
    internal static class Vocabulary
    {
        public static readonly string[] LeadingJunk = { "[ad_1]", "[ad_1]", "[ad_1]", "Advertisement" };

        public static readonly string[] TrailingJunk = { "Source link", "Source link", "Supply hyperlink" };

        public static readonly string[] Agencies = { "AP", "Reuters", "AFP via Getty Images", "Bloomberg", "EPA" };

        public static readonly string[] Days = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

        public static readonly string[] Places =
        {
            "Beijing", "Washington", "Kyiv", "Nairobi", "Lagos", "Lima", "Hanoi", "Jakarta", "Manila", "Seoul", "Tokyo",
            "Berlin", "Paris", "Madrid", "Lisbon", "Warsaw", "Prague", "Vienna", "Cairo", "Tunis", "Accra", "Dakar",
            "Quito", "Bogota", "Santiago", "Montevideo", "Ottawa", "Havana", "Dublin", "Oslo", "Helsinki", "Riga",
            "Tallinn", "Vilnius", "Ankara", "Tbilisi", "Yerevan", "Baku", "Tashkent", "Kabul", "Dhaka", "Colombo",
            "Singapore", "Canberra", "Wellington", "Suva", "Brasilia", "Caracas", "Managua", "Kingston",
        };

        public static readonly string[] Countries =
        {
            "Ukraine", "Kenya", "Nigeria", "Peru", "Vietnam", "Indonesia", "Philippines", "Germany", "Portugal",
            "Poland", "Egypt", "Ghana", "Senegal", "Ecuador", "Colombia", "Chile", "Georgia", "Armenia",
        };

        public static readonly string[] Outlets =
        {
            "state broadcaster CCTV", "reporters", "the Associated Press", "a local radio station", "lawmakers",
            "a parliamentary committee", "students at the university", "the press pool", "a television panel",
        };

        public static readonly string[] Organisations =
        {
            "the State Department", "the ministry", "the central bank", "the port authority", "the trade union",
            "the electoral commission", "the health agency", "the coast guard", "the city council", "the navy",
            "the treasury", "the supreme court", "the opposition party", "the employers’ federation", "the rail operator",
            "the water utility", "the farmers’ cooperative", "the refugee agency", "the space agency", "the police",
        };

        public static readonly string[] Roles =
        {
            "spokesperson", "director", "chief economist", "deputy minister", "senior official", "analyst", "chair",
            "secretary", "adviser", "commander", "negotiator", "researcher", "treasurer", "inspector", "envoy",
        };

        public static readonly string[] Cues = { "said", "said", "said", "stated", "added", "told reporters", "noted", "informed reporters" };

        public static readonly string[] QuoteOpeners =
        {
            "We believe", "I hope", "It is clear", "Nobody expected", "This shows", "We have agreed", "I think",
            "They know", "We cannot accept", "It’s time", "We don’t know whether", "Everyone saw", "I’m confident",
            "The truth is", "We were told", "I can confirm", "Our view is", "It was never", "We’ve learned", "They’ve said",
        };

        public static readonly string[] Conjunctions = { "while", "as", "although", "because", "after", "before", "and", "but", "whereas", "since" };

        public static readonly string[] Prepositions = { "towards", "against", "beyond", "within", "across", "despite", "through", "without", "amid", "over" };

        public static readonly string[] Adverbs =
        {
            "quietly", "sharply", "narrowly", "firmly", "rarely", "openly", "largely", "barely", "steadily", "suddenly",
            "gradually", "partly", "widely", "deeply", "briefly", "formally", "fully", "loosely", "closely", "fairly",
        };

        public static readonly string[] VerbsPast =
        {
            "expanded", "postponed", "rejected", "approved", "weakened", "reshaped", "questioned", "funded", "delayed",
            "shielded", "limited", "doubled", "halved", "welcomed", "blocked", "revived", "eased", "tightened", "reviewed",
            "outlined", "replaced", "protected", "challenged", "restored", "examined", "undermined", "secured", "launched",
            "abandoned", "endorsed", "measured", "financed", "resisted", "defended", "tracked", "built", "sold", "bought",
            "raised", "cut", "reported", "predicted", "covered", "shaped", "moved", "pressed", "opened", "closed",
        };

        public static readonly string[] Adjectives =
        {
            "fragile", "ambitious", "costly", "regional", "bilateral", "unexpected", "modest", "urgent", "disputed",
            "provisional", "rural", "coastal", "digital", "fiscal", "seasonal", "hovering", "important", "vexing",
            "senior", "fractious", "healthy", "stable", "illegal", "technological", "internal", "arbitrary", "broader",
            "worldwide", "nationwide", "northern", "southern", "eastern", "western", "municipal", "federal", "private",
            "public", "temporary", "permanent", "strategic", "legal", "medical", "financial", "electoral", "industrial",
            "agricultural", "maritime", "humanitarian", "cautious", "bold", "quiet", "noisy", "slow", "rapid", "narrow",
            "wide", "fresh", "aging", "sprawling", "remote",
        };

        public static readonly string[] Nouns =
        {
            "tension", "agreement", "budget", "pipeline", "harbour", "bridge", "tariff", "subsidy", "election", "ceasefire",
            "summit", "treaty", "reservoir", "vaccine", "curriculum", "railway", "satellite", "drought", "harvest",
            "refinery", "shipyard", "mandate", "inquiry", "lawsuit", "protest", "strike", "pension", "mortgage", "loan",
            "surplus", "deficit", "reform", "coalition", "sanction", "embargo", "dialogue", "negotiation", "convoy",
            "checkpoint", "airport", "hospital", "clinic", "school", "district", "province", "border", "corridor",
            "network", "grid", "dam", "forest", "wetland", "fishery", "mine", "factory", "warehouse", "market", "currency",
            "bond", "index", "survey", "census", "ballot", "verdict", "appeal", "statute", "decree", "license", "permit",
            "quota", "levy", "tunnel", "highway", "port", "fleet", "assembly", "delegation", "council", "committee",
            "ministry", "agency", "channel", "symposium", "balloon", "precursor", "disaster", "capability", "rhetoric",
        };

        public static readonly string[] FirstNames =
        {
            "Antony", "Maria", "Joe", "Wang", "Qin", "Lloyd", "Jake", "William", "Bill", "Leah", "Amara", "Chidi", "Fatima",
            "Yusuf", "Olga", "Dmytro", "Ines", "Pedro", "Lucia", "Mateo", "Sofia", "Liam", "Noah", "Emma", "Ava", "Mia",
            "Hana", "Kenji", "Yuki", "Min-jun", "Ji-woo", "Priya", "Arjun", "Ravi", "Anjali", "Kwame", "Ama", "Kofi",
            "Abena", "Ngozi", "Tunde", "Zainab", "Omar", "Layla", "Karim", "Nadia", "Sven", "Ingrid", "Lars", "Freya",
            "Pierre", "Camille", "Luc", "Chloe", "Hans", "Greta", "Jonas", "Lea", "Marek", "Zofia", "Tomas", "Eva",
            "Giorgi", "Nino", "Aram", "Ani", "Elif", "Mehmet", "Ayse", "Burak", "Diego", "Valentina", "Carlos", "Ana",
            "Rafael", "Beatriz", "Thabo", "Naledi", "Sipho", "Lerato", "Tariq", "Sana", "Imran", "Ayesha", "Greg",
            "Erin", "Sean", "Aoife", "Niamh", "Ciaran", "Kai", "Leilani", "Mele", "Sione", "Aroha", "Tane", "Ilya",
            "Katya", "Boris", "Vera", "Linh", "Minh", "Thu", "Duc", "Siti", "Budi", "Dewi", "Agus", "Rosa", "Jorge",
        };

        public static readonly string[] Surnames =
        {
            "Millis", "Okafor", "Brennan", "Haddad", "Novak", "Lindqvist", "Moreau", "Tanaka", "Mensah", "Castillo",
            "Petrenko", "Nguyen", "Santos", "Kowalski", "Osei", "Rahman", "Fischer", "Costa", "Ivanova", "Park",
        };

        private static readonly string[] SurnameSyllables =
        {
            "ka", "ro", "vin", "mel", "ta", "son", "ber", "li", "do", "ran", "ze", "mo", "shi", "gar", "el", "nu", "pa",
            "wen", "tor", "fi", "lo", "ven", "da", "rik", "sa", "mun", "go", "hal", "bi", "ker", "ya", "dov", "cha",
            "les", "ri", "ton", "ju", "nes", "quin", "bar", "mi", "sol", "te", "vak", "dri",
        };

        /// <summary>
        /// <paramref name="size"/> distinct full names ("Amara Velkaro"): real first names and made-up surnames of two or three
        /// syllables, so the pool can hold ~90,000 people without a surname becoming an English word.
        /// </summary>
        public static string[] SpeakerPool(ulong corpusSeed, int size)
        {
            var rng = new Rng(corpusSeed, 0);
            var names = new string[size];
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            int n = 0;
            while (n < size)
            {
                int syllables = rng.Next(2, 4);
                var surname = new System.Text.StringBuilder(rng.Next(20) == 0 ? "O’" : string.Empty);
                for (int s = 0; s < syllables; s++)
                {
                    string syllable = SurnameSyllables[rng.Next(SurnameSyllables.Length)];
                    surname.Append(surname.Length == 0 || surname[surname.Length - 1] == '’' ? char.ToUpperInvariant(syllable[0]) + syllable.Substring(1) : syllable);
                }

                string name = FirstNames[rng.Next(FirstNames.Length)] + " " + surname;
                if (seen.Add(name))
                {
                    names[n++] = name;
                }
            }

            return names;
        }
    }
}
