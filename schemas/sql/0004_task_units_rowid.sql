-- 0004_task_units_rowid: task_units becomes an ordinary (rowid) table, and the file
-- says it is ntmx's.
-- read-compatible
--
-- Why: SQLite 3.40's PRAGMA integrity_check reports "NULL value in task_units.unit"
-- for every row of a WITHOUT ROWID table whose NOT NULL column follows the key
-- columns (a false positive: the values are there). Users run that check, and a
-- report that cries wolf hides a real fault. The same columns, keys and index on a
-- rowid table check `ok`; readers see no difference (hence read-compatible: a
-- version 3 database is still read as it is).
--
-- The table is copied out and recreated under its own name rather than renamed:
-- renaming checks the views of 0003, which name task_units and would fail while it
-- is gone.
--
-- PRAGMA application_id marks the file as ntmx's ("NTMX", store/migrations.h), so
-- the read commands can refuse another program's SQLite file before touching it.

CREATE TEMP TABLE task_units_copy AS SELECT task_id, role, unit, position FROM task_units;
DROP TABLE task_units;
CREATE TABLE task_units (
  task_id  INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  role     TEXT NOT NULL CHECK (role IN ('lead', 'support')),
  unit     TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (task_id, role, position)
);
INSERT INTO task_units (task_id, role, unit, position)
  SELECT task_id, role, unit, position FROM temp.task_units_copy ORDER BY task_id, role, position;
DROP TABLE temp.task_units_copy;
CREATE INDEX task_units_unit ON task_units (unit, role);

PRAGMA application_id = 1314147672;
