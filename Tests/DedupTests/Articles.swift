/// Short news texts written for these tests.
enum Articles {
    /// An original report on a harbour bridge closure.
    static let original = """
    Harbour bridge closed after cracks found in main span

    City engineers closed the Northgate harbour bridge on Monday after an inspection found cracks in two steel girders of the main span.
    The bridge carries about 40,000 vehicles a day between the port district and the old town, and traffic was diverted through the tunnel.
    Mayor Elena Brandt said the closure would last at least three weeks while specialists assessed the damage.
    “We will not reopen a structure that we cannot vouch for,” Brandt told reporters at the city hall.
    The cracks were discovered during a routine ultrasound survey that the city carries out every spring.
    Ferry operators said they would add extra crossings from Tuesday to absorb commuters.
    Local shop owners in the old town warned that a long closure would hurt trade before the summer season.
    The bridge was last renovated in 1998, when its deck and cables were replaced.
    """

    /// A sentence-by-sentence rewrite of `original`.
    static let rewrite = """
    Northgate shuts harbour bridge over girder cracks

    On Monday city engineers shut the harbour bridge in Northgate when an inspection revealed cracks in two steel girders of its main span.
    Some 40,000 vehicles cross the bridge each day between the old town and the port district; traffic has been diverted through the tunnel.
    The closure will last for at least three weeks while specialists assess the damage, Mayor Elena Brandt said.
    “We will not reopen a structure that we cannot vouch for,” she told reporters.
    A routine ultrasound survey, carried out by the city every spring, discovered the cracks.
    Ferry operators plan extra crossings from Tuesday for commuters.
    Shop owners in the old town said a lengthy closure would hurt their trade ahead of the summer season.
    """

    /// Independent reporting of the same events, in other words and another order.
    static let independent = """
    Commuters face long detours as Northgate bridge stays shut

    Drivers queued for more than an hour at the tunnel entrance on Tuesday, a day after the harbour bridge in Northgate was closed.
    Transport officials estimated that the detour adds twenty minutes to a typical trip from the port district.
    Several commuters said they would switch to the ferry, which put on additional crossings.
    The city has said the bridge will remain closed for at least three weeks because of cracked girders.
    A spokesman for the regional transport authority urged residents to work from home where possible.
    Bus companies were also asked to reroute services away from the tunnel at peak hours.
    """

    /// An article on something else entirely.
    static let unrelated = """
    Orchestra announces new season with three premieres

    The Valmont Philharmonic unveiled a season of forty concerts on Thursday, including three works written for the orchestra.
    Conductor Ravi Okafor said the programme pairs familiar symphonies with music by young composers.
    Subscriptions go on sale next month, with discounts for students and pensioners.
    The opening night in October will feature a violin concerto by a composer from the conservatory.
    Ticket prices remain unchanged from last year despite rising costs.
    """
}
