#!/usr/bin/env python3
"""Time, peak memory and outcome of `ntmx extract` on generated PDFs of many pages.

A 1,000-page PDF (within [read] max_pages) once ran for more than five minutes, past
[read] max_seconds = 60, because the time limit was asked only between stages and the
reader joined the page lines into paragraphs of unbounded length. This writes PDFs of N
pages (standard library only: a Type 1 font, 40 lines a page of plan-like words in a
paragraph that never ends, so that every page continues the one before) and runs
`ntmx extract` on each, printing CPU seconds, wall seconds, peak RSS and either "read"
or the one line ntmx stopped with. The goal: every size read within max_seconds, or
stopped at it with one line.

    bench/long_pdf.py --ntmx build/ntmx [--pages 10,100,1000] [--keep DIR]
    bench/long_pdf.py --ntmx build/ntmx --pages 1000 --pipeline my.toml  # e.g. max_seconds = 2
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

LINE = "ke hoach xay dung nong thon moi trang {p} dong {l} tieu chi 10 dat 45 trieu dong va"


def pdf_bytes(pages):
    """An N-page PDF whose page lines continue one paragraph."""
    objects = []  # bodies of objects 1..n

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(None)
    tree = add(None)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for p in range(pages):
        lines = [LINE.format(p=p + 1, l=l + 1) for l in range(40)]
        ops = ["BT /F1 11 Tf 14 TL 56 790 Td"] + [f"({t}) '" for t in lines] + ["ET"]
        stream = "\n".join(ops).encode("latin-1")
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                        b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                        % (tree, font, content)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = (b"<< /Type /Pages /Count %d /Kids [" % pages +
                         b" ".join(b"%d 0 R" % k for k in kids) + b"] >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, catalog, xref)
    return bytes(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ntmx", required=True)
    ap.add_argument("--pages", default="10,100,1000")
    ap.add_argument("--keep", help="write the PDFs into this folder and keep them")
    ap.add_argument("--pipeline", help="pipeline file to run with (default: ntmx's default)")
    args = ap.parse_args()
    print(f"{'pages':>6} {'MB':>6} {'cpu s':>7} {'wall s':>7} {'peak MB':>8}  outcome")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or tmp
        os.makedirs(folder, exist_ok=True)
        for pages in map(int, args.pages.split(",")):
            path = os.path.join(folder, f"pages_{pages}.pdf")
            with open(path, "wb") as f:
                f.write(pdf_bytes(pages))
            start = time.monotonic()
            pipeline = ["--pipeline", args.pipeline] if args.pipeline else []
            run = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", args.ntmx, *pipeline, "extract",
                                  "-q", path],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            wall = time.monotonic() - start
            m = re.search(r"([\d.]+) ([\d.]+) (\d+)\s*$", run.stderr)
            if m is None:
                print(f"{pages:>6} no timing: {run.stderr.strip()[:200]}")
                continue
            cpu, peak = float(m.group(1)) + float(m.group(2)), int(m.group(3)) / 1024
            said = [l for l in run.stderr.splitlines() if l.startswith("ntmx:")]
            outcome = "read" if run.returncode == 0 else f"exit {run.returncode}: " + " / ".join(said)
            size = os.path.getsize(path) / 1e6
            print(f"{pages:>6} {size:>6.2f} {cpu:>7.2f} {wall:>7.2f} {peak:>8.1f}  {outcome}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
