import BriefingCore

/// What the temporal tagger knows beyond the English lexicon: units, seasons, parts of the day,
/// modifiers and tense cues, with their TIMEX3 codes. The words shared by every pass (month and
/// weekday names, cardinals and ordinals) live in `English`.
///
/// General English only; nothing here is specific to any corpus.
enum TemporalLexicon {
    /// Calendar units, singular and plural.
    static let units: [String: TimeUnit] = [
        "second": .second, "seconds": .second, "minute": .minute, "minutes": .minute, "min": .minute, "mins": .minute,
        "hour": .hour, "hours": .hour, "hr": .hour, "hrs": .hour,
        "day": .day, "days": .day, "week": .week, "weeks": .week, "weekend": .weekend, "weekends": .weekend,
        "fortnight": .fortnight, "fortnights": .fortnight,
        "month": .month, "months": .month, "quarter": .quarter, "quarters": .quarter,
        "year": .year, "years": .year, "decade": .decade, "decades": .decade,
        "century": .century, "centuries": .century, "millennium": .millennium, "millennia": .millennium,
    ]
    /// Plural unit words, for bare "years" or "days" (a duration of unknown length).
    static let pluralUnits: Set<String> = ["seconds", "minutes", "hours", "days", "weeks", "weekends", "months", "quarters",
                                           "years", "decades", "centuries", "millennia", "fortnights", "mins", "hrs"]

    /// Vague quantities → nil amount (the X of "PXY").
    static let vagueQuantities: Set<String> = ["several", "few", "many", "some", "numerous", "multiple"]

    /// Seasons → TIMEX3 season code.
    static let seasons: [String: String] = [
        "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
        "springtime": "SP", "summertime": "SU", "wintertime": "WI",
    ]
    /// Parts of the day → TIMEX3 code.
    static let partsOfDay: [String: String] = [
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "midday": "MI", "overnight": "NI",
    ]

    /// Decade words ("the nineties") → decade digit.
    static let decadeWords: [String: Int] = [
        "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
    ]

    /// Holidays with a fixed day → (month, day).
    static let fixedHolidays: [String: (Int, Int)] = [
        "christmas": (12, 25), "halloween": (10, 31),
    ]

    /// Modifiers before a quantity of time → TIMEX3 `mod`. ("just", as in "just a decade ago",
    /// is an emphasis TimeBank leaves outside the extent, 5 times in 5.)
    static let quantityModifiers: [String: String] = [
        "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
        "nearly": "LESS_THAN", "almost": "LESS_THAN", "barely": "LESS_THAN",
    ]
    /// Two-word modifiers before a quantity of time.
    static let quantityModifierPairs: [String: String] = [
        "more than": "MORE_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN", "at least": "EQUAL_OR_MORE",
        "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "well over": "MORE_THAN",
        "more or less": "APPROX", "as many as": "EQUAL_OR_LESS", "as long as": "EQUAL_OR_LESS", "as much as": "EQUAL_OR_LESS",
    ]
    /// Modifiers of a point or period: early, mid, late.
    static let positionModifiers: [String: String] = [
        "early": "START", "late": "END", "mid": "MID", "earlier": "", "later": "",
    ]

    /// Words that mark future reference in a clause.
    static let futureCues: Set<String> = [
        "will", "'ll", "shall", "won't", "wo", "upcoming", "scheduled", "planned", "plans", "plan", "planning",
        "expected", "expects", "due", "set", "intends", "aims", "hopes", "hoping", "next", "coming", "gonna",
        "tomorrow", "forthcoming", "would", "could",
    ]
    /// Irregular past-tense verbs that mark past reference (regular ones are found by "-ed").
    static let pastCues: Set<String> = [
        "was", "were", "had", "did", "said", "told", "met", "made", "came", "went", "took", "gave", "saw", "spoke",
        "held", "left", "began", "got", "won", "lost", "sent", "flew", "ran", "brought", "thought", "felt", "kept",
        "wrote", "became", "rose", "fell", "hit", "put", "set", "cut", "paid", "sold", "bought", "led", "struck",
        "found", "heard", "meant", "stood", "understood", "knew", "grew", "drew", "threw", "chose", "broke",
        "spent", "built", "fought", "caught", "taught", "sought", "ago", "yesterday", "last", "earlier", "former",
        "wasn't", "weren't", "didn't", "hadn't", "been",
    ]
    /// Nouns after "today's"/"tomorrow's" that make it mean the present or coming age, not the day.
    static let ageNouns: Set<String> = [
        "world", "youth", "young", "society", "generation", "generations", "children", "kids", "people", "standards",
        "technology", "technologies", "computers", "economy", "families", "students", "teenagers", "women", "men",
        "consumers", "leaders", "culture", "politics", "climate", "environment", "america", "europe", "china", "russia",
        "britain", "japan", "africa", "india", "workers", "workforce", "jobs", "schools", "cities", "media", "music",
        "science", "medicine", "army", "military", "warfare", "weapons", "market", "markets", "business", "businesses",
        "industry", "companies", "cars", "problems", "challenges", "needs", "prices", "dollars", "terms", "money",
    ]
    /// Prepositions and adverbs that may stand before an expression opening its sentence ("In September, …").
    static let openingPrepositions: Set<String> = [
        "in", "on", "at", "by", "during", "since", "until", "from", "after", "before", "early", "late", "then", "and", "but", "so",
    ]
    /// Words ending in "-ed" that are not past tense or that point forward.
    static let notPastEd: Set<String> = [
        "scheduled", "expected", "planned", "proposed", "intended", "anticipated", "supposed", "need", "speed",
        "indeed", "red", "bed", "shed", "seed", "feed", "weed", "bred", "united", "limited", "based", "related",
        "needed", "hundred", "sacred", "wicked", "naked",
    ]

    /// Words that may open a temporal expression: used to skip quickly over most tokens.
    static let triggers: Set<String> = {
        var s = Set<String>()
        for k in English.monthNumbers.keys { s.insert(k) }
        for k in English.weekdayNumbers.keys { s.insert(k) }
        for k in English.pluralWeekdayNumbers.keys { s.insert(k) }
        for k in units.keys { s.insert(k) }
        for k in English.cardinals.keys { s.insert(k) }
        for k in seasons.keys { s.insert(k) }
        for k in partsOfDay.keys { s.insert(k) }
        for k in decadeWords.keys { s.insert(k) }
        for k in fixedHolidays.keys { s.insert(k) }
        for k in quantityModifiers.keys { s.insert(k) }
        for k in English.ordinals.keys { s.insert(k) }
        for k in vagueQuantities { s.insert(k) }
        for w in [
            "the", "a", "an", "this", "that", "these", "those", "its", "their", "last", "next", "past", "coming",
            "previous", "following", "current", "latest", "same", "recent", "today", "yesterday", "tomorrow", "tonight",
            "now", "currently", "recently", "nowadays", "future", "early", "late", "mid", "earlier", "later", "more",
            "less", "fewer", "at", "up", "no", "well", "as", "every", "each", "daily", "weekly", "monthly", "annually",
            "yearly", "hourly", "nightly", "noon", "midnight", "midday", "fiscal", "year-end", "half", "couple",
            "end", "beginning", "start", "middle", "thanksgiving", "election", "easter", "new", "right", "present", "once", "'", "year-ago",
            "year-earlier", "mid-", "overnight", "year's", "nineteen", "morning", "afternoon", "evening",
        ] { s.insert(w) }
        return s
    }()
}

/// A unit of calendar time.
enum TimeUnit: Sendable, Hashable {
    case second, minute, hour, day, week, weekend, fortnight, month, quarter, year, decade, century, millennium

    /// The TIMEX3 duration letter, and whether it belongs after the `T`.
    var durationCode: (String, Bool) {
        switch self {
        case .second: return ("S", true)
        case .minute: return ("M", true)
        case .hour: return ("H", true)
        case .day: return ("D", false)
        case .week, .fortnight: return ("W", false)
        case .weekend: return ("WE", false)
        case .month: return ("M", false)
        case .quarter: return ("Q", false)
        case .year: return ("Y", false)
        case .decade: return ("DE", false)
        case .century: return ("CE", false)
        case .millennium: return ("ML", false)
        }
    }

    /// Whether the unit is shorter than a day.
    var isTimeOfDay: Bool { self == .second || self == .minute || self == .hour }
}
