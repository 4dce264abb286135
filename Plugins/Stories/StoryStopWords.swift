/// Function words of general English, which say nothing about what a story is about.
///
/// The list is grammar, not data: pronouns, auxiliaries, prepositions, conjunctions and the
/// verbs of reporting that every news story uses ("said", "told").
enum StoryStopWords {
    /// The words, lower-case.
    static let words: [String] = """
    about above after again against all also although among and another any are aren't because been \
    before being below between both but can can't cannot could couldn't did didn't does doesn't doing \
    don't down during each either else even ever every few for from further had hadn't has hasn't have \
    haven't having he'd he'll he's her here here's hers herself him himself his how how's however i'd \
    i'll i'm i've into isn't it's its itself just let's many may might more most much must mustn't \
    myself neither nor not now off once one only other others ought our ours ourselves out over own \
    per rather same shall shan't she she'd she'll she's should shouldn't since some still such than \
    that that's the their theirs them themselves then there there's these they they'd they'll they're \
    they've this those though through thus too under until upon very via was wasn't we'd we'll we're \
    we've were weren't what what's when when's where where's whether which while who who's whom whose \
    why why's will with within without won't would wouldn't yet you you'd you'll you're you've your \
    yours yourself yourselves said says say saying told tells according added adding also
    """.split(separator: " ").map(String.init)

    /// Hashes of the words, as `StoryTerms.scan` computes them.
    static let hashes: Set<UInt64> = Set(words.map(StoryTerms.hash))
}
