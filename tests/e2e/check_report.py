#!/usr/bin/env python3
"""End-to-end check of `ntmx report` as a person sees it, through headless Chromium.

Builds a database from corpus/seeds with `ntmx ingest`, writes the page with
`ntmx report`, then lets Debian's chromium parse it (--dump-dom) and render it
(--screenshot). The parsed DOM -- what the browser made of the markup, not the
file's text -- must hold: a documents table with one row per document in the
database; a criteria matrix with a row for every subject the database rates; at
least one SVG chart with bars, axis titles and value labels; the findings with
their quoted sentences; and a target for every in-page link (#src-..., #doc-...).
The screenshot must come out at the window's size and not blank.

Exits 77 (CTest SKIP_RETURN_CODE) when chromium is not installed.

    tests/e2e/check_report.py --ntmx build/ntmx --root .
    tests/e2e/check_report.py --ntmx build/ntmx --root . --png docs/report.png \
        --window-size 1200,1500        # the README's screenshot
"""
import argparse
import html.parser
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile

SKIP = 77


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []
        self.parts = []  # text and child nodes, in document order

    def classes(self):
        return self.attrs.get("class", "").split()

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()

    def find_all(self, tag=None, cls=None, **attrs):
        return [n for n in self.walk() if (tag is None or n.tag == tag)
                and (cls is None or cls in n.classes())
                and all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())]

    def text(self):
        return "".join(p if isinstance(p, str) else p.text() for p in self.parts)


class TreeBuilder(html.parser.HTMLParser):
    """A DOM tree from Chromium's serialization (which closes every element)."""
    VOID = {"meta", "br", "img", "input", "link", "hr", "col", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        self.current.parts.append(node)
        if tag not in self.VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        self.current.parts.append(node)

    def handle_endtag(self, tag):
        n = self.current
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.current = n.parent

    def handle_data(self, data):
        self.current.parts.append(data)


def chromium(binary, profile, *args, timeout=180):
    cmd = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile, *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", head[16:24])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ntmx", required=True)
    ap.add_argument("--root", required=True)
    ap.add_argument("--png", help="where to keep the screenshot (default: a temporary folder)")
    ap.add_argument("--window-size", default="1400,2000")
    ap.add_argument("--chromium", default=os.environ.get("CHROMIUM"))
    args = ap.parse_args()

    browser = args.chromium or shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        print("SKIP: chromium is not installed (apt-get install chromium)")
        return SKIP

    failures = []

    def check(ok, what):
        print(("ok    " if ok else "FAIL  ") + what)
        if not ok:
            failures.append(what)

    with tempfile.TemporaryDirectory(prefix="ntmx_report_") as tmp:
        db, page = os.path.join(tmp, "ntm.db"), os.path.join(tmp, "report.html")
        ntmx = [args.ntmx, "--data-dir", args.root]
        run = subprocess.run(ntmx + ["ingest", "-q", "--db", db,
                                     os.path.join(args.root, "corpus", "seeds")],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print("ntmx ingest failed:\n" + run.stderr)
            return 1
        run = subprocess.run(ntmx + ["report", "--db", db, "--out", page],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print("ntmx report failed:\n" + run.stderr)
            return 1

        with sqlite3.connect(db) as con:
            documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
            subjects = {r[0] for r in con.execute("SELECT DISTINCT subject FROM criteria_status")}
            findings = con.execute("SELECT count(*) FROM findings").fetchone()[0]

        url = "file://" + os.path.abspath(page)
        profile = os.path.join(tmp, "profile")
        dump = chromium(browser, profile, "--dump-dom", url)
        if dump.returncode != 0 or "<html" not in dump.stdout:
            print("chromium --dump-dom failed:\n" + dump.stderr[-2000:])
            return 1
        tree = TreeBuilder()
        tree.feed(dump.stdout)
        dom = tree.root

        check(any(m.attrs.get("charset", "").lower() == "utf-8" for m in dom.find_all("meta")),
              "the page declares UTF-8")
        check("Báo cáo xây dựng nông thôn mới" in dom.text(), "Vietnamese heading survives parsing")
        check(not dom.find_all("script"), "no script")

        tables = dom.find_all("table", cls="documents")
        rows = tables[0].find_all("tr") if tables else []
        doc_rows = [r for r in rows if r.attrs.get("id", "").startswith("doc-")]
        check(len(doc_rows) == documents,
              "documents table: %d rows for %d documents" % (len(doc_rows), documents))

        matrix_subjects = {r.attrs["data-subject"] for t in dom.find_all("table", cls="matrix")
                           for r in t.find_all("tr") if "data-subject" in r.attrs}
        check(subjects and subjects <= matrix_subjects,
              "criteria matrix rows for the %d subjects rated: missing %s"
              % (len(subjects), sorted(subjects - matrix_subjects)))
        cells = [c for t in dom.find_all("table", cls="matrix") for c in t.find_all("td", cls="cell")]
        symbols = {c.text().strip() for c in cells}
        check(any("✓" in s for s in symbols) and any("✗" in s for s in symbols),
              "matrix cells show ✓ and ✗ (not colour alone)")
        check(all(c.attrs.get("title") for c in cells if "none" not in c.classes()),
              "every stated matrix cell has a tooltip")

        charts = dom.find_all("svg", cls="chart")
        bars = [g for c in charts for g in c.find_all("g", cls="bar")]
        check(len(charts) >= 1 and len(bars) >= 2, "%d charts, %d bars" % (len(charts), len(bars)))
        check(all(g.find_all("rect") and g.find_all("title") and g.find_all("text", cls="value")
                  for g in bars), "every bar has a rect, a tooltip and a value label")
        check(all(c.find_all("text", cls="axis-title") for c in charts), "every chart titles its axes")

        section = dom.find_all("section", id="findings")
        quotes = section[0].find_all("blockquote") if section else []
        check(findings == 0 or len(quotes) >= 1,
              "findings section quotes sentences (%d quotes, %d stored findings)"
              % (len(quotes), findings))
        check(all("«" in q.text() for q in quotes), "each finding quote holds «words»")

        ids = {n.attrs["id"] for n in dom.walk() if "id" in n.attrs}
        links = [n.attrs["href"][1:] for n in dom.walk()
                 if n.attrs.get("href", "").startswith("#")]
        missing = sorted({l for l in links if l not in ids})
        check(links and not missing, "%d in-page links resolve (missing: %s)" % (len(links), missing[:5]))
        sources = [l for l in links if l.startswith("src-")]
        check(len(sources) >= 100, "%d links to the sources appendix" % len(sources))

        png = args.png or os.path.join(tmp, "report.png")
        shot = chromium(browser, profile, "--screenshot=" + os.path.abspath(png),
                        "--window-size=" + args.window_size, url)
        size = png_size(png) if os.path.exists(png) else None
        want = tuple(int(v) for v in args.window_size.split(","))
        check(size == want, "screenshot %s at %s (chromium exit %d)" % (png, size, shot.returncode))
        check(size is not None and os.path.getsize(png) > 30000,
              "screenshot is not blank (%d bytes)" % (os.path.getsize(png) if size else 0))

    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    print("report renders: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
