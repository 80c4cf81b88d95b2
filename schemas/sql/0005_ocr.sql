-- 0005_ocr: whether a document's text was read by OCR (a scanned PDF), and how well.
-- read-compatible
--
-- A scan is read by Tesseract (src/read/pdf_ocr.h), and its records are only as good
-- as the recognition: `ocr` is 1 for such a document (0 otherwise), `ocr_confidence`
-- Tesseract's mean word confidence (0..100) over the pages read by OCR, and
-- `ocr_pages` the per-page figures as a JSON array (null for a page read from its
-- text layer), as `ntmx extract` prints them in `ocr_confidence`. A user can then
-- leave OCR documents out, or look at them first:
--
--   ntmx sql "SELECT source, ocr_confidence FROM documents WHERE ocr ORDER BY 2"
--
-- Read-compatible: the columns are new and nothing on the read side requires them, so
-- a version 4 database is still read as it is.

ALTER TABLE documents ADD COLUMN ocr INTEGER NOT NULL DEFAULT 0 CHECK (ocr IN (0, 1));
ALTER TABLE documents ADD COLUMN ocr_confidence REAL;  -- mean over OCR pages, 0..100
ALTER TABLE documents ADD COLUMN ocr_pages TEXT;       -- JSON array per page, null: text layer
