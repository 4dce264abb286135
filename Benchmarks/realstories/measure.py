#!/usr/bin/env python3
"""Build t17 stories with a briefing binary and report what a reader would notice (issue 12).

usage (from the repository root, after `swift build -c release`):
    python3 Benchmarks/realstories/split.py                 # /tmp/t17/<story>/<story>.jsonl
    python3 Benchmarks/realstories/measure.py [--binary .build/release/briefing]
        [--corpora /tmp/t17] [--out /tmp/t17-sites] [--stories H1N1 bpoil] [--runs 1] [--json out.json]

Per story: documents; title quality (share of documents whose title is also the title of a
document in another dedup cluster, i.e. shared by unrelated documents; target 0); cruft
(boilerplate spans, share of body characters); false originals (clusters whose original is
dated after one of its members; target 0); events dated before 1000 or after the newest
article's year + 5 (target 0); the largest page (bytes); build time (median of --runs, seconds).
The summary sentences are printed with --show-summary, for checking by hand.
"""
import argparse, collections, json, os, statistics, subprocess, sys, tempfile, time

def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)

def story_figures(site, corpus_file):
    dates, texts = {}, {}
    with open(corpus_file, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            dates[r["id"]] = r.get("date") or ""
            texts[r["id"]] = r["text"]
    dedup = load(os.path.join(site, "data", "dedup.json"))
    sources = load(os.path.join(site, "data", "sources.json"))
    timeline = load(os.path.join(site, "data", "timeline.json"))
    summary = load(os.path.join(site, "data", "summary.json"))
    def rid(doc):  # "story.jsonl#EgyptianProtest_cnn-6" -> record id
        return doc.split("#", 1)[1] if "#" in doc else doc
    cluster = {d["doc"]: d["cluster"] for d in dedup["documents"]}
    by_title = collections.defaultdict(set)
    for row in sources["documents"]:
        by_title[row["title"]].add(row["doc"])
    shared = sum(1 for row in sources["documents"]
                 if len({cluster.get(d) for d in by_title[row["title"]]}) > 1)
    n = len(sources["documents"])
    spans = dedup["boilerplate"]
    cruft_chars = sum(b["end"] - b["start"] for b in spans)
    total_chars = sum(len(t) for t in texts.values())
    false_originals = 0
    for c in dedup.get("clusters", []):
        rep = dates.get(rid(c["representative"]), "")
        if rep and any(dates.get(rid(m), "") and dates[rid(m)] < rep for m in c["members"]):
            false_originals += 1
    latest = max((d[:4] for d in dates.values() if d[:4].isdigit()), default=None)
    bad_events = 0
    for e in timeline["events"]:
        y = e.get("date", "")[:5]
        if y[:4].isdigit() and not y.startswith("-"):
            year = int(y[:4])
            if year < 1000 or (latest and year > int(latest) + 5):
                bad_events += 1
        elif y.startswith("-"):
            bad_events += 1
    largest = max(((os.path.getsize(os.path.join(dp, f)), os.path.relpath(os.path.join(dp, f), site))
                   for dp, _, fs in os.walk(site) for f in fs if f.endswith(".html")), default=(0, ""))
    return {
        "documents": n, "title_shared_share": round(shared / n, 3) if n else 0,
        "masthead": sources.get("story_title"),
        "cruft_spans": len(spans), "cruft_char_share": round(cruft_chars / total_chars, 4) if total_chars else 0,
        "clusters": len(dedup.get("clusters", [])), "false_originals": false_originals,
        "implausible_events": bad_events, "events": len(timeline["events"]),
        "largest_page_bytes": largest[0], "largest_page": largest[1],
        "summary": [s["text"] for s in summary["sentences"]],
    }

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=".build/release/briefing")
    ap.add_argument("--corpora", default="/tmp/t17")
    ap.add_argument("--out", default="/tmp/t17-sites")
    ap.add_argument("--stories", nargs="*")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--json")
    ap.add_argument("--show-summary", action="store_true")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    stories = args.stories or sorted(os.listdir(args.corpora))
    results = {}
    workdir = tempfile.mkdtemp(prefix="realstories-")
    cols = ["documents", "title_shared_share", "cruft_spans", "cruft_char_share", "clusters", "false_originals",
            "implausible_events", "events", "largest_page_bytes", "build_seconds"]
    print("story\t" + "\t".join(cols) + "\tmasthead")
    for story in stories:
        corpus = os.path.join(args.corpora, story)
        site = os.path.join(args.out, story)
        times = []
        for _ in range(args.runs):
            t0 = time.monotonic()
            # run in an empty folder: no briefing.yml or Templates/ of the repository applies
            subprocess.run([binary, "build", "--corpus", corpus, "--output", site, "--force", "--quiet"],
                           check=True, cwd=workdir)
            times.append(time.monotonic() - t0)
        fig = story_figures(site, os.path.join(corpus, story + ".jsonl"))
        fig["build_seconds"] = round(statistics.median(times), 2)
        results[story] = fig
        print(story + "\t" + "\t".join(str(fig[c]) for c in cols) + "\t" + str(fig["masthead"]), flush=True)
        if args.show_summary:
            for s in fig["summary"]:
                print("    - " + s[:220])
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)

if __name__ == "__main__":
    main()
