#!/usr/bin/env python3
"""End-to-end check that `ntmx eval` scores exactly as the project's referee does.

The floors of corpus/thresholds.json are enforced by the CTest `corpus.eval`, which runs
`ntmx eval --floors` (the C++ replica of the referee that rule authors use). This test keeps
the replica honest: it extracts the same documents with `ntmx extract`, scores them with
tests/tools/score.py (a copy of the shared referee), and fails unless both print the same
figures (every list's P/R/F1/tp/fp/fn, the matched-target agreement, the document-field
accuracy, the overall line) and the same number of misses and extras per list. It runs over
the text seeds, the new-period samples, the seeds' PDF copies and the dev set, whose extraction differs enough to have misses.

    tests/e2e/check_corpus.py --ntmx build/ntmx --root .
"""
import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile

FIGURES = re.compile(r"^(list\s.*|\w+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+\d+\s+\d+\s+\d+"
                     r"|targets matched: .*|document fields: .*|shape errors: .*|overall F1 .*)$")
DETAIL = re.compile(r"^(\S+): (\w+): (missed|extra) ")


def figures(text):
    return [line for line in text.splitlines() if FIGURES.match(line)]


def details(text):
    return collections.Counter(m.group(1, 2, 3) for m in map(DETAIL.match, text.splitlines()) if m)


def compare(ntmx, root, folder, ext):
    """Scores the documents of `folder` that have a gold file with both scorers."""
    gold_all = os.path.join(root, "corpus", "gold")
    stems = [f[:-5] for f in sorted(os.listdir(gold_all)) if f.endswith(".json")]
    docs = [os.path.join(root, folder, s + e) for s in stems for e in ext
            if os.path.exists(os.path.join(root, folder, s + e))]
    if not docs:
        return [f"{folder}: no documents with gold files"], ""
    # score.py scores every gold file of its folder: give it only this folder's.
    gold_dir = tempfile.mkdtemp()
    for d in docs:
        stem = os.path.splitext(os.path.basename(d))[0]
        shutil.copy(os.path.join(gold_all, stem + ".json"), gold_dir)
    try:
        return score_both(ntmx, root, folder, docs, gold_dir)
    finally:
        shutil.rmtree(gold_dir)


def score_both(ntmx, root, folder, docs, gold):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        pred = out.name
    try:
        with open(pred, "w") as f:
            run = subprocess.run([ntmx, "extract", "-q", "--format", "jsonl", *docs], stdout=f,
                                 stderr=subprocess.PIPE, text=True)
        if run.returncode != 0:
            return [f"{folder}: ntmx extract failed ({run.returncode}): {run.stderr}"], ""
        referee = subprocess.run([sys.executable, os.path.join(root, "tests", "tools", "score.py"),
                                  "--gold", gold, "--pred", pred, "-v"],
                                 capture_output=True, text=True)
    finally:
        os.unlink(pred)
    ev = subprocess.run([ntmx, "eval", "-q", "--gold", gold, *docs], capture_output=True, text=True)
    report = f"== {folder}: score.py ==\n{referee.stdout}\n== {folder}: ntmx eval ==\n{ev.stdout}\n"
    failures = []
    if referee.returncode != 0 or ev.returncode != 0:
        failures.append(f"{folder}: score.py exit {referee.returncode}, ntmx eval exit "
                        f"{ev.returncode}: {referee.stderr}{ev.stderr}")
    if figures(referee.stdout) != figures(ev.stdout):
        failures.append(f"{folder}: the figures differ")
    if details(referee.stdout) != details(ev.stdout):
        failures.append(f"{folder}: misses/extras differ: score.py {sorted(details(referee.stdout).items())}"
                        f" ntmx eval {sorted(details(ev.stdout).items())}")
    if "shape errors" in referee.stdout:
        failures.append(f"{folder}: the output has shape errors")
    return failures, report


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ntmx", required=True)
    ap.add_argument("--root", required=True, help="the repository root")
    args = ap.parse_args()
    failures = []
    for folder, ext in ((os.path.join("corpus", "seeds"), (".txt",)),
                        (os.path.join("corpus", "new-period"), (".txt", ".md")),
                        (os.path.join("corpus", "pdf"), (".pdf",)),
                        (os.path.join("corpus", "dev"), (".txt", ".pdf"))):
        f, report = compare(args.ntmx, args.root, folder, ext)
        print(report)
        failures += f
    if failures:
        print("FAILED: " + "; ".join(failures), file=sys.stderr)
        return 1
    print("ntmx eval and score.py agree")
    return 0


if __name__ == "__main__":
    sys.exit(main())
