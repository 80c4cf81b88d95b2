"""C++ source as the repository's scripts read it: comments (and, on request, the
contents of string and character literals) blanked, line numbers and columns kept.

Shared by check scripts that look at code, not at what comments or strings say:
long_functions.py counts braces, count_literals.py reads the literals themselves.

    from cpp_source import blank_comments
    code = blank_comments(text)                        # literals kept
    shape = blank_comments(text, blank_literals=True)  # literals emptied too
"""
import re

_RAW_OPEN = re.compile(r'R"([^(\s]*)\(')


def _blank(s):
    return re.sub(r"[^\n]", " ", s)


def _quoted_end(text, i):
    """The index just past the literal opening with the quote at `i` (or the line end)."""
    quote, j, n = text[i], i + 1, len(text)
    while j < n and text[j] != quote and text[j] != "\n":
        j += 2 if text[j] == "\\" else 1
    return min(j + 1, n) if j < n and text[j] == quote else j


def blank_comments(text, blank_literals=False):
    out, i, n = [], 0, len(text)
    while i < n:
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(_blank(text[i:j]))
        elif text.startswith('R"', i) and _RAW_OPEN.match(text, i):
            delimiter = _RAW_OPEN.match(text, i).group(1)
            end = text.find(")" + delimiter + '"', i)
            j = n if end < 0 else end + len(delimiter) + 2
            out.append(_blank(text[i:j]) if blank_literals else text[i:j])
        elif text[i] in "\"'":
            j = _quoted_end(text, i)
            literal = text[i:j]
            if blank_literals and len(literal) >= 2:
                literal = literal[0] + " " * (len(literal) - 2) + literal[-1]
            out.append(literal)
        else:
            j = i + 1
            out.append(text[i])
        i = j
    return "".join(out)
