// The Văn bản sheet: `ntmx query documents` chooses and orders the documents (its
// place and year filters), and one more SELECT adds what a reader of a workbook
// wants beside them and that query does not print: the date of issue (an Excel
// date), the issuer, the signer, the format and pages, how many records each
// document gave, and the words its number (else its date) was read from.
#include <map>

#include "xlsx/query_sheet.h"
#include "xlsx/sheet_builders.h"

namespace ntmx {
namespace {

// Per document: its details, and its Nguồn (the number's span, else the date's,
// from document_provenance; the page counted as the views of 0003_views.sql do).
constexpr const char* kDetailsSql =
    "WITH p AS (SELECT document_id, span_begin, span_end, row_number() OVER ("
    "PARTITION BY document_id ORDER BY field <> 'doc_number', ord) AS k FROM document_provenance"
    " WHERE field IN ('doc_number', 'issue_date'))"
    " SELECT d.id, d.doc_number AS number, d.doc_type AS type, d.issue_date, d.year,"
    " d.issuer_level AS level, d.issuer_name AS issuer, d.province, d.district, d.commune,"
    " d.title, d.signer_name AS signer, d.format, json_array_length(d.pages) AS page_count,"
    " (SELECT count(*) FROM criteria_status x WHERE x.document_id = d.id) AS criteria_status,"
    " (SELECT count(*) FROM targets x WHERE x.document_id = d.id) AS targets,"
    " (SELECT count(*) FROM tasks x WHERE x.document_id = d.id) AS tasks,"
    " (SELECT count(*) FROM responsibilities x WHERE x.document_id = d.id) AS responsibilities,"
    " (SELECT count(*) FROM findings x WHERE x.document_id = d.id) AS findings,"
    " d.source, CASE WHEN d.pages IS NULL OR p.span_begin IS NULL THEN NULL"
    " ELSE (SELECT count(*) FROM json_each(d.pages) j WHERE j.value <= p.span_begin) END AS page,"
    " substr(d.text, p.span_begin + 1, p.span_end - p.span_begin) AS quote"
    " FROM documents d LEFT JOIN p ON p.document_id = d.id AND p.k = 1";

std::vector<ColumnSpec> DocumentColumns() {
  using T = ColumnType;
  return {{"id"},
          {"number", T::kText},
          {"type", T::kText},
          {"issue_date", T::kDate},
          {"year"},
          {"level", T::kCode},
          {"issuer", T::kText},
          {"province", T::kText},
          {"district", T::kText},
          {"commune", T::kText},
          {"title", T::kText},
          {"signer", T::kText},
          {"format", T::kText},
          {"page_count"},
          {"criteria_status"},
          {"targets"},
          {"tasks"},
          {"responsibilities"},
          {"findings"},
          {"source", T::kText},
          {"page"},
          {"quote", T::kText}};
}

}  // namespace

Status BuildDocumentsSheet(const ExportContext& context, SheetTable* out,
                           std::set<std::string>* sources) {
  ResultTable chosen;
  Status s = context.RunQuery(QueryKind::kDocuments, /*why=*/false, &chosen);
  if (!s.ok()) return s;
  ResultTable details;
  s = context.store->Query(kDetailsSql, &details);
  if (!s.ok()) return Status::Internal("documents query failed: " + s.message());
  std::map<std::string, size_t> by_id;
  const size_t id = ColumnIndex(details, "id");
  for (size_t r = 0; r < details.rows.size(); ++r) by_id[details.rows[r][id].value_or("")] = r;

  // The details in the order, and for the documents, `ntmx query documents` gave.
  ResultTable ordered;
  ordered.columns = details.columns;
  const size_t chosen_id = ColumnIndex(chosen, "id");
  for (size_t r = 0; r < chosen.rows.size(); ++r) {
    const auto it = by_id.find(chosen.rows[r][chosen_id].value_or(""));
    if (it == by_id.end()) continue;
    ordered.rows.push_back(details.rows[it->second]);
    if (it->second < details.kinds.size()) ordered.kinds.push_back(details.kinds[it->second]);
  }
  *out =
      SheetFromQuery(ordered, "documents", DocumentColumns(), *context.labels, context.scope, "id");
  const size_t id_column = ColumnIndex(ordered, "id"), source = ColumnIndex(ordered, "source");
  for (size_t r = 0; r < ordered.rows.size(); ++r) {
    const int64_t document = std::strtoll(ordered.rows[r][id_column]->c_str(), nullptr, 10);
    if (context.scope.Shows(document)) sources->insert(ordered.rows[r][source].value_or(""));
  }
  return Status::Ok();
}

}  // namespace ntmx
