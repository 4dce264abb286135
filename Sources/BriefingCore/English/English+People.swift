/// People: pronouns and their genders, titles, roles, organisation heads and name particles.

extension English {
    /// Personal pronouns that may be the subject of a speech verb, with their gender.
    public static let pronounGenders: [String: Gender] = [
        "he": .male, "she": .female, "they": .plural, "i": .unknown, "we": .plural, "him": .male,
        "her": .female, "them": .plural,
    ]

    /// Subject pronouns that can attribute a quote.
    public static let subjectPronouns: Set<String> = ["he", "she", "they", "i", "we", "it"]

    /// Nouns naming a role a speaker can be referred to by ("the president", "a spokesperson").
    public static let roles: Set<String> = [
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
    public static let roleHeads: Set<String> = roles.subtracting([
        "prime", "foreign", "defense", "defence", "interior", "finance", "press", "state", "assistant",
        "associate", "senior", "junior", "special", "former", "acting", "top", "presidential", "vice",
        "deputy", "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady",
    ])

    /// Courtesy titles that give a gender.
    public static let maleTitles: Set<String> = ["mr", "sir", "lord", "king", "prince", "father", "congressman", "chairman", "spokesman", "businessman"]

    /// Courtesy titles that give a gender.
    public static let femaleTitles: Set<String> = ["mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister", "congresswoman", "chairwoman", "spokeswoman", "businesswoman"]

    /// Heads of descriptions that give a person's gender when written beside the name
    /// ("Angelique Brunner, a developer and spokeswoman for …", "Carlos Lopez, her husband").
    public static let femaleRoles: Set<String> = femaleTitles.union([
        "wife", "mother", "daughter", "widow", "actress", "niece", "aunt", "grandmother", "girlfriend",
        "granddaughter", "stepmother", "councilwoman", "assemblywoman", "sportswoman", "policewoman",
    ])

    /// Male counterparts of `femaleRoles`.
    public static let maleRoles: Set<String> = maleTitles.union([
        "husband", "son", "brother", "widower", "nephew", "uncle", "grandfather", "boyfriend", "grandson",
        "stepfather", "councilman", "assemblyman", "sportsman", "policeman",
    ])

    /// Last words of the names of bodies, not people: "Tokyo Electric Power Company", "the
    /// Atomic Energy Agency". A name ending in one is an organisation: it may speak, but no
    /// pronoun points at it and no title is cut from its front.
    public static let organizationHeads: Set<String> = [
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

    /// Particles that may sit inside a personal name.
    public static let nameParticles: Set<String> = ["de", "da", "van", "von", "der", "den", "bin", "al", "la", "le", "del", "di", "du", "ibn", "abu"]

    /// Nationality and place adjectives are capitalised role modifiers, not names: a word ending
    /// like one ("Russian", "Ukrainian", "French") before a role word is a modifier.
    public static func looksLikeNationality(_ lower: String) -> Bool {
        for suffix in ["ian", "ean", "ese", "ish", "ic", "an", "ch", "i"] where lower.hasSuffix(suffix) && lower.count > 4 {
            return true
        }
        return false
    }
}
