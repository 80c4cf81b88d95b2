// DocumentAudit: consistency checks over one document's own records — the
// `findings` of the contract, except criterion_name_mismatch (raised by the
// criteria_status extractor, which alone sees the words).
//
// Consumes the records the extractors produced (criteria_status, criteria_counts,
// targets, tasks), the structure tree and the catalogue; appends findings:
//
//   count_mismatch        "gồm 05 tiêu chí" followed by a list of 4
//   count_total_mismatch  met 14/19 and unmet 06/19 for one commune (14 + 6 ≠ 19)
//   set_size_mismatch     "đạt 14/18 tiêu chí" for a 19-criteria set
//   status_conflict       criterion 9 both met and unmet for one commune
//   section_numbering_gap sections 1., 2., 3., 4., 6. under one heading (subject null);
//                         not on text read by OCR, whose misread numerals look the same
//   stale_deadline        "phấn đấu về đích … năm 2023" in a 2025 plan; a target or
//                         task deadline year before the plan year
//
// Runs as the pipeline stage "audit" (audit_stage.cc), after every extractor.
// Each check adds one finding per (check, subject, fact): a repeat is one finding.
#pragma once

#include "extract/extractor.h"

namespace ntmx {

// Appends the findings of `doc` and its records in `extraction` to
// `extraction->findings`. `resources` supplies rules (patterns/criteria.toml),
// catalogue and gazetteer.
void AuditDocument(const DocumentView& doc, const Resources& resources, Extraction* extraction);

}  // namespace ntmx
