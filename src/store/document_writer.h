// DocumentWriter: writes one Extraction, with everything read from it, in one
// transaction.
//
// It is the write half of Store (store.h), kept apart so that store.cc stays the
// small facade: it owns the INSERT statements (prepared once when the store opens,
// run once per row) and the identity rules:
//
//   - the SHA-256 of the raw input is a document's identity: a hash already stored
//     is `unchanged` and nothing is written, whatever the source path;
//   - the source path names the latest version: a new hash for a stored source
//     deletes the old document (its rows go with it by ON DELETE CASCADE) and
//     inserts the new one, in the same transaction: `replaced`;
//   - anything else is `inserted`.
//
// Then the document joins its plan (plan_linker.h: the copies of one plan, a draft,
// its signed PDF, a scan), in the same transaction.
//
// A failure anywhere (a bad span, a CHECK constraint, a full disk) rolls the whole
// transaction back: the database then holds exactly what it held before the call,
// including the earlier version of a document being replaced.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "knowledge/plan_copy_rules.h"
#include "model/records.h"
#include "store/plan_linker.h"
#include "store/sqlite_util.h"
#include "store/store.h"
#include "util/diagnostics.h"
#include "util/status.h"

namespace ntmx {

class DocumentWriter {
 public:
  DocumentWriter() = default;
  DocumentWriter(const DocumentWriter&) = delete;
  DocumentWriter& operator=(const DocumentWriter&) = delete;

  // Prepares every statement on `db`, which must hold the current schema and
  // outlive this object. `plan_rules` decide which documents are copies of one plan
  // (null: each document is its own plan, plan_linker.h).
  Status Prepare(sqlite3* db, std::shared_ptr<const PlanCopyRules> plan_rules);

  // The linker of the documents' plans, for Store::Open's pass over documents
  // stored before plans were kept.
  PlanLinker& plans() { return plans_; }

  // Sets `*found` to whether a document with this SHA-256 is stored.
  Status ContainsHash(const std::string& sha256, bool* found);

  // Stores `e` and `diagnostics` by the identity rules above and sets `*outcome`
  // (left untouched on failure). Fails with kInvalidInput, before touching the
  // database, when `e` breaks the contract: empty source, a sha256 that is not 64
  // lower-case hex digits, text that is not UTF-8, or a span outside the text.
  Status Put(const Extraction& e, const std::vector<Diagnostic>& diagnostics, PutOutcome* outcome);

 private:
  Status FindId(sqlite::Statement* lookup, const std::string& key, std::optional<int64_t>* id);
  Status InsertDocument(const Extraction& e, int64_t* id);
  Status InsertRecords(const Extraction& e, int64_t document_id);
  // document_places and document_place_keys.
  Status InsertPlaces(const Extraction& e, int64_t document_id);
  Status InsertDiagnostics(const std::vector<Diagnostic>& diagnostics, int64_t document_id);
  // documents.ocr, ocr_confidence, ocr_pages of a scan read by OCR.
  Status MarkOcr(const Extraction& e, int64_t document_id);

  sqlite3* db_ = nullptr;
  PlanLinker plans_;
  sqlite::Statement find_by_hash_;
  sqlite::Statement find_by_source_;
  sqlite::Statement delete_document_;
  sqlite::Statement insert_document_;
  sqlite::Statement insert_provenance_;
  sqlite::Statement insert_legal_basis_;
  sqlite::Statement insert_criteria_status_;
  sqlite::Statement insert_criteria_count_;
  sqlite::Statement insert_target_;
  sqlite::Statement insert_task_;
  sqlite::Statement insert_task_unit_;
  sqlite::Statement insert_responsibility_;
  sqlite::Statement insert_responsibility_criterion_;
  sqlite::Statement insert_responsibility_indicator_;
  sqlite::Statement insert_finding_;
  sqlite::Statement insert_place_;
  sqlite::Statement insert_place_key_;
  sqlite::Statement insert_diagnostic_;
  sqlite::Statement mark_ocr_;  // prepared on the first OCR document (kMarkOcr)
  bool mark_ocr_prepared_ = false;
};

}  // namespace ntmx
