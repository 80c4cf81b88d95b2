-- 0006_word_formats: documents.format also takes 'docx' and 'doc' (Word documents,
-- src/read/docx_reader.h and doc_reader.h), as the contract ntm-extract/1 lists them.
-- read-compatible
--
-- Only the CHECK constraint of documents.format changes. SQLite cannot alter a CHECK,
-- and the usual rebuild of the table (copy, drop, recreate) cannot be done here: the
-- migration runs inside a transaction with foreign keys on, so dropping documents would
-- cascade into every record table. The constraint's text is therefore rewritten in
-- sqlite_schema (SQLite's documented way for CHECK changes every existing row already
-- satisfies, "ALTER TABLE: making other kinds of table schema changes"), and
-- writable_schema = RESET makes this connection reread the schema at once, so the
-- run that migrates can store a .docx. Nothing else in the file changes, and older
-- versions of ntmx read the new values as the plain text they are.

PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, 'CHECK (format IN (''text'', ''markdown'', ''pdf''))',
                          'CHECK (format IN (''text'', ''markdown'', ''pdf'', ''docx'', ''doc''))')
 WHERE type = 'table' AND name = 'documents';
PRAGMA writable_schema = RESET;
