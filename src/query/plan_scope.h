// Plan scope: which stored files the read commands show. By default each plan once,
// through its primary copy (schemas/sql/0007_plan_copies.sql: a draft, its signed
// PDF and a scan are one plan); with --all-copies every file.
//
// One SQL condition, used by `ntmx query` (query_sql.h), `ntmx audit`
// (collection_audit.h) and `ntmx report` (report/report_data.h), so all three agree
// on what "each plan once" means.
//
//   "SELECT ... FROM documents d WHERE " + PrimaryCopyCondition("d.id")
#pragma once

#include <string>
#include <string_view>

namespace ntmx {

enum class CopyScope {
  kPrimaryCopies,  // each plan once: its primary copy (the default)
  kAllCopies,      // every stored file (--all-copies)
};

// A condition true when document `document_id` (an SQL expression) is in `scope`,
// "(d.id IN (SELECT primary_document_id FROM plans))", or "(1)" for kAllCopies.
std::string InScope(CopyScope scope, std::string_view document_id);

}  // namespace ntmx
