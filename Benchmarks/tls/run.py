#!/usr/bin/env python3
"""Timeline17 benchmark: build every score-tls task corpus with briefing, score it, time it.

score-tls (../shared/eval/score-tls) follows the published timeline-summarisation protocol
(Gholipour Ghalandari & Ifrim 2020): `score-tls --write-corpora DIR` writes one corpus per human
timeline (18 of them), each corpus is built into ROOT/<same name>, and `score-tls --all ROOT`
gives AR-1, AR-2 (alignment-based ROUGE F, "align+ m:1") and Date-F1, averaged over the tasks.

This script does all of it and prints, besides score-tls's own table, the mean over each half
of the topics (A: EgyptianProtest, IraqWar, MJ, bpoil; B: H1N1, LibyaWar, SyrianCrisis, haiti,
alternate topics in alphabetical order), so options tuned on one half can be checked on the
other, and the build time per task and in total (wall clock of `briefing build`, release binary,
at most --jobs builds at once).

usage: run.py [--binary PATH] [--corpora DIR] [--root DIR] [--jobs N] [--only PASSES]
              [--tasks SUBSTR,...] [--half A|B] [--score-only] [--json FILE]

Rerun from the repository root after `swift build -c release`: `python3 Benchmarks/tls/run.py`.
Corpora and sites go to /tmp/tls (never into the repository).
"""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
EVAL = os.path.normpath(os.path.join(ROOT, "..", "..", "shared", "eval"))
if not os.path.isdir(EVAL):
    EVAL = "/work/shared/eval"
SCORER = os.path.join(EVAL, "score-tls")
MEASURES = ("AR1", "AR2", "DateF1")
HALVES = {"A": ("EgyptianProtest", "IraqWar", "MJ", "bpoil"), "B": ("H1N1", "LibyaWar", "SyrianCrisis", "haiti")}


def build(binary, corpus, site, only, config):
    cmd = [binary, "build", "--corpus", corpus, "--output", site, "--force", "--quiet"]
    if config:
        cmd += ["--config", config]
    if only:
        cmd += ["--only", only]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"briefing failed on {corpus} ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return wall


def pubcount(corpus, site):
    """The PUBCOUNT peer (GI2020): days ranked by how many articles were published on them
    (ties: earlier day), each summarised by the first sentence of its first article. Only its
    Date-F1 is comparable with the published PUBCOUNT (which picks sentences by centroid)."""
    per_day, first = {}, {}
    with open(os.path.join(corpus, "articles.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            day = (d.get("date") or "")[:10]
            if len(day) == 10:
                per_day[day] = per_day.get(day, 0) + 1
                first.setdefault(day, " ".join(d["text"].split()[:30]))
    days = sorted(per_day, key=lambda x: (-per_day[x], x))
    key_dates = [{"date": x, "rank": i + 1, "summary": [{"text": first[x], "sources": []}], "sources_count": per_day[x]}
                 for i, x in enumerate(days)]
    os.makedirs(os.path.join(site, "data"), exist_ok=True)
    with open(os.path.join(site, "data", "timeline.json"), "w", encoding="utf-8") as f:
        json.dump({"key_dates": key_dates, "events": []}, f)


def score(root):
    proc = subprocess.run([SCORER, "--all", root, "--json"], capture_output=True, text=True)
    if not proc.stdout.strip():
        sys.exit(f"score-tls failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout)


def average(rows):
    """score-tls's mean: P and R averaged over tasks, F from the two means."""
    out = {}
    for m in MEASURES:
        p = sum(r[m]["P"] for r in rows) / len(rows) if rows else 0.0
        r_ = sum(r[m]["R"] for r in rows) / len(rows) if rows else 0.0
        out[m] = 2 * p * r_ / (p + r_) if p + r_ > 0 else 0.0
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "briefing"))
    ap.add_argument("--corpora", default="/tmp/tls/corpora")
    ap.add_argument("--root", default="/tmp/tls/build")
    ap.add_argument("--jobs", type=int, default=2, help="builds at once (default 2: the machine is shared)")
    ap.add_argument("--only", default="timeline", help="passes to run (default timeline and what it needs; '' = all)")
    ap.add_argument("--tasks", default="", help="comma-separated substrings of task names to build (default all)")
    ap.add_argument("--half", choices=["A", "B"], help="build only the tasks of one half of the topics")
    ap.add_argument("--score-only", action="store_true", help="score the sites already in --root")
    ap.add_argument("--json", help="write per-task figures, halves and times to this file")
    ap.add_argument("--key-dates", type=int, default=500,
                    help="passes.timeline.key_dates for the builds (default 500: more than any gold timeline has, "
                         "so score-tls cuts to the gold length k as the protocol does; 0 = the tool's default)")
    ap.add_argument("--sentences", type=int, default=0, help="passes.timeline.key_date_sentences (0 = default)")
    a = ap.parse_args()
    if not os.path.isdir(a.corpora):
        subprocess.run([SCORER, "--write-corpora", a.corpora], check=True, stdout=subprocess.DEVNULL)
    names = sorted(n for n in os.listdir(a.corpora) if os.path.isfile(os.path.join(a.corpora, n, "articles.jsonl")))
    if a.tasks:
        names = [n for n in names if any(s in n for s in a.tasks.split(","))]
    if a.half:
        names = [n for n in names if n.split("__")[0] in HALVES[a.half]]
    times = {}
    if not a.score_only:
        if not os.path.isfile(a.binary):
            sys.exit(f"no binary at {a.binary}: run `swift build -c release` first")
        os.makedirs(a.root, exist_ok=True)
        config = None
        options = {k: v for k, v in (("key_dates", a.key_dates), ("key_date_sentences", a.sentences)) if v}
        if options:
            config = os.path.join(a.root, "briefing.yml")
            with open(config, "w", encoding="utf-8") as f:
                f.write("passes:\n  timeline: {" + ", ".join(f"{k}: {v}" for k, v in options.items()) + "}\n")
        # largest corpora first so the two workers finish together
        names.sort(key=lambda n: -os.path.getsize(os.path.join(a.corpora, n, "articles.jsonl")))
        start = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
            futures = {pool.submit(build, a.binary, os.path.join(a.corpora, n), os.path.join(a.root, n), a.only, config): n
                       for n in names}
            for f in concurrent.futures.as_completed(futures):
                times[futures[f]] = f.result()
        total = time.perf_counter() - start
    report = score(a.root)
    peer_root = a.root.rstrip("/") + "-pubcount"
    for n in names:
        pubcount(os.path.join(a.corpora, n), os.path.join(peer_root, n))
    peer = {r["task"]: r for r in score(peer_root)["tasks"]}
    # a task's slug is its id with "/" replaced by "__" (score-tls task_slug)
    rows = [r for r in report["tasks"] if r["task"].replace("/", "__") in names]
    w = max(len(r["task"]) for r in rows) if rows else 10
    print(f"{'task':<{w}}  {'AR-1 F':>7} {'AR-2 F':>7} {'Date-F1':>7} {'PUBCOUNT':>8} {'build s':>8}")
    for r in rows:
        slug = r["task"].replace("/", "__")
        t = f"{times[slug]:8.1f}" if slug in times else f"{'':>8}"
        print(f"{r['task']:<{w}}  {r['AR1']['F']:7.3f} {r['AR2']['F']:7.3f} {r['DateF1']['F']:7.3f} {peer[r['task']]['DateF1']['F']:8.3f} {t}")
    halves = {}
    for h, topics in HALVES.items():
        part = [r for r in rows if r["topic"] in topics]
        if part:
            halves[h] = average(part)
            print(f"half {h} ({len(part)} tasks: {', '.join(topics)}): "
                  + " / ".join(f"{halves[h][m]:.3f}" for m in MEASURES))
    overall = average(rows)
    worse = [r["task"] for r in rows if r["DateF1"]["F"] < peer[r["task"]]["DateF1"]["F"]]
    print(f"PUBCOUNT peer, same tasks: " + " / ".join(f"{average([peer[r['task']] for r in rows])[m]:.4f}" for m in MEASURES)
          + f"; tasks below it on Date-F1: {', '.join(worse) or 'none'}")
    print(f"mean, {len(rows)} tasks (AR-1 / AR-2 / Date-F1): " + " / ".join(f"{overall[m]:.4f}" for m in MEASURES))
    if times:
        print(f"build time: {sum(times.values()):.1f} s summed over {len(times)} builds, {total:.1f} s wall with {a.jobs} jobs")
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump({"tasks": rows, "halves": halves, "mean": overall, "build_seconds": times}, f, indent=1)


if __name__ == "__main__":
    main()
