using System;
using System.Collections.Generic;

namespace Dataset.Generator.Parsing.Quotes
{
    /// <summary>
    /// Every word list the quote extractor uses, as data in one place: closed word classes, names, titles and
    /// organisations, reporting cues, and the words that make a quotation a name. The stages hold the rules; this
    /// holds the words. An entry is listed once (<see cref="RepeatedEntries"/> is empty; a test checks it).
    /// </summary>
    internal static class Lexicon
    {
        private static readonly List<string> Repeated = new();

        // ---- Closed word classes: determiners, pronouns, auxiliaries, prepositions ----------------------------

        /// <summary>Words an apostrophe shortens at their start: ’em, ’til, ’tis, ’cause.</summary>
        public static readonly WordSet Elisions = Set(
            "em", "til", "tis", "twas", "twere", "cause", "cos", "bout", "round", "nuff", "cept", "neath", "gainst", "ol", "n");

        /// <summary>Words that open a noun phrase; "that" is left out because it mostly introduces a clause.</summary>
        public static readonly WordSet Determiners = Set(
            "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
            "one", "two", "three", "four", "five", "some", "several", "many", "both", "each", "every", "another",
            "any", "no", "all", "most", "few", "other", "such");

        /// <summary>Determiners that make the next word a noun: "a statement", "his remarks" (but "both said").</summary>
        public static readonly WordSet Articles = Set(
            "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "every", "another");

        /// <summary>Determiners of something already named: "the ministry", "this company".</summary>
        public static readonly WordSet DefiniteDeterminers = Set("the", "this", "that", "these", "those");

        /// <summary>Pronouns that can be the subject of a reporting verb.</summary>
        public static readonly WordSet SubjectPronouns = Set("he", "she", "it", "they", "we", "i", "you");

        public static readonly WordSet RelativePronouns = Set("who", "which", "that", "whom", "whose");

        /// <summary>Words that may stand between a subject and its verb: "Xi has also said", "he later added".</summary>
        public static readonly WordSet VerbModifiers = Set(
            "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "did",
            "does", "do", "also", "later", "then", "once", "again", "previously", "recently", "reportedly", "repeatedly",
            "earlier", "further", "publicly", "privately", "simply", "only", "just", "even", "often", "still", "never",
            "always", "already", "now", "first", "initially", "subsequently", "finally", "too", "not", "separately",
            "herself", "himself", "themselves", "itself", "both", "all", "each", "jointly");

        public static readonly WordSet BeForms = Set("is", "was", "were", "are", "be", "been", "being", "am");

        /// <summary>Words that join clauses; a verb right after one shares the earlier subject.</summary>
        public static readonly WordSet Coordinators = Set(
            "and", "but", "or", "nor", "yet", "so", "then", "while", "whereas", "however", "though", "although");

        public static readonly WordSet Prepositions = Set(
            "in", "on", "at", "to", "from", "with", "by", "for", "of", "about", "after", "before", "during", "since",
            "until", "over", "under", "into", "onto", "upon", "through", "across", "against", "among", "between",
            "without", "within", "amid", "toward", "towards", "via", "per", "like", "than", "as", "near", "outside",
            "inside", "despite", "following", "including", "throughout", "behind", "beyond", "around");

        /// <summary>Capitalised at the start of a sentence but never part of a name.</summary>
        public static readonly WordSet NonNameCapitalized = Set(
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
        public static readonly WordSet IntroductoryWords = Set(
            "in", "on", "at", "after", "before", "during", "despite", "since", "when", "while", "as", "although",
            "though", "because", "if", "with", "without", "for", "from", "following", "amid", "under", "over", "by",
            "asked", "speaking", "last", "this", "throughout", "unlike", "like", "once", "until", "upon", "within",
            "among", "across", "given", "according", "responding", "addressing", "writing", "earlier", "later",
            "early", "late", "back", "outside", "inside", "behind", "beyond", "around", "near", "along", "ahead",
            "alongside");

        /// <summary>Sentence adverbs that can open a sentence before its subject: "However, Beijing said".</summary>
        public static readonly WordSet SentenceAdverbs = Set(
            "and", "but", "or", "so", "yet", "however", "meanwhile", "instead", "still", "also", "moreover",
            "furthermore", "indeed", "nevertheless", "nonetheless", "separately", "additionally", "afterward",
            "afterwards", "finally", "overall", "now", "then", "today", "yesterday", "thus", "both");

        public static readonly WordSet Weekdays = Set(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight");

        /// <summary>Abbreviations that keep their period: "Mr.", "Corp.", "Jan.".</summary>
        public static readonly WordSet Abbreviations = Set(
            "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "gen", "lt", "col", "maj", "capt", "sgt", "adm",
            "cmdr", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "det", "insp", "corp", "inc", "ltd", "co",
            "bros", "plc", "no", "nos", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "mt", "ft", "ave", "blvd", "rd", "approx", "est", "dept", "univ", "fig", "vol");

        /// <summary>Abbreviations that can also end a sentence: "… founded Microsoft Corp. The company …".</summary>
        public static readonly WordSet SentenceEndingAbbreviations = Set(
            "corp.", "inc.", "ltd.", "co.", "bros.", "plc.", "jr.", "sr.", "etc.");

        /// <summary>Particles inside personal names: Ursula von der Leyen, Charles de Gaulle, Mohammed bin Salman.</summary>
        public static readonly WordSet NameParticles = new(new HashSet<string>(StringComparer.Ordinal)
        {
            "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "bin", "ibn", "al", "el",
            "dos", "das", "ter", "ten",
        }, StringComparer.Ordinal);

        /// <summary>Lower-case words allowed inside a proper name: Ministry of Foreign Affairs, Procter &amp; Gamble.</summary>
        public static readonly WordSet NameConnectors = new(new HashSet<string>(StringComparer.Ordinal)
        {
            "of", "for", "and", "&", "the", "on", "de", "da", "di", "du", "del", "der", "van", "von", "la", "le",
            "bin", "ibn", "al", "el",
        }, StringComparer.Ordinal);

        /// <summary>Words ending in "-ly" that are not adverbs: "the assembly said", "her family".</summary>
        public static readonly WordSet NotAdverbs = Set(
            "assembly", "family", "supply", "ally", "rally", "monopoly", "anomaly", "homily", "butterfly", "reply",
            "apply", "comply", "rely", "imply", "multiply", "italy", "july", "bully", "belly", "jelly");

        public static bool IsAdverb(string word) =>
            VerbModifiers.Contains(word)
            || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]) && !NotAdverbs.Contains(word));

        // ---- Names: titles and roles, organisations, people, documents, first names --------------------------

        /// <summary>Honorifics: kept in the speaker as written ("Mr. O’Connor"), dropped from the name.</summary>
        public static readonly WordSet Honorifics = Set(
            "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "dr", "dr.", "prof", "prof.", "sir", "dame",
            "lord", "lady", "rev", "rev.", "hon.", "madam", "madame", "monsieur", "herr", "frau", "señor", "señora");

        /// <summary>
        /// Offices and ranks, which news style writes as a capitalised title right before a name: "Secretary of
        /// State Antony Blinken", "Judge Rosalind Obi", "Maj. Gen. John Doe". Such a title is part of the speaker as
        /// written; the name leaves it out.
        /// </summary>
        public static readonly WordSet FormsOfAddress = Set(
            "president", "vice", "secretary", "minister", "prime", "premier", "chancellor", "foreign", "defense",
            "defence", "state", "treasury", "commerce", "interior", "home", "finance", "trade", "security", "national",
            "chief", "executive", "general", "attorney", "justice", "judge", "senator", "sen.", "representative",
            "rep.", "congressman", "congresswoman", "governor", "gov.", "mayor", "ambassador", "envoy", "speaker",
            "leader", "commissioner", "king", "queen", "prince", "princess", "pope", "sheikh", "emir", "crown", "gen.",
            "lt.", "col.", "maj.", "capt.", "sgt.", "adm.", "cmdr.", "det.", "insp.", "supt.", "officer", "detective",
            "inspector", "sheriff", "deputy", "senior", "assistant", "acting", "former", "top", "high", "councillor",
            "councilor", "councilman", "councilwoman", "cllr", "cllr.", "superintendent", "principal", "professor",
            "dean", "bishop", "cardinal", "archbishop", "rabbi", "imam", "father", "sister", "brother", "sergeant",
            "captain", "colonel", "lieutenant", "major", "admiral", "commander", "marshal", "field", "private",
            "corporal", "chairman", "chairwoman", "chair", "chairperson", "director", "administrator", "mayor-elect",
            "president-elect", "premier-elect", "minister-president", "vice-president", "undersecretary", "counsel",
            "reverend", "pastor", "constable", "trooper", "agent", "solicitor", "prosecutor", "magistrate",
            "treasurer", "comptroller", "auditor", "clerk", "provost", "rector", "legislator", "assemblyman",
            "assemblywoman", "delegate", "consul", "emeritus", "whip", "majority", "minority", "house", "senate");

        /// <summary>
        /// Occupations and roles, which describe a person but are not a title: "chief economist Ana Ruiz", "Host Pat
        /// Donnelly" (capitalised only because it opens the sentence). Neither the speaker as written nor the name
        /// keeps them.
        /// </summary>
        public static readonly WordSet Roles = Set(
            "adviser", "advisor", "economist", "analyst", "lawyer", "diplomat", "counselor", "counsellor", "chef",
            "editor", "publisher", "correspondent", "producer", "anchor", "host", "presenter", "caller", "columnist",
            "author", "writer", "artist", "actor", "actress", "singer", "rapper", "star", "quarterback", "pitcher",
            "striker", "midfielder", "goalkeeper", "pilot", "nurse", "surgeon", "physician", "doctor", "pharmacist",
            "priest", "scholar", "fellow", "researcher", "historian", "strategist", "pollster", "consultant",
            "lobbyist", "activist", "organizer", "organiser", "owner", "partner", "investor", "banker", "broker",
            "entrepreneur", "developer", "billionaire", "comedian", "filmmaker", "playwright", "novelist", "poet",
            "photographer", "designer", "architect", "engineer", "scientist", "epidemiologist", "virologist",
            "psychologist", "psychiatrist", "barrister", "coordinator", "supervisor", "ranger", "firefighter",
            "paramedic", "aide", "veteran", "resident", "student", "teacher", "candidate", "nominee", "challenger",
            "incumbent", "spokesperson", "spokesman", "spokeswoman", "founder", "co-founder", "cofounder", "ceo",
            "cfo", "coo", "head", "manager", "lawmaker", "coach", "farmer", "trader", "vendor", "driver", "fisherman",
            "shopkeeper", "midwife", "reporter", "journalist");

        /// <summary>
        /// Nouns that describe the organisation or person named right after them: "electronics maker Orbix", "tech
        /// giant Apple", "lender HSBC" (any "-maker" too: "chipmaker", "automaker").
        /// </summary>
        public static readonly WordSet DescriptiveNouns = Set(
            "maker", "giant", "firm", "startup", "lender", "carrier", "airline", "operator", "retailer", "insurer",
            "rival", "brand", "outlet", "manufacturer", "supplier", "distributor", "provider", "regulator",
            "watchdog", "shipyard", "builder", "consultancy", "charity", "band", "label", "conglomerate", "chain",
            "platform", "app", "publisher", "studio", "exporter", "importer", "producer", "owner");

        private static readonly Dictionary<string, string> TitleAbbreviations = new(StringComparer.Ordinal)
        {
            ["gov."] = "governor", ["sen."] = "senator", ["rep."] = "representative", ["gen."] = "general",
            ["lt."] = "lieutenant", ["col."] = "colonel", ["maj."] = "major", ["capt."] = "captain", ["sgt."] = "sergeant",
            ["adm."] = "admiral", ["cmdr."] = "commander", ["det."] = "detective", ["insp."] = "inspector",
            ["supt."] = "superintendent", ["cllr"] = "councillor", ["cllr."] = "councillor", ["councilor"] = "councillor",
            ["prof."] = "professor", ["dr."] = "doctor", ["dr"] = "doctor",
        };

        /// <summary>Capitalised words that make a name a thing or a place, not a person: "Harcourt Prize", "Mill Lane".</summary>
        public static readonly WordSet ThingWords = Set(
            "prize", "award", "awards", "cup", "trophy", "medal", "festival", "championship", "championships", "games",
            "stadium", "arena", "park", "street", "road", "lane", "avenue", "river", "bridge", "hall", "square",
            "airport", "station", "market", "mountain", "mountains", "lake", "island", "islands", "valley", "county",
            "district", "province", "region", "city", "town", "village", "harbour", "harbor", "port", "beach", "bay");

        /// <summary>Every word that can stand for a person's position before their name.</summary>
        public static readonly WordSet Titles = Union(Honorifics, FormsOfAddress, Roles);

        /// <summary>What may follow a surname: "Martin Luther King Jr.".</summary>
        public static readonly WordSet Suffixes = Set("jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "esq", "esq.", "phd", "md");

        /// <summary>Words that make a capitalised phrase an organisation: "State Department", "Reuters News Agency".</summary>
        public static readonly WordSet OrganisationWords = Set(
            "ministry", "department", "dept.", "agency", "council", "committee", "commission", "office", "corp.",
            "corp", "corporation", "inc.", "inc", "ltd.", "ltd", "llc", "plc", "co.", "company", "group", "bank",
            "party", "government", "administration", "university", "college", "school", "court", "police", "army",
            "navy", "military", "forces", "embassy", "consulate", "foundation", "institute", "association", "union",
            "organization", "organisation", "federation", "service", "services", "bureau", "authority", "board",
            "house", "senate", "congress", "parliament", "assembly", "kremlin", "pentagon", "cabinet", "times",
            "post", "news", "network", "broadcaster", "television", "radio", "press", "journal", "herald", "tribune",
            "guardian", "telegraph", "reuters", "xinhua", "tass", "league", "club", "team", "fund", "trust",
            "alliance", "coalition", "campaign", "center", "centre", "hospital", "church", "nations", "un",
            "nato", "who", "fbi", "cia", "nasa", "eu", "imf", "opec", "ministries", "state-run", "media", "daily",
            "airlines", "motors", "holdings", "industries", "technologies", "systems", "labs", "studios", "records",
            "tribunal", "prosecutors", "prosecutor's", "council's", "secretariat", "directorate", "command",
            "guard", "guards", "regime", "junta", "statement", "report", "spokesperson's", "delegation", "society",
            "collective", "constabulary", "courier", "gazette", "chronicle", "observer", "ledger", "foods", "shipping",
            "rail", "railways", "airways", "energy", "software", "logistics", "analytics", "securities",
            "insurance", "pharmaceuticals", "estates", "homes", "firm");

        /// <summary>
        /// What a bare description of an organisation can mean when no name repeats its word: "the company" is the
        /// last business named ("Halvorsen Foods"), "the paper" the last newspaper ("the Ashanti Courier").
        /// </summary>
        public static readonly Dictionary<string, OrganisationKind> OrganisationKinds = Kinds(
            (Set("company", "firm", "business", "group", "corporation", "corporate", "operator", "carrier", "retailer",
                "maker", "manufacturer", "developer", "lender", "insurer", "shipowner", "brand", "chain", "startup",
                "supplier"),
             Set("ltd", "ltd.", "inc", "inc.", "plc", "llc", "corp", "corp.", "co.", "company", "group", "holdings",
                "foods", "shipping", "rail", "railways", "airlines", "airways", "motors", "energy", "software",
                "logistics", "analytics", "technologies", "systems", "industries", "labs", "studios", "securities",
                "insurance", "pharmaceuticals", "estates", "homes", "bank", "firm")),
            (Set("paper", "newspaper", "daily", "outlet", "tabloid", "publication", "broadcaster", "station", "channel"),
             Set("times", "post", "courier", "herald", "gazette", "tribune", "journal", "chronicle", "observer", "news",
                "daily", "radio", "television", "ledger", "press")),
            (Set("force", "police"), Set("police", "constabulary")));

        /// <summary>Heads of common-noun speakers that are people: "a U.S. official", "critics", "people familiar".</summary>
        public static readonly WordSet PersonNouns = Set(
            "official", "officials", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "minister",
            "ministers", "president", "diplomat", "diplomats", "source", "sources", "people", "person", "analyst",
            "analysts", "expert", "experts", "critic", "critics", "lawmaker", "lawmakers", "senator", "senators",
            "leader", "leaders", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "lawyer", "lawyers",
            "attorney", "attorneys", "prosecutor", "prosecutors", "officer", "officers", "witness", "witnesses",
            "resident", "residents", "protester", "protesters", "activist", "activists", "researcher", "researchers",
            "scientist", "scientists", "doctor", "doctors", "economist", "economists", "executive", "executives",
            "director", "chairman", "chairwoman", "chair", "ceo", "founder", "member", "members", "head", "chief",
            "representative", "representatives", "man", "woman", "men", "women", "mother", "father", "wife",
            "husband", "son", "daughter", "friend", "neighbor", "neighbour", "student", "students", "teacher",
            "teachers", "worker", "workers", "employee", "employees", "owner", "owners", "manager", "coach",
            "player", "players", "fan", "fans", "voter", "voters", "supporter", "supporters", "opponent",
            "opponents", "organizer", "organizers", "secretary", "governor", "mayor", "judge", "envoy",
            "ambassador", "commander", "general", "soldier", "soldiers", "victim", "victims", "survivor",
            "survivors", "author", "authors", "reporter", "reporters", "journalist", "journalists", "investor",
            "investors", "trader", "traders", "strategist", "strategists", "counterpart", "counterparts",
            "negotiator", "negotiators", "insider", "insiders", "observer", "observers", "user", "users",
            "sides", "side", "authorities", "police", "officials'", "parents", "relatives", "family", "colleague",
            "colleagues", "partner", "partners", "minister's", "cop", "cops");

        /// <summary>A word for a person, as a noun or a role: "an official", "an engineer", "a pharmacist".</summary>
        public static readonly WordSet PersonWords = Union(PersonNouns, Roles);

        /// <summary>The closed classes a noun phrase's content words never belong to: determiners, prepositions, pronouns, auxiliaries.</summary>
        public static readonly WordSet FunctionWords = Union(Determiners, Prepositions, Coordinators, BeForms, VerbModifiers, RelativePronouns, SubjectPronouns);

        /// <summary>Things that carry someone's words: "issued a statement saying", "Strand’s email said".</summary>
        public static readonly WordSet DocumentNouns = Set(
            "statement", "statements", "post", "posts", "tweet", "tweets", "letter", "message", "note", "report",
            "release", "video", "email", "e-mail", "memo", "interview", "speech", "address", "remarks", "comments",
            "testimony", "filing", "ruling", "warning", "conference", "briefing", "call", "announcement", "op-ed",
            "essay", "book", "lawsuit", "complaint", "motion", "order", "decision", "opinion", "website", "account",
            "assertion", "declaration", "advisory", "bulletin", "notice", "memoir");

        /// <summary>Words that mark a person as a woman or a man, for "she" and "he".</summary>
        public static readonly WordSet FemaleMarkers = Set(
            "mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "dame", "lady", "queen", "princess", "spokeswoman",
            "chairwoman", "congresswoman", "councilwoman", "woman", "mother", "wife", "daughter", "sister", "actress",
            "grandmother", "girl", "señora", "frau");

        public static readonly WordSet MaleMarkers = Set(
            "mr", "mr.", "sir", "lord", "king", "prince", "spokesman", "chairman", "congressman", "councilman", "man",
            "father", "husband", "son", "brother", "actor", "grandfather", "boy", "señor", "herr", "monsieur");

        /// <summary>Common first names used almost only by women, for "she" (a hint, never a rule).</summary>
        public static readonly WordSet FemaleFirstNames = Set(
            "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
            "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
            "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "laura", "sharon", "cynthia",
            "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha",
            "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather",
            "diane", "virginia", "julie", "joyce", "victoria", "olivia", "christina", "lauren", "joan", "evelyn",
            "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria", "ann",
            "teresa", "kathryn", "sara", "janice", "alice", "madison", "doris", "abigail", "julia", "judy", "grace",
            "denise", "amber", "marilyn", "beverly", "danielle", "theresa", "sophia", "marie", "diana", "brittany",
            "natalie", "isabella", "charlotte", "rose", "alexis", "kayla", "hillary", "kamala", "nikki", "elise",
            "marjorie", "liz", "ursula", "giorgia", "jacinda", "gina", "karine", "kristi", "kathy", "gretchen",
            "tulsi", "ilhan", "rashida", "ayanna", "olga", "natalia", "svetlana", "yulia", "tatiana", "irina",
            "elena", "fatima", "aisha", "leila", "mariam", "indira", "priya", "mette", "sanna", "annalena", "sonia",
            "ketanji", "dianne", "alexandria", "marsha", "maxine", "sheila", "tammy", "jeanne", "kristen", "kirsten",
            "katie", "claudia", "gabriela", "lucia",

            // International names, for articles from everywhere.
            "marguerite", "imogen", "oksana", "lucy", "beth", "morag", "chiamaka", "akosua", "adwoa", "gisela",
            "katrin", "petra", "clarita", "lorna", "beatriz", "ingrid", "lena", "tayla", "wanjiru",
            "fatuma", "amina", "ngozi", "chioma", "funmilayo", "yetunde", "abena", "ama", "efua", "nadia", "yasmin",
            "zainab", "anita", "sunita", "deepa", "mei", "yuki", "hana", "sakura", "ana", "sofia", "camila",
            "valentina", "isabel", "carmen", "rosa", "ines", "marta", "paula", "eva", "katarzyna", "agnieszka",
            "magdalena", "ewa", "monika", "greta", "freya", "astrid", "sigrid", "sofie", "hanna", "karin", "birgit",
            "heike", "sabine", "chloe", "camille", "amelie", "manon", "giulia", "francesca", "chiara", "aoife",
            "siobhan", "niamh", "ciara", "orla", "bronwen", "rhiannon", "isla", "eilidh", "kirsty", "fiona", "moira",
            "sinead", "maeve", "thandiwe", "nomvula", "zanele", "lindiwe", "naledi", "wanjiku", "akinyi", "achieng",
            "njeri", "halima", "khadija", "farah", "samira", "salma", "rania", "dalia", "shirin", "parisa", "ayesha",
            "fatma", "elif", "zeynep", "olena", "kateryna", "tetiana", "svitlana", "lourdes", "imelda", "rosario",
            "catalina", "daniela", "luisa", "adriana", "beatrice", "harriet", "esther", "miriam", "naomi", "leah",
            "tamar", "ingeborg", "solveig", "liv", "malin", "elin", "annika", "katja", "anja", "ilse", "gudrun");

        /// <summary>Common first names used almost only by men, for "he" (a hint, never a rule).</summary>
        public static readonly WordSet MaleFirstNames = Set(
            "james", "robert", "john", "michael", "david", "william", "richard", "joseph", "thomas", "charles",
            "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
            "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
            "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin",
            "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler",
            "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "noah", "ethan",
            "jeremy", "walter", "keith", "roger", "terry", "austin", "sean", "gerald", "carl", "harold", "dylan",
            "arthur", "lawrence", "jesse", "bryan", "billy", "bruce", "gabriel", "joe", "logan", "albert", "willie",
            "alan", "eugene", "russell", "vincent", "philip", "bobby", "johnny", "bradley", "roy", "tom", "greg",
            "mike", "bill", "jim", "bob", "dan", "tim", "ted", "chuck", "mitch", "rishi", "keir", "boris", "emmanuel",
            "olaf", "vladimir", "volodymyr", "dmitry", "sergei", "antony", "jake", "lloyd", "hakeem", "ron", "gavin",
            "elon", "jeff", "sundar", "satya", "mohammed", "muhammad", "ahmed", "ali", "hassan", "hussein", "omar",
            "yair", "recep", "narendra", "shinzo", "fumio", "pierre", "jair", "luiz", "andres", "javier", "pedro",
            "carlos", "juan", "luis", "miguel", "jerome", "merrick", "marco", "rand", "bernie", "pete", "abdullah",
            "salman", "viktor", "giuseppe", "matteo", "mario", "wolfgang",

            // International names, for articles from everywhere.
            "tomasz", "aled", "kjetil", "dominic", "marcus", "alasdair", "iain", "tunde", "folarin", "adebayo",
            "bismarck", "karim", "arnaud", "rogerio", "rogério", "joel", "marcos", "kwabena", "kofi", "kwame",
            "kojo", "yaw", "jörg", "jorg", "felix", "rufino", "eduardo", "nestor", "jaco", "pieter", "dawie",
            "sizwe", "rashied", "ulrik", "marius", "jonas", "ibrahim", "armando", "dawit", "colm", "liam", "brendan",
            "emre", "ravi", "tomas", "lukas", "piotr", "krzysztof", "andrzej", "pawel", "stefan", "jürgen",
            "jurgen", "klaus", "hans", "dieter", "uwe", "sven", "lars", "nils", "erik", "anders", "henrik", "magnus",
            "olav", "bjorn", "thierry", "jacques", "francois", "olivier", "nicolas", "luc", "giovanni", "paolo",
            "alessandro", "lorenzo", "conor", "ciaran", "declan", "niall", "padraig", "rhys", "gareth", "dafydd",
            "owen", "hamish", "angus", "callum", "fergus", "chidi", "emeka", "obinna", "chukwuemeka",
            "segun", "babatunde", "femi", "kwesi", "sipho", "thabo", "themba", "bongani", "mandla", "jabulani",
            "juma", "otieno", "odhiambo", "omari", "baraka", "tariq", "yusuf", "mustafa", "khalid", "hamza", "bilal",
            "faisal", "rashid", "mehmet", "ahmet", "burak", "oleksandr", "serhiy", "andriy", "mykola", "taras",
            "dmytro", "hiroshi", "takeshi", "kenji", "haruto", "arjun", "vikram", "rahul", "sanjay", "diego",
            "mateo", "santiago", "alejandro", "jorge", "rafael", "fernando", "ricardo", "tiago", "rodrigo",
            "gustavo", "marcelo", "enrique", "pablo", "sergio", "ivan", "igor", "oleg", "yuri", "bogdan", "milan",
            "goran", "dragan", "aleksandar");

        /// <summary>Plural heads that "they" can stand for.</summary>
        public static bool IsPluralHead(string word) =>
            word.Length > 3 && word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
            && !word.EndsWith("’s", StringComparison.Ordinal) && !word.EndsWith("'s", StringComparison.Ordinal);

        /// <summary>Titles as one key, lower case and written out: "Gov." → "governor", "Cllr" → "councillor".</summary>
        public static string FullTitle(string title)
        {
            string key = title.ToLowerInvariant();
            return TitleAbbreviations.TryGetValue(key, out string? full) ? full : key;
        }

        public static bool IsDescriptiveNoun(string word) =>
            DescriptiveNouns.Contains(word) || (word.Length > 5 && word.EndsWith("maker", StringComparison.OrdinalIgnoreCase));

        /// <summary>A first name from the lists used for "she" and "he".</summary>
        public static bool IsFirstName(string word) => FemaleFirstNames.Contains(word) || MaleFirstNames.Contains(word);



        private static Dictionary<string, OrganisationKind> Kinds(params (WordSet Descriptions, WordSet NameWords)[] kinds)
        {
            var byDescription = new Dictionary<string, OrganisationKind>(StringComparer.OrdinalIgnoreCase);
            foreach ((WordSet descriptions, WordSet nameWords) in kinds)
            {
                var kind = new OrganisationKind(descriptions, nameWords);
                foreach (string description in descriptions)
                {
                    byDescription[description] = kind;
                }
            }

            return byDescription;
        }

        private static WordSet Union(params WordSet[] sets)
        {
            var union = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (WordSet set in sets)
            {
                union.UnionWith(set);
            }

            return new WordSet(union, StringComparer.OrdinalIgnoreCase);
        }

        // ---- Reporting cues, matched by ReportingCues: journalists' verbs and spinners' synonyms -------------

        // The speaker may follow these: "“…,” said Xi".
        public static readonly string[] SpeechVerbs =
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
            "disclosed", "affirmed", "reaffirmed", "mouthed", "mouths",
        };

        // Base forms follow a subject, an auxiliary or "to" ("officials say", "went on to say"); never inverted, and
        // before a noun they are nouns or adjectives themselves ("state media", "note cards").
        public static readonly string[] BaseForms =
        {
            "say", "add", "write", "ask", "state", "explain", "note", "declare", "insist", "argue", "warn", "reply",
            "recall", "remark", "mention", "acknowledge", "announce", "respond", "concede", "admit", "claim",
            "assert", "confirm", "tweet", "comment", "caution", "stress", "emphasize", "emphasise", "suggest", "vow",
            "deny",
        };

        // The word after these is the listener: "told reporters", "urged Washington".
        public static readonly string[] AddressVerbs =
        {
            "told", "tells", "tell", "informed", "informs", "inform", "instructed", "instructs", "advised",
            "advises", "urged", "urges", "urge", "called", "calls", "described", "describes", "describe", "demanded",
            "demands", "demand", "reminded", "reminds", "assured", "assures", "briefed",

            // Spinners' "told": "Brooks knowledgeable Rhythm Weekly journal".
            "knowledgeable",
        };

        // A cue word followed by one of these has another sense: "added to the pressure", "knowledgeable about".
        public static readonly Dictionary<string, string[]> OtherSenses = new(StringComparer.OrdinalIgnoreCase)
        {
            ["added"] = new[] { "to" },
            ["adds"] = new[] { "to" },
            ["add"] = new[] { "to" },
            ["knowledgeable"] = new[] { "about", "on", "of", "in", "with" },
            ["famous"] = new[] { "for", "as", "in", "among" },
        };

        public static readonly string[] Participles =
        {
            "saying", "adding", "noting", "writing", "explaining", "insisting", "arguing", "warning", "declaring",
            "stating", "asking", "describing", "calling", "urging", "stressing", "emphasizing", "emphasising",
            "acknowledging", "mentioning", "remarking", "claiming", "asserting", "suggesting", "recalling",
            "tweeting", "posting", "complaining", "vowing", "pledging", "promising",
            "demanding", "informing", "advising", "instructing", "telling", "pointing out", "making clear",
            "making it clear", "reiterating", "predicting", "conceding", "admitting",
        };

        // Fixed phrases, several of them the spinners' ("is heard to say" for "says").
        public static readonly string[] Phrases =
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

        public static readonly string[] AttributingPrepositions = { "according to" };

        // Spinners' "called": "Biden known as the ruling “a extreme disappointment.”" — only with someone as subject,
        // since "a tax known as the “death tax”" names a thing.
        public static readonly string[] SpunNamingVerbs = { "known as", "referred to as", "referred to it as", "termed" };

        // Spinners' "according to": attributing only when a speaker follows ("in response to a U.S. official").
        public static readonly string[] SpunPrepositions = { "in accordance with", "in response to", "in keeping with", "in line with", "consistent with" };

        // Words with other common senses: a cue only right beside the quotation ("“…,” the statement read").
        public static readonly string[] AdjacentOnly =
        {
            "read", "reads", "famous", "well-known", "included", "includes", "defined", "defines", "requested",
            "went on", "goes on", "continued", "continues", "began", "begins", "concluded", "concludes", "shared",
            "talked about", "spoke about", "identified", "notable",
        };

        // Also literal words elsewhere; attributing only right after the quotation: "“…,” per the ministry".
        public static readonly string[] AdjacentPrepositions = { "per", "based on" };

        // They attribute a fragment only when no reporting verb does: "It blamed the “erroneous perception.”"
        public static readonly string[] StanceVerbs =
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

        // ---- Not quotations: words that make the quotation after them a name or a title ----------------------

        /// <summary>A quotation right after these names something: a so-called “peace plan”, a group called “Mothers for X”.</summary>
        public static readonly WordSet NamingWords = Set(
            "called", "named", "dubbed", "nicknamed", "titled", "entitled", "so-called", "aka", "a.k.a.", "termed",
            "styled", "self-styled", "self-described", "known", "hashtag", "#");

        /// <summary>A quotation right after these is a title or a mentioned word: the book “…”, the word “genocide”.</summary>
        public static readonly WordSet MentionNouns = Set(
            "word", "words", "term", "phrase", "slogan", "hashtag", "motto", "headline", "title", "banner", "label",
            "name", "nickname", "caption", "tagline", "catchphrase", "book", "film", "movie", "song", "album",
            "novel", "show", "series", "sitcom", "play", "poem", "musical", "opera", "documentary", "podcast",
            "episode", "memoir", "essay", "column", "painting", "exhibition", "operation", "programme", "program",
            "app", "magazine", "newspaper", "newsletter", "blog", "anthem", "brand");

        /// <summary>Words a title leaves lower-case: “The Art of the Deal”.</summary>
        public static readonly WordSet MinorTitleWords = Set(
            "a", "an", "the", "and", "but", "or", "for", "nor", "of", "on", "in", "at", "to", "by", "with", "from",
            "as", "vs", "via", "into", "over", "up", "off");

        /// <summary>Entries listed twice in one list (should be none).</summary>
        public static IReadOnlyList<string> RepeatedEntries => Repeated;

        private static WordSet Set(params string[] words)
        {
            var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string word in words)
            {
                if (!set.Add(word))
                {
                    Repeated.Add(word);
                }
            }

            return new WordSet(set, StringComparer.OrdinalIgnoreCase);
        }
    }

    /// <summary>A kind of organisation: the words that describe it ("the company") and the words in its names ("Foods").</summary>
    internal sealed class OrganisationKind
    {
        public OrganisationKind(WordSet descriptions, WordSet nameWords)
        {
            Descriptions = descriptions;
            NameWords = nameWords;
        }

        public WordSet Descriptions { get; }

        public WordSet NameWords { get; }
    }
}
