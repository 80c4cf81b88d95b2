#!/usr/bin/env python3
"""Fault test: `ntmx ingest` killed with SIGKILL at random moments loses nothing and
leaves no half document.

It builds a batch of 1,000 plans (copies of corpus/seeds and corpus/pdf, each made
different by a line or a PDF comment of its own, so every file has its own SHA-256),
ingests it once cleanly with -j1, then ingests it again into a second database with
several threads, killing the process (kill -9) at random moments -- during start-up,
migrations, extraction or a commit -- several times, and finally lets it finish. It
checks that
  - after every kill the database is intact (PRAGMA integrity_check, foreign keys),
  - the finishing run ingests exactly the documents the killed runs had not stored
    (nothing is redone: stored content is skipped by its hash),
  - a further run changes nothing,
  - and the result equals the clean run's, table by table (db_dump.py: every row,
    without row ids and ingestion times) -- so no kill left a partial document, and
    -jN stores what -j1 stores.
The random moments come from a seeded RNG (--seed), so a failure can be replayed.

    tests/e2e/kill_test.py --ntmx build/ntmx --root . [--docs 1000] [--kills 5] [--seed 7]
"""
import argparse
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from db_dump import canonical_dump  # noqa: E402

PDF_SHARE = 20  # one copy in PDF_SHARE is a PDF


def make_batch(root, folder, count):
    """`count` files in `folder`: varied copies of the seeds (text) and their PDFs."""
    seeds = sorted(os.path.join(root, "corpus", "seeds", f)
                   for f in os.listdir(os.path.join(root, "corpus", "seeds")))
    pdfs = sorted(os.path.join(root, "corpus", "pdf", f)
                  for f in os.listdir(os.path.join(root, "corpus", "pdf")))
    texts = [open(p, "rb").read() for p in seeds]
    pdf_bytes = [open(p, "rb").read() for p in pdfs]
    os.makedirs(folder)
    for i in range(count):
        if i % PDF_SHARE == PDF_SHARE - 1:
            # A PDF comment after %%EOF, closed by another %%EOF: new bytes, same text.
            data = pdf_bytes[i % len(pdf_bytes)] + b"\n%% copy %d\n%%%%EOF\n" % i
            name = "plan_%04d.pdf" % i
        else:
            # A closing line of its own (a copy note, as clerks add), after the text.
            data = texts[i % len(texts)].rstrip(b"\n") + ("\n\nBản sao số %d.\n" % i).encode()
            name = "plan_%04d.txt" % i
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)


def ingest(ntmx, root, db, batch, jobs):
    return [ntmx, "--data-dir", root, "ingest", "-q", "-j", str(jobs), "--db", db, batch]


def summary(stdout):
    m = re.search(r"ingested (\d+), replaced (\d+), unchanged (\d+), failed (\d+)", stdout)
    if not m:
        sys.exit("kill_test: no summary line in:\n" + stdout)
    return tuple(int(x) for x in m.groups())


def stored_documents(db):
    if not os.path.exists(db):
        return 0
    con = sqlite3.connect(db)
    try:
        check = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if check != ["ok"]:
            sys.exit(f"kill_test: {db} is damaged after a kill: {check}")
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            sys.exit(f"kill_test: dangling foreign keys after a kill: {fk[:5]}")
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "documents" not in tables:
            return 0
        return con.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        con.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ntmx", required=True)
    ap.add_argument("--root", required=True)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--kills", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    root = os.path.abspath(args.root)
    started = time.monotonic()

    with tempfile.TemporaryDirectory(prefix="ntmx_kill_") as tmp:
        batch = os.path.join(tmp, "batch")
        make_batch(root, batch, args.docs)

        clean_db = os.path.join(tmp, "clean.db")
        t0 = time.monotonic()
        run = subprocess.run(ingest(args.ntmx, root, clean_db, batch, 1),
                             capture_output=True, text=True)
        clean_seconds = time.monotonic() - t0
        if run.returncode != 0 or summary(run.stdout) != (args.docs, 0, 0, 0):
            sys.exit(f"kill_test: the clean run failed ({run.returncode}):\n{run.stdout}{run.stderr}")
        print(f"clean run: {args.docs} documents in {clean_seconds:.1f} s")

        db = os.path.join(tmp, "killed.db")
        kills = 0
        attempts = 0
        while kills < args.kills and attempts < 4 * args.kills:
            attempts += 1
            before = stored_documents(db)
            # A moment within what is left to do (start-up included), spread over the run.
            left = clean_seconds * (args.docs - before) / args.docs / max(1, args.jobs) + 0.3
            delay = rng.uniform(0.0, left)
            proc = subprocess.Popen(ingest(args.ntmx, root, db, batch, args.jobs),
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            if proc.poll() is not None:
                print(f"run {attempts}: finished before the kill at {delay:.2f} s; starting over")
                os.remove(db)
                for suffix in ("-wal", "-shm"):
                    if os.path.exists(db + suffix):
                        os.remove(db + suffix)
                continue
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            kills += 1
            print(f"kill {kills} at {delay:.2f} s: {stored_documents(db) - before} documents "
                  f"committed by that run, {stored_documents(db)} stored")

        before = stored_documents(db)
        run = subprocess.run(ingest(args.ntmx, root, db, batch, args.jobs),
                             capture_output=True, text=True)
        got = summary(run.stdout)
        if run.returncode != 0 or got != (args.docs - before, 0, before, 0):
            sys.exit(f"kill_test: the finishing run should ingest {args.docs - before} and leave "
                     f"{before} unchanged; got {got}, exit {run.returncode}:\n{run.stderr}")
        run = subprocess.run(ingest(args.ntmx, root, db, batch, args.jobs),
                             capture_output=True, text=True)
        if summary(run.stdout) != (0, 0, args.docs, 0):
            sys.exit(f"kill_test: a further run changed something: {run.stdout}")

        clean, killed = canonical_dump(clean_db), canonical_dump(db)
        for table in sorted(set(clean) | set(killed)):
            a, b = clean.get(table, []), killed.get(table, [])
            if a != b:
                missing = [r for r in a if r not in set(b)][:2]
                extra = [r for r in b if r not in set(a)][:2]
                sys.exit(f"kill_test: table {table} differs: {len(a)} rows clean, {len(b)} after "
                         f"kills; only clean: {str(missing)[:400]}; only killed: {str(extra)[:400]}")
        if kills < args.kills:
            sys.exit(f"kill_test: only {kills} of {args.kills} kills landed during a run")
        rows = sum(len(r) for r in clean.values())
        print(f"kill_test: {kills} kills, {len(clean)} tables and {rows} rows equal to the clean "
              f"run ({time.monotonic() - started:.1f} s)")


if __name__ == "__main__":
    main()
