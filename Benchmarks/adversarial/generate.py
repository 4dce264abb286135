#!/usr/bin/env python3
"""Generate adversarial corpora for briefing's scale bounds (issue 16, items 11 and 12).

Nothing here is committed data: each corpus is written, from a fixed seed, into a folder you
name (outside the repository), one sub-folder per case:

    big-txt/article.txt       one plain-text article of --megabytes MB (default 50): news-like
                              paragraphs with quotes, speakers, dates and numbers, some repeated
    near-identical/lines.jsonl  --lines records (default 200,000) of one article with one word
                              changed per record (every record is a near-duplicate of every other)
    random-short/lines.jsonl  --lines records of 3-12 random words each
    huge-word/article.txt     a first line that is one 5 MB "word", then a short body

Usage (from the repository root):
    python3 Benchmarks/adversarial/generate.py /tmp/adv [--megabytes 50] [--lines 200000]
        [--cases big-txt near-identical random-short huge-word]
    swift build -c release
    /usr/bin/time -v .build/release/briefing build --corpus /tmp/adv/big-txt --output /tmp/adv-site --force

`Benchmarks/adversarial/run.py` does the generation and the timed builds in one go.
"""
import argparse
import json
import os
import random

FIRST = ["Maria", "John", "Aisha", "Pedro", "Wei", "Olga", "Samuel", "Fatima", "Lena", "Tom"]
LAST = ["Okafor", "Schmidt", "Tanaka", "Rossi", "Novak", "Haddad", "Silva", "Kowalski", "Brown", "Dupont"]
ROLES = ["the minister", "a spokesman for the agency", "the mayor", "an analyst", "the chief executive"]
VERBS = ["said", "told reporters", "added", "warned", "wrote in a statement"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WORDS = ("government council report market river bridge company workers plan budget city "
         "police court vote election storm water power school hospital price energy deal talks "
         "border trade bank rates inflation farmers crops road project contract union strike "
         "protest museum festival team season match record growth decline survey study").split()


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
    kind = rng.random()
    if kind < 0.15:
        words[rng.randrange(len(words))] = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(1990, 2030)}"
    elif kind < 0.25:
        words.insert(rng.randrange(len(words)), f"{rng.randint(2, 900)} percent")
    text = " ".join(words)
    text = text[0].upper() + text[1:]
    if rng.random() < 0.3:
        speaker = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if rng.random() < 0.5:
            return f"\u201c{text},\u201d {speaker}, {rng.choice(ROLES)}, {rng.choice(VERBS)}."
        return f"{speaker} {rng.choice(VERBS)}: \u201c{text}.\u201d"
    if rng.random() < 0.1:
        return f"{text}, he said on {rng.choice(['Monday', 'Tuesday', 'Friday'])}."
    return text + "."


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(1, 6)))


def big_txt(folder, megabytes, rng):
    target = megabytes * 1_000_000
    written = 0
    recent = []
    with open(os.path.join(folder, "article.txt"), "w", encoding="utf-8") as f:
        head = "Council approves the river bridge budget after long talks\n\n"
        f.write(head)
        written += len(head.encode())
        while written < target:
            # One paragraph in twenty repeats an earlier one (boilerplate, copies).
            p = rng.choice(recent) if recent and rng.random() < 0.05 else paragraph(rng)
            recent = (recent + [p])[-50:]
            chunk = p + "\n\n"
            f.write(chunk)
            written += len(chunk.encode())


def near_identical(folder, lines, rng):
    text = " ".join(sentence(rng) for _ in range(4))
    words = text.split(" ")
    with open(os.path.join(folder, "lines.jsonl"), "w", encoding="utf-8") as f:
        for i in range(lines):
            w = list(words)
            w[rng.randrange(len(w))] = rng.choice(WORDS)
            f.write(json.dumps({"id": str(i), "title": "Council approves the bridge budget",
                                "date": "2025-08-19", "source": f"Outlet {i % 40}",
                                "text": " ".join(w)}) + "\n")


def random_short(folder, lines, rng):
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    with open(os.path.join(folder, "lines.jsonl"), "w", encoding="utf-8") as f:
        for i in range(lines):
            words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(2, 9)))
                     for _ in range(rng.randint(3, 12))]
            f.write(json.dumps({"id": str(i), "text": " ".join(words)}) + "\n")


def huge_word(folder, rng):
    with open(os.path.join(folder, "article.txt"), "w", encoding="utf-8") as f:
        f.write("x" * 5_000_000 + "\n\n")
        f.write("\n\n".join(paragraph(rng) for _ in range(5)) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--megabytes", type=int, default=50)
    parser.add_argument("--lines", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--cases", nargs="+", default=["big-txt", "near-identical", "random-short", "huge-word"])
    args = parser.parse_args()
    for case in args.cases:
        folder = os.path.join(args.out, case)
        os.makedirs(folder, exist_ok=True)
        rng = random.Random(f"{args.seed}-{case}")
        if case == "big-txt":
            big_txt(folder, args.megabytes, rng)
        elif case == "near-identical":
            near_identical(folder, args.lines, rng)
        elif case == "random-short":
            random_short(folder, args.lines, rng)
        elif case == "huge-word":
            huge_word(folder, rng)
        else:
            parser.error(f"unknown case {case}")
        print(folder)


if __name__ == "__main__":
    main()
