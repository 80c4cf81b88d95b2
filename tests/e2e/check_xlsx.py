#!/usr/bin/env python3
"""End-to-end check of `ntmx export --xlsx`: the workbook read back as Excel reads it.

Ingests two seed plans as text and one as PDF (so that pages are known) into a
temporary database, exports it, and opens the .xlsx as the zip of XML parts it is
(Python's zipfile and ElementTree, no spreadsheet program). It must hold:
  - the sheets named in schemas/labels/xlsx.tsv, in order (documents, a criteria
    matrix per criteria set, targets, tasks, responsibilities, findings);
  - on every sheet: the header row with the labels' words, a frozen pane below it and
    an autoFilter over the table, and column widths;
  - numbers as numbers (the year: no t="s" and a numeric <v>), the date of issue as a
    number with a date format (dd/mm/yyyy), marks ✓/✗ in the matrix;
  - the Nguồn columns filled on every record row: the file, the page for the PDF's
    rows, and the quoted words;
  - as many document rows as the database holds, and a row per target.
Exits 1 naming every check that failed.

    tests/e2e/check_xlsx.py --ntmx build/ntmx --root .
    tests/e2e/check_xlsx.py --ntmx build/ntmx --root . --keep /tmp/ntm.xlsx
"""
import argparse
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}
# A commune plan with met and unmet criteria, a district plan with a finding, and a PDF
# with a date of issue and targets.
INPUTS = ["corpus/seeds/000_c96f4298ede59e80.txt", "corpus/seeds/002_13115fdfbc4faa3a.txt",
          "corpus/pdf/001_69c2c6e4fde7b3b3.pdf"]


def read_labels(path):
    labels = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                key, label = line.split("\t")
                labels[key] = label
    return labels


def column_index(ref):
    """'AB12' -> 27 (0-based column)."""
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - ord("A") + 1
    return n - 1


class Workbook:
    def __init__(self, path):
        self.zip = zipfile.ZipFile(path)
        self.strings = [
            "".join(t.text or "" for t in si.iter("{%s}t" % NS["m"]))
            for si in self.xml("xl/sharedStrings.xml").findall("m:si", NS)]
        rels = {r.get("Id"): r.get("Target")
                for r in self.xml("xl/_rels/workbook.xml.rels").findall("rel:Relationship", NS)}
        self.sheets = [(s.get("name"), "xl/" + rels[s.get("{%s}id" % NS["r"])].lstrip("/xl/"))
                       for s in self.xml("xl/workbook.xml").find("m:sheets", NS)]
        styles = self.xml("xl/styles.xml")
        formats = {f.get("numFmtId"): f.get("formatCode")
                   for f in styles.iter("{%s}numFmt" % NS["m"])}
        self.xf_format = [formats.get(xf.get("numFmtId"), xf.get("numFmtId"))
                          for xf in styles.find("m:cellXfs", NS)]

    def xml(self, member):
        return ET.fromstring(self.zip.read(member))

    def rows(self, member):
        """[[(value, cell element) or None per column]] of a sheet, header first."""
        out = []
        for row in self.xml(member).iter("{%s}row" % NS["m"]):
            cells = {}
            for c in row.findall("m:c", NS):
                v = c.find("m:v", NS)
                value = None if v is None else v.text
                if c.get("t") == "s" and value is not None:
                    value = self.strings[int(value)]
                cells[column_index(c.get("r"))] = (value, c)
            width = max(cells) + 1 if cells else 0
            out.append([cells.get(i) for i in range(width)])
        return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ntmx", required=True)
    ap.add_argument("--root", required=True)
    ap.add_argument("--keep", help="copy the workbook here (for a look, or the README picture)")
    args = ap.parse_args()
    labels = read_labels(os.path.join(args.root, "schemas", "labels", "xlsx.tsv"))
    failures = []

    def check(ok, what):
        print(("ok    " if ok else "FAIL  ") + what)
        if not ok:
            failures.append(what)

    with tempfile.TemporaryDirectory(prefix="ntmx_xlsx_") as tmp:
        db, out = os.path.join(tmp, "ntm.db"), os.path.join(tmp, "ntm.xlsx")
        ntmx = [args.ntmx, "--data-dir", args.root]
        run = subprocess.run(ntmx + ["ingest", "-q", "--db", db] +
                             [os.path.join(args.root, p) for p in INPUTS],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print("ntmx ingest failed:\n" + run.stderr)
            return 1
        run = subprocess.run(ntmx + ["export", "--xlsx", out, "--db", db],
                             capture_output=True, text=True)
        check(run.returncode == 0, "ntmx export exits 0 (%d: %s)" % (run.returncode, run.stderr.strip()))
        if run.returncode != 0:
            return 1
        if args.keep:
            shutil.copyfile(out, args.keep)
        with sqlite3.connect(db) as con:
            documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
            targets = con.execute("SELECT count(*) FROM targets").fetchone()[0]
            sets = [r[0] for r in con.execute(
                "SELECT DISTINCT criteria_set FROM criteria_status ORDER BY criteria_set")]

        book = Workbook(out)
        names = [n for n, _ in book.sheets]
        want = ([labels["sheet.documents"]] +
                [labels["sheet.criteria"] + " " + s for s in sets] +
                [labels["sheet." + s] for s in ("targets", "tasks", "responsibilities",
                                                 "findings")])
        check(names == want, "sheet names %s == %s" % (names, want))
        member = dict(book.sheets)
        for name, part in book.sheets:
            root = book.xml(part)
            pane = root.find(".//m:pane", NS)
            check(pane is not None and pane.get("state") == "frozen"
                  and pane.get("ySplit") == "1", name + ": the header row is frozen")
            check(root.find("m:autoFilter", NS) is not None, name + ": has an autoFilter")
            check(root.find("m:cols", NS) is not None, name + ": column widths are set")
            header = [c[0] if c else None for c in book.rows(part)[0]]
            check(all(header), name + ": every header cell has words")

        def sheet(key):
            part = member[labels["sheet." + key]]
            rows = book.rows(part)
            return [c[0] if c else None for c in rows[0]], rows[1:]

        header, rows = sheet("documents")
        check(header[:2] == [labels["documents.id"], labels["documents.number"]],
              "documents: header starts %s" % header[:2])
        check(len(rows) == documents, "documents: %d rows for %d documents" % (len(rows), documents))
        year = header.index(labels["column.year"])
        years = [r[year] for r in rows if r[year]]
        check(years and all(c.get("t") is None and re.fullmatch(r"\d{4}", v) for v, c in years),
              "documents: every year is a number cell")
        date = header.index(labels["documents.issue_date"])
        dates = [r[date] for r in rows if len(r) > date and r[date]]
        check(dates and all(c.get("t") is None and c.get("s") and
                            book.xf_format[int(c.get("s"))] == "dd/mm/yyyy" for v, c in dates),
              "documents: dates of issue are numbers formatted dd/mm/yyyy (%d)" % len(dates))

        header, rows = sheet("targets")
        check(len(rows) == targets, "targets: %d rows for %d targets" % (len(rows), targets))
        source = header.index(labels["column.source"])
        page = header.index(labels["column.page"])
        quote = header.index(labels["column.quote"])
        check(all(len(r) > quote and r[source] and r[source][0] and r[quote] and r[quote][0]
                  for r in rows), "targets: every row names its file and quotes its words")
        pdf_rows = [r for r in rows if r[source][0].endswith(".pdf")]
        check(pdf_rows and all(r[page] and r[page][1].get("t") is None and int(r[page][0]) >= 1
                               for r in pdf_rows),
              "targets: every row from the PDF has its page as a number (%d)" % len(pdf_rows))
        value = header.index(labels["targets.value"])
        check(any(r[value] and r[value][1].get("t") is None for r in rows),
              "targets: values are numbers")

        header, rows = sheet("tasks")
        check(labels["tasks.lead"] in header and labels["column.quote"] in header,
              "tasks: header has the lead unit and the quote")
        matrix = member[labels["sheet.criteria"] + " xa_ntm"]
        header = [c[0] for c in book.rows(matrix)[0]]
        numbers = [h for h in header if h.isdigit()]
        check(numbers == [str(n) for n in range(1, 20)],
              "criteria xa_ntm: a column per criterion 1..19 (%s)" % " ".join(numbers))
        marks = {c[0] for r in book.rows(matrix)[1:] for c in r[4:4 + len(numbers)] if c}
        check(labels["mark.met"] in marks and any(labels["mark.unmet"] in m for m in marks),
              "criteria xa_ntm: met and unmet marks (%s)" % " ".join(sorted(marks)))
        met, unmet = header.index(labels["criteria.met"]), header.index(labels["criteria.unmet"])
        for r in book.rows(matrix)[1:]:
            cells = [c[0] if c else "" for c in r]
            marks_of = cells[4:4 + len(numbers)]
            check(int(cells[met]) == sum(labels["mark.met"] in m for m in marks_of) and
                  int(cells[unmet]) == sum(labels["mark.unmet"] in m for m in marks_of),
                  "criteria xa_ntm: %s's counts match its marks" % cells[3])
        check(any(m.endswith(".xml") and "comments" in m for m in book.zip.namelist()),
              "criteria: the marks carry notes (comments)")
        header, rows = sheet("findings")
        check(header[:2] == [labels["column.year"], labels["column.subject"]],
              "findings: header %s" % header[:3])
        check(rows and all(r[header.index(labels["column.source"])] for r in rows),
              "findings: %d rows, each naming its files" % len(rows))

    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
