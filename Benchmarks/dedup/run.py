#!/usr/bin/env python3
"""Benchmark the dedup pass against datasketch on the shared news corpora.

For each corpus (a JSON Lines file of articles) this script
  1. copies the file into a temporary folder as a one-file corpus (never into the repository),
  2. runs the release `briefing` binary with `--only dedup --verbose` under `/usr/bin/time -v`,
     reading the pass time from the `timing: pass=dedup seconds=…` line and the peak memory
     (maximum resident set size) of the whole process,
  3. runs datasketch (MinHash with 128 permutations + MinHashLSH at the same threshold) on the
     same documents and the same word 3-shingles, in a subprocess under `/usr/bin/time -v`,
  4. compares the two candidate-pair sets: recall of datasketch's candidates by briefing's,
     and, on the union of both, recall of the pairs whose exact shingle Jaccard similarity
     reaches the threshold (the pairs either tool should find).

Usage (from the repository root):
    swift build -c release
    python3 Benchmarks/dedup/run.py [--binary .build/release/briefing] [--threshold 0.5]
        [--bench /work/shared/bench] [--corpora reuters21578 t17] [--json results.json]

Needs `pip install datasketch`. Shingling mirrors `Plugins/Dedup/WordHashes.swift`: lower-cased
words matching [^\\W_]+(?:['’\\-‐‑.,][^\\W_]+)*, ’ folded to ', shingles of 3 consecutive words
(a text of fewer words is one shingle), over the article's text with surrounding whitespace
trimmed.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

WORD = re.compile(r"[^\W_]+(?:['’\-‐‑.,][^\W_]+)*")
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def shingles(text, k=3):
    words = [w.replace("’", "'") for w in WORD.findall(text.strip().lower())]
    if not words:
        return set()
    if len(words) <= k:
        return {" ".join(words)}
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def documents(path):
    """(document id as briefing names it, text) for every record of a JSON Lines file."""
    name = os.path.basename(path)
    seen, out = set(), []
    with open(path, encoding="utf-8") as f:
        position = 0
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            rid = str(record.get("id") if record.get("id") is not None else position + 1)
            if rid in seen:
                rid += f"-{position + 1}"
            seen.add(rid)
            out.append((f"{name}#{rid}", record["text"]))
            position += 1
    return out


def peak_kib(stderr):
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    return int(m.group(1)) if m else None


def run_datasketch(path, threshold, out_path):
    """Runs in a subprocess: datasketch on every document, candidate pairs written to out_path."""
    from datasketch import MinHash, MinHashLSH
    docs = documents(path)
    start = time.perf_counter()
    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    hashes = {}
    for doc_id, text in docs:
        sh = shingles(text)
        if not sh:
            continue
        m = MinHash(num_perm=128)
        m.update_batch([s.encode("utf-8") for s in sh])
        lsh.insert(doc_id, m)
        hashes[doc_id] = m
    pairs = set()
    for doc_id, m in hashes.items():
        for other in lsh.query(m):
            if other != doc_id:
                pairs.add(tuple(sorted((doc_id, other))))
    seconds = time.perf_counter() - start
    with open(out_path, "w") as f:
        json.dump({"seconds": seconds, "documents": len(docs), "pairs": sorted(pairs),
                   "bands": lsh.b, "rows": lsh.r}, f)


def run_briefing(binary, path, threshold, work):
    corpus = os.path.join(work, "corpus")
    os.makedirs(corpus)
    shutil.copy(path, corpus)
    config = os.path.join(work, "briefing.yml")
    with open(config, "w") as f:
        f.write(f"passes:\n  dedup:\n    threshold: {threshold}\n    candidate_pairs: true\n")
    site = os.path.join(work, "site")
    cmd = ["/usr/bin/time", "-v", binary, "build", "--corpus", corpus, "--output", site, "--config", config,
           "--only", "dedup", "--verbose"]
    wall = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - wall
    if proc.returncode != 0:
        sys.exit(f"briefing failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    m = re.search(r"timing: pass=dedup seconds=([0-9.]+)", proc.stderr)
    if not m:
        sys.exit("no 'timing: pass=dedup' line in briefing's output; is --verbose supported?\n" + proc.stderr[-2000:])
    with open(os.path.join(site, "data", "dedup.json"), encoding="utf-8") as f:
        data = json.load(f)
    pairs = {tuple(sorted(p)) for p in data.get("candidate_pairs") or []}
    params = data.get("parameters", {})
    return {"seconds": float(m.group(1)), "wall": wall, "peak_kib": peak_kib(proc.stderr), "pairs": pairs,
            "bands": params.get("bands"), "rows": params.get("rows"),
            "clusters": len(data.get("clusters", [])), "related": len(data.get("pairs", [])),
            "duplicate_paragraphs": len(data.get("duplicate_paragraphs", [])),
            "boilerplate": len(data.get("boilerplate", []))}


def jaccard(a, b):
    return len(a & b) / len(a | b) if a or b else 0.0


def bench(binary, path, threshold):
    name = os.path.splitext(os.path.basename(path))[0]
    with tempfile.TemporaryDirectory(prefix=f"dedup-bench-{name}-") as work:
        ours = run_briefing(binary, path, threshold, work)
        out = os.path.join(work, "datasketch.json")
        proc = subprocess.run(["/usr/bin/time", "-v", sys.executable, __file__, "--datasketch-worker", path,
                               "--threshold", str(threshold), "--worker-out", out], capture_output=True, text=True)
        if proc.returncode != 0:
            sys.exit(f"datasketch run failed:\n{proc.stderr[-3000:]}")
        with open(out) as f:
            ds = json.load(f)
    ds_pairs = {tuple(p) for p in ds["pairs"]}
    docs = dict(documents(path))
    sets = {}

    def sh(doc_id):
        if doc_id not in sets:
            sets[doc_id] = shingles(docs[doc_id])
        return sets[doc_id]

    union = ours["pairs"] | ds_pairs
    true_pairs = {p for p in union if jaccard(sh(p[0]), sh(p[1])) >= threshold}
    n = ds["documents"]
    return {
        "corpus": name, "documents": n, "threshold": threshold,
        "briefing_seconds": ours["seconds"], "briefing_docs_per_s": n / ours["seconds"],
        "briefing_wall_seconds": ours["wall"], "briefing_peak_mib": ours["peak_kib"] / 1024,
        "briefing_banding": f"{ours['bands']}x{ours['rows']}",
        "datasketch_seconds": ds["seconds"], "datasketch_docs_per_s": n / ds["seconds"],
        "datasketch_peak_mib": peak_kib(proc.stderr) / 1024, "datasketch_banding": f"{ds['bands']}x{ds['rows']}",
        "speedup": ds["seconds"] / ours["seconds"],
        "briefing_candidates": len(ours["pairs"]), "datasketch_candidates": len(ds_pairs),
        "recall_of_datasketch_candidates": len(ours["pairs"] & ds_pairs) / len(ds_pairs) if ds_pairs else 1.0,
        "true_pairs_in_union": len(true_pairs),
        "briefing_recall_true": len(ours["pairs"] & true_pairs) / len(true_pairs) if true_pairs else 1.0,
        "datasketch_recall_true": len(ds_pairs & true_pairs) / len(true_pairs) if true_pairs else 1.0,
        "clusters": ours["clusters"], "related_pairs": ours["related"],
        "duplicate_paragraphs": ours["duplicate_paragraphs"], "boilerplate_lines": ours["boilerplate"],
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "briefing"))
    ap.add_argument("--bench", default=os.environ.get("BRIEFING_BENCH", os.path.join(ROOT, "..", "shared", "bench")))
    ap.add_argument("--corpora", nargs="+", default=["reuters21578", "t17"])
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--json", help="also write the figures to this file")
    ap.add_argument("--datasketch-worker", help=argparse.SUPPRESS)
    ap.add_argument("--worker-out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.datasketch_worker:
        run_datasketch(args.datasketch_worker, args.threshold, args.worker_out)
        return 0
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"{args.binary} is not an executable; run `swift build -c release` first or pass --binary")
    results = [bench(args.binary, os.path.join(args.bench, f"{c}.jsonl"), args.threshold) for c in args.corpora]
    print("| corpus | docs | briefing dedup s | docs/s | peak MiB | datasketch s | docs/s | peak MiB | speed-up "
          "| candidates (ours / ds) | recall of ds candidates | recall of pairs ≥ t (ours / ds) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(f"| {r['corpus']} | {r['documents']} | {r['briefing_seconds']:.3f} | {r['briefing_docs_per_s']:,.0f} "
              f"| {r['briefing_peak_mib']:.0f} | {r['datasketch_seconds']:.2f} | {r['datasketch_docs_per_s']:,.0f} "
              f"| {r['datasketch_peak_mib']:.0f} | {r['speedup']:.1f}× "
              f"| {r['briefing_candidates']} / {r['datasketch_candidates']} "
              f"| {r['recall_of_datasketch_candidates']:.4f} "
              f"| {r['briefing_recall_true']:.4f} / {r['datasketch_recall_true']:.4f} ({r['true_pairs_in_union']} pairs) |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
