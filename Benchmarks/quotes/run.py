#!/usr/bin/env python3
"""Quotes speed benchmark: the `quotes` pass over the shared news corpora.

Copies every .jsonl of the benchmark folder into a temporary corpus (never into the
repository), runs the release `briefing` binary with `--only quotes --verbose` under
`/usr/bin/time -v` several times, and reports the median of the pass's own timing line
(`timing: pass=quotes seconds=X`; corpus loading, the dedup dependency and rendering are
timed separately and not counted), articles per second, quotes found and peak memory.

usage (from the repository root):
    swift build -c release
    python3 Benchmarks/quotes/run.py [--binary .build/release/briefing] [--bench /work/shared/bench] [--runs 3]
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

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "briefing"))
    parser.add_argument("--bench", default=os.path.join(ROOT, "..", "shared", "bench"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not os.path.exists(args.binary):
        sys.exit(f"{args.binary} is missing: run `swift build -c release` first")
    with tempfile.TemporaryDirectory() as work:
        corpus = os.path.join(work, "corpus")
        os.makedirs(corpus)
        articles = 0
        for name in sorted(os.listdir(args.bench)):
            if name.endswith(".jsonl"):
                shutil.copy(os.path.join(args.bench, name), corpus)
                with open(os.path.join(corpus, name), encoding="utf-8") as f:
                    articles += sum(1 for line in f if line.strip())
        seconds, memory, found = [], [], 0
        for _ in range(args.runs):
            site = os.path.join(work, "site")
            cmd = ["/usr/bin/time", "-v", args.binary, "build", "--corpus", corpus, "--output", site,
                   "--only", "quotes", "--verbose", "--force"]
            proc = subprocess.run(cmd, capture_output=True, text=True, cwd=work)
            if proc.returncode != 0:
                sys.exit(f"briefing failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
            seconds.append(float(re.search(r"timing: pass=quotes seconds=([0-9.]+)", proc.stderr).group(1)))
            memory.append(int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr).group(1)))
            with open(os.path.join(site, "data", "quotes.json"), encoding="utf-8") as f:
                found = len(json.load(f)["quotes"])
        median = statistics.median(seconds)
        print(json.dumps({
            "articles": articles, "runs": args.runs, "quotes_found": found,
            "pass_seconds_median": round(median, 3), "pass_seconds_all": seconds,
            "articles_per_second": round(articles / median), "peak_rss_mib_max": round(max(memory) / 1024),
        }, indent=2))


if __name__ == "__main__":
    main()
