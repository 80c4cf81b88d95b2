// BuildReportHtml: the page of `ntmx report` -- one self-contained HTML file (inline
// style sheet and SVG, no script, no network) that people read on screen or print.
//
// Sections (on paper each after the first opens a page):
//   1. Văn bản (documents): what was ingested -- type and number, date, issuer,
//      locality, period, and how many records of each kind were read from it;
//   2. Ma trận tiêu chí (criteria matrix): per criteria set, subjects × criteria,
//      each cell ✓ met / ✗ unmet / ○ planned -- symbol and colour, so the grid reads
//      in grey print and for colour-blind readers -- plus the plan's own count
//      claims ("đạt 15/19");
//   3. Chỉ tiêu (targets): charts comparing one criterion's target across places
//      (target_charts.h), then every target in a table;
//   4. Phát hiện (findings): the audit's findings with their quoted sentences;
//   5. Nguồn (sources): every record shown above with its document, rule id and the
//      words it was read from, highlighted in their line.
// Every number of sections 2 and 3 has a tooltip quoting its sentence and links to
// its entry in 5 (anchors "src-<table>-<id>"). All text from the database is escaped
// (html_writer.h).
//
//   std::string html = BuildReportHtml(data, findings, {"ntm.db", "2026-11-28"});
#pragma once

#include <string>
#include <vector>

#include "query/collection_audit.h"
#include "report/report_data.h"

namespace ntmx {

struct ReportPageOptions {
  std::string database;   // named in the page's header
  std::string generated;  // the date shown as "tạo ngày …"; empty: not shown
  size_t max_charts = 8;
};

std::string BuildReportHtml(const ReportData& data, const std::vector<AuditFinding>& findings,
                            const ReportPageOptions& options);

}  // namespace ntmx
