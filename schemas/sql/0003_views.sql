-- 0003_views: the criteria catalogue as tables, and views for analysts who prefer SQL.
--
-- criteria_sets and criteria_catalogue hold schemas/criteria/sets.tsv and criteria.tsv.
-- The TSV files stay the source of truth: the store refills both tables from them on
-- every `ntmx ingest` (and `ntmx query` fills them when empty), so a view can name a
-- criterion without ntmx and without a second copy of the catalogue in SQL. Their
-- shape is the one schemas/criteria/catalogue_to_sql.py has always written (hence IF
-- NOT EXISTS: a database that ran the script keeps working). `scope` is '' for a
-- national criterion, or the province that added it.
--
-- Every view uses built-in SQL only, so it opens in any sqlite3 shell:
--   sqlite3 ntm.db "SELECT * FROM targets_located WHERE criterion = 10"
-- `page` is the PDF page a record's span starts on (documents.pages: a JSON array of
-- page-start offsets), NULL for other formats; `quote` is the text the record was
-- read from.

CREATE TABLE IF NOT EXISTS criteria_sets (
  criteria_set  TEXT PRIMARY KEY,
  subject_level TEXT,
  period        TEXT,
  decision      TEXT,
  label         TEXT
);

CREATE TABLE IF NOT EXISTS criteria_catalogue (
  criteria_set TEXT NOT NULL,
  criterion    INTEGER NOT NULL,
  name         TEXT NOT NULL,
  aliases      TEXT,
  scope        TEXT,
  PRIMARY KEY (criteria_set, criterion, scope)
);

-- Targets with their document's locality and the criterion's name.
--   SELECT province, subject, value, unit FROM targets_located
--   WHERE criterion = 10 AND unit = 'triệu đồng/người/năm' ORDER BY value DESC;
CREATE VIEW targets_located AS
  SELECT t.id AS target_id, d.id AS document_id, d.source, d.year AS document_year,
         d.province, d.district, d.commune, t.subject, t.criteria_set, t.criterion,
         (SELECT c.name FROM criteria_catalogue c
          WHERE c.criteria_set = t.criteria_set AND c.criterion = t.criterion
            AND (c.scope = '' OR c.scope IS NULL OR c.scope = d.province)
          ORDER BY c.scope = '' LIMIT 1) AS criterion_name,
         t.indicator, t.metric, t.comparator, t.value, t.value_max, t.of_total, t.unit,
         t.actual, coalesce(t.year, d.year) AS year, t.commune_group,
         CASE WHEN d.pages IS NULL THEN NULL
              ELSE (SELECT count(*) FROM json_each(d.pages) p WHERE p.value <= t.span_begin)
         END AS page,
         t.span_begin, t.span_end, t.rule_id, substr(d.text, t.span_begin + 1, t.span_end - t.span_begin) AS quote
  FROM targets t JOIN documents d ON d.id = t.document_id;

-- The criteria matrix: one row per subject, criterion and status a document states,
-- with the criterion's name. Pivot it, or count it:
--   SELECT criterion, criterion_name, sum(status = 'unmet') AS unmet FROM criteria_matrix
--   GROUP BY criteria_set, criterion ORDER BY unmet DESC;
CREATE VIEW criteria_matrix AS
  SELECT s.id AS status_id, d.id AS document_id, d.source, d.year, d.province, d.district,
         d.commune, s.subject, s.criteria_set, s.criterion,
         (SELECT c.name FROM criteria_catalogue c
          WHERE c.criteria_set = s.criteria_set AND c.criterion = s.criterion
            AND (c.scope = '' OR c.scope IS NULL OR c.scope = d.province)
          ORDER BY c.scope = '' LIMIT 1) AS criterion_name,
         s.status, s.commune_group,
         CASE WHEN d.pages IS NULL THEN NULL
              ELSE (SELECT count(*) FROM json_each(d.pages) p WHERE p.value <= s.span_begin)
         END AS page,
         s.span_begin, s.span_end, s.rule_id, substr(d.text, s.span_begin + 1, s.span_end - s.span_begin) AS quote
  FROM criteria_status s JOIN documents d ON d.id = s.document_id;

-- Tasks with their lead and support units ("; "-separated, in the task's order) and
-- deadline:
--   SELECT source, title, deadline_end FROM tasks_assigned WHERE lead LIKE '%Phòng Nội vụ%';
CREATE VIEW tasks_assigned AS
  SELECT t.id AS task_id, d.id AS document_id, d.source, d.year, d.province, d.district,
         d.commune, t.subject, t.criterion, t.indicator, t.title,
         (SELECT group_concat(unit, '; ') FROM
            (SELECT u.unit FROM task_units u
             WHERE u.task_id = t.id AND u.role = 'lead' ORDER BY u.position)) AS lead,
         (SELECT group_concat(unit, '; ') FROM
            (SELECT u.unit FROM task_units u
             WHERE u.task_id = t.id AND u.role = 'support' ORDER BY u.position)) AS support,
         t.deadline_text, t.deadline_kind, t.deadline_start, t.deadline_end,
         CASE WHEN d.pages IS NULL THEN NULL
              ELSE (SELECT count(*) FROM json_each(d.pages) p WHERE p.value <= t.span_begin)
         END AS page,
         t.span_begin, t.span_end, t.rule_id, substr(d.text, t.span_begin + 1, t.span_end - t.span_begin) AS quote
  FROM tasks t JOIN documents d ON d.id = t.document_id;

-- Findings with the sentence they quote:
--   SELECT source, check_id, message, quote FROM findings_quoted WHERE severity = 'error';
CREATE VIEW findings_quoted AS
  SELECT f.id AS finding_id, d.id AS document_id, d.source, d.year, d.province, d.district,
         d.commune, f.subject, f.check_id, f.severity, f.message,
         CASE WHEN d.pages IS NULL THEN NULL
              ELSE (SELECT count(*) FROM json_each(d.pages) p WHERE p.value <= f.span_begin)
         END AS page,
         f.span_begin, f.span_end, f.rule_id, substr(d.text, f.span_begin + 1, f.span_end - f.span_begin) AS quote
  FROM findings f JOIN documents d ON d.id = f.document_id;
