#!/usr/bin/env python3
"""End-to-end check of the PDF, Word and legacy-encoding fixtures against their text originals.

corpus/pdf/ holds a PDF of every seed, corpus/legacy/tcvn3/ and corpus/legacy/vni/ TCVN3
and VNI copies of two (corpus/make_fixtures.py made them), corpus/docx/ a Word .docx of
every seed and dev plan and corpus/legacy/tcvn3-docx/ one typed in a TCVN3 font
(corpus/make_docx.py). Each variant is extracted and scored with
the project's referee (tests/tools/score.py) against the gold of its original (the .txt
of the same name in corpus/seeds/ or corpus/dev/), and so are the text originals of the
same documents; the test fails when a variant reads fewer files, or scores more than its
tolerance (0.03; .docx 0.02) below the text on document fields or on any list F1 the
referee prints (so it keeps holding as extractors and lists are added). It also compares the whole output generically -- every record modulo spans --
and prints what differs, and checks that every PDF reports its pages.

    tests/e2e/check_formats.py --ntmx build/ntmx --root .
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

TOLERANCE = {"docx": 0.02, "tcvn3-docx": 0.02}  # others: 0.03
VARIANTS = [("pdf", os.path.join("corpus", "pdf"), ".pdf"),
            ("tcvn3", os.path.join("corpus", "legacy", "tcvn3"), ".txt"),
            ("vni", os.path.join("corpus", "legacy", "vni"), ".txt"),
            ("docx", os.path.join("corpus", "docx"), ".docx"),
            ("tcvn3-docx", os.path.join("corpus", "legacy", "tcvn3-docx"), ".docx")]
ORIGINALS = [os.path.join("corpus", "seeds"), os.path.join("corpus", "dev")]


def original(root, stem):
    """The text original of a fixture: corpus/seeds/<stem>.txt or corpus/dev/<stem>.txt."""
    for folder in ORIGINALS:
        path = os.path.join(root, folder, stem + ".txt")
        if os.path.exists(path):
            return path
    return None
NOT_COMPARED = {"source", "sha256", "format", "pages"}


def extract(ntmx, files, out):
    with open(out, "w") as f:
        run = subprocess.run([ntmx, "extract", "-q", "--format", "jsonl", *files], stdout=f,
                             stderr=subprocess.PIPE, text=True)
    return run.returncode, run.stderr


def score(root, gold_dir, pred):
    run = subprocess.run([sys.executable, os.path.join(root, "tests", "tools", "score.py"),
                          "--gold", gold_dir, "--pred", pred, "-v"], capture_output=True, text=True)
    out = run.stdout
    figures = {m.group(1): float(m.group(2)) for m in re.finditer(
        r"^(\w+)\s+[\d.]+\s+[\d.]+\s+([\d.]+)\s+\d+\s+\d+\s+\d+$", out, re.M)}
    doc = re.search(r"^document fields: ([\d.]+)", out, re.M)
    figures["document_fields"] = float(doc.group(1)) if doc else 0.0
    return figures, out


def without_spans(value):
    if isinstance(value, dict):
        return {k: without_spans(v) for k, v in value.items() if k != "span"}
    if isinstance(value, list):
        return [without_spans(v) for v in value]
    return value


def load(path):
    return {os.path.basename(o["source"]).rsplit(".", 1)[0]: o
            for o in map(json.loads, open(path, encoding="utf-8"))}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ntmx", required=True)
    ap.add_argument("--root", required=True, help="the repository root")
    args = ap.parse_args()
    root = args.root
    failures = []
    tmp = tempfile.mkdtemp()
    try:
        for name, folder, ext in VARIANTS:
            vdir = os.path.join(root, folder)
            stems = sorted(f[:-len(ext)] for f in os.listdir(vdir) if f.endswith(ext))
            stems = [s for s in stems
                     if os.path.exists(os.path.join(root, "corpus", "gold", s + ".json"))
                     and original(root, s)]
            if not stems:
                failures.append(f"{name}: no fixtures found in {folder}")
                continue
            gold = os.path.join(tmp, name + "_gold")
            os.makedirs(gold)
            for s in stems:
                shutil.copy(os.path.join(root, "corpus", "gold", s + ".json"), gold)
            text_pred, var_pred = os.path.join(tmp, name + "_text.jsonl"), os.path.join(
                tmp, name + ".jsonl")
            rc, err = extract(args.ntmx, [original(root, s) for s in stems], text_pred)
            if rc != 0:
                failures.append(f"{name}: text originals failed: {err.strip()}")
                continue
            rc, err = extract(args.ntmx, [os.path.join(vdir, s + ext) for s in stems], var_pred)
            if rc != 0:
                failures.append(f"{name}: ntmx extract failed ({rc}): {err.strip()}")
                continue
            text_fig, _ = score(root, gold, text_pred)
            var_fig, var_out = score(root, gold, var_pred)
            if "shape errors" in var_out:
                failures.append(f"{name}: the output has shape errors")
            print(f"== {name}: {len(stems)} documents in {folder}, scored against their gold")
            tolerance = TOLERANCE.get(name, 0.03)
            for key in sorted(text_fig):
                t, v = text_fig[key], var_fig.get(key, 0.0)
                ok = v >= t - tolerance
                print(f"  {key:<20} text {t:.3f}  {name} {v:.3f}  {'ok' if ok else 'BELOW'}")
                if not ok:
                    failures.append(f"{name} {key} {v:.3f} < text {t:.3f} - {tolerance}")
            # Generic comparison: the same records, spans aside.
            texts, variants = load(text_pred), load(var_pred)
            same = total = 0
            for stem, t in texts.items():
                v = variants.get(stem, {})
                for key in t:
                    if key in NOT_COMPARED:
                        continue
                    a, b = without_spans(t[key]), without_spans(v.get(key))
                    items = a if isinstance(a, list) else [a]
                    total += len(items)
                    if a == b:
                        same += len(items)
                        continue
                    if isinstance(a, list) and isinstance(b, list):
                        same += sum(1 for r in a if r in b)
                    print(f"  differs: {stem} {key}")
                if name.endswith("docx") and v.get("format") != "docx":
                    failures.append(f"docx {stem}: format {v.get('format')}")
                if name == "pdf":
                    pages = v.get("pages") or []
                    if v.get("format") != "pdf" or len(pages) < 2 or pages[0] != 0:
                        failures.append(f"pdf {stem}: format {v.get('format')}, pages {pages}")
            print(f"  records equal to the text's (spans aside): {same}/{total}")
    finally:
        shutil.rmtree(tmp)
    if failures:
        print("FAILED: " + "; ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
