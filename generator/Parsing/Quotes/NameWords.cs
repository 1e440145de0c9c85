using System;
using System.Collections.Generic;

namespace Dataset.Generator.Parsing.Quotes
{
    /// <summary>
    /// Words that tell a person's title from their name, an organisation from a person, and one kind of speaker
    /// from another, so "Chinese President Xi Jinping" yields the name "Xi Jinping" and "It" can find a ministry.
    /// </summary>
    internal static class NameWords
    {
        /// <summary>Honorifics: kept in the speaker as written ("Mr. O’Connor"), dropped from the name.</summary>
        public static readonly HashSet<string> Honorifics = Set(
            "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "dr", "dr.", "prof", "prof.", "sir", "dame",
            "lord", "lady", "rev", "rev.", "hon.", "madam", "madame", "monsieur", "herr", "frau", "señor", "señora");

        /// <summary>
        /// Offices and ranks, which news style writes as a capitalised title right before a name: "Secretary of
        /// State Antony Blinken", "Judge Rosalind Obi", "Maj. Gen. John Doe". Such a title is part of the speaker as
        /// written; the name leaves it out.
        /// </summary>
        public static readonly HashSet<string> FormsOfAddress = Set(
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
        public static readonly HashSet<string> Roles = Set(
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
        public static readonly HashSet<string> DescriptiveNouns = Set(
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
        public static readonly HashSet<string> ThingWords = Set(
            "prize", "award", "awards", "cup", "trophy", "medal", "festival", "championship", "championships", "games",
            "stadium", "arena", "park", "street", "road", "lane", "avenue", "river", "bridge", "hall", "square",
            "airport", "station", "market", "mountain", "mountains", "lake", "island", "islands", "valley", "county",
            "district", "province", "region", "city", "town", "village", "harbour", "harbor", "port", "beach", "bay");

        /// <summary>Every word that can stand for a person's position before their name.</summary>
        public static readonly HashSet<string> Titles = Union(Honorifics, FormsOfAddress, Roles);

        /// <summary>What may follow a surname: "Martin Luther King Jr.".</summary>
        public static readonly HashSet<string> Suffixes = Set("jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "esq", "esq.", "phd", "md");

        /// <summary>Words that make a capitalised phrase an organisation: "State Department", "Reuters News Agency".</summary>
        public static readonly HashSet<string> OrganisationWords = Set(
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
        public static readonly HashSet<string> PersonNouns = Set(
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
            "negotiator", "negotiators", "insider", "insiders", "observer", "observers", "diplomat", "user", "users",
            "sides", "side", "authorities", "police", "officials'", "parents", "relatives", "family", "colleague",
            "colleagues", "partner", "partners", "minister's", "cop", "cops");

        /// <summary>Things that carry someone's words: "issued a statement saying", "Strand’s email said".</summary>
        public static readonly HashSet<string> DocumentNouns = Set(
            "statement", "statements", "post", "posts", "tweet", "tweets", "letter", "message", "note", "report",
            "release", "video", "email", "e-mail", "memo", "interview", "speech", "address", "remarks", "comments",
            "testimony", "filing", "ruling", "warning", "conference", "briefing", "call", "announcement", "op-ed",
            "essay", "book", "lawsuit", "complaint", "motion", "order", "decision", "opinion", "website", "account",
            "assertion", "declaration", "advisory", "bulletin", "notice", "memoir");

        /// <summary>Words that mark a person as a woman or a man, for "she" and "he".</summary>
        public static readonly HashSet<string> FemaleMarkers = Set(
            "mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "dame", "lady", "queen", "princess", "spokeswoman",
            "chairwoman", "congresswoman", "councilwoman", "woman", "mother", "wife", "daughter", "sister", "actress",
            "grandmother", "girl", "señora", "frau");

        public static readonly HashSet<string> MaleMarkers = Set(
            "mr", "mr.", "sir", "lord", "king", "prince", "spokesman", "chairman", "congressman", "councilman", "man",
            "father", "husband", "son", "brother", "actor", "grandfather", "boy", "señor", "herr", "monsieur");

        /// <summary>Common first names used almost only by women, for "she" (a hint, never a rule).</summary>
        public static readonly HashSet<string> FemaleFirstNames = Set(
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
        public static readonly HashSet<string> MaleFirstNames = Set(
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

        private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

        private static Dictionary<string, OrganisationKind> Kinds(params (HashSet<string> Descriptions, HashSet<string> NameWords)[] kinds)
        {
            var byDescription = new Dictionary<string, OrganisationKind>(StringComparer.OrdinalIgnoreCase);
            foreach ((HashSet<string> descriptions, HashSet<string> nameWords) in kinds)
            {
                var kind = new OrganisationKind(descriptions, nameWords);
                foreach (string description in descriptions)
                {
                    byDescription[description] = kind;
                }
            }

            return byDescription;
        }

        private static HashSet<string> Union(params HashSet<string>[] sets)
        {
            var union = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (HashSet<string> set in sets)
            {
                union.UnionWith(set);
            }

            return union;
        }
    }

    /// <summary>A kind of organisation: the words that describe it ("the company") and the words in its names ("Foods").</summary>
    internal sealed class OrganisationKind
    {
        public OrganisationKind(HashSet<string> descriptions, HashSet<string> nameWords)
        {
            Descriptions = descriptions;
            NameWords = nameWords;
        }

        public HashSet<string> Descriptions { get; }

        public HashSet<string> NameWords { get; }
    }
}
