#!/usr/bin/env python3
"""End-to-end check of ntmx over the bundled corpus, with the project's referee.

Runs `ntmx extract` on every corpus document that has a gold file, folder by
folder (corpus/seeds/, corpus/new-period/: the folders thresholds.json names),
scores each folder's output with tests/tools/score.py (a copy of the shared
referee) and fails when a figure falls below that folder's floors in
corpus/thresholds.json, or when the output has a shape error. Prints the
referee's table either way, so a failing CTest run shows what dropped.

    tests/e2e/check_corpus.py --ntmx build/ntmx --root .
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile


def score_group(ntmx, root, folder, stems, floors):
    """Extracts and scores the documents of one corpus folder against their gold;
    returns the failures (figures below `floors`, shape errors)."""
    docs = []
    for stem in stems:
        for ext in (".txt", ".md"):
            p = os.path.join(root, "corpus", folder, stem + ext)
            if os.path.exists(p):
                docs.append(p)
    if not docs:
        return [f"{folder}: no corpus documents with gold files found"]
    with tempfile.TemporaryDirectory() as tmp:
        gold = os.path.join(tmp, "gold")
        os.makedirs(gold)
        for d in docs:
            stem = os.path.splitext(os.path.basename(d))[0]
            shutil.copy(os.path.join(root, "corpus", "gold", stem + ".json"), gold)
        pred = os.path.join(tmp, "pred.jsonl")
        run = subprocess.run([ntmx, "extract", "-q", "--format", "jsonl", *docs],
                             stdout=open(pred, "w"), stderr=subprocess.PIPE, text=True)
        if run.returncode != 0:
            return [f"{folder}: ntmx extract failed ({run.returncode}): {run.stderr}"]
        score = subprocess.run([sys.executable, os.path.join(root, "tests", "tools", "score.py"),
                                "--gold", gold, "--pred", pred, "-v"],
                               capture_output=True, text=True)
    print(f"== corpus/{folder}: {len(docs)} documents")
    print(score.stdout)
    if score.returncode != 0:
        return [f"{folder}: the referee failed: {score.stderr}"]

    failures = []
    if "shape errors" in score.stdout:
        failures.append(f"{folder}: the output has shape errors")
    f1 = {m.group(1): float(m.group(2)) for m in
          re.finditer(r"^(\w+)\s+[\d.]+\s+[\d.]+\s+([\d.]+)\s+\d+\s+\d+\s+\d+$", score.stdout, re.M)}
    doc = re.search(r"^document fields: ([\d.]+)", score.stdout, re.M)
    # "targets.criterion" and the like: agreement among matched targets.
    matched = re.search(r"^targets matched: (.*)$", score.stdout, re.M)
    if matched:
        for attr, value in re.findall(r"(\w+) ([\d.]+)", matched.group(1)):
            f1["targets." + attr] = float(value)
    for name, floor in floors.items():
        got = float(doc.group(1)) if name == "document_fields" and doc else f1.get(name, 0.0)
        status = "ok" if got >= floor else "BELOW"
        print(f"{folder + ' ' + name:<32} {got:.3f} (floor {floor:.2f}) {status}")
        if got < floor:
            failures.append(f"{folder} {name} {got:.3f} < {floor:.2f}")
    return failures


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ntmx", required=True)
    ap.add_argument("--root", required=True, help="the repository root")
    args = ap.parse_args()
    root = args.root
    gold_dir = os.path.join(root, "corpus", "gold")
    # {"seeds": {list: floor, ...}, "new-period": {...}}: one set of floors per folder,
    # scored on its own so that one folder's figures never hide another's.
    floors = json.load(open(os.path.join(root, "corpus", "thresholds.json"), encoding="utf-8"))
    stems = sorted(name.rsplit(".", 1)[0] for name in os.listdir(gold_dir)
                   if name.endswith(".json"))
    failures = []
    for folder, folder_floors in floors.items():
        present = [s for s in stems
                   if any(os.path.exists(os.path.join(root, "corpus", folder, s + ext))
                          for ext in (".txt", ".md"))]
        failures += score_group(args.ntmx, root, folder, present, folder_floors)
    if failures:
        print("FAILED: " + "; ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
