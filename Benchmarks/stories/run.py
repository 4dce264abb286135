#!/usr/bin/env python3
"""Benchmark of the stories pass: B-cubed quality on Timeline17 and Reuters days, and speed.

* t17: all of ../shared/bench/t17.jsonl (4,328 articles, 8 topics) as one corpus.
* Reuters: each day of ../shared/bench/reuters21578.jsonl with at least 30 labelled articles
  (42 days), clustered alone, labelled articles only; the mean of the days' scores.

Each corpus is written (without its `story` labels) into a temporary folder, never into the
repository, and built with the release binary:

    briefing build --corpus DIR --output OUT --only stories --verbose

The pass time is read from the `timing: pass=stories seconds=<x>` line on stderr; quality
from `../shared/eval/score-stories OUT --labels FILE --json`. `--half a|b` keeps every other
Reuters day (a: 1st, 3rd, ...; b: 2nd, 4th, ...) and, for t17, the topics in the first or
second half of their sorted names, so parameters can be chosen on one half and confirmed
on the other. `--set key=value` passes an option to the stories pass through briefing.yml.

Usage (from the repository root; the release binary is built when missing):
    python3 Benchmarks/stories/run.py                  # t17 and all Reuters days, 3 timed runs
    python3 Benchmarks/stories/run.py --only t17 --repeat 5
    python3 Benchmarks/stories/run.py --only reuters --half a --set similarity=0.25
"""
import argparse
import collections
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TIMING = re.compile(r"timing: pass=stories seconds=([0-9.]+)")


def shared_dir():
    for candidate in (os.path.join(ROOT, "..", "shared"), os.path.join(ROOT, "..", "..", "shared"), "/work/shared"):
        if os.path.isdir(os.path.join(candidate, "bench")):
            return os.path.normpath(candidate)
    sys.exit("run.py: cannot find the shared folder with bench/ and eval/")


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_corpus(folder, records, options):
    """The corpus without labels, and a briefing.yml with the stories options."""
    os.makedirs(os.path.join(folder, "corpus"))
    with open(os.path.join(folder, "corpus", "articles.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps({k: r.get(k) for k in ("id", "title", "date", "source", "text")}) + "\n")
    labels = os.path.join(folder, "labels.jsonl")
    with open(labels, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps({"id": r["id"], "story": r["story"]}) + "\n")
    if not options:
        return labels, None
    config = os.path.join(folder, "briefing.yml")
    with open(config, "w", encoding="utf-8") as f:
        f.write("passes:\n  stories:\n" + "".join(f"    {k}: {v}\n" for k, v in options.items()))
    return labels, config


def build(binary, folder, config):
    out = os.path.join(folder, "site")
    proc = subprocess.run([binary, "build", "--corpus", os.path.join(folder, "corpus"), "--output", out,
                           "--only", "stories", "--verbose", "--force"] + (["--config", config] if config else []),
                          cwd=folder, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"run.py: briefing build failed in {folder}:\n{proc.stderr[-2000:]}")
    match = TIMING.search(proc.stderr)
    if not match:
        sys.exit("run.py: no `timing: pass=stories` line in the --verbose output")
    return out, float(match.group(1))


def score(scorer, site, labels):
    proc = subprocess.run([sys.executable, scorer, site, "--labels", labels, "--json"], capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"run.py: score-stories failed: {proc.stderr}")
    return json.loads(proc.stdout)


def run_set(binary, scorer, records, options, repeat):
    with tempfile.TemporaryDirectory(prefix="stories-bench-") as folder:
        labels, config = write_corpus(folder, records, options)
        times = []
        for _ in range(repeat):
            site, seconds = build(binary, folder, config)
            times.append(seconds)
        return score(scorer, site, labels), statistics.median(times)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", choices=["t17", "reuters"])
    ap.add_argument("--half", choices=["a", "b"])
    ap.add_argument("--repeat", type=int, default=3, help="timed runs on t17 (the median is reported)")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="an option of the stories pass")
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args()
    options = dict(s.split("=", 1) for s in args.set)
    shared = shared_dir()
    scorer = os.path.join(shared, "eval", "score-stories")
    binary = os.path.join(ROOT, ".build", "release", "briefing")
    if not os.path.exists(binary):
        subprocess.run(["swift", "build", "-c", "release", "--product", "briefing"], cwd=ROOT, check=True)
    figures = {"options": options, "half": args.half}

    if args.only in (None, "t17"):
        records = [r for r in read(os.path.join(shared, "bench", "t17.jsonl")) if r.get("story")]
        if args.half:
            topics = sorted({r["story"] for r in records})
            keep = set(topics[: len(topics) // 2] if args.half == "a" else topics[len(topics) // 2:])
            records = [r for r in records if r["story"] in keep]
        s, seconds = run_set(binary, scorer, records, options, args.repeat)
        s.update(seconds=seconds, articles_per_second=round(len(records) / seconds) if seconds else None)
        figures["t17"] = s
        print(f"t17 ({len(records)} articles): B3 P {s['B3_P']} R {s['B3_R']} F1 {s['B3_F1']}  "
              f"ARI {s['ARI']} NMI {s['NMI']}  stories {s['stories']}  pass {seconds:.3f} s "
              f"({s['articles_per_second']} articles/s, median of {args.repeat})")

    if args.only in (None, "reuters"):
        by_day = collections.defaultdict(list)
        for r in read(os.path.join(shared, "bench", "reuters21578.jsonl")):
            if r.get("story") and r.get("date"):
                by_day[r["date"]].append(r)
        days = sorted(d for d, v in by_day.items() if len(v) >= 30)
        if args.half:
            days = days[0::2] if args.half == "a" else days[1::2]
        rows = []
        for day in days:
            s, _ = run_set(binary, scorer, by_day[day], options, 1)
            rows.append(s)
        mean = {k: round(statistics.mean(r[k] for r in rows), 3) for k in ("B3_P", "B3_R", "B3_F1", "ARI", "NMI")}
        figures["reuters"] = dict(mean, days=len(days))
        print(f"Reuters ({len(days)} days, mean): B3 P {mean['B3_P']} R {mean['B3_R']} F1 {mean['B3_F1']}  "
              f"ARI {mean['ARI']} NMI {mean['NMI']}")

    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(figures, f, indent=2, sort_keys=True)


if __name__ == "__main__":
    main()
