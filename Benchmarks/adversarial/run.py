#!/usr/bin/env python3
"""Time the release binary on the adversarial corpora of issue 16 (items 11 and 12).

Generates each case with generate.py into a temporary folder (never the repository), builds
it with `/usr/bin/time -v`, and prints wall time, peak memory (maximum resident set size),
the site's size and the warnings briefing printed (what was bounded). Each case must build in
under 60 s and 2 GB.

Usage (from the repository root):
    swift build -c release
    python3 Benchmarks/adversarial/run.py [--binary .build/release/briefing] [--runs 1]
        [--cases big-txt near-identical random-short huge-word] [--megabytes 50] [--lines 200000]
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def folder_size(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(path) for f in files)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/briefing"))
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--cases", nargs="+", default=["big-txt", "near-identical", "random-short", "huge-word"])
    parser.add_argument("--megabytes", type=int, default=50)
    parser.add_argument("--lines", type=int, default=200_000)
    parser.add_argument("--timeout", type=int, default=600)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="briefing-adversarial-")
    try:
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), work, "--megabytes", str(args.megabytes),
                        "--lines", str(args.lines), "--cases", *args.cases], check=True, stdout=subprocess.DEVNULL)
        print(f"{'case':16} {'input MB':>9} {'seconds':>8} {'peak MB':>8} {'site MB':>8}  warnings")
        for case in args.cases:
            corpus = os.path.join(work, case)
            site = os.path.join(work, case + "-site")
            times, peaks, warnings = [], [], []
            for _ in range(args.runs):
                try:
                    run = subprocess.run(["/usr/bin/time", "-v", args.binary, "build", "--corpus", corpus, "--output", site,
                                          "--force"], capture_output=True, text=True, timeout=args.timeout)
                except subprocess.TimeoutExpired:
                    times.append(float("inf"))
                    peaks.append(float("nan"))
                    break
                wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", run.stderr).group(1)
                parts = [float(p) for p in wall.split(":")]
                times.append(sum(p * 60 ** i for i, p in enumerate(reversed(parts))))
                peaks.append(int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr).group(1)) / 1024)
                warnings = [l for l in run.stderr.splitlines() if l.startswith("warning:")]
                if run.returncode != 0:
                    print(run.stderr[-2000:], file=sys.stderr)
            size = folder_size(site) / 1e6 if os.path.isdir(site) else float("nan")
            print(f"{case:16} {folder_size(corpus) / 1e6:9.1f} {statistics.median(times):8.1f} {statistics.median(peaks):8.0f} "
                  f"{size:8.1f}  {len(warnings)}")
            for w in warnings:
                print("    " + w[:300])
            shutil.rmtree(site, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
