// PlanLinker: puts each stored document into its plan (schemas/sql/0007_plan_copies.sql)
// by the rule of plan_identity.h, inside the caller's transaction.
//
// It is the store's half of plan identity: it keeps each document's lookup keys in
// `plan_keys`, finds the documents sharing one (the candidates, through an index),
// reads their header facts and, only where the header leaves it open, their texts,
// and sets documents.plan_id: the plan of the first candidate (the earliest stored,
// text layers before OCR) that is the same plan, or a new plan. Texts are compared
// once per candidate plan (with its first candidate whose header leaves it open), so
// a title shared by many files costs one text comparison per plan, not per file. The migration's
// triggers then keep each plan's primary copy. A candidate's plan is joined only if no numbered
// copy in it carries another number, so a draft never bridges two numbered plans.
//
//   PlanLinker linker;
//   Status s = linker.Prepare(db, rules);   // once, after the migrations
//   s = linker.Link(document_id);           // after the document's rows are written
//
// Without rules (a store opened without schemas/plan_copies.toml, as many tests do)
// a document becomes a plan of its own and gets no keys; the next store opened with
// rules compares it (LinkUnkeyed). On a database older than 0007 it does nothing.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>

#include "knowledge/plan_copy_rules.h"
#include "store/sqlite_util.h"
#include "util/status.h"

namespace ntmx {

struct PlanCopyFacts;

class PlanLinker {
 public:
  PlanLinker() = default;
  PlanLinker(const PlanLinker&) = delete;
  PlanLinker& operator=(const PlanLinker&) = delete;

  // Prepares the statements on `db`, which must outlive this object; `rules` may be
  // null (see above).
  Status Prepare(sqlite3* db, std::shared_ptr<const PlanCopyRules> rules);

  // Links the stored document `document_id` into its plan. Call inside the
  // transaction that stored it; on failure the caller rolls back.
  Status Link(int64_t document_id);

  // Links every document without a plan_keys row, oldest first, in one transaction
  // (a database just migrated to 0007, or written by a store without rules);
  // `*linked` receives how many were compared. Nothing to do without rules.
  Status LinkUnkeyed(int* linked);

 private:
  Status ReadFacts(int64_t document_id, PlanCopyFacts* facts, std::optional<int64_t>* plan_id);
  Status ReadText(int64_t document_id, std::string* text);
  // Whether `plan_id` holds a numbered copy whose number is not `number`.
  Status OtherNumberIn(int64_t plan_id, const std::optional<std::string>& number, bool* other);
  // The plan `document_id` (with `facts`) belongs to; nullopt: none stored yet.
  Status FindPlan(int64_t document_id, const PlanCopyFacts& facts, std::optional<int64_t>* plan_id);
  Status MoveTo(int64_t document_id, int64_t plan_id);

  sqlite3* db_ = nullptr;
  std::shared_ptr<const PlanCopyRules> rules_;
  bool enabled_ = false;  // the database has plans (0007)
  sqlite::Statement read_facts_;
  sqlite::Statement read_text_;
  sqlite::Statement put_keys_;
  sqlite::Statement candidates_;
  sqlite::Statement plan_numbers_;
  sqlite::Statement new_plan_;
  sqlite::Statement set_plan_;
  sqlite::Statement unkeyed_;
};

}  // namespace ntmx
