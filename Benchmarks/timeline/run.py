#!/usr/bin/env python3
"""Timeline speed benchmark: briefing's `timeline` pass against Python's dateparser.

Both tools read the same articles (a sample of the benchmark corpora, JSON Lines with
`text` and `date`) in the same run. briefing is timed by its own per-pass timing line
(`timing: pass=timeline seconds=X` under --verbose), so corpus loading, dedup (a
dependency) and page rendering are not counted; dateparser is timed around
`search_dates` over each article, anchored at the article's date.

usage: run.py [--bench DIR] [--mb N] [--briefing PATH] [--dateparser-mb N] [--skip-dateparser]

Rerun from the repository root: `python3 Benchmarks/timeline/run.py`.
The sample is written to a temporary folder, never into the repository.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def sample(bench, limit_bytes):
    """Articles from every .jsonl in `bench`, taken in turn, until `limit_bytes` of text."""
    files = sorted(os.path.join(bench, f) for f in os.listdir(bench) if f.endswith(".jsonl"))
    handles = [open(f, encoding="utf-8") for f in files]
    out, total = [], 0
    while handles and (limit_bytes <= 0 or total < limit_bytes):
        for h in list(handles):
            line = h.readline()
            if not line:
                handles.remove(h)
                continue
            rec = json.loads(line)
            text = rec.get("text") or ""
            if not text.strip():
                continue
            out.append({"id": rec["id"], "title": rec.get("title"), "date": rec.get("date"), "text": text})
            total += len(text.encode("utf-8"))
            if limit_bytes > 0 and total >= limit_bytes:
                break
    for h in handles:
        h.close()
    return out, total


def run_briefing(binary, articles, workdir):
    corpus = os.path.join(workdir, "corpus")
    os.makedirs(corpus, exist_ok=True)
    with open(os.path.join(corpus, "articles.jsonl"), "w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(a) + "\n")
    site = os.path.join(workdir, "site")
    cmd = [binary, "build", "--corpus", corpus, "--output", site, "--only", "timeline", "--verbose", "--force"]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"briefing failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    m = re.search(r"timing: pass=timeline seconds=([0-9.]+)", proc.stderr + proc.stdout)
    if not m:
        sys.exit("briefing printed no 'timing: pass=timeline' line; is --verbose supported?")
    with open(os.path.join(site, "data", "timeline.json"), encoding="utf-8") as f:
        found = len(json.load(f)["timexes"])
    return float(m.group(1)), wall, found


def run_dateparser(articles):
    import datetime
    from dateparser.search import search_dates
    found = 0
    start = time.perf_counter()
    for a in articles:
        settings = {"RETURN_AS_TIMEZONE_AWARE": False}
        if a.get("date"):
            settings["RELATIVE_BASE"] = datetime.datetime.fromisoformat(a["date"])
        try:
            hits = search_dates(a["text"], languages=["en"], settings=settings)
        except Exception:
            hits = None
        found += len(hits or [])
    return time.perf_counter() - start, found


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bench", default=os.path.join(ROOT, "..", "shared", "bench"))
    ap.add_argument("--mb", type=float, default=0, help="MB of text for briefing (0: all of it)")
    ap.add_argument("--dateparser-mb", type=float, default=2, help="MB of text for dateparser (it is slow)")
    ap.add_argument("--briefing", default=os.path.join(ROOT, ".build", "release", "briefing"))
    ap.add_argument("--skip-dateparser", action="store_true")
    args = ap.parse_args()
    if not os.path.exists(args.briefing):
        print("building briefing (release)…", file=sys.stderr)
        subprocess.run(["swift", "build", "-c", "release", "--product", "briefing"], cwd=ROOT, check=True)
    rows = []
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as tmp:
        articles, size = sample(args.bench, int(args.mb * 1e6))
        seconds, wall, found = run_briefing(args.briefing, articles, os.path.join(tmp, "all"))
        rows.append(("briefing timeline pass", len(articles), size, seconds, found))
        small, small_size = sample(args.bench, int(args.dateparser_mb * 1e6))
        s2, _, f2 = run_briefing(args.briefing, small, os.path.join(tmp, "small"))
        rows.append(("briefing timeline pass (dateparser's sample)", len(small), small_size, s2, f2))
        if not args.skip_dateparser:
            dp_seconds, dp_found = run_dateparser(small)
            rows.append(("dateparser search_dates", len(small), small_size, dp_seconds, dp_found))
    print("| tool | articles | MB of text | seconds | MB/s | expressions found |")
    print("|---|---|---|---|---|---|")
    for name, n, size, secs, found in rows:
        print(f"| {name} | {n} | {size / 1e6:.2f} | {secs:.2f} | {size / 1e6 / secs:.2f} | {found} |")


if __name__ == "__main__":
    main()
