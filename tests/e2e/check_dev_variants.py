#!/usr/bin/env python3
"""End-to-end check that the ingestion variants of corpus/dev/ score like their originals.

corpus/dev/ (a copy of ../shared/dev/) holds seven plans and four variants of them: the
same plan in Unicode NFD, in TCVN3 bytes with CRLF, with a broken PDF font map (ư→ƣ, ô→ơ)
and as a LibreOffice PDF. A variant's gold is its original's. Each variant and its
original are extracted and scored alone with the project's referee (tests/tools/score.py);
the test fails when a variant's overall F1 falls more than TOLERANCE below its original's,
or when a variant or an original cannot be read.

    tests/e2e/check_dev_variants.py --ntmx build/ntmx --root .
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

TOLERANCE = 0.02
DEV = os.path.join("corpus", "dev")
# A variant's file stem is its original's stem plus one of these endings.
VARIANT_ENDINGS = ("_nfd", "_tcvn3", "_garbled", "_pdf")
OVERALL = re.compile(r"^overall F1 ([\d.]+)", re.M)


def overall(ntmx, root, path, gold_file):
    """The referee's overall F1 of `path` scored against `gold_file` alone."""
    with tempfile.TemporaryDirectory() as tmp:
        gold = os.path.join(tmp, "gold")
        os.mkdir(gold)
        stem = os.path.splitext(os.path.basename(path))[0]
        shutil.copy(gold_file, os.path.join(gold, stem + ".json"))
        pred = os.path.join(tmp, "pred.jsonl")
        with open(pred, "w") as f:
            run = subprocess.run([ntmx, "extract", "-q", "--format", "jsonl", path], stdout=f,
                                 stderr=subprocess.PIPE, text=True)
        if run.returncode != 0:
            return None, f"{path}: ntmx extract exit {run.returncode}: {run.stderr.strip()}"
        scored = subprocess.run([sys.executable, os.path.join(root, "tests", "tools", "score.py"),
                                 "--gold", gold, "--pred", pred], capture_output=True, text=True)
        m = OVERALL.search(scored.stdout)
        if m is None:
            return None, f"{path}: the referee printed no overall line: {scored.stderr.strip()}"
        return float(m.group(1)), None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ntmx", required=True)
    ap.add_argument("--root", required=True, help="the repository root")
    args = ap.parse_args()
    folder = os.path.join(args.root, DEV)
    failures, pairs = [], 0
    for name in sorted(os.listdir(folder)):
        stem, _ = os.path.splitext(name)
        ending = next((e for e in VARIANT_ENDINGS if stem.endswith(e)), None)
        if ending is None:
            continue
        original_stem = stem[: -len(ending)]
        originals = [f for f in os.listdir(folder) if os.path.splitext(f)[0] == original_stem]
        gold_file = os.path.join(args.root, "corpus", "gold", original_stem + ".json")
        if not originals or not os.path.exists(gold_file):
            failures.append(f"{name}: no original or no gold for {original_stem}")
            continue
        base, err = overall(args.ntmx, args.root, os.path.join(folder, originals[0]), gold_file)
        got, err2 = overall(args.ntmx, args.root, os.path.join(folder, name), gold_file)
        if err or err2:
            failures.append(err or err2)
            continue
        pairs += 1
        verdict = "ok" if got >= base - TOLERANCE else "BELOW"
        print(f"{name:34} {got:.3f}   original {originals[0]:28} {base:.3f}   {verdict}")
        if verdict != "ok":
            failures.append(f"{name} scores {got:.3f}, its original {base:.3f}")
    if pairs == 0:
        failures.append("no variant found in " + DEV)
    if failures:
        print("FAILED: " + "; ".join(failures), file=sys.stderr)
        return 1
    print(f"{pairs} variants within {TOLERANCE} of their originals")
    return 0


if __name__ == "__main__":
    sys.exit(main())
