#!/usr/bin/env python3
"""Lists the functions of src/ longer than a limit, and the .cc files over a size.

Issue #16's measure: no function over 150 lines outside src/cli/main.cc, no .cc file
over 800 lines. A function is found the simple way: a line that opens a brace after a
parameter list ")" (optionally followed by const/override/noexcept/-> type or an
initializer list) at any nesting that is not inside another function, counted to its
matching brace. Lambdas and local classes count toward the function that holds them.

    python3 scripts/long_functions.py --root . [--max-lines 150] [--max-file 800]

Exits 1 when something is over (so it can gate), printing file:line name lines.
"""
import argparse
import pathlib
import re
import sys

from cpp_source import blank_comments

CONTROL = re.compile(r"^\s*(?:if|for|while|switch|catch|do|else|return)\b")
HEAD = re.compile(r"([~A-Za-z_][\w:<>~]*)\s*\(")


def functions(text):
    """(name, first line, line count) of each outermost function body."""
    clean = blank_comments(text, blank_literals=True)
    lines = clean.split("\n")
    found = []
    depth = 0
    in_function_below = None  # depth at which the current function's body opened
    start = None
    name = None
    pending = ""  # the declaration text since the last ; { or }
    for number, line in enumerate(lines, 1):
        for ch in line:
            if ch == "{":
                if in_function_below is None:
                    head = pending.strip()
                    is_function = (")" in head and not CONTROL.match(head)
                                   and not head.startswith(("namespace", "class", "struct",
                                                            "enum", "union", "extern"))
                                   and "=" not in head.split("(")[0])
                    if is_function:
                        m = HEAD.findall(head.split(")")[0] + ")")
                        name = m[0] if m else "?"
                        in_function_below = depth
                        start = number
                depth += 1
                pending = ""
            elif ch == "}":
                depth -= 1
                if in_function_below is not None and depth == in_function_below:
                    found.append((name, start, number - start + 1))
                    in_function_below = None
                pending = ""
            elif ch == ";":
                if in_function_below is None:
                    pending = ""
            else:
                if in_function_below is None:
                    pending += ch
        if in_function_below is None:
            pending += " "
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=".")
    parser.add_argument("--max-lines", type=int, default=150)
    parser.add_argument("--max-file", type=int, default=800)
    args = parser.parse_args()
    root = pathlib.Path(args.root)
    over = 0
    for path in sorted((root / "src").rglob("*")):
        if path.suffix not in (".cc", ".h"):
            continue
        rel = path.relative_to(root).as_posix()
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".cc" and text.count("\n") > args.max_file:
            print(f"{rel}: {text.count(chr(10))} lines (file limit {args.max_file})")
            over += 1
        if rel == "src/cli/main.cc":
            continue
        for name, start, count in functions(text):
            if count > args.max_lines:
                print(f"{rel}:{start}: {name}: {count} lines")
                over += 1
    print(f"long_functions: {over} over the limits (functions > {args.max_lines} lines outside "
          f"src/cli/main.cc, .cc files > {args.max_file} lines)")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
