#!/usr/bin/env python3
"""Split the t17 bench file into one one-file corpus per story (all outlets pooled).

usage: split.py [T17_JSONL] [OUT_DIR]   (defaults: /work/shared/bench/t17.jsonl, /tmp/t17)
Writes OUT_DIR/<story>/<story>.jsonl, one record per line, in the input's order.
"""
import json, os, sys
from collections import defaultdict

src = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/bench/t17.jsonl"
out = sys.argv[2] if len(sys.argv) > 2 else "/tmp/t17"
stories = defaultdict(list)
with open(src, encoding="utf-8") as f:
    for line in f:
        if line.strip():
            record = json.loads(line)
            stories[record["story"]].append(line if line.endswith("\n") else line + "\n")
for story, lines in sorted(stories.items()):
    folder = os.path.join(out, story)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, story + ".jsonl"), "w", encoding="utf-8") as f:
        f.writelines(lines)
    print(f"{story}\t{len(lines)}\t{folder}")
