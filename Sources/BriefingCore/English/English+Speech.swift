/// Speech: the verbs, nouns and written texts news writing attributes words with.

extension English {
    /// Verbs (every inflection) that introduce or attribute speech or writing.
    public static let speechVerbs: Set<String> = {
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
    public static let strongSpeechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "asked", "asks",
        "stated", "states", "declared", "continued", "continues", "tweeted", "explained", "noted",
        "recalled", "replied", "responded", "answered", "saying", "adding", "telling", "writing",
        "argued", "warned", "insisted", "stressed", "emphasized", "emphasised", "remarked", "quipped",
        "joked", "according",
    ]

    /// Verbs of voicing words aloud, after which a title-case quote is still speech.
    public static let voicedVerbs: Set<String> = [
        "chant", "chants", "chanted", "chanting", "sing", "sings", "sang", "singing", "shout", "shouts", "shouted",
        "shouting", "yell", "yells", "yelled", "yelling", "scream", "screams", "screamed", "screaming",
    ]

    /// Verbs that attribute speech ("…?” Walsh asked.).
    public static let speechVerbsAfterQuestions: Set<String> = [
        "said", "says", "asked", "asks", "told", "tells", "added", "adds", "wrote", "writes",
        "replied", "replies", "shouted", "shouts", "exclaimed", "yelled", "cried", "wondered",
        "wonders", "demanded", "demands", "declared", "insisted", "insists", "recalled", "noted",
        "explained", "argued", "warned", "warns", "stated", "tweeted", "posted", "quipped",
        "joked", "responded", "answered", "pleaded", "urged", "remarked", "continued", "conceded",
        "admitted", "acknowledged", "claimed", "countered", "snapped", "asserted", "chanted",
        "screamed", "whispered", "muttered", "mused", "questioned", "challenged", "laughed",
    ]

    /// Verbs of saying, whose tense is the report's, not the event's.
    public static let reportingVerbs: Set<String> = ["said", "says", "told", "added", "stated", "announced", "reported", "according"]

    /// Nouns of speech: "Moreau’s claim that", "indications from Moreau that".
    public static let speechNouns: Set<String> = [
        "claim", "claims", "indication", "indications", "remark", "remarks", "comment", "comments",
        "statement", "statements", "words", "assertion", "assertions", "warning", "warnings", "perception",
        "view", "views", "description", "insistence", "suggestion", "promise", "pledge", "accusation",
        "accusations", "message", "argument", "characterization", "call", "calls", "response", "reply",
        "question", "vow", "admission", "boast", "prediction", "quip", "tweet", "tweets",
    ]

    /// Verbs that give off words without saying how: "made a comment", "issued a statement".
    public static let lightVerbs: Set<String> = [
        "make", "makes", "made", "making", "issue", "issues", "issued", "issuing", "post", "posts", "posted",
        "give", "gives", "gave", "given", "deliver", "delivers", "delivered", "offer", "offers", "offered",
        "release", "releases", "released", "send", "sends", "sent", "publish", "publishes", "published",
    ]

    /// Nouns of written texts that news cites as speaking: "the report says", "said the ruling",
    /// "the article read". Only taken as a speaker right next to a speech verb.
    public static let writtenTexts: Set<String> = [
        "report", "ruling", "statement", "article", "study", "letter", "memo", "lawsuit", "complaint",
        "filing", "decision", "opinion", "survey", "poll", "document", "email", "book", "editorial",
        "post", "tweet", "piece", "order", "release", "indictment", "analysis", "review", "brief",
        "motion", "resolution", "bill", "platform", "ad", "advertisement", "video", "transcript",
        "judgment", "verdict", "suit", "petition", "affidavit", "testimony", "column", "essay", "story",
        "headline", "caption", "sign", "banner", "website", "notice", "manifesto", "proposal", "plan",
        "finding", "findings", "conclusion", "summary", "passage", "excerpt", "entry",
    ]

    /// Every inflection of a regular-ish English verb.
    public static func inflections(of lemma: String) -> [String] {
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
