// CollectionAudit: the findings of `ntmx audit` — every finding stored with the
// documents, plus the checks only a collection of plans can make:
//
//   cross_status_conflict  one subject, set and criterion, the same plan year, met
//                          in one document and unmet in another (a commune's own
//                          plan against its district's plan)
//   regression             met in an earlier year's plan, unmet in a later one
//   district_claim_mismatch a district plan's "N xã đã đạt chuẩn" against the
//                          commune records stored for that district: more
//                          communes stored as meeting every criterion than N, or
//                          more stored with unmet criteria than the claim leaves
//   copy_mismatch          copies of one plan (a draft and its signed PDF)
//                          disagree on a count, a status or a target
//                          (copy_mismatch.h)
//
// By default each plan is audited once, through its primary copy (plan_scope.h);
// with CopyScope::kAllCopies every stored file is. Two copies of one plan are
// never compared with each other as two plans.
//
// Each finding names the documents and quotes their sentences (from the spans,
// through the record_spans view), so an inspector can check it without opening
// the files. Reads the database only through Store::Query (read-only).
//
//   Store store;  store.Open("ntm.db", ...);
//   std::vector<AuditFinding> findings;
//   Status s = AuditCollection(&store, resources, CopyScope::kPrimaryCopies, &findings);
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "knowledge/resources.h"
#include "query/audit_finding.h"
#include "query/plan_scope.h"
#include "store/result_table.h"
#include "store/store.h"
#include "util/status.h"

namespace ntmx {

// Lists the stored findings and runs the cross-document checks. `resources`
// supplies the rule audit.district_claim (patterns/criteria.toml), the catalogue
// (set sizes) and the gazetteer (how many communes a district has); `scope` which
// stored files are audited.
Status AuditCollection(Store* store, const Resources& resources, CopyScope scope,
                       std::vector<AuditFinding>* out);

// The findings as a table: check, subject, year, severity, documents, message,
// quotes (documents and quotes joined by " | ").
ResultTable AuditTable(const std::vector<AuditFinding>& findings);

}  // namespace ntmx
