-- 0001_init: the whole extraction contract `ntm-extract/1` as tables.
--
-- One row in `documents` per stored input file; one table per contract list, each row
-- keyed to its document (ON DELETE CASCADE, so deleting a document removes everything
-- read from it) and carrying its provenance: span_begin/span_end are code-point offsets
-- into documents.text (so substr(text, span_begin + 1, span_end - span_begin) is the
-- words the record was read from) and rule_id names the rule that produced it.
-- `ord` keeps each list in the order the contract gives it (legal bases in order of
-- first citation, ...); UNIQUE (document_id, ord) doubles as the index the cascade uses.
--
-- The store applies this file inside one transaction and then sets
-- PRAGMA user_version = 1; a migration file must not BEGIN or COMMIT itself.
-- CHECK constraints hold the closed vocabularies of the contract only (status, role,
-- comparator, ...); open ones (criteria sets, finding checks, units) are plain text so a
-- new catalogue entry never needs a migration.

CREATE TABLE documents (
  id                INTEGER PRIMARY KEY,
  source            TEXT NOT NULL UNIQUE,   -- input path as given; latest version only
  sha256            TEXT NOT NULL UNIQUE,   -- hex SHA-256 of the raw input bytes: identity
  format            TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'pdf')),
  text              TEXT NOT NULL,          -- the normalized text every span indexes
  doc_type          TEXT,                   -- KH, QĐ, BC, ...
  doc_number        TEXT,                   -- 03/KH-UBND; NULL when left blank
  doc_symbol        TEXT,                   -- KH-UBND
  issue_place       TEXT,
  issue_date        TEXT,                   -- ISO yyyy-mm-dd
  year              INTEGER,
  title             TEXT,
  issuer_level      TEXT CHECK (issuer_level IN ('commune', 'district', 'province')),
  issuer_name       TEXT,
  province          TEXT,                   -- locality the plan governs
  district          TEXT,
  commune           TEXT,
  signer_name       TEXT,
  signer_position   TEXT,
  signer_acting_for TEXT,
  ingested_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX documents_locality ON documents (province, district, commune);
CREATE INDEX documents_year ON documents (year);

-- Where each header fact of `documents` was read from (field = contract name, e.g.
-- "doc_number", "issuer", "signer").
CREATE TABLE document_provenance (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord         INTEGER NOT NULL,
  field       TEXT NOT NULL,
  span_begin  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL,
  rule_id     TEXT NOT NULL,
  CHECK (0 <= span_begin AND span_begin <= span_end),
  PRIMARY KEY (document_id, ord)
) WITHOUT ROWID;

CREATE TABLE legal_bases (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord         INTEGER NOT NULL,
  kind        TEXT NOT NULL,                -- Quyết định, Kế hoạch, Luật, ...
  number      TEXT,                         -- 416/QĐ-UBND, spaces removed
  date        TEXT,                         -- ISO
  issuer      TEXT,
  span_begin  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL,
  rule_id     TEXT NOT NULL,
  CHECK (0 <= span_begin AND span_begin <= span_end),
  UNIQUE (document_id, ord)
);
CREATE INDEX legal_bases_number ON legal_bases (number);

CREATE TABLE criteria_status (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,
  subject      TEXT NOT NULL,
  criteria_set TEXT NOT NULL,               -- xa_ntm, huyen_ntm_nang_cao, ...
  criterion    INTEGER NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('met', 'unmet', 'planned')),
  span_begin   INTEGER NOT NULL,
  span_end     INTEGER NOT NULL,
  rule_id      TEXT NOT NULL,
  CHECK (0 <= span_begin AND span_begin <= span_end),
  UNIQUE (document_id, ord)
);
CREATE INDEX criteria_status_criterion ON criteria_status (criteria_set, criterion, status);
CREATE INDEX criteria_status_subject ON criteria_status (subject);

CREATE TABLE criteria_counts (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,
  subject      TEXT NOT NULL,
  criteria_set TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('met', 'unmet', 'planned')),
  count        INTEGER NOT NULL,
  total        INTEGER,                     -- NULL when the claim gives none
  listed       INTEGER,                     -- criteria enumerated after the claim
  span_begin   INTEGER NOT NULL,
  span_end     INTEGER NOT NULL,
  rule_id      TEXT NOT NULL,
  CHECK (0 <= span_begin AND span_begin <= span_end),
  UNIQUE (document_id, ord)
);
CREATE INDEX criteria_counts_subject ON criteria_counts (subject, criteria_set);

CREATE TABLE targets (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,
  subject      TEXT,
  criteria_set TEXT,
  criterion    INTEGER,
  indicator    TEXT,                        -- "13.3"
  metric       TEXT,
  comparator   TEXT NOT NULL CHECK (comparator IN ('>=', '>', '<=', '<', '=', '~', 'range')),
  value        REAL NOT NULL,
  value_max    REAL,                        -- upper end of a range
  of_total     REAL,                        -- the contract's `of`: 12 in "12/12 xã"
  unit         TEXT,
  actual       REAL,
  year         INTEGER,
  span_begin   INTEGER NOT NULL,
  span_end     INTEGER NOT NULL,
  rule_id      TEXT NOT NULL,
  CHECK (0 <= span_begin AND span_begin <= span_end),
  UNIQUE (document_id, ord)
);
CREATE INDEX targets_criterion ON targets (criteria_set, criterion, indicator);

CREATE TABLE tasks (
  id             INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord            INTEGER NOT NULL,
  subject        TEXT,
  criterion      INTEGER,
  indicator      TEXT,
  title          TEXT NOT NULL,
  deadline_text  TEXT,                      -- all four NULL when the task has no deadline
  deadline_kind  TEXT CHECK (deadline_kind IN ('by', 'during', 'ongoing', 'periodic')),
  deadline_start TEXT,                      -- ISO
  deadline_end   TEXT,
  span_begin     INTEGER NOT NULL,
  span_end       INTEGER NOT NULL,
  rule_id        TEXT NOT NULL,
  CHECK (0 <= span_begin AND span_begin <= span_end),
  UNIQUE (document_id, ord)
);
CREATE INDEX tasks_criterion ON tasks (criterion, indicator);

-- The lead and support units of a task, in the order the task lists them.
CREATE TABLE task_units (
  task_id  INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  role     TEXT NOT NULL CHECK (role IN ('lead', 'support')),
  unit     TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (task_id, role, position)
) WITHOUT ROWID;
CREATE INDEX task_units_unit ON task_units (unit, role);

CREATE TABLE responsibilities (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord         INTEGER NOT NULL,
  unit        TEXT NOT NULL,
  role        TEXT NOT NULL CHECK (role IN ('lead', 'support')),
  span_begin  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL,
  rule_id     TEXT NOT NULL,
  CHECK (0 <= span_begin AND span_begin <= span_end),
  UNIQUE (document_id, ord)
);
CREATE INDEX responsibilities_unit ON responsibilities (unit, role);

-- A responsibility's criteria and indicators: sets (the contract lists them sorted and
-- without repeats), one row per member.
CREATE TABLE responsibility_criteria (
  responsibility_id INTEGER NOT NULL REFERENCES responsibilities (id) ON DELETE CASCADE,
  criterion         INTEGER NOT NULL,
  PRIMARY KEY (responsibility_id, criterion)
) WITHOUT ROWID;
CREATE INDEX responsibility_criteria_criterion ON responsibility_criteria (criterion);

CREATE TABLE responsibility_indicators (
  responsibility_id INTEGER NOT NULL REFERENCES responsibilities (id) ON DELETE CASCADE,
  indicator         TEXT NOT NULL,
  PRIMARY KEY (responsibility_id, indicator)
) WITHOUT ROWID;
CREATE INDEX responsibility_indicators_indicator ON responsibility_indicators (indicator);

CREATE TABLE findings (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord         INTEGER NOT NULL,
  check_id    TEXT NOT NULL,                -- the contract's `check`: count_mismatch, ...
  subject     TEXT,                         -- NULL for the document as a whole
  severity    TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'error')),
  message     TEXT NOT NULL,
  span_begin  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL,
  rule_id     TEXT NOT NULL,
  CHECK (0 <= span_begin AND span_begin <= span_end),
  UNIQUE (document_id, ord)
);
CREATE INDEX findings_check ON findings (check_id, subject);

-- What the stages reported while reading the document (util/diagnostics.h): not
-- contract records, so no span; kept so `ntmx sql` can show why a document came out thin.
CREATE TABLE diagnostics (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord         INTEGER NOT NULL,
  severity    TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'error')),
  stage       TEXT NOT NULL,                -- read, normalize, structure, header, ...
  message     TEXT NOT NULL,
  UNIQUE (document_id, ord)
);
CREATE INDEX diagnostics_severity ON diagnostics (severity, stage);

-- Full-text search over documents.text, diacritic-insensitive:
--   SELECT d.source FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
--   WHERE documents_fts MATCH 'nong thon';
-- unicode61 with remove_diacritics 2 folds every Vietnamese vowel mark ("nông" = "nong"),
-- but đ is a letter of its own to Unicode, not d plus a mark, so it never folds. Column
-- text_d therefore indexes the text with đ/Đ spelt d/D: "Nam Dong" finds "Nam Đông"
-- through text_d, "Nam Đông" finds it through text. The index is external-content over a
-- view (only built-in functions, so any sqlite3 shell can read and rebuild it) and the
-- triggers below keep it in step with `documents`.
CREATE VIEW documents_fts_content AS
  SELECT id, text, replace(replace(text, 'đ', 'd'), 'Đ', 'D') AS text_d FROM documents;

CREATE VIRTUAL TABLE documents_fts USING fts5 (
  text, text_d,
  content = 'documents_fts_content', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, text, text_d)
    VALUES (new.id, new.text, replace(replace(new.text, 'đ', 'd'), 'Đ', 'D'));
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, text, text_d)
    VALUES ('delete', old.id, old.text, replace(replace(old.text, 'đ', 'd'), 'Đ', 'D'));
END;

CREATE TRIGGER documents_fts_update AFTER UPDATE OF text ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, text, text_d)
    VALUES ('delete', old.id, old.text, replace(replace(old.text, 'đ', 'd'), 'Đ', 'D'));
  INSERT INTO documents_fts (rowid, text, text_d)
    VALUES (new.id, new.text, replace(replace(new.text, 'đ', 'd'), 'Đ', 'D'));
END;

-- Every contract record with its document and the words it was read from: the answer to
-- "why did you extract this?" and to "what does rule X match?".
--   SELECT kind, quote FROM record_spans WHERE rule_id = 'basis.citation';
CREATE VIEW record_spans AS
  WITH r (kind, record_id, document_id, span_begin, span_end, rule_id) AS (
              SELECT 'legal_bases', id, document_id, span_begin, span_end, rule_id FROM legal_bases
    UNION ALL SELECT 'criteria_status', id, document_id, span_begin, span_end, rule_id FROM criteria_status
    UNION ALL SELECT 'criteria_counts', id, document_id, span_begin, span_end, rule_id FROM criteria_counts
    UNION ALL SELECT 'targets', id, document_id, span_begin, span_end, rule_id FROM targets
    UNION ALL SELECT 'tasks', id, document_id, span_begin, span_end, rule_id FROM tasks
    UNION ALL SELECT 'responsibilities', id, document_id, span_begin, span_end, rule_id FROM responsibilities
    UNION ALL SELECT 'findings', id, document_id, span_begin, span_end, rule_id FROM findings
  )
  SELECT r.kind, r.record_id, r.document_id, d.source, r.span_begin, r.span_end, r.rule_id,
         substr(d.text, r.span_begin + 1, r.span_end - r.span_begin) AS quote
  FROM r JOIN documents d ON d.id = r.document_id;
