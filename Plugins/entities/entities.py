#!/usr/bin/env python3
"""entities: a briefing plugin naming the people, organisations and places of a corpus.

Reads one protocol-1 request on stdin (docs/plugins.md) and prints one JSON result. Names are
runs of capitalised words inside sentences; they are typed by general English cues (a title
before a person's name, an organisation word inside the name, a locative preposition before a
place) and by the quotes pass's speakers when that result is present. A surname alone is merged
with the full name it belongs to. Standard library only.
"""
import json
import re
import sys
from collections import Counter, defaultdict

# Titles and roles that precede a person's name ("Foreign Minister Andrey ...").
TITLES = {
    "president", "minister", "secretary", "chancellor", "senator", "sen", "rep", "representative",
    "governor", "gov", "mayor", "king", "queen", "prince", "princess", "pope", "general", "gen",
    "mr", "mrs", "ms", "dr", "prof", "judge", "justice", "ambassador", "envoy", "spokesman",
    "spokeswoman", "spokesperson", "premier", "chairman", "chairwoman", "director", "commander",
    "colonel", "col", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "admiral", "adm",
    "leader", "aide", "adviser", "professor", "advisor", "deputy", "vice", "prime", "foreign", "defence",
    "defense", "press", "state", "special", "chief", "former", "sir", "lord", "lady", "dame",
}
# Words that make a name an organisation.
ORG_WORDS = {
    "ministry", "council", "party", "agency", "commission", "company", "corp", "corporation",
    "inc", "ltd", "bank", "union", "organization", "organisation", "association", "committee",
    "court", "parliament", "senate", "congress", "army", "navy", "forces", "house", "office",
    "department", "university", "news", "times", "post", "network", "group", "institute",
    "foundation", "federation", "league", "alliance", "coalition", "assembly", "government",
    "police", "service", "services", "board", "authority", "bureau", "club", "fund", "reserve",
    "tv", "television", "radio", "press", "journal", "herald", "tribune", "guardian", "reuters",
}
# Words that make a name a place.
PLACE_WORDS = {
    "street", "square", "avenue", "road", "river", "sea", "ocean", "island", "islands", "mountains",
    "valley", "city", "county", "province", "region", "bay", "gulf", "lake", "park", "strait",
    "peninsula", "desert", "coast", "airport", "port",
}
# Prepositions after which a name is usually a place.
PLACE_CUES = {"in", "to", "from", "at", "near", "across", "into", "throughout", "outside", "inside"}
# Capitalised words that start sentences but are not names.
FUNCTION_WORDS = set("""
a an the and or but if then so yet for nor of in on at to from by with as into onto over under
after before during while since until although though because however meanwhile moreover also
this that these those there here it its he she they we i you his her their our my your who what
when where why how which some any many most more much few all both each every no not one two
three four five six seven eight nine ten mr mrs ms dr on monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october november
december earlier later last next today yesterday tomorrow according despite instead still even
""".split())
# Connectors allowed inside a name ("Bank of England", "Coalition of the Willing").
CONNECTORS = {"of", "the", "de", "da", "del", "der", "van", "von", "bin", "al", "la", "le", "du"}

TOKEN = re.compile(r"[^\W\d_](?:[\w'’.-]*[^\W_])?|\d+|\S")


def is_capitalised(word):
    return word[:1].isupper()


def clean(word):
    word = word.replace("’", "'")
    # Dotted acronyms ("U.S.") are written without dots so that "US" and "U.S." are one name.
    if re.fullmatch(r"(?:[A-Z]\.){2,}", word + ("" if word.endswith(".") else ".")):
        return word.replace(".", "")
    return word.rstrip(".")


def is_word_of_sentence(token):
    """Function words and contractions ("We're", "I'll") are never names, even capitalised."""
    lowered = clean(token).lower()
    return lowered in FUNCTION_WORDS or re.fullmatch(r"[a-z]+'(?:re|ll|ve|d|m|t)", lowered) is not None


def names_in(sentence):
    """Runs of capitalised tokens with the two words before and the word after each run."""
    tokens = TOKEN.findall(sentence)
    i = 0
    while i < len(tokens):
        if not is_capitalised(tokens[i]) or is_word_of_sentence(tokens[i]):
            i += 1
            continue
        start = i
        words = [tokens[i]]
        i += 1
        while i < len(tokens):
            if re.search(r"['’]s$", words[-1]):
                break  # "Moldova's Viktor Yanukovich": a possessive ends a name
            if is_capitalised(tokens[i]) and not is_word_of_sentence(tokens[i]):
                words.append(tokens[i])
                i += 1
                continue
            j = i
            while j < len(tokens) and tokens[j].lower() in CONNECTORS:
                j += 1
            if j > i and j < len(tokens) and j - i <= 2 and is_capitalised(tokens[j]) and not is_word_of_sentence(tokens[j]):
                words.extend(tokens[i:j + 1])
                i = j + 1
            else:
                break
        # Possessives belong to the sentence, not the name.
        words = [re.sub(r"['’]s$", "", w) for w in words]
        before = [t.lower() for t in tokens[max(0, start - 2):start]]
        after = tokens[i] if i < len(tokens) else ""
        yield before, [clean(w) for w in words if w], after, start == 0


def split_title(words):
    """Separates titles ("Russian Foreign Minister", "Keio University Professor") from the name
    that follows them; an affiliation before a title is part of the role."""
    for i in range(len(words) - 2, 0, -1):
        if words[i].lower() in TITLES and words[i + 1].lower() not in TITLES:
            if any(w.lower() in TITLES for w in words[:i]) or any(w.lower() in ORG_WORDS for w in words[:i]):
                return words[:i + 1], words[i + 1:]
    role = []
    while len(words) > 1 and words[0].lower() in TITLES:
        role.append(words[0])
        words = words[1:]
    # A nationality before a title ("Russian President") belongs to the role.
    if len(words) > 2 and words[1].lower() in TITLES:
        role.extend(words[:2])
        words = words[2:]
        while len(words) > 1 and words[0].lower() in TITLES:
            role.append(words[0])
            words = words[1:]
    return role, words


def edit_distance(a, b, limit=None):
    """Levenshtein distance; with `limit`, stops as soon as the distance must exceed it."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
        if limit is not None and min(row) > limit:
            return limit + 1
    return row[-1]


def same_person(a, b):
    """Two full names differing only by transliteration: same length, one part equal, the others close."""
    x, y = a.lower().split(), b.lower().split()
    if len(x) != len(y) or x == y or not any(p == q for p, q in zip(x, y)):
        return False
    limits = [max(1, len(max(p, q, key=len)) // 3) for p, q in zip(x, y)]
    # Lengths first: an edit distance is at least the difference in length, and cheap to rule out.
    if any(abs(len(p) - len(q)) > limit for (p, q), limit in zip(zip(x, y), limits)):
        return False
    return all(p == q or edit_distance(p, q, limit) <= limit for (p, q), limit in zip(zip(x, y), limits))


def analyse(request):
    options = request.get("options", {})
    min_mentions = int(options.get("min_mentions", 1))
    top = int(options.get("top", 8))
    # Large corpora name tens of thousands of things in thousands of sources: the page and the
    # data keep the most widely carried names, each with the sources naming it most.
    max_names = int(options.get("max_names", 2000))
    max_sources = int(options.get("max_sources", 20))
    speakers = set()
    quotes = request.get("results", {}).get("quotes") or {}
    for speaker in quotes.get("speakers", []):
        speakers.add(speaker.get("name", ""))
    pages = {doc["id"]: doc.get("page", "") for doc in request["corpus"]["documents"]}
    titles = {doc["id"]: doc.get("display_title") or doc["id"] for doc in request["corpus"]["documents"]}

    raw = []  # (doc, name, role, before, after, sentence-initial)
    capitalised_inside = Counter()
    for doc in request["corpus"]["documents"]:
        text = doc["text"]
        headings = {i for i, p in enumerate(doc.get("paragraphs", [])) if p.get("kind") == "heading"}
        for sentence in doc["sentences"]:
            if sentence.get("paragraph") in headings:
                continue  # title-case headlines capitalise every word
            for before, words, after, initial in names_in(text[sentence["start"]:sentence["end"]]):
                role, name_words = split_title(words)
                if not name_words:
                    continue
                name = " ".join(name_words)
                if len(name) < 2 or name.lower() in FUNCTION_WORDS:
                    continue
                if not initial or role:
                    capitalised_inside[name] += 1
                raw.append((doc["id"], name, role, before, after, initial and not role))
    known_words = set(capitalised_inside)
    name_parts = {part for name in known_words for part in name.split()}

    mentions = []
    evidence = defaultdict(Counter)
    adjective_use = Counter()
    for doc, name, role, before, after, initial in raw:
        name_words = name.split()
        # A single capitalised word seen only at the start of sentences is an ordinary word.
        if initial and len(name_words) == 1 and name not in name_parts:
            continue
        # Nationality adjectives ("Russian officials") describe, they do not name.
        if len(name_words) == 1 and re.search(r"(?:an|ian|ish|ese)$", name) and after[:1].islower():
            adjective_use[name] += 1
        if role:
            evidence[name]["person"] += 2
        lowered = {w.lower() for w in name_words}
        if lowered & ORG_WORDS or (name.isupper() and 2 <= len(name) <= 6):
            evidence[name]["org"] += 2
        if lowered & PLACE_WORDS:
            evidence[name]["place"] += 2
        if (before and before[-1] in PLACE_CUES) or (len(before) == 2 and before[0] in PLACE_CUES and before[1] == "the"):
            if len(name_words) <= 3:
                evidence[name]["place"] += 1
        if name in speakers:
            evidence[name]["person"] += 3
        if 2 <= len(name_words) <= 3 and not lowered & (ORG_WORDS | PLACE_WORDS | CONNECTORS):
            evidence[name]["person"] += 1
        # A country or region whose adjective also occurs ("Russia" / "Russian").
        stem = name[:-1] if name[-1:] in "ae" else name
        if len(name_words) == 1 and any(form in known_words for form in (name + "n", name + "an", stem + "ian", stem + "an")):
            evidence[name]["place"] += 2
        mentions.append((doc, name))
    mentions = [(doc, name) for doc, name in mentions if adjective_use[name] == 0]

    # Spelling variants of one person ("Andrei"/"Andrey Petrov") join the more frequent spelling.
    frequency = Counter(name for _, name in mentions)
    full_names = sorted({n for _, n in mentions if " " in n}, key=lambda n: (-frequency[n], n))
    # Variants share at least one part in the same place: compare only names that do, so the
    # work grows with the corpus, not with its square.
    rank = {name: i for i, name in enumerate(full_names)}
    by_part = defaultdict(list)
    for name in full_names:
        parts = name.lower().split()
        for position, part in enumerate(parts):
            by_part[(len(parts), position, part)].append(name)
    variant_of = {}
    lengths = {name: [len(part) for part in name.lower().split()] for name in full_names}
    for name in full_names:
        parts = name.lower().split()
        mine = lengths[name]
        candidates = set()
        for position, part in enumerate(parts):
            for other in by_part[(len(parts), position, part)]:
                # Only more frequent spellings, and only where every part is close enough in
                # length to be within the edit distance same_person allows.
                if rank[other] < rank[name] and all(abs(a - b) <= max(1, max(a, b) // 3) for a, b in zip(mine, lengths[other])):
                    candidates.add(other)
        for other in sorted(candidates, key=rank.get):
            if other not in variant_of and same_person(name, other):
                variant_of[name] = other
                break
    mentions = [(doc, variant_of.get(name, name)) for doc, name in mentions]
    for name, target in variant_of.items():
        evidence[target].update(evidence[name])

    # A surname (or given name) alone joins the longest full name that ends (or starts) with it.
    full_names = sorted({n for _, n in mentions if " " in n}, key=lambda n: (-len(n), n))
    ending_or_starting = defaultdict(list)  # a part → full names (longest first) ending or starting with it
    for full in full_names:
        parts = full.split()
        for part in {parts[0], parts[-1]}:
            ending_or_starting[part].append(full)
    canonical = {}
    for _, name in mentions:
        if name in canonical:
            continue
        canonical[name] = name
        if " " not in name:
            for full in ending_or_starting.get(name, []):
                if evidence[full]["person"] > 0:
                    canonical[name] = full
                    break

    entities = defaultdict(lambda: {"count": 0, "documents": Counter(), "aliases": set()})
    for doc, name in mentions:
        key = canonical[name]
        entity = entities[key]
        entity["count"] += 1
        entity["documents"][doc] += 1
        entity["aliases"].add(name)
        for kind, weight in evidence[name].items():
            evidence[key][kind] += weight if key != name else 0

    rows = []
    for name, entity in entities.items():
        if entity["count"] < min_mentions:
            continue
        scores = evidence[name]
        kind = max(("person", "org", "place"), key=lambda k: (scores[k], k == "person")) if scores else "other"
        if scores and scores[kind] == 0:
            kind = "other"
        shown = sorted(sorted(entity["documents"].items(), key=lambda dc: (-dc[1], dc[0]))[:max_sources])
        rows.append({
            "name": name,
            "type": kind,
            "count": entity["count"],
            "aliases": sorted(entity["aliases"] - {name}),
            "documents": [{"doc": d, "count": c, "title": titles[d], "page": pages[d]} for d, c in shown],
            "source_count": len(entity["documents"]),
        })
        if len(entity["documents"]) > len(shown):
            rows[-1]["more_sources"] = len(entity["documents"]) - len(shown)
    rows.sort(key=lambda r: (-r["source_count"], -r["count"], r["name"]))
    people_named = sum(1 for r in rows if r["type"] == "person")
    rows = rows[:max_names]
    groups = []
    for kind, label in (("person", "People"), ("org", "Organisations"), ("place", "Places"), ("other", "Other names")):
        members = [r for r in rows if r["type"] == kind]
        if members:
            groups.append({"type": kind, "label": label, "entities": members, "top": members[:top]})
    return {
        "data": {"entities": rows},
        "view": {"groups": groups},
        "figures": [{"value": people_named, "label": "people named"}],
    }


def main():
    request = json.load(sys.stdin)
    if request.get("protocol") != 1:
        sys.exit("entities speaks protocol 1, got %r" % request.get("protocol"))
    result = analyse(request)
    print("%d names in %d documents" % (len(result["data"]["entities"]), len(request["corpus"]["documents"])), file=sys.stderr)
    json.dump(result, sys.stdout, ensure_ascii=False, sort_keys=True)


if __name__ == "__main__":
    main()
