#!/usr/bin/env python3
"""End-to-end check of copies of one plan (README "One plan, many files").

Ingests two seeds as the files a coordination office receives: seed 001 as its text,
PDF, .docx, TCVN3 and VNI text, TCVN3 .docx and TCVN3 PDF (7 files), and seed 003 as
its text, PDF and .docx plus tests/data/copies/003_draft_15_of_19.txt, a draft that
says 15/19 where the others say 16/19 (4 files). Then checks that
  - the database holds two plans, of 7 and 4 copies (view plan_documents);
  - `ntmx query` shows each plan once (only the primary copy's rows), and with
    --all-copies every file's rows;
  - `ntmx audit` reports one copy_mismatch naming the primary copy and the draft and
    quoting both sentences, and never compares copies of one plan as two plans;
  - `ntmx report` shows 2 documents, and 11 with --all-copies.

    tests/e2e/check_copies.py --ntmx build/ntmx --root .
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

SEED_001 = "001_69c2c6e4fde7b3b3"
SEED_003 = "003_139ffb69c36c110a"
COPIES_001 = [f"corpus/seeds/{SEED_001}.txt", f"corpus/pdf/{SEED_001}.pdf",
              f"corpus/docx/{SEED_001}.docx", f"corpus/legacy/tcvn3/{SEED_001}.txt",
              f"corpus/legacy/vni/{SEED_001}.txt", f"corpus/legacy/tcvn3-docx/{SEED_001}.docx",
              f"corpus/legacy/tcvn3-pdf/{SEED_001}.pdf"]
DRAFT_003 = "tests/data/copies/003_draft_15_of_19.txt"
COPIES_003 = [f"corpus/seeds/{SEED_003}.txt", f"corpus/pdf/{SEED_003}.pdf",
              f"corpus/docx/{SEED_003}.docx", DRAFT_003]

failures = []


def check(ok, what):
    print(("ok    " if ok else "FAIL  ") + what)
    if not ok:
        failures.append(what)


def run(ntmx, root, *args):
    result = subprocess.run([ntmx, "--data-dir", root, *args], cwd=root, capture_output=True,
                            text=True)
    if result.returncode != 0:
        sys.exit(f"ntmx {' '.join(args)}: exit {result.returncode}: {result.stderr.strip()}")
    return result


def rows(ntmx, root, db, *args):
    return json.loads(run(ntmx, root, *args, "--db", db, "--format", "json").stdout)


def check_query(ntmx, root, db, kind, where, copies):
    """Default: the primary copy's rows only; --all-copies: every copy's rows."""
    plan = rows(ntmx, root, db, "query", kind, *where, "--why")
    every = rows(ntmx, root, db, "query", kind, *where, "--why", "--all-copies")
    sources = {r["source"] for r in plan}
    check(len(plan) > 0 and len(sources) == 1,
          f"query {kind} {' '.join(where)}: {len(plan)} rows, all of one copy {sources}")
    every_sources = {r["source"] for r in every}
    check(every_sources == set(copies),
          f"query {kind} --all-copies: rows of all {len(copies)} copies "
          f"({len(every_sources)} seen, {len(every)} rows)")
    primary_rows = [r for r in every if r["source"] in sources]
    check(primary_rows == plan, f"query {kind}: the default rows are the primary copy's")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ntmx", required=True)
    parser.add_argument("--root", required=True)
    args = parser.parse_args()
    ntmx, root = os.path.abspath(args.ntmx), os.path.abspath(args.root)

    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "copies.db")
        run(ntmx, root, "ingest", "-q", "--db", db, *COPIES_001, *COPIES_003)

        plans = rows(ntmx, root, db, "sql",
                     "SELECT copies, formats, source FROM plan_documents ORDER BY copies")
        check([p["copies"] for p in plans] == [4, 7],
              f"two plans of 4 and 7 copies: {[(p['copies'], p['source']) for p in plans]}")
        primary = {p["copies"]: p["source"] for p in plans}

        documents = rows(ntmx, root, db, "query", "documents")
        check(sorted(d["copies"] for d in documents) == [4, 7],
              f"query documents: one row per plan ({len(documents)} rows)")
        check(len(rows(ntmx, root, db, "query", "documents", "--all-copies")) == 11,
              "query documents --all-copies: one row per file (11)")

        # By year: the TCVN3 PDF's issuer reads "Hơng Sơn", which no place filter finds.
        check_query(ntmx, root, db, "criteria", ["--year", "2023"], COPIES_001)
        check_query(ntmx, root, db, "targets", ["--province", "Lai Châu"], COPIES_003)

        for scope in ([], ["--all-copies"]):
            findings = rows(ntmx, root, db, "audit", *scope)
            name = "audit" + "".join(" " + s for s in scope)
            mismatches = [f for f in findings if f["check"] == "copy_mismatch"]
            check(len(mismatches) == 1, f"{name}: one copy_mismatch ({len(mismatches)})")
            if mismatches:
                f = mismatches[0]
                check(f["documents"] == f"{primary[4]} | {DRAFT_003}",
                      f"{name}: copy_mismatch names the primary and the draft: {f['documents']}")
                check("16/19" in f["message"] and "15/19" in f["message"],
                      f"{name}: the message gives both counts: {f['message']}")
                check("đạt 16/19 tiêu chí" in f["quotes"] and "đạt 15/19 tiêu chí" in f["quotes"],
                      f"{name}: both sentences are quoted")
            across = [f for f in findings if f["check"] in ("cross_status_conflict", "regression")]
            check(not across, f"{name}: no copy compared with its own plan as another plan")

        for scope, expected in (([], 2), (["--all-copies"], 11)):
            out = os.path.join(tmp, "report.html")
            err = run(ntmx, root, "report", "--db", db, "--out", out, *scope).stderr
            check(f": {expected} documents," in err, f"report {' '.join(scope)}: {err.strip()}")

    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
