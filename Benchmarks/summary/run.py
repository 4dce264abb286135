#!/usr/bin/env python3
"""Benchmark of the summary pass: time to summarise 100 / 500 / 1,000 articles of one story.

Writes the first N articles of one Timeline17 story (default: bpoil, the largest) from
../shared/bench/t17.jsonl into a temporary corpus folder (never into the repository), runs

    briefing build --corpus DIR --output OUT --only summary --verbose

with the release binary and reads the per-pass timings it prints on stderr
(`timing: pass=<id> seconds=<x>`). In the same run, Python's sumy LexRank summarises the
same first 100 articles to the same number of sentences, for comparison.

Usage (from the repository root; the release binary is built when missing):
    python3 Benchmarks/summary/run.py                      # all sizes, sumy included
    python3 Benchmarks/summary/run.py --no-sumy --repeat 5
    python3 Benchmarks/summary/run.py --json /tmp/summary-bench.json

sumy needs `pip install sumy`. It splits sentences with NLTK's Punkt; when the trained
Punkt data is not installed (it is downloaded separately and may be unreachable), the
untrained Punkt splitter and the Treebank word tokenizer are used instead. LexRank's cost,
a dense sentence-by-sentence matrix, does not depend on that choice.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TIMING = re.compile(r"timing: pass=(\S+) seconds=([0-9.]+)")


def articles(bench, story, count):
    """The first `count` articles of `story`, in file order."""
    result = []
    with open(bench, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if record.get("story") == story and (record.get("text") or "").strip():
                result.append(record)
                if len(result) == count:
                    break
    if len(result) < count:
        sys.exit(f"run.py: {bench} has only {len(result)} articles of story '{story}', {count} needed")
    return result


def write_corpus(folder, records):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "articles.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps({"id": r["id"], "title": r.get("title"), "date": r.get("date"),
                                "source": r.get("source"), "text": r["text"]}) + "\n")


def run_briefing(binary, corpus, output, sentences):
    """One build; returns (pass timings, wall seconds, summary.json)."""
    config = os.path.join(os.path.dirname(corpus), "briefing.yml")
    with open(config, "w") as f:
        f.write(f"passes:\n  summary:\n    sentences: {sentences}\n")
    started = time.perf_counter()
    proc = subprocess.run([binary, "build", "--config", config, "--corpus", corpus, "--output", output,
                           "--only", "summary", "--verbose", "--force"],
                          capture_output=True, text=True)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"run.py: briefing failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    timings = {m.group(1): float(m.group(2)) for m in TIMING.finditer(proc.stderr)}
    if "summary" not in timings:
        sys.exit("run.py: no 'timing: pass=summary' line on stderr; is the summary pass registered?")
    with open(os.path.join(output, "data", "summary.json"), encoding="utf-8") as f:
        summary = json.load(f)
    return timings, wall, summary


def sumy_tokenizer():
    from sumy.nlp.tokenizers import Tokenizer
    try:
        return Tokenizer("english"), "Punkt (trained)"
    except LookupError:
        import nltk

        class Untrained(Tokenizer):
            def __init__(self):
                self._language = "english"
                self._sentence_tokenizer = nltk.tokenize.punkt.PunktSentenceTokenizer()
                self._word_tokenizer = nltk.tokenize.TreebankWordTokenizer()

        return Untrained(), "Punkt (untrained) + Treebank words"


def run_sumy(records, sentences):
    """sumy LexRank over the articles as one document; returns (seconds, sentences in, tokenizer)."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    tokenizer, name = sumy_tokenizer()
    text = "\n\n".join(r["text"] for r in records)
    started = time.perf_counter()
    document = PlaintextParser.from_string(text, tokenizer).document
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    picked = summarizer(document, sentences)
    seconds = time.perf_counter() - started
    return seconds, len(document.sentences), name, [str(s) for s in picked]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--briefing", default=os.path.join(ROOT, ".build", "release", "briefing"),
                    help="the release binary (default: .build/release/briefing)")
    ap.add_argument("--bench", default=os.path.join(ROOT, "..", "shared", "bench", "t17.jsonl"))
    ap.add_argument("--story", default="bpoil")
    ap.add_argument("--sizes", default="100,500,1000")
    ap.add_argument("--repeat", type=int, default=3, help="builds per size; the median is reported")
    ap.add_argument("--sentences", type=int, default=7)
    ap.add_argument("--sumy-articles", type=int, default=100)
    ap.add_argument("--no-sumy", action="store_true")
    ap.add_argument("--json", help="also write the figures here")
    args = ap.parse_args()
    default_binary = os.path.join(ROOT, ".build", "release", "briefing")
    if not os.access(args.briefing, os.X_OK) and args.briefing == default_binary:
        print("run.py: building briefing in release mode (swift build -c release --product briefing)", file=sys.stderr)
        subprocess.run(["swift", "build", "-c", "release", "--product", "briefing"], cwd=ROOT, check=True)
    if not os.access(args.briefing, os.X_OK):
        sys.exit(f"run.py: {args.briefing} not found; build it with `swift build -c release` or pass --briefing")
    sizes = [int(s) for s in args.sizes.split(",")]
    records = articles(args.bench, args.story, max(sizes + [0 if args.no_sumy else args.sumy_articles]))

    figures = {"story": args.story, "binary": args.briefing, "repeat": args.repeat, "sizes": []}
    scratch = tempfile.mkdtemp(prefix="briefing-summary-bench-")
    try:
        for n in sizes:
            corpus = os.path.join(scratch, f"{args.story}-{n}", "corpus")
            output = os.path.join(scratch, f"{args.story}-{n}", "site")
            write_corpus(corpus, records[:n])
            runs = [run_briefing(args.briefing, corpus, output, args.sentences) for _ in range(args.repeat)]
            summary_s = statistics.median(r[0]["summary"] for r in runs)
            dedup_s = statistics.median(r[0].get("dedup", 0.0) for r in runs)
            wall_s = statistics.median(r[1] for r in runs)
            result = runs[-1][2]
            row = {"articles": n, "summary_seconds": round(summary_s, 3), "dedup_seconds": round(dedup_s, 3),
                   "build_wall_seconds": round(wall_s, 3), "lead_sentences": len(result["sentences"]),
                   "citations": sum(len(s["sources"]) for s in result["sentences"]),
                   "chars": sum(len(r["text"]) for r in records[:n])}
            figures["sizes"].append(row)
            print(f"briefing  {n:5d} articles  summary pass {summary_s:7.3f} s  (dedup {dedup_s:.3f} s, "
                  f"whole build {wall_s:.3f} s)  {row['lead_sentences']} sentences, {row['citations']} citations",
                  flush=True)
        if not args.no_sumy:
            n = args.sumy_articles
            seconds, count, tokenizer, picked = run_sumy(records[:n], args.sentences)
            ours = next((r["summary_seconds"] for r in figures["sizes"] if r["articles"] == n), None)
            figures["sumy"] = {"articles": n, "seconds": round(seconds, 3), "sentences_in": count,
                               "tokenizer": tokenizer,
                               "speedup_vs_summary_pass": round(seconds / ours, 1) if ours else None}
            print(f"sumy      {n:5d} articles  LexRank       {seconds:7.3f} s  ({count} sentences; {tokenizer})"
                  + (f"  → summary pass is {seconds / ours:.0f}× faster" if ours else ""), flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(figures, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
