-- 0007_plan_copies: files that are copies of one plan are linked into one plan, and
-- one copy of each plan is its primary.
--
-- A coordination office receives the same plan several times (the .docx draft, the
-- signed PDF, a scan, a TCVN3 copy); stored as separate documents, every query would
-- show each row once per file. Each document now belongs to a plan
-- (documents.plan_id -> plans.id); `ntmx query`, `audit` and `report` show each plan
-- through its primary copy (plans.primary_document_id) unless given --all-copies.
--
-- Why a `plans` table rather than the primary copy's id as plan_id: the primary
-- changes when a better copy arrives (the signed PDF after the draft) and disappears
-- when its file is replaced; a plan row keeps one id through both, so nothing that
-- names a plan has to be rewritten, and the primary is one column to read.
--
-- Which files are one plan is decided in C++ when a document is stored, inside the
-- document's own transaction (store/plan_identity.h, schemas/plan_copies.toml): the
-- same issuer, document number and issue date; or, for an unnumbered draft, the same
-- issuer and year, a title sharing most words and near-identical text. `plan_keys`
-- holds each document's lookup keys, so the candidates are found through an index;
-- a document without a plan_keys row has not been compared yet.
--
-- The primary copy is the first of a plan's copies in this order (view
-- plan_copy_order, column rank_key, then the id; plan_copies.copy_rank 1; the
-- triggers below keep plans.primary_document_id on it):
--   1. read from a text layer over read by OCR (documents.ocr = 0 first): its words
--      are the ones the file holds, not a recognition of them;
--   2. read as written over converted or repaired while reading (a diagnostic of
--      stage read or normalize: a legacy TCVN3/VNI encoding converted, a broken PDF
--      font map repaired; also, as the stages word their notes today, over-long lines
--      broken): a conversion guesses letters ("Hơng Sơn" for "Hương Sơn" from a TCVN3
--      PDF), and the primary's words are the ones every query, name and place filter
--      sees;
--   3. signed (a signer was read) over unsigned: the signed copy is the one issued;
--   4. numbered over unnumbered: a number is given at issue, a draft has none;
--   5. PDF, then Word (.docx, .doc), then markdown, then plain text: the form a
--      signed plan is published in first, its editable sources after;
--   6. the earliest stored (the lowest id).
-- (1 and 2 come first because they decide how faithful the stored text is; 3 to 5
-- which copy is the issued one.)
--
-- Existing databases: every document becomes a plan of its own here (plain SQL cannot
-- fold Vietnamese or compare texts); the run that migrates (`ntmx migrate`, `ntmx
-- ingest`) then compares the documents that have no plan_keys row, oldest first, by
-- the rule above and links the copies, in one transaction. Not read-compatible: the
-- read commands select each plan's primary copy, which a version 6 database does not
-- have, so they ask for `ntmx migrate` first.
--
--   SELECT plan_id, source, format, copy_rank FROM plan_copies ORDER BY plan_id, copy_rank;

CREATE TABLE plans (
  id                  INTEGER PRIMARY KEY,
  primary_document_id INTEGER UNIQUE REFERENCES documents (id) ON DELETE SET NULL
);

ALTER TABLE documents ADD COLUMN plan_id INTEGER REFERENCES plans (id);
CREATE INDEX documents_plan ON documents (plan_id);

-- The keys a new document's copies are looked up by (store/plan_identity.h):
-- number_key "03/kh-ubnd|2023" (the folded number and the year), draft_key
-- "commune|huong son|2023" (the issuer, folded, and the year); NULL when the document
-- lacks the facts.
CREATE TABLE plan_keys (
  document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  number_key  TEXT,
  draft_key   TEXT
);
CREATE INDEX plan_keys_number ON plan_keys (number_key) WHERE number_key IS NOT NULL;
CREATE INDEX plan_keys_draft ON plan_keys (draft_key) WHERE draft_key IS NOT NULL;

-- The primary rule above as one number per copy, lower first (then the lowest id):
-- OCR, converted, unsigned and unnumbered each outweigh everything after them.
-- A plain view (no window), so a lookup of one plan's copies uses documents_plan.
CREATE VIEW plan_copy_order AS
  SELECT document_id, plan_id,
         (((ocr * 2 + converted) * 2 + 1 - signed) * 2 + 1 - numbered) * 4 + format_rank
           AS rank_key
  FROM (SELECT d.id AS document_id, d.plan_id, d.ocr,
               EXISTS (SELECT 1 FROM diagnostics g WHERE g.document_id = d.id
                       AND g.stage IN ('read', 'normalize')) AS converted,
               d.signer_name IS NOT NULL AS signed, d.doc_number IS NOT NULL AS numbered,
               CASE d.format WHEN 'pdf' THEN 0 WHEN 'docx' THEN 1 WHEN 'doc' THEN 1
                             WHEN 'markdown' THEN 2 ELSE 3 END AS format_rank
        FROM documents d);

-- Every copy of every plan with its rank (copy_rank 1 is the primary).
CREATE VIEW plan_copies AS
  SELECT d.plan_id, d.id AS document_id, d.source, d.format, d.ocr,
         d.signer_name IS NOT NULL AS signed, d.doc_number, d.ingested_at, o.rank_key,
         row_number() OVER (PARTITION BY d.plan_id ORDER BY o.rank_key, d.id) AS copy_rank
  FROM documents d JOIN plan_copy_order o ON o.document_id = d.id
  WHERE d.plan_id IS NOT NULL;

-- One row per plan: its primary copy, how many files it came as and their formats
-- (in rank order).
--   SELECT p.copies, p.formats, d.title FROM plan_documents p JOIN documents d
--     ON d.id = p.primary_document_id;
CREATE VIEW plan_documents AS
  SELECT p.id AS plan_id, p.primary_document_id,
         (SELECT source FROM documents WHERE id = p.primary_document_id) AS source,
         (SELECT count(*) FROM documents c WHERE c.plan_id = p.id) AS copies,
         (SELECT group_concat(format, ', ') FROM
            (SELECT o.format FROM (SELECT d.format, k.rank_key, d.id FROM documents d
                                   JOIN plan_copy_order k ON k.document_id = d.id
                                   WHERE d.plan_id = p.id) o
             ORDER BY o.rank_key, o.id)) AS formats
  FROM plans p;

-- The primary follows the copies: a document joining or leaving a plan, or changing
-- what ranks it, re-ranks the plans concerned; a plan left without copies goes.
-- (The two plans' primaries are cleared first: a document moving from being A's
-- primary to being B's must not be both at once, which UNIQUE forbids.)
CREATE TRIGGER plans_follow_update
AFTER UPDATE OF plan_id, ocr, signer_name, doc_number, format ON documents BEGIN
  UPDATE plans SET primary_document_id = NULL WHERE id IN (old.plan_id, new.plan_id);
  UPDATE plans SET primary_document_id =
      (SELECT o.document_id FROM plan_copy_order o WHERE o.plan_id = plans.id
       ORDER BY o.rank_key, o.document_id LIMIT 1)
    WHERE id IN (old.plan_id, new.plan_id);
  DELETE FROM plans WHERE id = old.plan_id AND primary_document_id IS NULL;
END;

CREATE TRIGGER plans_follow_delete AFTER DELETE ON documents WHEN old.plan_id IS NOT NULL BEGIN
  UPDATE plans SET primary_document_id =
      (SELECT o.document_id FROM plan_copy_order o WHERE o.plan_id = plans.id
       ORDER BY o.rank_key, o.document_id LIMIT 1)
    WHERE id = old.plan_id;
  DELETE FROM plans WHERE id = old.plan_id AND primary_document_id IS NULL;
END;

-- Every stored document its own plan (the linking pass of the migrating run joins the
-- copies afterwards).
INSERT INTO plans (id) SELECT id FROM documents;
UPDATE documents SET plan_id = id;
