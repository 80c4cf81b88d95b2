#!/usr/bin/env python3
"""End-to-end check of ntmx over the bundled corpus, with the project's referee.

Runs `ntmx extract` on every corpus document that has a gold file, scores the
output with tests/tools/score.py (a copy of the shared referee) and fails when a
figure falls below the floors in corpus/thresholds.json, or when the output has
a shape error. Prints the referee's table either way, so a failing CTest run
shows what dropped.

    tests/e2e/check_corpus.py --ntmx build/ntmx --root .
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ntmx", required=True)
    ap.add_argument("--root", required=True, help="the repository root")
    args = ap.parse_args()
    root = args.root
    gold_dir = os.path.join(root, "corpus", "gold")
    floors = json.load(open(os.path.join(root, "corpus", "thresholds.json"), encoding="utf-8"))
    docs = []
    for name in sorted(os.listdir(gold_dir)):
        stem = name.rsplit(".", 1)[0]
        for sub in ("seeds",):
            for ext in (".txt", ".md"):
                p = os.path.join(root, "corpus", sub, stem + ext)
                if os.path.exists(p):
                    docs.append(p)
    if not docs:
        print("no corpus documents with gold files found", file=sys.stderr)
        return 1
    with tempfile.NamedTemporaryFile("w+", suffix=".jsonl", delete=False) as out:
        pred = out.name
    try:
        run = subprocess.run([args.ntmx, "extract", "-q", "--format", "jsonl", *docs],
                             stdout=open(pred, "w"), stderr=subprocess.PIPE, text=True)
        if run.returncode != 0:
            print(f"ntmx extract failed ({run.returncode}): {run.stderr}", file=sys.stderr)
            return 1
        score = subprocess.run([sys.executable, os.path.join(root, "tests", "tools", "score.py"),
                                "--gold", gold_dir, "--pred", pred, "-v"],
                               capture_output=True, text=True)
        print(score.stdout)
        if score.returncode != 0:
            print(score.stderr, file=sys.stderr)
            return 1
    finally:
        os.unlink(pred)

    failures = []
    if "shape errors" in score.stdout:
        failures.append("the output has shape errors")
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
        print(f"{name:<20} {got:.3f} (floor {floor:.2f}) {status}")
        if got < floor:
            failures.append(f"{name} {got:.3f} < {floor:.2f}")
    if failures:
        print("FAILED: " + "; ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
