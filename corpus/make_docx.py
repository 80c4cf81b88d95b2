#!/usr/bin/env python3
"""Makes the Word fixtures corpus/docx/<name>.docx from the text plans they copy.

One .docx per seed (corpus/seeds/*.txt) and per dev plan (corpus/dev/h0N_*.txt, not the
encoding variants), laid out as an office types a plan in Word:
  * the header (issuer and "Số:" on the left, the national motto and "place, ngày ..." on
    the right) and the closing (recipients left, signature right) as borderless
    two-column tables;
  * section numbers ("I.", "1.", "2.1.", "a)") and "-" bullets as Word's automatic
    numbering (w:numPr + numbering.xml), removed from the paragraph's text; where the
    written numbers skip or restart, a new w:num with a w:startOverride restarts the
    list there, and a number automatic numbering cannot produce stays typed;
  * pipe tables as w:tbl with borders (style TableGrid), a w:gridSpan and w:vMerge on
    empty cells so that the table reads as before;
  * each "¹ ..." note of the text as a real footnote at its marker;
  * one tracked insertion (w:ins around a word that is in the text) and one tracked
    deletion (w:del of words that are not), a comment, a hidden run (w:vanish), a
    field around a word (w:instrText + its shown result), and a PAGE field in the footer.
The text a reader sees in Word is the text of the original, so each fixture should
score as its original does (tests/e2e/check_formats.py).

And corpus/legacy/tcvn3-docx/: seed 001 typed in a TCVN3 font (.VnTime), as Word stores
such text: each TCVN3 byte as the Windows-1252 character of that code ("KÕ ho¹ch"), which
the reader must repair like a legacy .txt.

Standard library only (zipfile + hand-written OOXML): python-docx is not a Debian
package here. Run from anywhere: corpus/make_docx.py
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.abspath(__file__))
SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
DATE = "2024-01-01T00:00:00Z"

# --- numbering --------------------------------------------------------------------

# The sections list: level -> (format, lvlText).
SECTION_LEVELS = [("upperRoman", "%1."), ("decimal", "%2."), ("decimal", "%2.%3."),
                  ("decimal", "%2.%3.%4."), ("lowerLetter", "%5)")]
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def fmt(n, kind):
    if kind == "upperRoman":
        out = ""
        for v, d in ROMAN:
            while n >= v:
                out, n = out + d, n - v
        return out
    if kind == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return str(n)


def label_level(label):
    """The list level a written label belongs to, or None."""
    if re.fullmatch(r"[IVX]+\.", label):
        return 0
    if re.fullmatch(r"[1-9]\d?(\.[1-9]\d?){0,2}\.", label):
        return label.count(".")
    if re.fullmatch(r"[a-z]\)", label):
        return 4
    return None


class Sections:
    """Simulates Word's counters (as src/read/docx_numbering.cc renders them) to decide
    which w:num a numbered paragraph uses, restarting the list where the text does."""

    def __init__(self):
        self.values = [0] * 9
        self.started = [False] * 9
        self.nums = []  # (numId, level, start) of each restart; numId 1 has none
        self.current = 1

    def render(self, level, values, started):
        fmt_, text = SECTION_LEVELS[level]
        def sub(m):
            l = int(m.group(1)) - 1
            n = values[l] if started[l] else 1
            return fmt(n, SECTION_LEVELS[l][0])
        return re.sub(r"%(\d)", sub, text)

    def use(self, level, label):
        """The numId for a paragraph written with `label` at `level`, or None."""
        for restart in (False, True):
            values, started = list(self.values), list(self.started)
            if restart:
                want = re.findall(r"[IVX]+|\d+|[a-z]", label)[-1]
                n = (dict((fmt(i, "upperRoman"), i) for i in range(1, 40)).get(want) if level == 0
                     else ord(want) - 96 if level == 4 else int(want))
                values[level], started[level] = n, True
            else:
                values[level] = values[level] + 1 if started[level] else 1
                started[level] = True
            if self.render(level, values, started) == label:
                for l in range(level + 1, 9):
                    started[l] = False
                self.values, self.started = values, started
                if restart:
                    self.current = 2 + len(self.nums)
                    self.nums.append((self.current, level, values[level]))
                return self.current
        return None


def numbering_xml(sections):
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{f}"/>'
        f'<w:lvlText w:val="{t}"/><w:suff w:val="space"/><w:lvlJc w:val="left"/></w:lvl>'
        for i, (f, t) in enumerate(SECTION_LEVELS))
    nums = '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
    for num_id, level, start in sections.nums:
        nums += (f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="1"/>'
                 f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{start}"/>'
                 f'</w:lvlOverride></w:num>')
    bullets = ('<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
               '<w:numFmt w:val="bullet"/><w:lvlText w:val="-"/><w:suff w:val="space"/>'
               '</w:lvl></w:abstractNum>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>'
            f'<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>{levels}'
            f'</w:abstractNum>{bullets}{nums}<w:num w:numId="900"><w:abstractNumId w:val="2"/>'
            '</w:num></w:numbering>')


BULLET_NUM = 900

# --- runs and paragraphs ----------------------------------------------------------


def run(text, bold=False, italic=False, extra=""):
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + extra
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    parts = text.split("\t")
    body = '<w:tab/>'.join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in parts)
    return f"<w:r>{rpr}{body}</w:r>"


class Doc:
    def __init__(self):
        self.notes = {}      # marker -> note text
        self.note_ids = []   # footnote texts in id order
        self.sections = Sections()
        self.tracked = False
        self.field = False

    def inline(self, text, bold=False):
        """Markdown bold/italic -> runs; note markers -> footnote references."""
        out = []
        text = text.replace("\\*", "\0")
        for part in re.split(r"(\*\*\*[^*]+\*\*\*|\*\*[^*]+\*\*|\*[^*\s][^*]*\*)", text):
            if not part:
                continue
            b, i, t = bold, False, part
            if part.startswith("***") and part.endswith("***") and len(part) > 6:
                b, i, t = True, True, part[3:-3]
            elif part.startswith("**") and part.endswith("**") and len(part) > 4:
                b, t = True, part[2:-2]
            elif part.startswith("*") and part.endswith("*") and len(part) > 2:
                i, t = True, part[1:-1]
            t = t.replace("**", "").replace("\0", "*")
            for piece in re.split("([" + SUPERSCRIPTS + "])", t):
                if piece and piece in self.notes and piece not in self.used_markers:
                    self.used_markers.add(piece)
                    self.note_ids.append(self.notes[piece])
                    out.append('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                               f'<w:footnoteReference w:id="{len(self.note_ids)}"/></w:r>')
                elif piece:
                    out.append(run(piece, b, i))
        return "".join(out)

    def paragraph(self, text, center=False, bold=False, numbered=True):
        ppr = ""
        m = re.match(r"^(\*{0,3})((?:[IVX]+\.)|(?:\d{1,2}(?:\.\d{1,2}){0,2}\.)|(?:[a-z]\))|-) (?=\S)(.*)$",
                     text)
        if numbered and m:
            label, rest = m.group(2), m.group(1) + m.group(3)
            if label == "-":
                ppr, text = (f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{BULLET_NUM}"/>'
                             "</w:numPr>"), rest
            else:
                level = label_level(label)
                num = self.sections.use(level, label) if level is not None else None
                if num is not None:
                    ppr, text = (f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/>'
                                 "</w:numPr>"), rest
        if center:
            ppr += '<w:jc w:val="center"/>'
        body = self.inline(text, bold)
        if not self.tracked and not center and len(text) > 60 and " " in text and not m:
            # One tracked insertion (a word of the text, inserted) and one deletion
            # (words that are not in the text, deleted), as a reviewed draft has them.
            self.tracked = True
            head, word = text.rsplit(" ", 1)
            body = (self.inline(head + " ", bold) +
                    f'<w:del w:id="91" w:author="Văn thư" w:date="{DATE}"><w:r>'
                    '<w:delText xml:space="preserve">dự thảo lần 2 </w:delText></w:r></w:del>'
                    f'<w:ins w:id="92" w:author="Văn thư" w:date="{DATE}">{self.inline(word, bold)}'
                    "</w:ins>"
                    '<w:commentRangeStart w:id="0"/><w:commentRangeEnd w:id="0"/>'
                    '<w:r><w:commentReference w:id="0"/></w:r>'
                    '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> (ghi chú ẩn của '
                    'người soạn)</w:t></w:r>')
        elif self.tracked and not self.field and not center and len(text) > 60 and not m \
                and " " in text and not any(c in text for c in SUPERSCRIPTS + "*"):
            # A field whose shown result is the paragraph's first word.
            self.field = True
            word, tail = text.split(" ", 1)
            body = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                    '<w:r><w:instrText xml:space="preserve"> DOCPROPERTY "Subject" </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run(word, bold) +
                    '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + self.inline(" " + tail, bold))
        return f"<w:p><w:pPr>{ppr}</w:pPr>{body}</w:p>" if ppr else f"<w:p>{body}</w:p>"

    def cell(self, lines, width, borders=True, merge="", span=1):
        tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
        if span > 1:
            tcpr += f'<w:gridSpan w:val="{span}"/>'
        if merge:
            tcpr += '<w:vMerge w:val="restart"/>' if merge == "restart" else "<w:vMerge/>"
        paras = "".join(self.paragraph(t, center=not borders, bold=b, numbered=False)
                        for t, b in lines) or "<w:p/>"
        return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{paras}</w:tc>"

    def layout_table(self, left, right):
        none = "".join(f'<w:{s} w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
                       for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        return ('<w:tbl><w:tblPr><w:tblW w:w="9600" w:type="dxa"/>'
                f"<w:tblBorders>{none}</w:tblBorders></w:tblPr>"
                '<w:tblGrid><w:gridCol w:w="3800"/><w:gridCol w:w="5800"/></w:tblGrid>'
                f"<w:tr>{self.cell(left, 3800, False)}{self.cell(right, 5800, False)}</w:tr></w:tbl>")

    def data_table(self, rows):
        cols = max(len(r) for r in rows)
        rows = [r + [""] * (cols - len(r)) for r in rows]
        width = 9600 // cols
        # One horizontal merge: the first row (after the header) whose last cell is
        # empty spans its second-to-last cell over it. Then vertical merges down runs of
        # empty cells in the last column.
        span_row = next((i for i in range(1, len(rows)) if rows[i][-1] == "" and rows[i][-2]), None)
        out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9600" w:type="dxa"/>'
               '<w:tblBorders>' + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                                          for s in ("top", "left", "bottom", "right", "insideH",
                                                    "insideV")) + "</w:tblBorders></w:tblPr><w:tblGrid>"
               + f'<w:gridCol w:w="{width}"/>' * cols + "</w:tblGrid>"]
        for i, row in enumerate(rows):
            cells = []
            for j, text in enumerate(row):
                if i == span_row and j == cols - 1:
                    continue
                merge = ""
                if j == cols - 1 and text == "" and i > 0 and i != span_row:
                    above = rows[i - 1][j] == "" and i - 1 > 0 and i - 1 != span_row
                    merge = "continue" if above else "restart"
                span = 2 if i == span_row and j == cols - 2 else 1
                cells.append(self.cell([(text, i == 0)] if text else [], width * span,
                                       merge=merge, span=span))
            out.append("<w:tr>" + "".join(cells) + "</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)


# --- the plan's text into blocks ----------------------------------------------------

def split_columns(line):
    """A line typed as two spaced columns: split at the wide gap (a blank left for a
    number, "Số:      /KH-UBND", is narrower and stays)."""
    return [p.strip() for p in re.split(r"\s{10,}|\t", line.strip()) if p.strip()]


def header_columns(lines):
    left, right = [], []
    for l in lines:
        parts = split_columns(l)
        if len(parts) == 2:
            left.append(parts[0])
            right.append(parts[1])
            continue
        if not parts:
            continue
        l = parts[0]
        m = re.match(r"^(Số:\s*\S+(?: - \S+)?)\s+([^\s/][^,/]*, ngày.*)$", l)
        if m:
            left.append(m.group(1))
            right.append(m.group(2))
        elif re.search(r"CỘNG HO|Độc lập|, ngày|^\*?[^,]*ngày .* năm", l, re.I) or (
                right and re.fullmatch(r"_+", l) and len(right) > len(left)):
            right.append(l)
        else:
            left.append(l)
    unbold = lambda s: (s.replace("**", "").replace("*", "").strip(), "**" in s)
    return [unbold(x) for x in left], [unbold(x) for x in right]


def closing_columns(lines):
    left, right = [], []
    recipients = True
    for l in lines:
        l = re.sub(r"^#+\s*", "", l)
        parts = split_columns(l)
        if not parts:
            if left and right:
                recipients = False
            continue
        if len(parts) == 2:
            left.append(parts[0])
            right.append(parts[1])
            continue
        t = parts[0]
        plain = t.replace("*", "").strip()
        if recipients and (plain.startswith(("Nơi nhận", "-", "+")) or not left):
            left.append(t)
        elif l.startswith(" " * 10) and len(l) - len(l.lstrip()) > 10:
            right.append(t)
        else:
            recipients = False
            right.append(t)
    unbold = lambda s: (s.replace("**", "").replace("*", "").strip(), "**" in s)
    return [unbold(x) for x in left], [unbold(x) for x in right]


def body_xml(text, doc):
    lines = [l.rstrip() for l in text.splitlines()]
    plain = [re.sub(r"^#+\s*", "", l.strip()) for l in lines]
    title_at = next(i for i, l in enumerate(plain) if l.replace("*", "").upper() == "KẾ HOẠCH")
    closing_at = max((i for i, l in enumerate(plain) if l.replace("*", "").startswith("Nơi nhận")),
                     default=len(lines))
    # Notes: "¹ text" lines; their markers are the last ones before them.
    body = lines[title_at:closing_at]
    doc.notes = {}
    for l in body:
        s = l.strip()
        if s and s[0] in SUPERSCRIPTS and len(s) > 2:
            doc.notes[s[0]] = s[1:].strip()
    doc.used_markers = set()
    out = []
    left, right = header_columns(lines[:title_at])
    out.append(doc.layout_table(left, right))
    in_title = True
    table = []
    for raw in body:
        l = re.sub(r"^#+\s*", "", raw.strip())
        if l.startswith("|"):
            cells = [c.strip() for c in l.strip().strip("|").split("|")]
            if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                table.append(cells)
            continue
        if table:
            out.append(doc.data_table(table))
            table = []
        if not l:
            continue
        if l[0] in SUPERSCRIPTS and l[0] in doc.notes:
            continue  # a footnote, written at its marker
        if in_title and l.replace("*", "").startswith(("Căn cứ", "Thực hiện", "Triển khai", "Sau khi")) \
                and len(l) > 60:
            in_title = False
        if in_title:
            out.append(doc.paragraph(l.replace("*", ""), center=True, bold=True, numbered=False))
            continue
        heading = raw.lstrip().startswith("#")
        out.append(doc.paragraph(l, bold=heading and "**" not in l))
    if table:
        out.append(doc.data_table(table))
    left, right = closing_columns(lines[closing_at:])
    if left or right:
        out.append(doc.layout_table(left, right))
    return "".join(out)


# --- the package ------------------------------------------------------------------

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/></w:style>
</w:styles>"""

FOOTER = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}><w:p><w:pPr>'
          '<w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE '
          '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
          '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>')

COMMENTS = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W}>'
            f'<w:comment w:id="0" w:author="Phó chủ tịch" w:date="{DATE}"><w:p><w:r>'
            '<w:t>Đề nghị rà soát lại số liệu.</w:t></w:r></w:p></w:comment></w:comments>')

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>"""


def footnotes_xml(doc):
    notes = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
             '</w:r></w:p></w:footnote>')
    for i, text in enumerate(doc.note_ids, 1):
        notes += (f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                  '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                  f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{doc.inline(text)}</w:p></w:footnote>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{notes}</w:footnotes>'


def make_docx(text, path, legacy=None):
    """legacy: a function applied to the XML of the text parts (document, footnotes)."""
    doc = Doc()
    body = body_xml(text, doc)
    sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rId5"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
            'w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}>'
                f"<w:body>{body}{sect}</w:body></w:document>")
    footnotes = footnotes_xml(doc)
    styles = STYLES
    if legacy:
        document, footnotes = legacy(document), legacy(footnotes)
        styles = STYLES.replace("Times New Roman", ".VnTime")
    fixed = (1980, 1, 1, 0, 0, 0)  # reproducible archives
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/_rels/document.xml.rels", DOC_RELS),
                           ("word/document.xml", document), ("word/styles.xml", styles),
                           ("word/numbering.xml", numbering_xml(doc.sections)),
                           ("word/footnotes.xml", footnotes),
                           ("word/comments.xml", COMMENTS), ("word/footer1.xml", FOOTER)]:
            z.writestr(zipfile.ZipInfo(name, fixed), data, zipfile.ZIP_DEFLATED)


def main():
    out_dir = os.path.join(ROOT, "docx")
    os.makedirs(out_dir, exist_ok=True)
    sources = [os.path.join(ROOT, "seeds", f) for f in sorted(os.listdir(os.path.join(ROOT, "seeds")))
               if f.endswith(".txt")]
    sources += [os.path.join(ROOT, "dev", f) for f in sorted(os.listdir(os.path.join(ROOT, "dev")))
                if re.fullmatch(r"h0\d_[a-z_]+\.txt", f) and not re.search(r"_(tcvn3|garbled|nfd)\.txt$", f)]
    for src in sources:
        stem = os.path.basename(src)[:-4]
        make_docx(open(src, encoding="utf-8").read(), os.path.join(out_dir, stem + ".docx"))
        print(f"corpus/docx/{stem}.docx")
    from make_fixtures import LEGACY_SEEDS, encode_tcvn3, tcvn3_map
    table = tcvn3_map()
    legacy_dir = os.path.join(ROOT, "legacy", "tcvn3-docx")
    os.makedirs(legacy_dir, exist_ok=True)
    stem = LEGACY_SEEDS[0]
    make_docx(open(os.path.join(ROOT, "seeds", stem + ".txt"), encoding="utf-8").read(),
              os.path.join(legacy_dir, stem + ".docx"),
              legacy=lambda xml: encode_tcvn3(xml, table).decode("cp1252", errors="replace"))
    print(f"corpus/legacy/tcvn3-docx/{stem}.docx")


if __name__ == "__main__":
    main()
