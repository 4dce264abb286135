#!/usr/bin/env python3
"""Robustness check for attribution: a copy of a gold set with every speech verb replaced.

Writes OUT/corpus (the articles with each form of a speech verb -- "said", "told", "adds",
"explaining", ... -- replaced by the same form of an ordinary verb that no speech-verb list
holds: "grinned", "shrugs", "nodding") and OUT/quotes.json, OUT/scope.json (the gold with every
offset moved to the new text), so `score --gold OUT --corpus OUT/corpus` scores it as usual.
The copy is generated (in /tmp by default), never committed.

usage: python3 Benchmarks/quotes/perturb.py --gold ../shared/eval/polnear-dev [--out DIR]
           [--verbs test|train] [--seed N]
`--verbs train` uses another set of verbs: the one train.py augments its training data with,
so the test set's verbs stay unseen.
"""
import argparse
import json
import os
import random
import re
import shutil
import tempfile

# Speech verbs by lemma with their forms: base, third person, past (and participle), -ing.
SPEECH = {
    "say": ("say", "says", "said", "saying"), "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "writing"), "add": ("add", "adds", "added", "adding"),
    "ask": ("ask", "asks", "asked", "asking"), "state": ("state", "states", "stated", "stating"),
    "explain": ("explain", "explains", "explained", "explaining"), "note": ("note", "notes", "noted", "noting"),
    "argue": ("argue", "argues", "argued", "arguing"), "claim": ("claim", "claims", "claimed", "claiming"),
    "insist": ("insist", "insists", "insisted", "insisting"), "declare": ("declare", "declares", "declared", "declaring"),
    "announce": ("announce", "announces", "announced", "announcing"), "reply": ("reply", "replies", "replied", "replying"),
    "respond": ("respond", "responds", "responded", "responding"), "continue": ("continue", "continues", "continued", "continuing"),
    "warn": ("warn", "warns", "warned", "warning"), "recall": ("recall", "recalls", "recalled", "recalling"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"), "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "admit": ("admit", "admits", "admitted", "admitting"), "suggest": ("suggest", "suggests", "suggested", "suggesting"),
    "answer": ("answer", "answers", "answered", "answering"), "remark": ("remark", "remarks", "remarked", "remarking"),
    "stress": ("stress", "stresses", "stressed", "stressing"), "quip": ("quip", "quips", "quipped", "quipping"),
    "joke": ("joke", "jokes", "joked", "joking"), "shout": ("shout", "shouts", "shouted", "shouting"),
    "yell": ("yell", "yells", "yelled", "yelling"), "exclaim": ("exclaim", "exclaims", "exclaimed", "exclaiming"),
    "observe": ("observe", "observes", "observed", "observing"), "comment": ("comment", "comments", "commented", "commenting"),
    "report": ("report", "reports", "reported", "reporting"), "confirm": ("confirm", "confirms", "confirmed", "confirming"),
    "predict": ("predict", "predicts", "predicted", "predicting"), "promise": ("promise", "promises", "promised", "promising"),
    "complain": ("complain", "complains", "complained", "complaining"), "emphasize": ("emphasize", "emphasizes", "emphasized", "emphasizing"),
}

# Ordinary verbs that attribute nothing, in the same four forms.
VERBS = {
    "test": [("grin", "grins", "grinned", "grinning"), ("shrug", "shrugs", "shrugged", "shrugging"),
             ("nod", "nods", "nodded", "nodding"), ("frown", "frowns", "frowned", "frowning"),
             ("sigh", "sighs", "sighed", "sighing"), ("smirk", "smirks", "smirked", "smirking"),
             ("gesture", "gestures", "gestured", "gesturing"), ("spit", "spits", "spat", "spitting")],
    "train": [("beam", "beams", "beamed", "beaming"), ("glare", "glares", "glared", "glaring"),
              ("chuckle", "chuckles", "chuckled", "chuckling"), ("wave", "waves", "waved", "waving"),
              ("pause", "pauses", "paused", "pausing"), ("blink", "blinks", "blinked", "blinking"),
              ("squint", "squints", "squinted", "squinting"), ("lean", "leans", "leaned", "leaning")],
}

FORM = {form: k for forms in SPEECH.values() for k, form in enumerate(forms)}
WORD = re.compile(r"[A-Za-z]+")


def perturb_text(text, body_start, rng, verbs):
    """The new text and a function mapping an old offset to the new one."""
    out, shifts, last, delta = [], [], 0, 0
    for m in WORD.finditer(text, body_start):
        k = FORM.get(m.group().lower())
        if k is None:
            continue
        new = rng.choice(verbs)[k]
        if m.group()[0].isupper():
            new = new.capitalize()
        out.append(text[last:m.start()])
        out.append(new)
        last = m.end()
        delta += len(new) - len(m.group())
        shifts.append((m.end(), delta))
    out.append(text[last:])

    def move(offset):
        d = 0
        for end, shift in shifts:
            if end > offset:
                break
            d = shift
        return offset + d
    return "".join(out), move


def body_start(text):
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            return end + 5
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--corpus")
    ap.add_argument("--out")
    ap.add_argument("--verbs", choices=sorted(VERBS), default="test")
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    corpus = args.corpus or os.path.join(args.gold, "corpus")
    out = args.out or tempfile.mkdtemp(prefix="perturbed-")
    os.makedirs(os.path.join(out, "corpus"), exist_ok=True)
    gold = json.load(open(os.path.join(args.gold, "quotes.json"), encoding="utf-8"))
    by_doc = {}
    for g in gold:
        by_doc.setdefault(g["doc"], []).append(g)
    rng = random.Random(args.seed)
    replaced = 0
    for name in sorted(os.listdir(corpus)):
        src = os.path.join(corpus, name)
        if not os.path.isfile(src):
            continue
        with open(src, encoding="utf-8", newline="") as f:
            text = f.read()
        new, move = perturb_text(text, body_start(text), rng, VERBS[args.verbs])
        replaced += sum(1 for a, b in zip(WORD.findall(text), WORD.findall(new)) if a != b)
        with open(os.path.join(out, "corpus", name), "w", encoding="utf-8", newline="") as f:
            f.write(new)
        for g in by_doc.get(name, []):
            for key in ("start", "end", "speaker_start", "speaker_end"):
                if isinstance(g.get(key), int):
                    g[key] = move(g[key])
            for frag in g.get("extra_fragments", []):
                for key in ("quote_start", "quote_end", "start", "end"):
                    if isinstance(frag.get(key), int):
                        frag[key] = move(frag[key])
    with open(os.path.join(out, "quotes.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False)
    scope = os.path.join(args.gold, "scope.json")
    if os.path.exists(scope):
        shutil.copy(scope, os.path.join(out, "scope.json"))
    print(out)


if __name__ == "__main__":
    main()
