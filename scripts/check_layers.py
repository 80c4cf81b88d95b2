#!/usr/bin/env python3
"""Checks src/'s include graph against the layer order written in src/README.md.

A folder of src/ may include only folders listed before it in src/README.md (the
numbered lines "N. `folder/`"); every folder of src/ must be listed; and no two files
may include each other, directly or through others (a cycle). Prints every offending
edge as "file:line: folder -> folder" and exits 1, or prints a one-line summary and
exits 0. Run by CTest as `layers`.

    python3 scripts/check_layers.py --root .
"""
import argparse
import pathlib
import re
import sys

LAYER_LINE = re.compile(r"^\s*(\d+)\.\s+`([a-z_]+)/`")
INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/([^"]+)"')


def read_layers(readme):
    order = {}
    for line in readme.read_text(encoding="utf-8").splitlines():
        m = LAYER_LINE.match(line)
        if m:
            order[m.group(2)] = int(m.group(1))
    return order


def read_includes(src):
    """{file: [(line_number, included file)]} for every source file of src/."""
    edges = {}
    for path in sorted(src.rglob("*")):
        if path.suffix not in (".h", ".cc", ".inc") or not path.is_file():
            continue
        rel = path.relative_to(src).as_posix()
        found = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = INCLUDE.match(line)
            if m and (src / m.group(1)).is_dir():
                found.append((number, f"{m.group(1)}/{m.group(2)}"))
        edges[rel] = found
    return edges


def find_cycle(edges):
    """One include cycle between files as a list of files, or None."""
    state = {}
    stack = []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for _, target in edges.get(node, []):
            if target not in edges:
                continue
            if state.get(target) == "open":
                return stack[stack.index(target):] + [target]
            if target not in state:
                cycle = visit(target)
                if cycle:
                    return cycle
        stack.pop()
        state[node] = "done"
        return None

    for node in edges:
        if node not in state:
            cycle = visit(node)
            if cycle:
                return cycle
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=".", help="the repository root")
    args = parser.parse_args()
    root = pathlib.Path(args.root)
    src = root / "src"
    order = read_layers(src / "README.md")
    problems = []
    folders = sorted(p.name for p in src.iterdir() if p.is_dir())
    for folder in folders:
        if folder not in order:
            problems.append(f"src/{folder}/: not in the layer order of src/README.md")
    edges = read_includes(src)
    count = 0
    for file, includes in edges.items():
        here = file.split("/")[0]
        for number, target in includes:
            there = target.split("/")[0]
            if there == here:
                continue
            count += 1
            if here in order and there in order and order[there] >= order[here]:
                problems.append(f"src/{file}:{number}: {here}/ -> {there}/ "
                                f"(layer {order[here]} may not include layer {order[there]})")
            if not (src / target).is_file():
                problems.append(f"src/{file}:{number}: includes {target}, which does not exist")
    cycle = find_cycle(edges)
    if cycle:
        problems.append("include cycle: " + " -> ".join(cycle))
    for problem in problems:
        print(problem)
    if problems:
        print(f"check_layers: {len(problems)} problem(s)")
        return 1
    print(f"check_layers: {len(folders)} folders, {len(edges)} files, {count} include edges "
          f"between folders, all downward; no cycle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
