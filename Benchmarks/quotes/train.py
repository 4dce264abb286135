#!/usr/bin/env python3
"""Train and evaluate the quotes pass's attribution model (issue 14): one command.

    python3 Benchmarks/quotes/train.py            # from the repository root
        [--train ../shared/eval/polnear-train] [--dev ../shared/eval/polnear-dev]
        [--folds 5] [--write] [--config debug|release]

1. Builds `quote-features` and `briefing` (swift build), makes a copy of the train set with its
   speech verbs replaced by ordinary verbs (perturb.py --verbs train, in a temporary folder) so
   the model learns the slot, not the verb list, and dumps every quote's speaker candidates
   with their features (quote-features CORPUS).
2. Labels each candidate against the gold: it is right when its span overlaps the gold
   speaker's mention, or it is a name of the same person (the scorer's rule); "no speaker" is
   right when no candidate is.
3. Fits a conditional logistic regression (softmax over a quote's candidates and "no speaker",
   L2-regularised, Newton's method), and reports 5-fold cross-validated figures on train
   (folds by document; each fold's model written as JSON, the held-out documents built with
   `briefing build` and that model, the outputs pooled and scored by ../shared/eval/score),
   then the model trained on all of train, scored on dev and on dev with its speech verbs
   replaced (perturb.py --verbs test: other verbs than training saw).
4. With --write, writes the final weights into Plugins/Quotes/Attribution/AttributionWeights.swift
   with the command and the data version.

Python standard library only. The data is read from ../shared/eval and never copied into the
repository; everything generated goes to a temporary folder.
"""
import argparse
import hashlib
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import perturb  # noqa: E402

def shared_eval():
    """../shared/eval beside the repository (or beside the folder of worktrees)."""
    here = ROOT
    for _ in range(3):
        here = os.path.dirname(here)
        if os.path.isdir(os.path.join(here, "shared", "eval")):
            return os.path.join(here, "shared", "eval")
    return os.path.join(ROOT, "..", "shared", "eval")


SCORER_DIR = shared_eval()


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, **kw)


def dump(binary, corpus, model=None):
    cmd = [binary, corpus] + ([model] if model else [])
    out = run(cmd, capture_output=True).stdout.splitlines()
    names = json.loads(out[0])["features"]
    return names, [json.loads(line) for line in out[1:]]


def fold_name(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.findall(r"[a-z]+", s)


PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "who"}


def same_person(a, b):
    x, y = fold_name(a), fold_name(b)
    if not x or not y or x[-1] in PRONOUNS or y[-1] in PRONOUNS:
        return False
    return x == y or x[-1] == y[-1] or set(y) <= set(x)


def label(rows, gold):
    """Matches dumped quotes to gold quotes (half the union, like the scorer) and marks the
    right candidates. Returns [(doc, [feature lists], set of right indices; empty: no speaker)]."""
    by_doc = {}
    for g in gold:
        by_doc.setdefault(g["doc"], []).append(g)
    data = []
    for r in rows:
        best = None
        for g in by_doc.get(r["doc"], []):
            ov = max(0, min(r["end"], g["end"]) - max(r["start"], g["start"]))
            union = max(r["end"], g["end"]) - min(r["start"], g["start"])
            if union > 0 and ov / union >= 0.5:
                best = g
                break
        if best is None:
            continue
        right = set()
        gs, ge = best.get("speaker_start"), best.get("speaker_end")
        if best.get("speaker"):
            for k, c in enumerate(r["candidates"]):
                overlap = isinstance(gs, int) and min(c["end"], ge) > max(c["start"], gs)
                if overlap or (c["kind"] == "name" and same_person(c["text"], best["speaker"])):
                    right.add(k)
        feats = [[(i, v) for i, v in enumerate(c["features"]) if v] for c in r["candidates"]]
        data.append((r["doc"], feats, right))
    return data


# The prior the weights are pulled towards (L2 around it, not around zero): the named rules in
# the order of precedence they had before learning, so a construction the training data
# hardly holds (a list of quotes signed "― Name") keeps the rules' say, and everything the
# data does hold is learned from it.
PRIOR = {"ruleAdjacent": 3.0, "ruleMarker": 3.0, "ruleClause": 3.0, "ruleLeadIn": 2.5, "ruleContinuation": 2.0,
         "rulePrevious": 1.5, "ruleSubject": 1.0}


def prior_vector(names):
    return [PRIOR.get(name, 0.0) for name in names] + [0.5]


def fit(data, n, l2=1.0, iterations=12, prior=None):
    """Conditional logit: weights w (n) and the utility of "no speaker" (index n)."""
    prior = prior or [0.0] * (n + 1)
    w = prior[:]
    for _ in range(iterations):
        grad = [0.0] * (n + 1)
        hess = [[0.0] * (n + 1) for _ in range(n + 1)]
        for _doc, feats, right in data:
            scores = [sum(w[i] * v for i, v in f) for f in feats] + [w[n]]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            z = sum(exps)
            p = [e / z for e in exps]
            mean = [0.0] * (n + 1)
            for k, f in enumerate(feats):
                for i, v in f:
                    mean[i] += p[k] * v
            mean[n] += p[-1]
            # Several candidates may be right (the same person named twice): the target is
            # their share of the probability, "no speaker" when none is.
            targets = sorted(right) if right else [len(feats)]
            zt = sum(p[t] for t in targets) or 1.0
            for t in targets:
                tf = feats[t] if t < len(feats) else [(n, 1.0)]
                for i, v in tf:
                    grad[i] += v * p[t] / zt
            nz = [i for i in range(n + 1) if mean[i]]
            for i in nz:
                grad[i] -= mean[i]
            # Hessian: E[f f^T] - mean mean^T
            for k, f in enumerate(feats + [[(n, 1.0)]]):
                pk = p[k]
                if pk < 1e-9:
                    continue
                for i, v in f:
                    row = hess[i]
                    for j, u in f:
                        row[j] += pk * v * u
            for i in nz:
                mi = mean[i]
                row = hess[i]
                for j in nz:
                    row[j] -= mi * mean[j]
        for i in range(n + 1):
            grad[i] -= l2 * (w[i] - prior[i])
            hess[i][i] += l2
        step = solve(hess, grad)
        w = [a + b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-4:
            break
    return w


def solve(a, b):
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        if abs(m[c][c]) < 1e-12:
            continue
        for r in range(n):
            if r != c and m[r][c]:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] if abs(m[i][i]) > 1e-12 else 0.0 for i in range(n)]


def choose(w, n, feats):
    best, top = None, w[n]
    for k, f in enumerate(feats):
        s = sum(w[i] * v for i, v in f)
        if s > top:
            best, top = k, s
    return best


def simulated(w, n, data):
    """Share of quotes whose gold speaker is among the candidates that get it right."""
    named = [(f, r) for _d, f, r in data if r]
    return sum(1 for f, r in named if choose(w, n, f) in r) / max(1, len(named))


def model_json(w, names):
    n = len(names)
    return {"weights": {names[i]: round(w[i], 4) for i in range(n) if abs(w[i]) > 1e-6},
            "bias": 0.0, "threshold": round(w[n], 4)}


def score(site, gold, corpus):
    out = run(["python3", os.path.join(SCORER_DIR, "score"), site, "--gold", gold, "--corpus", corpus, "--json"],
              capture_output=True).stdout
    return json.loads(out)["quotes"]


def build(briefing, corpus, out, model_path, work):
    config = os.path.join(work, f"briefing-{os.path.basename(out)}.yml")
    with open(config, "w") as f:
        f.write(f"passes:\n  quotes:\n    attribution_model: {json.dumps(model_path)}\n")
    run([briefing, "build", "--corpus", corpus, "--output", out, "--config", config, "--only", "quotes", "--quiet", "--force"])


def figures(q):
    keys = ["P", "R", "F1", "speaker_acc", "attributed_F1", "F1_all", "matched_in_scope"]
    return "  ".join(f"{k} {q[k]}" for k in keys if k in q)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default=os.path.join(SCORER_DIR, "polnear-train"))
    ap.add_argument("--dev", default=os.path.join(SCORER_DIR, "polnear-dev"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=20.0)
    ap.add_argument("--config", default="release", choices=["debug", "release"])
    ap.add_argument("--no-augment", action="store_true")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    run(["swift", "build", "-c", args.config, "--product", "quote-features"], cwd=ROOT, stdout=subprocess.DEVNULL)
    run(["swift", "build", "-c", args.config, "--product", "briefing"], cwd=ROOT, stdout=subprocess.DEVNULL)
    bindir = os.path.join(ROOT, ".build", args.config)
    features, briefing = os.path.join(bindir, "quote-features"), os.path.join(bindir, "briefing")
    work = tempfile.mkdtemp(prefix="attribution-")
    try:
        train_corpus = os.path.join(args.train, "corpus")
        gold = json.load(open(os.path.join(args.train, "quotes.json"), encoding="utf-8"))
        names, rows = dump(features, train_corpus)
        n = len(names)
        data = label(rows, gold)
        aug = []
        if not args.no_augment:
            pert = os.path.join(work, "train-perturbed")
            run(["python3", os.path.join(HERE, "perturb.py"), "--gold", args.train, "--out", pert, "--verbs", "train"],
                stdout=subprocess.DEVNULL)
            _, prow = dump(features, os.path.join(pert, "corpus"))
            aug = label(prow, json.load(open(os.path.join(pert, "quotes.json"), encoding="utf-8")))
        docs = sorted({d for d, _f, _r in data})
        random.Random(14).shuffle(docs)
        fold_of = {d: k % args.folds for k, d in enumerate(docs)}
        print(f"train: {len(rows)} quotes dumped, {len(data)} matched to gold, +{len(aug)} perturbed; {n} features", flush=True)
        # Cross-validation: each fold's held-out documents built with the model of the others.
        pooled = {"quotes": []}
        sims = []
        all_docs = sorted(os.listdir(train_corpus))
        for k in range(args.folds):
            fit_on = [x for x in data + aug if fold_of.get(x[0], -1) != k]
            w = fit(fit_on, n, args.l2, prior=prior_vector(names))
            held = [x for x in data if fold_of[x[0]] == k]
            sims.append(simulated(w, n, held))
            path = os.path.join(work, f"fold{k}.json")
            json.dump(model_json(w, names), open(path, "w"))
            corpus = os.path.join(work, f"fold{k}-corpus")
            os.makedirs(corpus)
            for d in all_docs:
                if fold_of.get(d, hash(d) % args.folds) == k:
                    shutil.copy(os.path.join(train_corpus, d), corpus)
            site = os.path.join(work, f"fold{k}-site")
            build(briefing, corpus, site, path, work)
            pooled["quotes"] += json.load(open(os.path.join(site, "data", "quotes.json")))["quotes"]
            print(f"  fold {k + 1}: held-out candidates right {sims[-1]:.3f}", flush=True)
        os.makedirs(os.path.join(work, "cv-site", "data"))
        json.dump(pooled, open(os.path.join(work, "cv-site", "data", "quotes.json"), "w"))
        cv = score(os.path.join(work, "cv-site"), args.train, train_corpus)
        print(f"train, {args.folds}-fold cross-validated (scorer): {figures(cv)}")
        # The final model: all of train.
        w = fit(data + aug, n, args.l2, prior=prior_vector(names))
        final = os.path.join(work, "model.json")
        json.dump(model_json(w, names), open(final, "w"), indent=1)
        build(briefing, os.path.join(args.dev, "corpus"), os.path.join(work, "dev-site"), final, work)
        dev = score(os.path.join(work, "dev-site"), args.dev, os.path.join(args.dev, "corpus"))
        print(f"dev (scorer): {figures(dev)}")
        pdev = os.path.join(work, "dev-perturbed")
        run(["python3", os.path.join(HERE, "perturb.py"), "--gold", args.dev, "--out", pdev, "--verbs", "test"],
            stdout=subprocess.DEVNULL)
        build(briefing, os.path.join(pdev, "corpus"), os.path.join(work, "pdev-site"), final, work)
        pd = score(os.path.join(work, "pdev-site"), pdev, os.path.join(pdev, "corpus"))
        print(f"dev, speech verbs replaced (scorer): {figures(pd)}  (drop {dev['speaker_acc'] - pd['speaker_acc']:+.3f})")
        if args.write:
            write_swift(model_json(w, names), args, cv, dev, pd)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def write_swift(model, args, cv, dev, pd):
    digest = hashlib.sha256(open(os.path.join(args.train, "quotes.json"), "rb").read()).hexdigest()[:16]
    readme = open(os.path.join(args.train, "README.md"), encoding="utf-8").read()
    version = re.search(r"commit ([0-9a-f]{40})", readme)
    items = sorted(model["weights"].items())
    lines = ",\n".join(f'            "{k}": {v}' for k, v in items)
    text = f"""// Generated by `python3 Benchmarks/quotes/train.py --write` — do not edit by hand.
// Data: polnear-train (PolNeAR v1.0.0 train split{', commit ' + version.group(1)[:12] if version else ''}; gold quotes.json
// sha256 {digest}…), with a copy whose speech verbs are replaced (perturb.py --verbs train);
// L2 {args.l2}. Figures when written (../shared/eval/score):
//   train {args.folds}-fold CV: speaker_acc {cv['speaker_acc']}, in-scope F1 {cv['F1']}
//   dev: speaker_acc {dev['speaker_acc']}, in-scope F1 {dev['F1']}; speech verbs replaced: speaker_acc {pd['speaker_acc']}

extension AttributionModel {{
    /// The model the quotes pass uses unless `attribution_model` names another: weights per
    /// feature (log-odds), and the score a candidate must beat to win over "no speaker".
    static let trained: AttributionModel = try! AttributionModel(
        weights: [
{lines},
        ],
        bias: {model['bias']}, threshold: {model['threshold']})
}}
"""
    path = os.path.join(ROOT, "Plugins", "Quotes", "Attribution", "AttributionWeights.swift")
    open(path, "w", encoding="utf-8").write(text)
    print(f"wrote {os.path.relpath(path, ROOT)}")


if __name__ == "__main__":
    main()
