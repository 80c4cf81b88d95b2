#!/usr/bin/env python3
"""Makes the PDF and legacy-encoding fixtures of corpus/ from corpus/seeds/.

PDF (corpus/pdf/NNN_<hash>.pdf, one per seed): each seed is laid out the way an office
types a plan in a word processor -- a two-column header table (issuer and "Số:" on the
left, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" and the place and
date on the right), the body as justified paragraphs, each "¹ …" note of the seed as a
real footnote at its marker, a running header and a "Trang N" footer on every page -- as
a flat ODF text (.fodt) that LibreOffice (Debian's libreoffice-writer-nogui) prints to PDF.

Legacy (corpus/legacy/tcvn3/NNN_<hash>.txt and corpus/legacy/vni/, for two seeds): the seed's bytes
in TCVN3 (ABC) and VNI-Windows, as those keyboards store them. TCVN3 has no capitals with
tone marks: like the .VnTimeH fonts, a capital with a tone is written with the lower-case
code (the reader re-cases such words).

And corpus/legacy/tcvn3-pdf/: one seed printed in a TCVN3 font with no Unicode map, so
its text layer is mojibake ("KÕ ho¹ch").

Only needed to regenerate the committed fixtures, not to build or test:
    apt-get install -y --no-install-recommends libreoffice-writer-nogui
    corpus/make_fixtures.py
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(ROOT, "seeds")
LEGACY_SEEDS = ["001_69c2c6e4fde7b3b3", "004_900349470cd22162"]
SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹"

FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="DejaVu Serif" fo:font-size="12pt" fo:language="vi" fo:country="VN"/>
 </style:default-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm"
   fo:margin-bottom="1.5cm" fo:margin-left="3cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="CB" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="HB" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="CI" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
 <style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm" fo:margin-bottom="0.15cm"/></style:style>
 <style:style style:name="FN" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>
 <style:style style:name="ColA" style:family="table-column"><style:table-column-properties style:column-width="6.4cm"/></style:style>
 <style:style style:name="ColB" style:family="table-column"><style:table-column-properties style:column-width="9.6cm"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Small">Kế hoạch xây dựng nông thôn mới</text:p></style:header>
  <style:footer><text:p text:style-name="Small">Trang <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""
FODT_TAIL = "</office:text></office:body></office:document>\n"


ESCAPED_STAR = "\u0000"


def inline(text):
    """Markdown bold/italic of the seed -> ODF spans; everything else escaped. A
    markdown escape ("\\*") is a literal character, not a mark."""
    out = []
    text = text.replace("\\*", ESCAPED_STAR)
    for part in re.split(r"(\*\*[^*]+\*\*|\*[^*\s][^*]*\*)", text):
        if part.startswith("**") and part.endswith("**") and len(part) > 4:
            out.append(f'<text:span text:style-name="B">{escape(part[2:-2])}</text:span>')
        elif part.startswith("*") and part.endswith("*") and len(part) > 2:
            out.append(f'<text:span text:style-name="I">{escape(part[1:-1])}</text:span>')
        else:
            out.append(escape(part))
    return "".join(out).replace(ESCAPED_STAR, "*")


def cell(lines):
    body = "".join(f'<text:p text:style-name="{s}">{inline(t)}</text:p>' for s, t in lines)
    return f'<table:table-cell office:value-type="string">{body}</table:table-cell>'


def to_fodt(seed_text):
    lines = [l.strip() for l in seed_text.splitlines()]
    lines = [re.sub(r"^#+\s*", "", l) for l in lines]
    # Header: every line before the KẾ HOẠCH title goes into the two-column table.
    title_at = next(i for i, l in enumerate(lines) if re.sub(r"\*", "", l).upper() == "KẾ HOẠCH")
    left = [("HB", "ỦY BAN NHÂN DÂN"), ("C", "-------")]
    right = [("HB", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("HB", "Độc lập - Tự do - Hạnh phúc"),
             ("C", "---------------")]
    for l in lines[:title_at]:
        if not l:
            continue
        m = re.match(r"^(Số:\s*\S+)\s+([^\s/][^,/]*, ngày.*)$", l)
        if m:
            left.append(("C", m.group(1)))
            right.append(("CI", m.group(2)))
        elif l.startswith("Số"):
            left.append(("C", l))
        else:
            right.append(("CI", l))
    out = [FODT_HEAD,
           '<table:table table:name="Header" table:style-name="Tbl">'
           '<table:table-column table:style-name="ColA"/><table:table-column table:style-name="ColB"/>'
           f"<table:table-row>{cell(left)}{cell(right)}</table:table-row></table:table>"]
    body = [l for l in lines[title_at:]]
    notes = {l[0]: l[1:].strip() for l in body if l and l[0] in SUPERSCRIPTS}
    in_title = True
    for l in body:
        if not l:
            if in_title and len(out) > 3:
                pass
            continue
        if l[0] in SUPERSCRIPTS and l[0] in notes:
            continue  # printed as a footnote at its marker
        style = "P"
        if in_title:
            if l.startswith(("Căn cứ", "Thực hiện", "Triển khai")) and len(out) > 3 and len(l) > 80:
                in_title = False
            else:
                style = "CB"
        text = inline(l)
        for mark, note in notes.items():
            if mark in text:
                text = text.replace(mark, (
                    f'<text:note text:id="ftn{SUPERSCRIPTS.index(mark)}" text:note-class="footnote">'
                    f"<text:note-citation>{SUPERSCRIPTS.index(mark) + 1}</text:note-citation>"
                    f'<text:note-body><text:p text:style-name="FN">{inline(note)}</text:p>'
                    "</text:note-body></text:note>"), 1)
        out.append(f'<text:p text:style-name="{style}">{text}</text:p>\n')
    out.append(FODT_TAIL)
    return "".join(out)


# --- legacy encodings -------------------------------------------------------------

def tcvn3_map():
    """Unicode letter -> TCVN3 byte, from glibc's TCVN5712-1 upper half (0xA1-0xFF)."""
    m = {}
    for b in range(0xA1, 0x100):
        ch = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=bytes([b]),
                            capture_output=True).stdout.decode()
        if len(ch) == 1 and (ch.islower() or ch in "ĂÂÊÔƠƯĐ"):
            m[ch] = b
    return m


def encode_tcvn3(text, table):
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out.append(ord(ch))
        elif ch in table:
            out.append(table[ch])
        elif ch.lower() in table:  # a capital with a tone: the lower-case code (.VnTimeH)
            out.append(table[ch.lower()])
        else:
            out += ch.encode("cp1252", errors="replace")
    return bytes(out)


VNI_TONE = {"\u0301": 0xF9, "\u0300": 0xF8, "\u0309": 0xFB, "\u0303": 0xF5, "\u0323": 0xEF}
VNI_CIRC = {None: 0xE2, "\u0301": 0xE1, "\u0300": 0xE0, "\u0309": 0xE5, "\u0303": 0xE3, "\u0323": 0xE4}
VNI_BREVE = {None: 0xEA, "\u0301": 0xE9, "\u0300": 0xE8, "\u0309": 0xFA, "\u0303": 0xFC, "\u0323": 0xEB}
VNI_I = {"\u0301": 0xED, "\u0300": 0xEC, "\u0309": 0xE6, "\u0303": 0xF3, "\u0323": 0xF2}


def encode_vni(text):
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out.append(ord(ch))
            continue
        if ch in "đĐ":
            out.append(0xF1 if ch == "đ" else 0xD1)
            continue
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        upper = base.isupper()
        cap = (lambda b: b - 0x20) if upper else (lambda b: b)
        tone = next((c for c in marks if c in VNI_TONE), None)
        if base.lower() not in "aeiouy" or not marks:
            out += ch.encode("cp1252", errors="replace")
            continue
        if "\u031b" in marks:  # horn: ơ ư are letters of their own
            out.append(cap({"o": 0xF4, "u": 0xF6}[base.lower()]))
            if tone:
                out.append(cap(VNI_TONE[tone]))
        elif "\u0302" in marks:
            out += bytes([ord(base), cap(VNI_CIRC[tone])])
        elif "\u0306" in marks:
            out += bytes([ord(base), cap(VNI_BREVE[tone])])
        elif base.lower() == "i":
            out.append(cap(VNI_I[tone]))
        elif base.lower() == "y" and tone == "\u0323":
            out.append(cap(0xEE))
        else:
            out += bytes([ord(base), cap(VNI_TONE[tone])])
    return bytes(out)


def main():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    seeds = sorted(f for f in os.listdir(SEEDS) if f.endswith(".txt"))
    os.makedirs(os.path.join(ROOT, "pdf"), exist_ok=True)
    for enc in ("tcvn3", "vni"):
        os.makedirs(os.path.join(ROOT, "legacy", enc), exist_ok=True)
    if soffice:
        with tempfile.TemporaryDirectory() as tmp:
            for name in seeds:
                stem = name[:-4]
                text = open(os.path.join(SEEDS, name), encoding="utf-8").read()
                with open(os.path.join(tmp, stem + ".fodt"), "w", encoding="utf-8") as f:
                    f.write(to_fodt(text))
            subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                            "--convert-to", "pdf:writer_pdf_Export", "--outdir",
                            os.path.join(ROOT, "pdf")] +
                           [os.path.join(tmp, n[:-4] + ".fodt") for n in seeds], check=True,
                           stdout=subprocess.DEVNULL)
            # A PDF typed in a TCVN3 font, as its text layer reads without a Unicode map:
            # the TCVN3 bytes taken for Windows-1252 ("KÕ ho¹ch"). The markup is ASCII, so
            # the whole document can be turned into mojibake after it is laid out.
            table = tcvn3_map()
            mojibake_dir = os.path.join(ROOT, "legacy", "tcvn3-pdf")
            os.makedirs(mojibake_dir, exist_ok=True)
            stem = LEGACY_SEEDS[0]
            fodt = to_fodt(open(os.path.join(SEEDS, stem + ".txt"), encoding="utf-8").read())
            with open(os.path.join(tmp, stem + ".fodt"), "w", encoding="utf-8") as f:
                f.write(encode_tcvn3(fodt, table).decode("cp1252", errors="replace"))
            subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                            "--convert-to", "pdf", "--outdir", mojibake_dir,
                            os.path.join(tmp, stem + ".fodt")], check=True, stdout=subprocess.DEVNULL)
            # Failure fixtures for tests/read/pdf_reader_test.cc: a password-protected
            # copy of seed 001 and a page with no text layer (what a scan looks like to a
            # text extractor).
            bad = os.path.join(ROOT, "..", "tests", "data", "pdf")
            os.makedirs(bad, exist_ok=True)
            shutil.copy(os.path.join(tmp, "001_69c2c6e4fde7b3b3.fodt"), os.path.join(tmp, "encrypted.fodt"))
            with open(os.path.join(tmp, "no_text.fodt"), "w", encoding="utf-8") as f:
                f.write(FODT_HEAD.replace("<style:header>", "<!--").replace("</style:footer>", "-->") +
                        "<text:p/>" + FODT_TAIL)
            subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                            "--convert-to", 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean",'
                            '"value":"true"},"DocumentOpenPassword":{"type":"string","value":"ntmx"}}',
                            "--outdir", bad, os.path.join(tmp, "encrypted.fodt")], check=True,
                           stdout=subprocess.DEVNULL)
            subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                            "--convert-to", "pdf", "--outdir", bad, os.path.join(tmp, "no_text.fodt")],
                           check=True, stdout=subprocess.DEVNULL)
    else:
        print("soffice not found: PDFs not regenerated", file=sys.stderr)
    table = tcvn3_map()
    for stem in LEGACY_SEEDS:
        text = open(os.path.join(SEEDS, stem + ".txt"), encoding="utf-8").read()
        open(os.path.join(ROOT, "legacy", "tcvn3", stem + ".txt"), "wb").write(encode_tcvn3(text, table))
        open(os.path.join(ROOT, "legacy", "vni", stem + ".txt"), "wb").write(encode_vni(text))


if __name__ == "__main__":
    main()
