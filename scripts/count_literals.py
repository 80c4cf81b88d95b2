#!/usr/bin/env python3
"""Counts the vocabulary that still lives in C++ string literals (issue #16's measure).

Words a domain expert may change belong in patterns/ and schemas/; this script finds
what is left in src/ so the count can only go down. Two kinds of literal are counted:

  vietnamese  a literal with a Vietnamese letter (ă â đ ê ô ơ ư or a tone mark):
              "Ủy ban nhân dân", "chưa đạt"
  folded      an ASCII literal of lower-case words that are all folded Vietnamese
              syllables, at least one of them written with a mark somewhere in
              corpus/ (so "chu tri", "chua dat", "xa" count; "json", "id" do not)

A literal that names a rule's group (`m.group("day")`, `m.has("year")`) is an identifier
of the rule file, not a word, and is not counted. The vocabulary is read from the plans of corpus/ (its READMEs are English and left
out). The HTML labels of the report (src/report/) are excluded, as are comments. A literal
whose line, or one of the seven lines before it, carries a comment containing "why:" (why
these words stay in C++) or "data:" (where the data file holds them) is explained. With -v
every literal is listed as file:line: "literal"; --check lists only the unexplained ones
and exits 1 when there are any (CTest `literals`).

    python3 scripts/count_literals.py --root .        # the totals and per file
    python3 scripts/count_literals.py --root . --check
"""
import argparse
import collections
import pathlib
import re
import sys
import unicodedata

from cpp_source import blank_comments

STRING = re.compile(r'(?<![A-Za-z0-9_])(?:u8)?"((?:[^"\\\n]|\\.)*)"')
RAW = re.compile(r'R"([^(\s]*)\((.*?)\)\1"', re.S)
VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
                        re.I)
WORD = re.compile(r"[a-z]+")
GROUP_NAME = re.compile(r"\b(?:group|has)\(\s*\Z")


def fold(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    return "".join(c for c in text if unicodedata.category(c) != "Mn").lower()


def vocabulary(root):
    """(every folded word of corpus/, the folded words written with a mark there)."""
    every, marked = set(), set()
    for path in list((root / "corpus").rglob("*.md")) + list((root / "corpus").rglob("*.txt")):
        if path.name.lower() == "readme.md":
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for word in re.findall(r"\w+", text):
            folded = fold(word)
            if not folded.isascii() or not folded.isalpha():
                continue
            every.add(folded)
            if VIETNAMESE.search(word):
                marked.add(folded)
    return every, marked


def classify(literal, every, marked):
    if VIETNAMESE.search(literal):
        return "vietnamese"
    if re.fullmatch(r"[a-z][a-z ]*[a-z]", literal or "x"):
        words = WORD.findall(literal)
        if words and all(w in every for w in words) and any(w in marked and len(w) > 1
                                                            for w in words):
            return "folded"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=".")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--check", action="store_true",
                        help="list the unexplained literals; exit 1 when there are any")
    args = parser.parse_args()
    root = pathlib.Path(args.root)
    every, marked = vocabulary(root)
    totals = collections.Counter()
    per_file = collections.defaultdict(collections.Counter)
    listed = []
    for path in sorted((root / "src").rglob("*")):
        if path.suffix not in (".cc", ".h") or "report" in path.relative_to(root / "src").parts[:1]:
            continue
        raw_text = path.read_text(encoding="utf-8")
        raw_lines = raw_text.splitlines()
        text = blank_comments(raw_text)
        for m in STRING.finditer(text):
            if GROUP_NAME.search(text, 0, m.start()):
                continue
            kind = classify(m.group(1), every, marked)
            if not kind:
                continue
            line = text.count("\n", 0, m.start()) + 1
            context = " ".join(raw_lines[max(0, line - 8):line])
            explained = "data:" in context or "why:" in context
            rel = path.relative_to(root).as_posix()
            totals[kind] += 1
            totals["explained"] += explained
            per_file[rel][kind] += 1
            entry = f'{rel}:{line}: [{kind}{", explained" if explained else ""}] "{m.group(1)}"'
            if args.verbose or (args.check and not explained):
                listed.append(entry)
    if listed:
        print("\n".join(listed))
    unexplained = totals["vietnamese"] + totals["folded"] - totals["explained"]
    if args.check:
        print(f"{unexplained} literal(s) with Vietnamese words in src/ say neither why they stay "
              f"in C++ nor where their data lives (a comment with \"why:\" or \"data:\")")
        return 1 if unexplained else 0
    for rel, counts in sorted(per_file.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{sum(counts.values()):4d}  {rel}  (vietnamese {counts['vietnamese']}, "
              f"folded {counts['folded']})")
    print(f"total: {totals['vietnamese']} Vietnamese and {totals['folded']} folded-word "
          f"string literals in src/ (HTML labels of src/report/ excluded); "
          f"{totals['explained']} of them explained by a why:/data: comment")
    return 0


if __name__ == "__main__":
    sys.exit(main())
