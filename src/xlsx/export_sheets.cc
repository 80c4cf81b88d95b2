// See export_sheets.h. The order of the sheets is the order of the README's
// questions: what was read, where each place stands, what it aims at, who does
// what, and what does not add up.
#include "xlsx/export_sheets.h"

#include "query/query_sql.h"
#include "xlsx/sheet_builders.h"

namespace ntmx {

Status ExportContext::RunQuery(QueryKind kind, bool why, ResultTable* out) const {
  QueryRequest request;
  request.kind = kind;
  request.filters = filters;
  request.why = why;
  request.all_copies = copies == CopyScope::kAllCopies;
  QuerySql sql;
  Status s = BuildQuerySql(request, &sql);
  if (s.ok()) s = store->Query(sql.sql, sql.parameters, out);
  if (!s.ok() && s.code() != Status::Code::kInvalidInput) {
    return Status::Internal(std::string(QueryKindName(kind)) + " query failed: " + s.message());
  }
  return s;
}

Status BuildExportSheets(Store* store, const Resources& resources, const SheetLabels& labels,
                         const QueryFilters& filters, CopyScope copies,
                         std::vector<SheetTable>* out) {
  out->clear();
  if (filters.set || filters.criterion || filters.indicator || filters.status || filters.unit ||
      filters.role) {
    return Status::InvalidInput(
        "export filters by place and year only (--province, --district, --commune, --year)");
  }
  ExportContext context;
  context.store = store;
  context.resources = &resources;
  context.labels = &labels;
  context.filters = filters;
  context.copies = copies;
  Status s = ChooseDocuments(store, copies, &context.scope);
  if (!s.ok()) return Status::Internal("documents query failed: " + s.message());

  SheetTable documents;
  std::set<std::string> sources;
  s = BuildDocumentsSheet(context, &documents, &sources);
  if (!s.ok()) return s;
  out->push_back(std::move(documents));
  s = BuildCriteriaSheets(context, out);
  if (s.ok()) s = BuildRecordSheets(context, out);
  if (!s.ok()) return s;
  SheetTable findings;
  s = BuildFindingsSheet(context, sources, &findings);
  if (!s.ok()) return s;
  out->push_back(std::move(findings));
  return Status::Ok();
}

}  // namespace ntmx
