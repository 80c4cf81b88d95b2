// ReportData: what `ntmx report` shows, read from the database -- never by
// extracting again -- through the read-only query layer (Store::Query, which runs
// every statement on a read-only connection, store/read_only_query.h).
//
// Every number the page prints (a criterion's status, a count claim, a target) keeps
// the anchor of its SourceRef: the document, the rule and the words it was read
// from, with the rest of their line for context, so report_builder can give each
// cell a tooltip and a link into the "Sources" appendix.
//
// Columns added by later migrations (documents.period, commune_group) are read when
// the database has them and left empty otherwise.
//
//   ReportData data;
//   Status s = LoadReportData(&store, catalogue, CopyScope::kPrimaryCopies, &data);
//   data.documents.size(), data.matrices[0].rows, data.Source("src-targets-12")
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "criteria/catalogue.h"
#include "query/plan_scope.h"
#include "store/store.h"
#include "util/status.h"

namespace ntmx {

// Where one record was read from.
struct SourceRef {
  std::string anchor;  // "src-targets-12": the id of its entry in the appendix
  std::string kind;    // record table: targets, criteria_status, criteria_counts
  int64_t record_id = 0;
  int64_t document_id = 0;
  std::string source;  // the document's path as ingested
  std::string rule_id;
  int64_t span_begin = 0;
  int64_t span_end = 0;
  std::string quote;   // the words of the span
  std::string before;  // the rest of the quote's line before it ("…" when cut)
  std::string after;   // and after it
};

struct ReportDocument {
  int64_t id = 0;
  std::string source;
  std::string format;
  std::string doc_type, doc_number, doc_symbol;
  std::string issue_date;  // ISO, or empty
  std::optional<int> year;
  std::string title;
  std::string issuer_level, issuer_name;
  std::string province, district, commune;
  std::string period;  // "2021-2025" when the database knows it
  std::string signer_name, signer_position;
  // The files its plan came as (schemas/sql/0007_plan_copies.sql): how many, and their
  // formats in rank order ("pdf, docx, text"); 1 and this file's format when alone.
  int64_t copies = 1;
  std::string copy_formats;
  // Rows read from the document, per record table.
  int64_t legal_bases = 0, criteria_status = 0, criteria_counts = 0, targets = 0, tasks = 0,
          responsibilities = 0, findings = 0;
};

// One status a document gives a subject's criterion.
struct StatusMark {
  std::string status;  // met, unmet, planned
  std::string anchor;  // its SourceRef
};

// A "đạt 15/19 tiêu chí" claim.
struct CountClaim {
  std::string status;
  int64_t count = 0;
  std::optional<int64_t> total;
  std::string anchor;
};

// One subject as one document describes it, against one criteria set.
struct MatrixRow {
  std::string subject;
  int64_t document_id = 0;
  std::optional<int> year;
  std::optional<int> commune_group;
  std::map<int, std::vector<StatusMark>> cells;  // criterion -> statuses, in text order
  std::vector<CountClaim> claims;
};

// The grid of one criteria set: every subject a document rates against it.
struct CriteriaMatrix {
  std::string set;    // "xa_ntm"
  std::string label;  // the catalogue's name of the set (the id when unknown)
  // Column order: the catalogue's national criteria, then any other number seen.
  std::vector<int> criteria;
  std::map<int, std::string> criterion_names;
  std::vector<MatrixRow> rows;
};

struct ReportTarget {
  int64_t id = 0;
  int64_t document_id = 0;
  std::string subject;
  std::string criteria_set;
  std::optional<int> criterion;
  std::string criterion_name;  // the catalogue's, when it knows set and number
  std::string indicator, metric, comparator, unit;
  double value = 0;
  std::optional<double> value_max, of_total, actual;
  std::optional<int> year;  // the target's year, else its document's
  std::optional<int> commune_group;
  std::string province;  // of the document
  std::string anchor;
};

struct ReportData {
  std::vector<ReportDocument> documents;  // by year, then id
  std::vector<CriteriaMatrix> matrices;   // by set id
  std::vector<ReportTarget> targets;      // in document order
  std::vector<SourceRef> sources;         // every anchor used above, in document order

  // nullptr when absent. Linear: a report holds hundreds of records, not millions.
  const ReportDocument* Document(int64_t id) const;
  const SourceRef* Source(const std::string& anchor) const;
};

// Reads everything above, of the documents in `scope` (each plan once through its
// primary copy, or every stored file: query/plan_scope.h). Fails only when a query
// fails (the message names it).
Status LoadReportData(Store* store, const CriteriaCatalogue& catalogue, CopyScope scope,
                      ReportData* out);

// The part of `window` after its last line break ("…" + the end of it when the line
// is longer than `max_chars` code points): the words of a line before a quote.
std::string LineTail(const std::string& window, size_t max_chars);
// The part of `window` before its first line break, cut likewise: the words after.
std::string LineHead(const std::string& window, size_t max_chars);

}  // namespace ntmx
