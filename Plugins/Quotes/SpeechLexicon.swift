/// General English word lists that attribution relies on: speech verbs, pronouns, titles and
/// role nouns, and the small words that may sit between a speaker and a verb.
///
/// These are properties of English news writing, not of any corpus; no names live here.
enum SpeechLexicon {
    /// Verbs (every inflection) that introduce or attribute speech or writing.
    static let cues: Set<String> = {
        let lemmas = [
            "say", "tell", "add", "argue", "state", "warn", "note", "stress", "emphasize", "emphasise",
            "call", "label", "describe", "write", "ask", "declare", "insist", "claim", "explain", "recall",
            "tweet", "continue", "suggest", "indicate", "acknowledge", "offer", "tout", "hint", "remark",
            "mention", "voice", "assert", "announce", "reply", "respond", "answer", "admit", "concede",
            "predict", "promise", "vow", "pledge", "urge", "caution", "complain", "boast", "joke", "quip",
            "observe", "comment", "contend", "maintain", "report", "confirm", "deny", "reiterate",
            "repeat", "proclaim", "shout", "chant", "sing", "scream", "yell", "whisper", "testify",
            "recount", "counter", "retort", "conclude", "point", "agree", "dismiss", "praise", "criticize",
            "criticise", "accuse", "blast", "slam", "lament", "tell", "brand", "dub", "term", "characterize",
            "characterise", "post", "type", "quote", "believe", "expect", "think", "estimate", "allege",
            "charge", "demand", "inform", "assure", "reassure", "signal", "reveal", "disclose", "fret",
            "muse", "wonder", "recommend", "propose", "concur", "elaborate", "clarify", "preach",
            "decry", "welcome", "hail", "applaud", "condemn", "dispute", "rebut", "rebuff", "speak",
            "address", "describe",
        ]
        var forms: Set<String> = []
        for lemma in lemmas { forms.formUnion(inflections(of: lemma)) }
        forms.formUnion([
            "said", "says", "saying", "told", "tells", "telling", "wrote", "writes", "writing", "written",
            "spoke", "spoken", "thought", "according", "sang", "sung",
        ])
        return forms
    }()

    /// Cue words strong enough to attribute a quote standing right after them, even without a
    /// subject in view ("said:", "added,").
    static let strongCues: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "asked", "asks",
        "stated", "states", "declared", "continued", "continues", "tweeted", "explained", "noted",
        "recalled", "replied", "responded", "answered", "saying", "adding", "telling", "writing",
        "argued", "warned", "insisted", "stressed", "emphasized", "emphasised", "remarked", "quipped",
        "joked", "according",
    ]

    /// Nouns of written texts that news cites as speaking: "the report says", "said the ruling",
    /// "the article read". Only taken as a speaker right next to a speech verb.
    static let documents: Set<String> = [
        "report", "ruling", "statement", "article", "study", "letter", "memo", "lawsuit", "complaint",
        "filing", "decision", "opinion", "survey", "poll", "document", "email", "book", "editorial",
        "post", "tweet", "piece", "order", "release", "indictment", "analysis", "review", "brief",
        "motion", "resolution", "bill", "platform", "ad", "advertisement", "video", "transcript",
        "judgment", "verdict", "suit", "petition", "affidavit", "testimony", "column", "essay", "story",
        "headline", "caption", "sign", "banner", "website", "notice", "manifesto", "proposal", "plan",
        "finding", "findings", "conclusion", "summary", "passage", "excerpt", "entry",
    ]

    /// Personal pronouns that may be the subject of a speech verb, with their gender.
    static let pronouns: [String: Gender] = [
        "he": .male, "she": .female, "they": .plural, "i": .unknown, "we": .plural, "him": .male,
        "her": .female, "them": .plural,
    ]

    /// Subject pronouns that can attribute a quote.
    static let subjectPronouns: Set<String> = ["he", "she", "they", "i", "we", "it"]

    /// Words that may stand between a subject and its verb ("Walsh has also said").
    static let between: Set<String> = [
        "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "should", "may",
        "might", "can", "did", "does", "do", "also", "then", "later", "previously", "repeatedly",
        "once", "recently", "reportedly", "publicly", "flatly", "again", "separately", "further",
        "earlier", "often", "frequently", "privately", "openly", "simply", "just", "even", "still",
        "already", "been", "being", "not", "never", "always", "first", "initially", "quickly",
        "directly", "bluntly", "angrily", "firmly", "clearly", "subsequently", "sharply", "loudly",
        "emphatically", "explicitly", "famously", "memorably", "once", "twice", "too", "herself",
        "himself", "themselves", "personally", "formally", "officially", "now", "soon", "later", "first",
    ]

    /// Nouns naming a role a speaker can be referred to by ("the president", "a spokesperson").
    static let roles: Set<String> = [
        "president", "minister", "secretary", "spokesperson", "spokesman", "spokeswoman", "adviser",
        "advisor", "aide", "official", "officials", "chancellor", "senator", "sen", "governor", "gov",
        "leader", "chief", "director", "ambassador", "envoy", "representative", "rep", "candidate",
        "nominee", "chairman", "chairwoman", "chair", "ceo", "head", "premier", "king", "queen",
        "prince", "princess", "mayor", "congressman", "congresswoman", "lawmaker", "judge", "justice",
        "attorney", "lawyer", "professor", "prof", "expert", "analyst", "economist", "commissioner",
        "general", "gen", "admiral", "adm", "colonel", "col", "captain", "commander", "officer",
        "deputy", "vice", "speaker", "pope", "bishop", "cardinal", "sheriff", "prosecutor", "chancellor",
        "strategist", "pollster", "consultant", "manager", "executive", "founder", "administrator",
        "correspondent", "editor", "reporter", "anchor", "host", "narrator", "author", "researcher",
        "scientist", "doctor", "dr", "economist", "diplomat", "negotiator", "counselor", "counsel",
        "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "rev", "reverend", "father", "sister",
        "dean", "principal", "superintendent", "inspector", "sergeant", "sgt", "lieutenant", "lt",
        "member", "organizer", "activist", "voter", "supporter", "critic", "student", "teacher", "chef",
        "coach", "player", "owner", "partner", "president-elect", "presidential", "prime", "foreign",
        "defense", "defence", "interior", "finance", "press", "state", "assistant", "associate",
        "senior", "junior", "special", "former", "acting", "top", "attorney-general", "secretary-general",
        "director-general", "co-founder", "founder", "historian", "economist", "source", "sources",
        "people", "person", "woman", "man", "witness", "resident", "residents", "campaign",
        "moderator", "mogul", "billionaire", "businessman", "businesswoman", "nominee", "contender",
        "challenger", "incumbent", "rival", "opponent", "ally", "allies", "critics", "friend",
        "engineer", "master", "architect", "planner", "officer", "pilot", "nurse", "surgeon", "physician",
        "farmer", "worker", "driver", "captain", "trader", "banker", "investor", "entrepreneur", "actor",
        "actress", "singer", "writer", "poet", "artist", "designer", "lecturer", "fellow", "scholar",
        "chairperson", "councillor", "councilor", "councilman", "councilwoman", "delegate", "legislator",
        "assemblyman", "assemblywoman", "magistrate", "detective", "constable", "marshal", "ranger",
        "superintendent", "commissioner", "secretary-general", "treasurer", "auditor", "clerk", "registrar",
        "boss", "bosses", "chiefs", "spokespeople", "spokesmen", "spokeswomen",
    ]

    /// Role words that head a role phrase (the noun the phrase names the speaker by).
    static let roleHeads: Set<String> = roles.subtracting([
        "prime", "foreign", "defense", "defence", "interior", "finance", "press", "state", "assistant",
        "associate", "senior", "junior", "special", "former", "acting", "top", "presidential", "vice",
        "deputy", "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady",
    ])

    /// Courtesy titles that give a gender.
    static let maleTitles: Set<String> = ["mr", "sir", "lord", "king", "prince", "father", "congressman", "chairman", "spokesman", "businessman"]
    /// Courtesy titles that give a gender.
    static let femaleTitles: Set<String> = ["mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister", "congresswoman", "chairwoman", "spokeswoman", "businesswoman"]

    /// Heads of descriptions that give a person's gender when written beside the name
    /// ("Angelique Brunner, a developer and spokeswoman for …", "Carlos Lopez, her husband").
    static let femaleRoles: Set<String> = femaleTitles.union([
        "wife", "mother", "daughter", "widow", "actress", "niece", "aunt", "grandmother", "girlfriend",
        "granddaughter", "stepmother", "councilwoman", "assemblywoman", "sportswoman", "policewoman",
    ])
    /// Male counterparts of `femaleRoles`.
    static let maleRoles: Set<String> = maleTitles.union([
        "husband", "son", "brother", "widower", "nephew", "uncle", "grandfather", "boyfriend", "grandson",
        "stepfather", "councilman", "assemblyman", "sportsman", "policeman",
    ])

    /// Last words of the names of bodies, not people: "Tokyo Electric Power Company", "the
    /// Atomic Energy Agency". A name ending in one is an organisation: it may speak, but no
    /// pronoun points at it and no title is cut from its front.
    static let organizationHeads: Set<String> = [
        "company", "companies", "corporation", "corp", "inc", "ltd", "llc", "plc", "group", "holdings", "industries",
        "agency", "ministry", "department", "council", "committee", "commission", "office", "bureau", "bank",
        "university", "college", "school", "institute", "institution", "association", "organization", "organisation",
        "foundation", "fund", "service", "services", "forces", "army", "navy", "police", "court", "parliament",
        "assembly", "senate", "congress", "government", "administration", "authority", "board", "network",
        "news", "times", "post", "journal", "herald", "tribune", "gazette", "telegraph", "agencies", "club", "team",
        "airlines", "airways", "motors", "partners", "center", "centre", "hospital", "church", "embassy",
        "coalition", "alliance", "federation", "league", "movement", "front", "union", "party", "society",
        "exchange", "reserve", "programme", "program", "cross", "crescent", "nations", "states",
    ]

    /// Capitalised words that start sentences or name days and months, never people.
    static let notNames: Set<String> = [
        "the", "a", "an", "and", "but", "or", "if", "in", "on", "at", "for", "to", "of", "from", "by",
        "with", "as", "after", "before", "while", "when", "since", "during", "although", "though",
        "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his",
        "her", "their", "our", "my", "your", "there", "here", "what", "who", "why", "how", "where",
        "which", "meanwhile", "however", "still", "yet", "so", "then", "now", "also", "even", "despite",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "today", "yesterday", "tomorrow", "last", "next", "not", "no", "yes",
        "one", "two", "three", "some", "many", "most", "all", "both", "each", "every", "any", "other",
        "such", "only", "just", "more", "less", "asked", "speaking", "according", "instead", "indeed",
        "nonetheless", "nevertheless", "moreover", "furthermore", "recently", "earlier", "later",
        "unlike", "like", "under", "over", "about", "against", "into", "through", "because", "until",
        "among", "between", "without", "within", "whether", "do", "does", "did", "is", "was", "are",
        "were", "be", "has", "have", "had", "will", "would", "can", "could", "should", "must", "may",
        "let", "please", "thank", "thanks", "dear", "mr", "mrs", "ms", "dr", "editor", "note",
        "sen", "rep", "gov", "gen", "u.s", "u.s.", "us", "uk", "u.k.", "eu", "un", "u.n.", "nato",
        "white", "house", "republican", "republicans", "democrat", "democrats", "democratic", "gop",
        "american", "americans", "congress", "senate", "state", "department", "party", "news", "times",
        "post", "street", "university", "court", "supreme", "federal", "national", "government",
        "administration", "campaign", "committee", "council", "ministry", "office", "agency", "reuters",
        "associated", "press", "times", "journal", "twitter", "facebook", "instagram", "tv", "cnn",
        "amid", "amidst", "outside", "inside", "beyond", "across", "behind", "near", "toward", "towards",
        "upon", "via", "unless", "following", "throughout", "around", "along", "regarding", "concerning",
        "staff", "wire", "quote", "unquote", "ap", "afp", "upi", "bbc", "npr", "cbs", "nbc", "msnbc", "pbs",
    ]

    /// Nationality and place adjectives are capitalised role modifiers, not names: a word ending
    /// like one ("Russian", "Ukrainian", "French") before a role word is a modifier.
    static func looksLikeNationality(_ lower: String) -> Bool {
        for suffix in ["ian", "ean", "ese", "ish", "ic", "an", "ch", "i"] where lower.hasSuffix(suffix) && lower.count > 4 {
            return true
        }
        return false
    }

    /// Every inflection of a regular-ish English verb.
    static func inflections(of lemma: String) -> [String] {
        var forms = [lemma]
        if lemma.hasSuffix("e") {
            let stem = String(lemma.dropLast())
            forms += [lemma + "s", lemma + "d", stem + "ing"]
        } else if lemma.hasSuffix("y"), let last = lemma.dropLast().last, !"aeiou".contains(last) {
            let stem = String(lemma.dropLast())
            forms += [stem + "ies", stem + "ied", lemma + "ing"]
        } else if lemma.hasSuffix("ss") || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") || lemma.hasSuffix("x") {
            forms += [lemma + "es", lemma + "ed", lemma + "ing"]
        } else {
            forms += [lemma + "s", lemma + "ed", lemma + "ing"]
            if lemma.count <= 4, let last = lemma.last, "bgpt".contains(last),
               let before = lemma.dropLast().last, "aeiou".contains(before) {
                forms += [lemma + String(last) + "ed", lemma + String(last) + "ing"]
            }
            if lemma.hasSuffix("el") { forms += [lemma + "led", lemma + "ling"] }
        }
        return forms
    }
}

/// Grammatical gender of a mention, used to keep "she" away from a man.
enum Gender: String, Sendable, Hashable {
    case male, female, plural, unknown
}
