#!/usr/bin/env python3
"""Prints the goal / measured / ratio table of bench/run.sh from the files it wrote.

    bench/report.py WORK_DIR CORPUS_BYTES COUNT

WORK_DIR holds end_to_end.json and stages.json (Google Benchmark JSON) and ingest.txt
(one line per ingest run: N, wall time, user s, system s, peak RSS KB, as run.sh wrote
them from /usr/bin/time -v).
"""
import json
import os
import sys


def load(path):
    with open(path) as f:
        return {b["name"].replace("/manual_time", ""): b
                for b in json.load(f)["benchmarks"] if "error_message" not in b}


def seconds(clock):
    """'1:02.03' or '0:05.10' or '1:02:03' (h:m:s) -> seconds."""
    parts = [float(p) for p in clock.split(":")]
    total = 0.0
    for p in parts:
        total = total * 60 + p
    return total


def main():
    work, corpus_bytes, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    e2e = load(os.path.join(work, "end_to_end.json"))
    stages = load(os.path.join(work, "stages.json"))
    rows = []
    text = e2e.get("BM_TextEndToEnd")
    if text:
        rows.append(("text docs/s per core (read -> SQLite)", ">= 2000",
                     f"{text['docs/s']:.0f}", f"{text['docs/s'] / 2000:.2f} of goal"))
        rows.append(("text MB/s per core", "", f"{text['bytes_per_second'] / 1e6:.2f}", ""))
        rows.append(("text time / (ICU NFC + one RE2 scan)", "<= 3", f"{text['ratio']:.1f}",
                     "met" if text["ratio"] <= 3 else "not met"))
    pdf = e2e.get("BM_PdfEndToEnd")
    if pdf:
        rows.append((f"PDF docs/s per core ({pdf['files']:.0f} files)", "",
                     f"{pdf['docs/s']:.1f}", ""))
        rows.append(("PDF MB/s per core", "", f"{pdf['bytes_per_second'] / 1e6:.2f}", ""))
        rows.append(("PDF time / pdftotext (process, CPU)", "<= 1.15", f"{pdf['ratio']:.2f}",
                     "met" if pdf["ratio"] <= 1.15 else "not met"))
    runs = []
    with open(os.path.join(work, "ingest.txt")) as f:
        for line in f:
            n, user, system, wall, rss = line.split()
            runs.append((int(n), float(user) + float(system), seconds(wall), int(rss) / 1024))
    for n, cpu, wall, rss in runs:
        rows.append((f"ntmx ingest {n} plans: docs/s (CPU / wall)", "",
                     f"{n / cpu:.0f} / {n / wall:.0f}", f"peak RSS {rss:.0f} MB"))
    if len(runs) == 2:
        growth = runs[1][3] / runs[0][3]
        rows.append((f"peak RSS {runs[1][0]} / {runs[0][0]} plans", "~1 (flat)", f"{growth:.2f}",
                     "met" if growth < 1.2 else "not met"))
    width = max(len(r[0]) for r in rows)
    print(f"\ncorpus: {count} plans, {corpus_bytes / count / 1024:.1f} KB each on average")
    print(f"{'':{width}}  {'goal':>10}  {'measured':>14}  ratio / verdict")
    for name, goal, measured, verdict in rows:
        print(f"{name:{width}}  {goal:>10}  {measured:>14}  {verdict}")
    print("\nper stage (docs/s per core):")
    for name, b in stages.items():
        print(f"  {name:32} {b['docs/s']:10.0f}")


if __name__ == "__main__":
    main()
