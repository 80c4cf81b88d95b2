// Writing one Extraction in one transaction (document_writer.h).
#include "store/document_writer.h"

#include <nlohmann/json.hpp>
#include <string_view>

#include "text/utf8.h"

namespace ntmx {

using sqlite::WithContext;

namespace {

// Every record statement takes ?1 document_id and ?2 ord, then the record's own
// columns, then span_begin, span_end and rule_id.
constexpr const char* kInsertDocument =
    "INSERT INTO documents (source, sha256, format, text, doc_type, doc_number, doc_symbol,"
    " issue_place, issue_date, year, title, issuer_level, issuer_name, province, district,"
    " commune, signer_name, signer_position, signer_acting_for, place_scheme, province_code,"
    " district_code, commune_code, pages, period)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
    "?19, ?20, ?21, ?22, ?23, ?24, ?25)";
// A scan read by OCR (schemas/sql/0005_ocr.sql). A separate statement, prepared on the
// first OCR document, so that a writer of documents with a text layer still works on a
// database of an older schema (tests/store/read_only_store_test.cc writes version 3).
constexpr const char* kMarkOcr =
    "UPDATE documents SET ocr = 1, ocr_confidence = ?2, ocr_pages = ?3 WHERE id = ?1";
constexpr const char* kInsertProvenance =
    "INSERT INTO document_provenance (document_id, ord, field, span_begin, span_end, rule_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
constexpr const char* kInsertLegalBasis =
    "INSERT INTO legal_bases (document_id, ord, kind, number, date, issuer,"
    " span_begin, span_end, rule_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
constexpr const char* kInsertCriteriaStatus =
    "INSERT INTO criteria_status (document_id, ord, subject, criteria_set, criterion, status,"
    " commune_group, span_begin, span_end, rule_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
constexpr const char* kInsertCriteriaCount =
    "INSERT INTO criteria_counts (document_id, ord, subject, criteria_set, status, count, total,"
    " listed, span_begin, span_end, rule_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
constexpr const char* kInsertTarget =
    "INSERT INTO targets (document_id, ord, subject, criteria_set, criterion, indicator, metric,"
    " comparator, value, value_max, of_total, unit, actual, year, commune_group, span_begin,"
    " span_end, rule_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)";
constexpr const char* kInsertTask =
    "INSERT INTO tasks (document_id, ord, subject, criterion, indicator, title, deadline_text,"
    " deadline_kind, deadline_start, deadline_end, span_begin, span_end, rule_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";
constexpr const char* kInsertTaskUnit =
    "INSERT INTO task_units (task_id, role, unit, position) VALUES (?1, ?2, ?3, ?4)";
constexpr const char* kInsertResponsibility =
    "INSERT INTO responsibilities (document_id, ord, unit, role, span_begin, span_end, rule_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
// Sets: a repeat (which the contract forbids anyway) is dropped, not an error.
constexpr const char* kInsertResponsibilityCriterion =
    "INSERT INTO responsibility_criteria (responsibility_id, criterion) VALUES (?1, ?2)"
    " ON CONFLICT DO NOTHING";
constexpr const char* kInsertResponsibilityIndicator =
    "INSERT INTO responsibility_indicators (responsibility_id, indicator) VALUES (?1, ?2)"
    " ON CONFLICT DO NOTHING";
constexpr const char* kInsertFinding =
    "INSERT INTO findings (document_id, ord, check_id, subject, severity, message,"
    " span_begin, span_end, rule_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
constexpr const char* kInsertPlace =
    "INSERT INTO document_places (document_id, ord, role, name, level, scheme, code,"
    " successor_codes, note, span_begin, span_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
    " ?10, ?11)";
// A key repeated (two levels of the chain with one name) is one row.
constexpr const char* kInsertPlaceKey =
    "INSERT INTO document_place_keys (document_id, level, name_key) VALUES (?1, ?2, ?3)"
    " ON CONFLICT DO NOTHING";
constexpr const char* kInsertDiagnostic =
    "INSERT INTO diagnostics (document_id, ord, severity, stage, message)"
    " VALUES (?1, ?2, ?3, ?4, ?5)";

std::string RecordName(std::string_view list, size_t index, const Provenance& prov) {
  return std::string(list) + "[" + std::to_string(index) + "] (rule " + prov.rule_id + ")";
}

// Spans are code-point offsets into the stored text; one pointing past it would make
// every "why?" answer for that record wrong, so the document is refused instead.
Status CheckSpan(const Provenance& prov, uint32_t text_length, const std::string& where) {
  if (prov.span.begin <= prov.span.end && prov.span.end <= text_length) return Status::Ok();
  return Status::InvalidInput(where + ": span [" + std::to_string(prov.span.begin) + ", " +
                              std::to_string(prov.span.end) + ") is not within the text's " +
                              std::to_string(text_length) + " code points");
}

template <typename Record>
Status CheckSpans(std::string_view list, const std::vector<Record>& records, uint32_t text_length) {
  for (size_t i = 0; i < records.size(); ++i) {
    Status s = CheckSpan(records[i].prov, text_length, RecordName(list, i, records[i].prov));
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

bool IsLowerHex(std::string_view s) {
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

// Everything Put can check without the database, so a bad record costs no
// transaction.
Status Validate(const Extraction& e) {
  if (e.source.empty()) return Status::InvalidInput("the extraction has no source path");
  if (e.sha256.size() != 64 || !IsLowerHex(e.sha256)) {
    return Status::InvalidInput("sha256 \"" + e.sha256 + "\" is not 64 lower-case hex digits");
  }
  const size_t bad = FindInvalidUtf8(e.text);
  if (bad != std::string::npos) {
    return Status::InvalidInput("the text is not valid UTF-8 at byte " + std::to_string(bad));
  }
  const uint32_t length = static_cast<uint32_t>(CountCodePoints(e.text));
  for (size_t i = 0; i < e.document.provenance.size(); ++i) {
    const auto& [field, prov] = e.document.provenance[i];
    Status s = CheckSpan(prov, length, "document." + field + " (rule " + prov.rule_id + ")");
    if (!s.ok()) return s;
  }
  Status s = CheckSpans("legal_bases", e.legal_bases, length);
  if (s.ok()) s = CheckSpans("criteria_status", e.criteria_status, length);
  if (s.ok()) s = CheckSpans("criteria_counts", e.criteria_counts, length);
  if (s.ok()) s = CheckSpans("targets", e.targets, length);
  if (s.ok()) s = CheckSpans("tasks", e.tasks, length);
  if (s.ok()) s = CheckSpans("responsibilities", e.responsibilities, length);
  if (s.ok()) s = CheckSpans("findings", e.findings, length);
  if (s.ok()) s = CheckSpans("places", e.places, length);
  return s;
}

// Binds span_begin, span_end and rule_id from parameter `index` on.
void BindProvenance(sqlite::Statement* stmt, int index, const Provenance& prov) {
  stmt->BindInt(index, prov.span.begin);
  stmt->BindInt(index + 1, prov.span.end);
  stmt->BindText(index + 2, prov.rule_id);
}

// Inserts `records` with `stmt`: binds ?1 document_id and ?2 ord, lets `bind(record,
// stmt)` bind the record's own columns from ?3 on and return the next free index,
// binds the provenance there, runs, then lets `children(record, row_id)` write the
// record's child rows. A failure names the record.
template <typename Record, typename Bind, typename Children>
Status InsertList(std::string_view list, const std::vector<Record>& records, int64_t document_id,
                  sqlite::Statement* stmt, Bind bind, Children children) {
  for (size_t i = 0; i < records.size(); ++i) {
    const Record& r = records[i];
    stmt->BindInt(1, document_id);
    stmt->BindInt(2, static_cast<int64_t>(i));
    BindProvenance(stmt, bind(r, stmt), r.prov);
    Status s = stmt->Run();
    if (s.ok()) s = children(r, sqlite3_last_insert_rowid(sqlite3_db_handle(stmt->get())));
    if (!s.ok()) return WithContext(s, RecordName(list, i, r.prov));
  }
  return Status::Ok();
}

Status NoChildren(const auto&, int64_t) { return Status::Ok(); }

const char* SeverityName(Diagnostic::Severity severity) {
  switch (severity) {
    case Diagnostic::Severity::kInfo:
      return "info";
    case Diagnostic::Severity::kWarning:
      return "warning";
    case Diagnostic::Severity::kError:
      break;
  }
  return "error";
}

}  // namespace

Status DocumentWriter::Prepare(sqlite3* db, std::shared_ptr<const PlanCopyRules> plan_rules) {
  db_ = db;
  if (Status s = plans_.Prepare(db, std::move(plan_rules)); !s.ok()) return s;
  const std::pair<sqlite::Statement*, const char*> statements[] = {
      {&find_by_hash_, "SELECT id FROM documents WHERE sha256 = ?1"},
      {&find_by_source_, "SELECT id FROM documents WHERE source = ?1"},
      {&delete_document_, "DELETE FROM documents WHERE id = ?1"},
      {&insert_document_, kInsertDocument},
      {&insert_provenance_, kInsertProvenance},
      {&insert_legal_basis_, kInsertLegalBasis},
      {&insert_criteria_status_, kInsertCriteriaStatus},
      {&insert_criteria_count_, kInsertCriteriaCount},
      {&insert_target_, kInsertTarget},
      {&insert_task_, kInsertTask},
      {&insert_task_unit_, kInsertTaskUnit},
      {&insert_responsibility_, kInsertResponsibility},
      {&insert_responsibility_criterion_, kInsertResponsibilityCriterion},
      {&insert_responsibility_indicator_, kInsertResponsibilityIndicator},
      {&insert_finding_, kInsertFinding},
      {&insert_place_, kInsertPlace},
      {&insert_place_key_, kInsertPlaceKey},
      {&insert_diagnostic_, kInsertDiagnostic},
  };
  for (const auto& [stmt, sql] : statements) {
    Status s = stmt->Prepare(db, sql);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status DocumentWriter::FindId(sqlite::Statement* lookup, const std::string& key,
                              std::optional<int64_t>* id) {
  id->reset();
  lookup->BindText(1, key);
  bool has_row = false;
  Status s = lookup->Next(&has_row);
  if (s.ok() && has_row) *id = lookup->ColumnInt(0);
  lookup->Reset();
  return s;
}

Status DocumentWriter::ContainsHash(const std::string& sha256, bool* found) {
  std::optional<int64_t> id;
  Status s = FindId(&find_by_hash_, sha256, &id);
  *found = id.has_value();
  return s;
}

Status DocumentWriter::Put(const Extraction& e, const std::vector<Diagnostic>& diagnostics,
                           PutOutcome* outcome) {
  Status s = Validate(e);
  if (!s.ok()) return s;
  sqlite::Transaction txn(db_);
  s = txn.Begin();
  std::optional<int64_t> id;
  if (s.ok()) s = FindId(&find_by_hash_, e.sha256, &id);
  if (!s.ok()) return s;
  if (id) {
    *outcome = PutOutcome::kUnchanged;  // the read-only transaction rolls back
    return Status::Ok();
  }
  s = FindId(&find_by_source_, e.source, &id);
  const bool replacing = id.has_value();
  if (s.ok() && replacing) {
    delete_document_.BindInt(1, *id);
    s = WithContext(delete_document_.Run(), "cannot delete the earlier version");
  }
  int64_t document_id = 0;
  if (s.ok()) s = InsertDocument(e, &document_id);
  if (s.ok()) s = InsertRecords(e, document_id);
  if (s.ok()) s = InsertPlaces(e, document_id);
  if (s.ok()) s = InsertDiagnostics(diagnostics, document_id);
  if (s.ok()) s = plans_.Link(document_id);
  if (s.ok()) s = txn.Commit();
  if (!s.ok()) return s;
  *outcome = replacing ? PutOutcome::kReplaced : PutOutcome::kInserted;
  return Status::Ok();
}

Status DocumentWriter::InsertDocument(const Extraction& e, int64_t* id) {
  const DocumentFacts& d = e.document;
  sqlite::Statement& stmt = insert_document_;
  stmt.BindText(1, e.source);
  stmt.BindText(2, e.sha256);
  stmt.BindText(3, e.format);
  stmt.BindText(4, e.text);
  stmt.BindText(5, d.doc_type);
  stmt.BindOpt(6, d.doc_number);
  stmt.BindText(7, d.doc_symbol);
  stmt.BindOpt(8, d.issue_place);
  stmt.BindOpt(9, d.issue_date);
  stmt.BindOpt(10, d.year);
  stmt.BindOpt(11, d.title);
  if (d.issuer) {
    stmt.BindText(12, d.issuer->level);
    stmt.BindText(13, d.issuer->name);
  }
  stmt.BindOpt(14, d.locality.province);
  stmt.BindOpt(15, d.locality.district);
  stmt.BindOpt(16, d.locality.commune);
  if (d.signer) {
    stmt.BindText(17, d.signer->name);
    stmt.BindText(18, d.signer->position);
    stmt.BindOpt(19, d.signer->acting_for);
  }
  stmt.BindOpt(20, e.place_scheme);
  // The locality's codes, one per level (places/: the "places" extractor).
  for (const DocumentPlace& place : e.places) {
    if (place.role != "locality" || !place.code || !place.level) continue;
    const int column = *place.level == "province" ? 21 : *place.level == "district" ? 22 : 23;
    stmt.BindText(column, *place.code);
  }
  if (!e.pages.empty()) stmt.BindText(24, nlohmann::json(e.pages).dump());
  stmt.BindOpt(25, d.period);
  // Unbound parameters are NULL: no issuer, no signer, no codes, not a PDF, no period.
  Status s = stmt.Run();
  if (!s.ok()) return WithContext(s, "document");
  *id = sqlite3_last_insert_rowid(db_);

  for (size_t i = 0; i < d.provenance.size(); ++i) {
    const auto& [field, prov] = d.provenance[i];
    insert_provenance_.BindInt(1, *id);
    insert_provenance_.BindInt(2, static_cast<int64_t>(i));
    insert_provenance_.BindText(3, field);
    BindProvenance(&insert_provenance_, 4, prov);
    s = insert_provenance_.Run();
    if (!s.ok()) return WithContext(s, "document." + field + " (rule " + prov.rule_id + ")");
  }
  return e.ocr ? MarkOcr(e, *id) : Status::Ok();
}

Status DocumentWriter::MarkOcr(const Extraction& e, int64_t id) {
  if (!mark_ocr_prepared_) {
    if (Status s = mark_ocr_.Prepare(db_, kMarkOcr); !s.ok()) return WithContext(s, "ocr");
    mark_ocr_prepared_ = true;
  }
  // The mean confidence over the pages OCR read, and the per-page figures as `ntmx
  // extract` prints them (null: a page read from its text layer).
  double sum = 0;
  int pages = 0;
  nlohmann::json per_page = nlohmann::json::array();
  for (int c : e.ocr_confidence) {
    per_page.push_back(c >= 0 ? nlohmann::json(c) : nlohmann::json(nullptr));
    if (c >= 0) {
      sum += c;
      ++pages;
    }
  }
  mark_ocr_.BindInt(1, id);
  if (pages > 0) {
    mark_ocr_.BindReal(2, sum / pages);
  } else {
    mark_ocr_.BindNull(2);
  }
  mark_ocr_.BindText(3, per_page.dump());
  const Status s = mark_ocr_.Run();
  return s.ok() ? s : WithContext(s, "ocr");
}

Status DocumentWriter::InsertRecords(const Extraction& e, int64_t doc) {
  Status s = InsertList(
      "legal_bases", e.legal_bases, doc, &insert_legal_basis_,
      [](const LegalBasis& r, sqlite::Statement* st) {
        st->BindText(3, r.kind);
        st->BindOpt(4, r.number);
        st->BindOpt(5, r.date);
        st->BindOpt(6, r.issuer);
        return 7;
      },
      NoChildren<LegalBasis>);
  if (!s.ok()) return s;

  s = InsertList(
      "criteria_status", e.criteria_status, doc, &insert_criteria_status_,
      [](const CriteriaStatus& r, sqlite::Statement* st) {
        st->BindText(3, r.subject);
        st->BindText(4, r.criteria_set);
        st->BindInt(5, r.criterion);
        st->BindText(6, r.status);
        st->BindOpt(7, r.group);
        return 8;
      },
      NoChildren<CriteriaStatus>);
  if (!s.ok()) return s;

  s = InsertList(
      "criteria_counts", e.criteria_counts, doc, &insert_criteria_count_,
      [](const CriteriaCount& r, sqlite::Statement* st) {
        st->BindText(3, r.subject);
        st->BindText(4, r.criteria_set);
        st->BindText(5, r.status);
        st->BindInt(6, r.count);
        st->BindOpt(7, r.total);
        st->BindOpt(8, r.listed);
        return 9;
      },
      NoChildren<CriteriaCount>);
  if (!s.ok()) return s;

  s = InsertList(
      "targets", e.targets, doc, &insert_target_,
      [](const Target& r, sqlite::Statement* st) {
        st->BindOpt(3, r.subject);
        st->BindOpt(4, r.criteria_set);
        st->BindOpt(5, r.criterion);
        st->BindOpt(6, r.indicator);
        st->BindOpt(7, r.metric);
        st->BindText(8, r.comparator);
        st->BindReal(9, r.value);
        st->BindOpt(10, r.value_max);
        st->BindOpt(11, r.of);
        st->BindOpt(12, r.unit);
        st->BindOpt(13, r.actual);
        st->BindOpt(14, r.year);
        st->BindOpt(15, r.group);
        return 16;
      },
      NoChildren<Target>);
  if (!s.ok()) return s;

  s = InsertList(
      "tasks", e.tasks, doc, &insert_task_,
      [](const Task& r, sqlite::Statement* st) {
        st->BindOpt(3, r.subject);
        st->BindOpt(4, r.criterion);
        st->BindOpt(5, r.indicator);
        st->BindText(6, r.title);
        if (r.deadline) {  // else ?7..?10 stay NULL: Run() cleared the last bindings
          st->BindText(7, r.deadline->text);
          st->BindText(8, r.deadline->kind);
          st->BindOpt(9, r.deadline->start);
          st->BindOpt(10, r.deadline->end);
        }
        return 11;
      },
      [this](const Task& r, int64_t task_id) {
        for (const auto& [role, units] :
             {std::pair{"lead", &r.lead}, std::pair{"support", &r.support}}) {
          for (size_t i = 0; i < units->size(); ++i) {
            insert_task_unit_.BindInt(1, task_id);
            insert_task_unit_.BindText(2, role);
            insert_task_unit_.BindText(3, (*units)[i]);
            insert_task_unit_.BindInt(4, static_cast<int64_t>(i));
            Status s = insert_task_unit_.Run();
            if (!s.ok()) return WithContext(s, std::string(role) + " unit " + std::to_string(i));
          }
        }
        return Status::Ok();
      });
  if (!s.ok()) return s;

  s = InsertList(
      "responsibilities", e.responsibilities, doc, &insert_responsibility_,
      [](const Responsibility& r, sqlite::Statement* st) {
        st->BindText(3, r.unit);
        st->BindText(4, r.role);
        return 5;
      },
      [this](const Responsibility& r, int64_t responsibility_id) {
        for (int criterion : r.criteria) {
          insert_responsibility_criterion_.BindInt(1, responsibility_id);
          insert_responsibility_criterion_.BindInt(2, criterion);
          Status s = insert_responsibility_criterion_.Run();
          if (!s.ok()) return WithContext(s, "criterion " + std::to_string(criterion));
        }
        for (const std::string& indicator : r.indicators) {
          insert_responsibility_indicator_.BindInt(1, responsibility_id);
          insert_responsibility_indicator_.BindText(2, indicator);
          Status s = insert_responsibility_indicator_.Run();
          if (!s.ok()) return WithContext(s, "indicator " + indicator);
        }
        return Status::Ok();
      });
  if (!s.ok()) return s;

  return InsertList(
      "findings", e.findings, doc, &insert_finding_,
      [](const Finding& r, sqlite::Statement* st) {
        st->BindText(3, r.check);
        st->BindOpt(4, r.subject);
        st->BindText(5, r.severity);
        st->BindText(6, r.message);
        return 7;
      },
      NoChildren<Finding>);
}

Status DocumentWriter::InsertPlaces(const Extraction& e, int64_t document_id) {
  for (size_t i = 0; i < e.places.size(); ++i) {
    const DocumentPlace& p = e.places[i];
    std::string successors;
    for (const std::string& code : p.successors)
      successors += (successors.empty() ? "" : " ") + code;
    sqlite::Statement& st = insert_place_;
    st.BindInt(1, document_id);
    st.BindInt(2, static_cast<int64_t>(i));
    st.BindText(3, p.role);
    st.BindText(4, p.name);
    st.BindOpt(5, p.level);
    st.BindOpt(6, p.scheme);
    st.BindOpt(7, p.code);
    if (successors.empty()) {
      st.BindNull(8);
    } else {
      st.BindText(8, successors);
    }
    st.BindOpt(9, p.note);
    st.BindInt(10, p.prov.span.begin);
    st.BindInt(11, p.prov.span.end);
    Status s = st.Run();
    if (!s.ok()) return WithContext(s, "places[" + std::to_string(i) + "] (" + p.name + ")");
  }
  for (const LocalityKey& k : e.locality_keys) {
    insert_place_key_.BindInt(1, document_id);
    insert_place_key_.BindText(2, k.level);
    insert_place_key_.BindText(3, k.key);
    Status s = insert_place_key_.Run();
    if (!s.ok()) return WithContext(s, "locality key " + k.level + " \"" + k.key + "\"");
  }
  return Status::Ok();
}

Status DocumentWriter::InsertDiagnostics(const std::vector<Diagnostic>& diagnostics,
                                         int64_t document_id) {
  for (size_t i = 0; i < diagnostics.size(); ++i) {
    const Diagnostic& d = diagnostics[i];
    insert_diagnostic_.BindInt(1, document_id);
    insert_diagnostic_.BindInt(2, static_cast<int64_t>(i));
    insert_diagnostic_.BindText(3, SeverityName(d.severity));
    insert_diagnostic_.BindText(4, d.stage);
    insert_diagnostic_.BindText(5, d.message);
    Status s = insert_diagnostic_.Run();
    if (!s.ok()) return WithContext(s, "diagnostics[" + std::to_string(i) + "]");
  }
  return Status::Ok();
}

}  // namespace ntmx
