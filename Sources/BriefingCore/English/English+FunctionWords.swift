/// Function and stop words: determiners, prepositions, clause openers and the stop-word lists
/// of the passes (each pass keeps its own list where they differ, so outputs stay the same).

extension English {
    /// The words, lower-case.
    public static let stopWords: [String] = """
    a about above after again against all also although am among an and another any are aren't as at \
    be because been before being below between both but by can can't cannot could couldn't did didn't do \
    does doesn't doing don't down during each either else even ever every few for from further had hadn't \
    has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how \
    how's however i i'd i'll i'm i've if in into is isn't it it's its itself just let's many may me might \
    more most much must mustn't my myself neither no nor not now of off on once one only or other others \
    ought our ours ourselves out over own per rather same shall shan't she she'd she'll she's should \
    shouldn't since so some still such than that that's the their theirs them themselves then there there's \
    these they they'd they'll they're they've this those though through thus to too under until up upon \
    us very via was wasn't we we'd we'll we're we've were weren't what what's when when's where where's \
    whether which while who who's whom whose why why's will with within without won't would wouldn't yet \
    you you'd you'll you're you've your yours yourself yourselves said says say saying told tells \
    according added adding mr mrs ms
    """.split(separator: " ").map(String.init)

    /// English function words and reporting filler, ignored when comparing content.
    public static let rewriteStopWords: [String] = """
    a an the and or but nor so yet for of to in on at by from with without into onto upon over under \
    about above after before below between during through throughout against among around across \
    along since until till via per than then as if while because though although whether \
    is am are was were be been being has have had having do does did doing done will would shall \
    should can could may might must ought not no yes it its this that these those there here \
    he him his she her hers they them their theirs we us our ours you your yours i me my mine \
    who whom whose which what when where why how all any both each few more most other some such \
    only own same too very just also even still again further once said says say saying told \
    tell according added adds mr mrs ms dr one two new up out off down back well much many
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// Determiners that open a role description.
    public static let determiners: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "this", "that"]

    /// Prepositions and particles that cannot end a description or precede its determiner.
    public static let prepositions: Set<String> = [
        "in", "on", "at", "through", "of", "for", "with", "to", "from", "by", "about", "into", "over", "under",
        "after", "before", "between", "against", "during", "out", "up", "down", "off", "than", "like", "around",
        "along", "across", "toward", "towards", "past", "near", "behind", "outside", "inside", "beyond", "onto",
        "upon", "within", "throughout", "among", "amid", "via",
    ]

    /// Words that may stand between a subject and its verb ("Walsh has also said").
    public static let subjectVerbFillers: Set<String> = [
        "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "should", "may",
        "might", "can", "did", "does", "do", "also", "then", "later", "previously", "repeatedly",
        "once", "recently", "reportedly", "publicly", "flatly", "again", "separately", "further",
        "earlier", "often", "frequently", "privately", "openly", "simply", "just", "even", "still",
        "already", "been", "being", "not", "never", "always", "first", "initially", "quickly",
        "directly", "bluntly", "angrily", "firmly", "clearly", "subsequently", "sharply", "loudly",
        "emphatically", "explicitly", "famously", "memorably", "once", "twice", "too", "herself",
        "himself", "themselves", "personally", "formally", "officially", "now", "soon", "later", "first",
    ]

    /// Words that start a new clause: a mention after them is not the quote's attribution.
    public static let clauseBreaks: Set<String> = [
        "and", "but", "while", "as", "when", "after", "before", "because", "so", "then", "if", "although",
        "though", "which", "where", "or", "whereas", "since", "until", "whether",
    ]

    /// Words opening an adverbial phrase or clause before a sentence's subject.
    public static let phraseOpeners: Set<String> = [
        "with", "after", "before", "in", "as", "despite", "during", "while", "since", "for", "amid", "following",
        "although", "though", "when", "if", "unlike", "like", "by", "on", "at", "from", "over", "under", "without",
        "because", "once", "until", "ahead", "facing", "throughout", "whereas",
    ]

    /// Quantifiers that may open a bare plural subject ("Many voters").
    public static let quantifiers: Set<String> = ["many", "some", "most", "several", "few", "other", "both", "all", "dozens", "hundreds", "thousands"]

    /// Function words and connectives that commonly open a sentence, lower-cased.
    public static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i",
        "you", "his", "her", "its", "their", "our", "my", "your", "there", "here", "but",
        "so", "yet", "however", "meanwhile", "moreover", "still", "also", "then", "now",
        "in", "on", "at", "for", "after", "before", "during", "when", "while", "if", "as",
        "although", "though", "since", "despite", "because", "with", "without", "by", "from", "to",
        "what", "who", "why", "how", "where", "which", "many", "some", "most", "all", "both",
        "each", "every", "no", "not", "such", "another", "other", "others", "earlier", "later",
        "last", "next", "instead", "indeed", "only", "even", "under", "over", "among",
        "according",
    ]

    /// Capitalised words that start sentences or name days and months, never people.
    public static let capitalizedNonNames: Set<String> = [
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

    /// First- and second-person words and the filler of speech ("let's"): a sentence with them
    /// speaks to the reader rather than reports.
    public static let firstAndSecondPersonWords: [String] = [
        "i", "i'm", "i've", "i'll", "i'd", "me", "my", "we", "we're", "we've", "we'll", "we'd", "us", "our", "ours",
        "you", "you're", "you've", "you'll", "you'd", "your", "yours", "let's",
    ]

    /// Words that, opening a sentence, point back at something the reader has not seen.
    public static let contextOpeners: [String] = """
    he she it they this that these those his her its their him them we i but and or so yet however \
    meanwhile also still nonetheless nevertheless instead moreover furthermore besides then such both \
    while although though if indeed
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// Auxiliaries and the commonest finite verbs, irregular past tenses included: a sentence
    /// with one of them (or a word ending in "-ed"/"-s" after a subject) has a verb.
    public static let commonFiniteVerbs: [String] = """
    is are was were be been being am isn't aren't wasn't weren't has have had hasn't haven't hadn't do does did \
    don't doesn't didn't will would can could may might shall should must won't wouldn't can't couldn't \
    said told met took made went came gave began left held saw sent won lost fell rose hit put set led paid sold \
    spent struck sank ran found kept thought brought built caught fought got heard knew meant read spoke stood \
    wrote became broke chose drove flew grew threw wore say tell meet take make go come give begin leave hold see \
    send win lose fall rise pay sell spend run find keep think bring build get hear know mean speak stand write \
    become break choose drive fly grow throw cut let shut quit
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// Function words that start a sentence or clause; capitalised in mid-sentence right after
    /// a lower-case word, they show a headline run into the text without punctuation
    /// ("BP oil leak plug 'going as planned' The oil company says…").
    public static let clauseStarters: [String] = """
    the a an since in on at for after when while as it he she they this there but its his her
    up down out over about from with by to more most some many all one two three we our their
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// Negations before a verb: "did not reply", "never said" deny the speech they precede.
    public static let negations: Set<String> = ["not", "never", "didn't", "don't", "doesn't", "won't", "wouldn't", "hasn't", "haven't"]

    /// Small words left in lower case inside a title ("State of the Union", "Fox & Friends").
    public static let titleSmallWords: Set<String> = ["of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "&"]
}
