-- 0002_places: where each document is, in codes of both administrative schemes, the
-- period it belongs to, and pages of PDF inputs.
--
-- Place names in the text are resolved against the gazetteer (schemes "2008", before
-- July 2025, and "2025", after; codes look like "2008:483"). `document_places` keeps
-- every place a document names (its locality, issuer, the subjects of its records)
-- with the code it resolved to in the scheme of the document's date, or NULL and a
-- note saying why not (ambiguous, not found): resolution never guesses.
-- `document_place_keys` lists, per level, the PlaceKey (places/place_key.h: folded,
-- spacing unified) of every name the document's locality goes by in either scheme,
-- the unit itself, what it became and what it was made from, so that a filter on
-- "Đồng Nai" and one on "Bình Phước" both find a 2025 plan of Hớn Quản.

ALTER TABLE documents ADD COLUMN period TEXT;          -- '2021-2025' or '2026-2030'
ALTER TABLE documents ADD COLUMN place_scheme TEXT;    -- '2008' or '2025'
ALTER TABLE documents ADD COLUMN province_code TEXT;   -- e.g. '2008:70'; NULL when unresolved
ALTER TABLE documents ADD COLUMN district_code TEXT;
ALTER TABLE documents ADD COLUMN commune_code TEXT;
ALTER TABLE documents ADD COLUMN pages TEXT;           -- PDF: JSON array of page-start offsets

CREATE TABLE document_places (
  document_id     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord             INTEGER NOT NULL,
  role            TEXT NOT NULL,     -- 'locality', 'issuer', 'subject', 'task_subject'
  name            TEXT NOT NULL,     -- as written, with its type word: "xã Tân Lợi"
  level           TEXT CHECK (level IN ('province', 'district', 'commune')),
  scheme          TEXT CHECK (scheme IN ('2008', '2025')),
  code            TEXT,              -- NULL when unresolved
  successor_codes TEXT,              -- codes in the other scheme, space-separated
  note            TEXT,              -- why unresolved: "ambiguous: 9 communes ..."
  span_begin      INTEGER,
  span_end        INTEGER,
  PRIMARY KEY (document_id, ord)
) WITHOUT ROWID;
CREATE INDEX document_places_code ON document_places (code);

CREATE TABLE document_place_keys (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  level       TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune')),
  name_key    TEXT NOT NULL,
  PRIMARY KEY (document_id, level, name_key)
) WITHOUT ROWID;
CREATE INDEX document_place_keys_key ON document_place_keys (level, name_key);

-- The commune group (xã nhóm 1, 2, 3) of 2026-2030 statuses and targets, when given.
ALTER TABLE criteria_status ADD COLUMN commune_group INTEGER CHECK (commune_group IN (1, 2, 3));
ALTER TABLE targets ADD COLUMN commune_group INTEGER CHECK (commune_group IN (1, 2, 3));
