#!/usr/bin/env python3
"""Metamorphic test: the same plan in other clothes must give the same facts.

Why: the corpus holds a dozen plans, each written one way; the plans ntmx is judged on
write the same facts in other ways (a PDF copy's hard line breaks, CRLF, NFD, TCVN3 bytes,
decimal section numbers, "TC số N", a header stacked instead of side by side, a web
page's metadata block, a status table written as a list...). Writing gold for each such
form is slow; rewriting a plan that already has gold is not. Each transformation below is
a small function that rewrites a plan's text into another surface form that keeps every
fact, so whatever ntmx got right on the original it should still get right on the copy.

For every plan of corpus/seeds, corpus/dev (originals only) and corpus/new-period, the
original and each rewrite are extracted with `ntmx extract -q --format jsonl` (one call
per transformation over all plans) and reduced to the referee's keys
(tests/tools/score.py: `keys_for`, `fold`; document fields as the referee compares them).
A plan's facts are the keys of its original's extraction that are also in its gold (the
true positives); a transformation's share is how many of those facts its rewrites keep.
The test fails when a share is below --min-share. A transformation whose form a plan does
not have (no status table, no header columns) is "n/a" for that plan.

    tests/e2e/metamorphic.py --ntmx build/ntmx --root . [--min-share 0.95] [-v]
        [--only hard_wrap,crlf] [--keep /tmp/rewrites]

`-v` lists every lost fact and every n/a reason; `--keep` leaves the rewritten plans in a
folder to read; the transformations are the functions listed in TRANSFORMS.
"""
import argparse
import collections
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import textwrap
import unicodedata

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import score  # noqa: E402  (the project's copy of the shared referee)

FOLDERS = [os.path.join("corpus", f) for f in ("seeds", "dev", "new-period")]
VARIANT_ENDINGS = ("_nfd", "_tcvn3", "_garbled", "_pdf")
TEXT_EXTENSIONS = (".txt", ".md")


class NotApplicable(Exception):
    """The plan does not have the form a transformation rewrites; the message says why."""


# ---------------------------------------------------------------------------------------
# Reading a plan's layout: shared by the transformations.

TITLE_LINE = re.compile(r"^[#*\s]*(KẾ HOẠCH|QUYẾT ĐỊNH|BÁO CÁO|NGHỊ QUYẾT|CHƯƠNG TRÌNH)[*\s]*$")
HEADER_MAX_LINES = 20
COLUMN_GAP = re.compile(r"\S\s{4,}\S")
MARKS = re.compile(r"[*_#`]")
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
         "X": 10, "XI": 11, "XII": 12}
# The letters of a Vietnamese a), b), c) list, in order (no f, j, w, z; đ after d).
LIST_LETTERS = "abcdđeghiklmnopqrstuvxy"
# A numbered line: optional markdown heading/bold, then I. / 2. / 2.1. / 2.1.3. / a)
NUMBERED = re.compile(r"^(?P<lead>\s*(?:#{1,6}\s+)?(?:\*\*|\*)?)"
                      r"(?:(?P<roman>[IVX]{1,4})\.|(?P<arabic>\d{1,2}(?:\.\d{1,2}){0,3})\.|"
                      r"(?P<letter>[a-zđ])\))(?P<gap>\s+)")


def title_index(lines):
    """Index of the "KẾ HOẠCH"-style title line among the first lines, or None."""
    for i, line in enumerate(lines[:HEADER_MAX_LINES]):
        if TITLE_LINE.match(line):
            return i
    return None


def plain(fragment):
    """A header fragment without markdown marks and outer spaces."""
    return MARKS.sub("", fragment.replace("<br>", " ")).strip()


def bare(s):
    """Lower case without diacritics ("Cộng hòa" -> "cong hoa"), for matching fixed words."""
    s = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def fragment_kind(fragment):
    """What one piece of a header is: motto, number, date, rule (a line of _), authority."""
    p = plain(fragment)
    if not p and fragment.strip():
        return "rule"
    if re.search(r"\bcong hoa xa hoi\b|\bdoc lap\b", bare(p)):
        return "motto"
    if re.match(r"Số\b", p):
        return "number"
    if re.search(r",\s*ngày\b|\bngày\s+\S*\s*tháng\b", p):
        return "date"
    return "authority"


class Header:
    """The header of a plan: authority block, motto block, number and date lines.

    `layout` is how the original lays it out: "table" (a markdown pipe table),
    "side_by_side" (two columns set apart by runs of spaces) or "stacked" (one column
    after the other, or interleaved line by line as a naive PDF copy gives it).
    """

    def __init__(self, lines):
        self.title = title_index(lines)
        if self.title is None:
            raise NotApplicable("no title line (KẾ HOẠCH) near the top")
        self.authority, self.motto, self.number, self.date = [], [], [], []
        self.layout = "stacked"
        for line in lines[:self.title]:
            if not line.strip() or re.match(r"^\s*\|?[\s:|-]+\|?\s*$", line) and "|" in line:
                continue
            if line.lstrip().startswith("|"):
                self.layout = "table"
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                for side, cell in zip(("left", "right"), cells):
                    for part in cell.split("<br>"):
                        self._add(part.strip(), side)
                continue
            gaps = sorted(re.finditer(r"\s{4,}", line.strip()), key=lambda g: -len(g.group()))
            if gaps:  # the widest run of spaces parts the columns ("Số:    /KH" is one)
                self.layout = "side_by_side"
                self._add(line.strip()[:gaps[0].start()], "left")
                self._add(line.strip()[gaps[0].end():], "right")
            else:
                indent = len(line) - len(line.lstrip())
                self._add(line.strip(), "right" if indent >= 20 else "left")
        if not self.authority or not self.motto:
            raise NotApplicable("no authority and motto blocks above the title")

    def _add(self, fragment, side):
        if not fragment:
            return
        kind = fragment_kind(fragment)
        if kind == "rule":
            kind = "motto" if side == "right" else "authority"
        elif kind == "authority" and side == "right":
            kind = "motto"
        {"authority": self.authority, "motto": self.motto, "number": self.number,
         "date": self.date}[kind].append(fragment)

    def tail(self):
        """The number and date as lines ("Số: …", "<place>, ngày …")."""
        return self.number + self.date


def rewrite_header(text, build):
    """Replace the header above the title with the lines `build(header)` returns."""
    lines = text.split("\n")
    header = Header(lines)
    return "\n".join(build(header) + [""] + lines[header.title:])


def is_table_row(line):
    """A pipe-table or tab-separated row."""
    return line.lstrip().startswith("|") or "\t" in line


def is_heading(line):
    """A numbered or markdown heading: short, no sentence punctuation after its number."""
    s = line.strip()
    if s.startswith("#"):
        return True
    m = NUMBERED.match(line)
    if not m:
        return s.isupper() and len(s) < 120
    rest = line[m.end():]
    return len(s) <= 120 and not re.search(r"[.;:]\s|[.;:]$|[.;:]\*\*", rest)


def plan_sets(record):
    """The criteria sets the original's extraction names (status, counts, targets)."""
    sets = set()
    for lst in ("criteria_status", "criteria_counts", "targets"):
        for r in record.get(lst) or []:
            if isinstance(r, dict) and r.get("criteria_set"):
                sets.add(r["criteria_set"])
    return sets


def load_catalogue(root):
    """{set: {number: (name, [aliases])}} from schemas/criteria/criteria.tsv."""
    cat = collections.defaultdict(dict)
    with open(os.path.join(root, "schemas", "criteria", "criteria.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            aliases = [a for a in (fields[3].split("|") if len(fields) > 3 else []) if a]
            cat[fields[0]][int(fields[1])] = (fields[2], aliases)
    return cat


def load_tcvn3(root):
    """Unicode character -> TCVN3 byte, from src/read/legacy_tables.inc (the reader's table)."""
    src = open(os.path.join(root, "src", "read", "legacy_tables.inc"), encoding="utf-8").read()
    body = re.search(r"kTcvn3Table\[256\]\s*=\s*\{(.*?)\};", src, re.S).group(1)
    values = [int(v, 16) for v in re.findall(r"0x([0-9A-Fa-f]+)", body)]
    inverse = {}
    for byte in range(0xFF, 0x7F, -1):  # the letters (0xA1-0xFF) win over punctuation
        if values[byte] != 0xFFFD and unicodedata.combining(chr(values[byte])) == 0:
            inverse.setdefault(chr(values[byte]), byte)
    return inverse


# ---------------------------------------------------------------------------------------
# The transformations. Each takes a Plan and returns the rewritten text (str, or bytes
# for a legacy encoding), or raises NotApplicable.

class Plan:
    """One original plan: its text, its original extraction and the project's tables."""

    def __init__(self, path, text, record, gold, context):
        self.path, self.text, self.record, self.gold = path, text, record, gold
        self.stem, self.ext = os.path.splitext(os.path.basename(path))
        self.context = context


def hard_wrap(plan):
    """Hard line breaks at 60-80 columns mid-sentence, as text copied from a PDF has them.

    Headings, table rows and lines laid out in columns (header, signature) stay whole;
    every other line longer than its width is cut at word boundaries, without indent.
    """
    rng = random.Random(plan.stem)
    lines = plan.text.split("\n")
    start = (title_index(lines) or 0) + 1
    out, wrapped = lines[:start], 0
    for line in lines[start:]:
        width = rng.randint(60, 80)
        if (len(line) <= width or is_table_row(line) or is_heading(line)
                or COLUMN_GAP.search(line)):
            out.append(line)
            continue
        out.extend(wrap(line.strip(), width))
        wrapped += 1
    if not wrapped:
        raise NotApplicable("no line longer than 60 columns")
    return "\n".join(out)


# A line that starts like this reads as a new item, not as a continuation.
ITEM_START = re.compile(r"^(?:[-–+•*]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s|[IVX]{1,4}\.\s)")


def wrap(line, width):
    """`line` cut at word boundaries into lines of at most `width` columns; a cut never
    leaves a continuation line starting like a list item ("- ", "2. ", "a) ")."""
    pieces = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
    for i in range(1, len(pieces)):
        while ITEM_START.match(pieces[i]) and " " in pieces[i - 1]:
            head, last = pieces[i - 1].rsplit(" ", 1)
            pieces[i - 1], pieces[i] = head, last + " " + pieces[i]
    return pieces


BASIS_OPENER = re.compile(r"^(\s*\*?(?:Căn cứ|Thực hiện|Theo)\b.*?\bsố:?)\s+(?=\d)")


def basis_break_after_so(plan):
    """Each basis line broken right after its first "số", the number opening the next line.

    A narrow column copied from a PDF or a web page cuts "Căn cứ Quyết định số" /
    "12/QĐ-UBND ngày …" there; the citation is the same.
    """
    lines, count = [], 0
    for line in plan.text.split("\n"):
        m = BASIS_OPENER.match(line)
        if m:
            lines.extend([m.group(1), line[m.end():]])
            count += 1
        else:
            lines.append(line)
    if not count:
        raise NotApplicable("no basis line citing a number")
    return "\n".join(lines)


def crlf(plan):
    """CRLF line endings, as a file saved on Windows has them."""
    return plan.text.replace("\r\n", "\n").replace("\n", "\r\n")


def nfd(plan):
    """Unicode NFD: every letter with a diacritic written as a base plus combining marks."""
    return unicodedata.normalize("NFD", plan.text)


def tcvn3(plan):
    """TCVN3 (ABC) bytes, the pre-Unicode Vietnamese encoding of .Vn fonts.

    The byte table is the reader's own (src/read/legacy_tables.inc, written by
    scripts/make_encoding_tables.py). Capitals with tone marks have no byte of their own
    in ABC: they are the lower-case bytes drawn with a capitals font (.VnTimeH), so they
    are written as such. A plan with a character ABC cannot write is n/a.
    """
    table = plan.context["tcvn3"]
    out, missing = bytearray(), set()
    for ch in unicodedata.normalize("NFC", plan.text):
        if ord(ch) < 0x80:
            out.append(ord(ch))
        elif ch in table:
            out.append(table[ch])
        elif ch.lower() in table:
            out.append(table[ch.lower()])
        else:
            missing.add(ch)
    if missing:
        raise NotApplicable("no TCVN3 byte for " + " ".join(sorted(repr(c) for c in missing)))
    return bytes(out)


def decimal_numbering(plan):
    """Section numbers I. / 1. / 1.1. / a) rewritten as 1. / 1.1. / 1.1.1. / 1.1.1.1.

    The value of every number is kept (part V stays 5, so a gap stays a gap); a level is
    prefixed with the numbers of the levels above it, as decimal outlines write them.
    """
    lines = plan.text.split("\n")
    roman, path, changed = None, [], 0
    for i, line in enumerate(lines):
        m = NUMBERED.match(line)
        if not m:
            continue
        if m.group("roman"):
            if m.group("roman") not in ROMAN:
                continue
            roman, path = ROMAN[m.group("roman")], []
            number = f"{roman}."
        elif roman is None:
            continue
        elif m.group("arabic"):
            path = m.group("arabic").split(".")
            number = f"{roman}." + ".".join(path) + "."
        else:
            k = LIST_LETTERS.find(m.group("letter")) + 1
            number = ".".join([str(roman)] + path + [str(k)]) + "."
        lines[i] = m.group("lead") + number + m.group("gap") + line[m.end():]
        changed += 1
    if roman is None or not changed:
        raise NotApplicable("no I., II. parts")
    return "\n".join(lines)


CRITERION_BY_NUMBER = re.compile(r"\b([Tt])iêu chí số(\s+\d{1,2})(?!\d)")


def criteria_as_tc(plan):
    """"tiêu chí số N" written "TC số N", the abbreviation commune staff use."""
    out, n = CRITERION_BY_NUMBER.subn(r"TC số\2", plan.text)
    if not n:
        raise NotApplicable('no "tiêu chí số N"')
    return out


def criteria_named(plan):
    """A criterion named by its number alone gets its catalogue name ("tiêu chí số 10 (Thu nhập)").

    Only for a plan whose records name one criteria set (the name must be that set's),
    and only where the number is not already followed by a name or by more numbers.
    """
    sets = plan_sets(plan.record)
    if len(sets) != 1:
        raise NotApplicable(f"{len(sets)} criteria sets")
    names = plan.context["catalogue"].get(next(iter(sets)), {})
    alone = re.compile(r"\b((?:[Tt]iêu chí|TC) số\s+(\d{1,2}))(?![\d.,]\d)(?!\d)"
                       r"(?!\s*(?:\(|\)|-|–|:|về\b|,\s*(?:số\s*)?\d|và\s+(?:số\s*)?\d))"
                       r"(?!\s+[A-ZĐÂĂÊÔƠƯ])")  # nor by a name written without a separator
    count = 0

    def named(m):
        nonlocal count
        entry = names.get(int(m.group(2)))
        if entry is None:
            return m.group(0)
        count += 1
        return f"{m.group(1)} ({entry[0]})"

    out = alone.sub(named, plan.text)
    if not count:
        raise NotApplicable("no criterion named by its number alone")
    return out


def criteria_number_only(plan):
    """A criterion named by number and name keeps only its number: "tiêu chí số 10".

    Drops " (Name)", " - Name", " về Name" and ": Name" when Name is the catalogue's name
    (or an alias) of that number in one of the plan's sets, the longest that fits, ending
    where the name ends (punctuation, line end, a cell, "và" and another criterion); a name
    that disagrees
    with its number is left, since it is itself a fact (a mismatch finding).
    """
    aliases = collections.defaultdict(set)
    for s in plan_sets(plan.record):
        for n, (name, more) in plan.context["catalogue"].get(s, {}).items():
            aliases[n].update(bare(a) for a in [name] + more)
    text, folded = plan.text, bare(plan.text)
    if len(folded) != len(text):
        raise NotApplicable("text not in NFC")  # bare() keeps offsets only of NFC text
    number = re.compile(r"\b(?:[Tt]iêu chí|TC) số\s+(\d{1,2})(?![\d.,]\d)(?!\d)"
                        r"(?P<sep>\s*\(\s*|\s+[-–]\s+|\s+về\s+)")
    cuts = []
    for m in number.finditer(text):
        q = m.end()
        for a in sorted(aliases.get(int(m.group(1)), ()), key=len, reverse=True):
            end = q + len(a)
            if not folded.startswith(a, q):
                continue
            if "(" in m.group("sep"):
                close = re.match(r"\s*\)", text[end:])
                if close:
                    cuts.append((m.start("sep"), end + close.end()))
                    break
            elif re.match(r"\s*(?:[;,.:)(*|]|$|\n|và\s+(?:các\s+)?(?:tiêu chí|TC|số)\b)",
                          text[end:]):
                cuts.append((m.start("sep"), end))
                break
    if not cuts:
        raise NotApplicable("no criterion named by number and catalogue name")
    for a, b in reversed(cuts):
        text = text[:a] + text[b:]
    return text


def header_stacked(plan):
    """The header's two columns one after the other: authority block, then motto block."""
    def build(h):
        if h.layout == "stacked":
            raise NotApplicable("header already stacked")
        return [plain_line(x) for x in h.authority] + [""] + \
               [plain_line(x) for x in h.motto] + [""] + [plain_line(x) for x in h.tail()]
    return rewrite_header(plan.text, build)


def header_side_by_side(plan):
    """The header as two columns set apart by spaces, as a typed text file lays it out."""
    def build(h):
        if h.layout == "side_by_side":
            raise NotApplicable("header already side by side")
        left = [plain_line(x) for x in h.authority]
        right = [plain_line(x) for x in h.motto]
        rows = []
        for i in range(max(len(left), len(right))):
            a = left[i] if i < len(left) else ""
            b = right[i] if i < len(right) else ""
            rows.append(f"{a:<40}{b}".rstrip() if a else " " * 40 + b)
        number = " ".join(plain_line(x) for x in h.number)
        date = " ".join(plain_line(x) for x in h.date)
        return rows + [""] + [f"{number:<40}{date}".rstrip()]
    return rewrite_header(plan.text, build)


def header_pipe_table(plan):
    """The header as a one-row markdown pipe table (plus the number and date row)."""
    def build(h):
        if h.layout == "table":
            raise NotApplicable("header already a table")
        def cell(xs):
            return "<br>".join(plain_line(x) for x in xs if plain(x))
        return [f"| {cell(h.authority)} | {cell(h.motto)} |", "|---|---|",
                f"| {cell(h.number)} | {cell(h.date)} |"]
    return rewrite_header(plan.text, build)


def header_web_cells(plan):
    """The header as legal-document websites flatten its two-column table into text.

    Each cell's lines come one after the other, a line holding only "|" ends a cell, and
    the narrow cells wrap their long lines ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM",
    "<place>, ngày 15" / "tháng 3 năm 2024").
    """
    def narrow(lines):
        return [piece for x in lines for piece in wrap(plain_line(x), 20)]

    def build(h):
        auth = [plain_line(x) for x in h.authority if plain(x)] + ["-------", "|"]
        motto = narrow(h.motto[:1]) + [plain_line(x) for x in h.motto[1:] if plain(x)]
        return (auth + motto + ["---------------", "|"] + [plain_line(x) for x in h.number]
                + ["|"] + narrow(h.date) + ["|"])
    return rewrite_header(plan.text, build)


def plain_line(fragment):
    """A header fragment as a plain line: no <br>, no bold or italic marks."""
    return re.sub(r"\*+", "", fragment.replace("<br>", " ")).strip()


DOC_KINDS = {"KH": "Kế hoạch", "QĐ": "Quyết định", "BC": "Báo cáo", "NQ": "Nghị quyết",
             "CV": "Công văn", "TTr": "Tờ trình"}
LEVEL_WORDS = {"commune": "xã", "district": "huyện", "province": "tỉnh"}


def web_metadata(plan):
    """A legal-document website's page title and metadata block above the header.

    Such sites print the document's kind, number and a short title as the page title,
    then "Số hiệu:", "Loại văn bản:", "Nơi ban hành:", "Người ký:", "Ngày ban hành:" …
    two fields to a line, over the document they reproduce. The values are the ones the
    original's extraction read (a value it did not read is "Đang cập nhật", as they write).
    """
    doc = plan.record.get("document") or {}
    unknown = "Đang cập nhật"
    kind = DOC_KINDS.get(doc.get("doc_type"), "Văn bản")
    issuer = doc.get("issuer") or {}
    level = LEVEL_WORDS.get(issuer.get("level"), "")
    place = f"{level.capitalize()} {issuer['name']}".strip() if issuer.get("name") else unknown
    date = doc.get("issue_date")
    date = "/".join(reversed(date.split("-"))) if date else unknown
    signer = (doc.get("signer") or {}).get("name") or unknown
    title = doc.get("title") or ""
    page_title = " ".join(x for x in (kind, doc.get("doc_number") or "",
                                      title[:1].lower() + title[1:80]) if x)
    block = [page_title, "",
             f"Số hiệu: {doc.get('doc_number') or unknown} Loại văn bản: {kind}",
             f"Nơi ban hành: {place} Người ký: {signer}",
             f"Ngày ban hành: {date} Ngày hiệu lực: Đã biết",
             f"Ngày công báo: {unknown} Số công báo: {unknown}",
             "Tình trạng: Đã biết",
             ""]
    return "\n".join(block) + "\n" + plan.text.lstrip("\n")


STATUS_WORDS = re.compile(r"^\s*(chưa đạt|đạt|không đạt|cơ bản đạt)\s*\.?\s*$", re.I)


def status_table_to_list(plan):
    """A status table (criterion, result) rewritten as a list: "- Tiêu chí số N (name): Đạt."

    A pipe or tab table whose header names a criterion column and a result column and
    whose rows are all "Đạt"/"Chưa đạt"; a note column goes in parentheses.
    """
    lines = plan.text.split("\n")
    out, i, done = [], 0, 0
    while i < len(lines):
        j = i
        while j < len(lines) and is_table_row(lines[j]):
            j += 1
        block = lines[i:j]
        listed = status_rows(block) if len(block) >= 3 else None
        if listed:
            out.extend(listed)
            done += 1
            i = j
        else:
            out.extend(block or [lines[i]])
            i = max(j, i + 1)
    if not done:
        raise NotApplicable("no status table")
    return "\n".join(out)


def status_rows(block):
    """The list lines for one table block, or None when it is not a status table."""
    def cells(line):
        if "\t" in line and not line.lstrip().startswith("|"):
            return [c.strip() for c in line.split("\t")]
        return [c.strip() for c in line.strip().strip("|").split("|")]
    head = [re.sub(r"\s+", " ", unicodedata.normalize("NFC", plain(c)).casefold())
            for c in cells(block[0])]
    col = {}
    for k, h in enumerate(head):
        if h in ("stt", "tt", "số tt", "số thứ tự"):
            col.setdefault("no", k)
        elif re.search(r"kết quả|đánh giá|tình trạng|hiện trạng", h):
            col.setdefault("status", k)
        elif "tiêu chí" in h:
            col.setdefault("name", k)
        elif "ghi chú" in h:
            col.setdefault("note", k)
    if "name" not in col or "status" not in col:
        return None
    rows = [cells(r) for r in block[1:] if not re.match(r"^\s*\|?[\s:|-]+\|?\s*$", r)]
    out = []
    for r in rows:
        if len(r) <= max(col.values()) or not STATUS_WORDS.match(r[col["status"]]):
            return None
        name = r[col["name"]]
        m = re.match(r"(?:tiêu chí\s+)?(?:số\s+)?(\d{1,2})\s*[-–.:]?\s*(.*)$", name, re.I)
        number, name = (m.group(1), m.group(2)) if m else (r[col["no"]] if "no" in col else "",
                                                           name)
        if not number.isdigit():
            return None
        status = r[col["status"]].strip().rstrip(".")
        status = status[0].upper() + status[1:]
        note = r[col["note"]] if "note" in col else ""
        out.append(f"- Tiêu chí số {number} ({name}): {status}" + (f" ({note})." if note else "."))
    return out or None


def place_spelling(plan):
    """An ethnic-minority place name written with its syllables joined or split.

    Only names whose gazetteer spelling the plan's gold gives (its locality, issuer and
    record subjects): a name the text writes joined where the gazetteer splits it ("Ia
    Êlôp" / "Ia Ê Lôp") is split, a split one with a lone-vowel syllable is joined; "Đắk"
    and "Đăk" are swapped. Upper-case header forms follow.
    """
    doc = plan.gold.get("document") or {}
    names = {v for v in (doc.get("locality") or {}).values() if v}
    names.add((doc.get("issuer") or {}).get("name"))
    for lst in ("criteria_status", "criteria_counts", "targets", "tasks"):
        names.update(r.get("subject") for r in plan.gold.get(lst) or []
                     if isinstance(r, dict) and r.get("subject"))
    text, changed = plan.text, []
    for gaz in sorted(filter(None, names), key=len, reverse=True):
        for written, other in spellings(text, gaz):
            for a, b in ((written, other), (written.upper(), other.upper())):
                if a in text:
                    text = re.sub(r"(?<!\w)" + re.escape(a) + r"(?!\w)", b, text)
            changed.append(f"{written} -> {other}")
    if not changed:
        raise NotApplicable("no place name with another spelling")
    return text


def spellings(text, gaz):
    """(as written in text, other spelling) pairs for one gazetteer name."""
    out = []
    squeezed = re.sub(r"\s+", "", gaz).casefold()
    for m in re.finditer(r"(?<!\w)" + r"\s*".join(re.escape(c) for c in gaz.replace(" ", ""))
                         + r"(?!\w)", text, re.I):
        written = m.group(0)
        if written != gaz and written.casefold().replace(" ", "") == squeezed \
                and written.upper() != written:
            out.append((written, gaz))
            break
    if not out and gaz in text:
        syl = gaz.split()
        joined = []
        for s in syl:
            if joined and len(joined[-1]) == 1 and joined[-1].upper() in "AĂÂEÊIOÔƠUƯY":
                joined[-1] += s.lower()
            else:
                joined.append(s)
        if len(joined) < len(syl):
            out.append((gaz, " ".join(joined)))
        elif "Đắk" in syl or "Đăk" in syl:
            out.append((gaz, gaz.replace("Đắk", "\0").replace("Đăk", "Đắk").replace("\0", "Đăk")))
    return out


TRANSFORMS = [hard_wrap, basis_break_after_so, crlf, nfd, tcvn3, decimal_numbering, criteria_as_tc, criteria_named,
              criteria_number_only, header_stacked, header_side_by_side, header_pipe_table,
              header_web_cells, web_metadata, status_table_to_list, place_spelling]


# ---------------------------------------------------------------------------------------
# Running ntmx and comparing facts.

def find_plans(root):
    """(path, gold) of every original plan with a gold file, sorted by path."""
    plans = []
    for folder in FOLDERS:
        for name in sorted(os.listdir(os.path.join(root, folder))):
            stem, ext = os.path.splitext(name)
            if ext not in TEXT_EXTENSIONS or stem.endswith(VARIANT_ENDINGS):
                continue
            gold = os.path.join(root, "corpus", "gold", stem + ".json")
            if os.path.exists(gold):
                plans.append((os.path.join(root, folder, name),
                              json.load(open(gold, encoding="utf-8"))))
    return plans


def extract(ntmx, paths):
    """{file stem: record} for `paths`, from one `ntmx extract` call."""
    if not paths:
        return {}
    run = subprocess.run([ntmx, "extract", "-q", "--format", "jsonl"] + paths,
                         capture_output=True, text=True)
    if run.returncode != 0 and not run.stdout.strip():
        sys.exit(f"ntmx extract exit {run.returncode}: {run.stderr.strip()[:500]}")
    out = {}
    for line in run.stdout.splitlines():
        if line.strip():
            obj = json.loads(line)
            out[score.stem(obj.get("source", ""))] = obj
    return out


def facts(gold, record):
    """The referee's keys `record` shares with `gold`: its true positives, as a multiset."""
    out = collections.Counter()
    for lst in gold.get("annotated", []):
        shared = score.keys_for(lst, gold.get(lst)) & score.keys_for(lst, record.get(lst))
        for key, n in shared.items():
            out[(lst,) + key] = n
    gdoc, pdoc = gold.get("document") or {}, record.get("document") or {}
    for f in score.DOC_FIELDS:
        gv, pv = score.get(gdoc, f), score.get(pdoc, f)
        same = score.num(gv) == score.num(pv) if f == "year" else score.fold(gv) == score.fold(pv)
        if same:
            out[("document", f, score.fold(gv))] = 1
    return out


def run_all(args):
    """Extract the originals once, then run every (or every --only) transformation."""
    plans = find_plans(args.root)
    if not plans:
        sys.exit("no plan with gold found under " + ", ".join(FOLDERS))
    originals = extract(args.ntmx, [p for p, _ in plans])
    context = {"tcvn3": load_tcvn3(args.root), "catalogue": load_catalogue(args.root)}
    base = {}
    objs = []
    for path, gold in plans:
        stem = os.path.splitext(os.path.basename(path))[0]
        text = open(path, encoding="utf-8").read()
        record = originals.get(stem, {})
        objs.append(Plan(path, text, record, gold, context))
        base[stem] = facts(gold, record)
    only = set(args.only.split(",")) if args.only else None
    unknown = (only or set()) - {t.__name__ for t in TRANSFORMS}
    if unknown:
        sys.exit("no transformation named " + ", ".join(sorted(unknown)))
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for transform in TRANSFORMS:
            if only and transform.__name__ not in only:
                continue
            results.append(run_transform(args, transform, objs, base, tmp))
    return results


def run_transform(args, transform, plans, base, tmp):
    """Rewrite every plan with `transform`, extract them in one call, count kept facts."""
    folder = os.path.join(tmp, transform.__name__)
    os.mkdir(folder)
    written, na = [], {}
    for plan in plans:
        try:
            out = transform(plan)
        except NotApplicable as e:
            na[plan.stem] = str(e)
            continue
        path = os.path.join(folder, plan.stem + plan.ext)
        with open(path, "wb") as f:
            f.write(out if isinstance(out, bytes) else out.encode("utf-8"))
        written.append((plan, path))
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
        for plan, path in written:
            dest = os.path.join(args.keep, transform.__name__)
            os.makedirs(dest, exist_ok=True)
            with open(path, "rb") as src, open(os.path.join(dest, os.path.basename(path)),
                                               "wb") as dst:
                dst.write(src.read())
    got = extract(args.ntmx, [p for _, p in written])
    kept = total = 0
    lost = {}
    for plan, _ in written:
        want = base[plan.stem]
        have = facts(plan.gold, got.get(plan.stem, {}))
        k = sum((want & have).values())
        kept += k
        total += sum(want.values())
        if want - have:
            lost[plan.stem] = sorted((want - have).elements(), key=str)
    return {"name": transform.__name__, "plans": len(written), "na": na, "kept": kept,
            "total": total, "lost": lost}


def report(results, min_share, verbose):
    """Print the table; return the names of transformations below `min_share`."""
    print(f"{'transformation':<22}{'plans':>6}{'n/a':>5}{'kept / facts':>16}{'share':>8}")
    below, under95 = [], []
    for r in results:
        if r["plans"] == 0:
            print(f"{r['name']:<22}{0:>6}{len(r['na']):>5}{'n/a':>16}{'n/a':>8}")
            continue
        share = r["kept"] / r["total"] if r["total"] else 1.0
        print(f"{r['name']:<22}{r['plans']:>6}{len(r['na']):>5}"
              f"{r['kept']:>8} / {r['total']:<5}{share:>8.3f}")
        if share < min_share:
            below.append(f"{r['name']} {share:.3f}")
        if share < 0.95:
            under95.append(r["name"])
    kept = sum(r["kept"] for r in results)
    total = sum(r["total"] for r in results)
    if total:
        print(f"{'all':<22}{'':>11}{kept:>8} / {total:<5}{kept / total:>8.3f}")
    if under95:
        print("below 0.95: " + ", ".join(under95))
    for r in results:
        by_list = collections.Counter(k[0] for keys in r["lost"].values() for k in keys)
        if by_list:
            print(f"{r['name']} lost by list: "
                  + ", ".join(f"{lst} {n}" for lst, n in by_list.most_common()))
    for r in results:
        for stem, why in sorted(r["na"].items()):
            if verbose:
                print(f"{r['name']}: {stem}: n/a ({why})")
        for stem, keys in sorted(r["lost"].items()):
            by_list = collections.Counter(k[0] for k in keys)
            print(f"{r['name']}: {stem}: lost {len(keys)} ("
                  + ", ".join(f"{lst} {n}" for lst, n in by_list.most_common()) + ")")
            if verbose:
                for k in keys:
                    print(f"    {k}")
    return below


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ntmx", required=True)
    ap.add_argument("--root", required=True, help="the repository root")
    ap.add_argument("--min-share", type=float, default=0.95,
                    help="exit 1 when a transformation keeps less than this share of facts")
    ap.add_argument("--only", help="comma-separated transformation names to run")
    ap.add_argument("--keep", help="copy the rewritten plans into this folder")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list every lost fact and every n/a reason")
    args = ap.parse_args()
    below = report(run_all(args), args.min_share, args.verbose)
    if below:
        print("FAILED: below " + f"{args.min_share}: " + ", ".join(below), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
