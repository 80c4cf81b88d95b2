#!/usr/bin/env python3
"""Time and peak memory of `ntmx extract` on one-line plans of 10 KB to 10 MB.

A plan whose text has no line breaks (a .txt saved without them, a PDF whose page
lines the reader joined into one paragraph) once made extraction quadratic in the
line: 350 KB took 20 s and 2.4 GB. The normalize stage now breaks lines longer than
[normalize] max_line_bytes at sentence ends, so every later stage sees bounded lines.
This prints, per size, CPU seconds (user) and peak RSS, and both per MB: flat columns are the
goal (a fixed start-up cost dominates the smallest sizes).

    bench/long_lines.py --ntmx build/ntmx [--sizes 10000,100000,1000000,10000000]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

PHRASE = "Ke hoach xay dung nong thon moi nam 2024 trang {i} dong {l} tieu chi 10 dat 45 trieu dong"


def one_line(size):
    parts, total, i = [], 0, 0
    while total < size:
        p = PHRASE.format(i=i // 40, l=i % 40)
        parts.append(p)
        total += len(p) + 1
        i += 1
    return " ".join(parts)[:size]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ntmx", required=True)
    ap.add_argument("--sizes", default="10000,100000,1000000,10000000")
    args = ap.parse_args()
    print(f"{'bytes':>10} {'cpu s':>8} {'peak MB':>8} {'s/MB':>7} {'peak MB/MB':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in map(int, args.sizes.split(",")):
            path = os.path.join(tmp, f"line_{size}.txt")
            with open(path, "w") as f:
                f.write(one_line(size))
            run = subprocess.run(["/usr/bin/time", "-f", "%U %M", args.ntmx, "extract", "-q", path],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            m = re.search(r"([\d.]+) (\d+)\s*$", run.stderr)
            if run.returncode != 0 or m is None:
                print(f"{size:>10} failed ({run.returncode}): {run.stderr.strip()[:200]}")
                continue
            seconds, peak_mb = float(m.group(1)), int(m.group(2)) / 1024
            mb = size / 1e6
            print(f"{size:>10} {seconds:>8.2f} {peak_mb:>8.1f} {seconds / mb:>7.2f} {peak_mb / mb:>10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
