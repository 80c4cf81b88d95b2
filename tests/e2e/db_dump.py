#!/usr/bin/env python3
"""A canonical dump of an ntmx database, to compare two databases by content.

Two runs that stored the same documents must agree on every row of every table, but
not on what depends on when and in which order they ran: row ids and
documents.ingested_at. So every table is dumped as a sorted list of rows in which an
integer primary key is left out and a foreign key is replaced by the canonical row
it points to -- by a digest of it, so a task_unit still says which task it belongs
to, and the task which document, without repeating a document's text in every row.
The full-text index's own tables are derived and left out.

    tests/e2e/db_dump.py a.db > a.dump      # or import it: canonical_dump(path)
"""
import hashlib
import sqlite3
import sys

NOT_COMPARED = {("documents", "ingested_at")}
FTS_SHADOW_SUFFIXES = ("_data", "_idx", "_docsize", "_config")


def canonical_dump(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    master = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [n for n, sql in master if sql and sql.upper().startswith("CREATE VIRTUAL")]
    tables = sorted(n for n, sql in master
                    if not n.startswith("sqlite_") and n not in virtual
                    and not any(n == v + s for v in virtual for s in FTS_SHADOW_SUFFIXES))
    info = {}
    for t in tables:
        columns = db.execute(f'PRAGMA table_info("{t}")').fetchall()  # cid,name,type,notnull,dflt,pk
        keys = [c[1] for c in columns if c[5]]
        dropped = {c[1] for c in columns
                   if c[5] and len(keys) == 1 and c[2].upper() == "INTEGER"}
        fks = {r[3]: (r[2], r[4]) for r in db.execute(f'PRAGMA foreign_key_list("{t}")')}
        info[t] = ([c[1] for c in columns], dropped, fks)
    memo = {}

    def row_of(table, column, value):
        """A digest of the canonical form of the row of `table` whose `column` is `value`."""
        key = (table, column, value)
        if key not in memo:
            memo[key] = None  # guards against cycles
            row = db.execute(f'SELECT * FROM "{table}" WHERE "{column}" = ?', (value,)).fetchone()
            memo[key] = (hashlib.sha256(repr(canonical(table, row)).encode()).hexdigest()
                         if row is not None else ("missing", value))
        return memo[key]

    def canonical(table, row):
        names, dropped, fks = info[table]
        out = []
        for name, value in zip(names, row):
            if name in dropped or (table, name) in NOT_COMPARED:
                continue
            if name in fks and value is not None:
                ref_table, ref_column = fks[name]
                value = row_of(ref_table, ref_column or "id", value)
            out.append((name, value))
        return tuple(out)

    dump = {}
    for t in tables:
        rows = [canonical(t, r) for r in db.execute(f'SELECT * FROM "{t}"')]
        dump[t] = sorted(rows, key=repr)
    db.close()
    return dump


def main():
    for table, rows in canonical_dump(sys.argv[1]).items():
        print(f"## {table} ({len(rows)} rows)")
        for r in rows:
            print(repr(r))


if __name__ == "__main__":
    main()
