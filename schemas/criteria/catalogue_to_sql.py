#!/usr/bin/env python3
"""Print the criteria catalogue (sets.tsv, criteria.tsv beside this script) as SQL.

The output creates (if missing) and refills two tables, so queries over an ntmx
database can join records on the catalogue:

    schemas/criteria/catalogue_to_sql.py | sqlite3 ntm.db
    ntmx sql "SELECT s.subject, c.name FROM criteria_status s
              JOIN criteria_catalogue c USING (criteria_set, criterion)"

The TSV files stay the source of truth: run the script again after editing them.
"""
import os
import sys


def rows(path, min_fields):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < min_fields:
                sys.exit(f"{path}: malformed row: {line!r}")
            yield fields


def q(s):
    return "NULL" if s is None or s == "" else "'" + s.replace("'", "''") + "'"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = ["BEGIN;",
           "CREATE TABLE IF NOT EXISTS criteria_sets (criteria_set TEXT PRIMARY KEY, subject_level TEXT,"
           " period TEXT, decision TEXT, label TEXT);",
           "CREATE TABLE IF NOT EXISTS criteria_catalogue (criteria_set TEXT NOT NULL, criterion INTEGER NOT NULL,"
           " name TEXT NOT NULL, aliases TEXT, scope TEXT, PRIMARY KEY (criteria_set, criterion, scope));",
           "DELETE FROM criteria_sets;", "DELETE FROM criteria_catalogue;"]
    for f in rows(os.path.join(here, "sets.tsv"), 1):
        f += [""] * (5 - len(f))
        out.append("INSERT INTO criteria_sets VALUES (" + ", ".join(q(x) for x in f[:5]) + ");")
    for f in rows(os.path.join(here, "criteria.tsv"), 3):
        f += [""] * (5 - len(f))
        out.append(f"INSERT INTO criteria_catalogue VALUES ({q(f[0])}, {int(f[1])}, {q(f[2])}, "
                   f"{q(f[3])}, {q(f[4]) if f[4] else repr('')});")
    out.append("COMMIT;")
    print("\n".join(out))


if __name__ == "__main__":
    main()
