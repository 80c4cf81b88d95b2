// Copy mismatch: copies of one plan that disagree (the collection audit's check
// `copy_mismatch`, severity warning).
//
// A draft says a commune meets 14 of 19 criteria and the signed copy says 15; a
// criterion met in one copy is unmet in the other; a target's value differs. Each
// copy of a plan (schemas/sql/0007_plan_copies.sql) is compared with the plan's
// reference copy, the best-ranked one (plan_copies.copy_rank), on
//   - criteria_counts: the counts stated for one subject, set and status;
//   - criteria_status: the statuses stated for one subject, set and criterion;
//   - targets (those tied to a criterion): the values for one subject, criterion,
//     indicator, unit and year.
// A disagreement is a value that each copy states and the other does not: a record
// one copy lacks (a reader missing a line of a PDF) is not one. Copies read by OCR
// are not compared: a misread digit is not the plan saying something else.
//
// The message names both files and the finding quotes both sentences:
//   "Tam Đường: copies of one plan disagree on the number of met criteria of xa_ntm:
//    14/19 in draft.docx but 15/19 in signed.pdf."
#pragma once

#include <vector>

#include "query/audit_finding.h"
#include "store/store.h"
#include "util/status.h"

namespace ntmx {

// Appends one finding per disagreement to `*out`, plan by plan. Reads through
// Store::Query only.
Status FindCopyMismatches(Store* store, std::vector<AuditFinding>* out);

}  // namespace ntmx
