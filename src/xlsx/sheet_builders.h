// The builders of the export's sheets, one file each (export_sheets.h says what each
// sheet holds); export_sheets.cc calls them in sheet order with one ExportContext.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "knowledge/resources.h"
#include "query/query_request.h"
#include "store/store.h"
#include "util/status.h"
#include "xlsx/document_scope.h"
#include "xlsx/sheet_labels.h"
#include "xlsx/sheet_table.h"

namespace ntmx {

struct ExportContext {
  Store* store = nullptr;
  const Resources* resources = nullptr;
  const SheetLabels* labels = nullptr;
  DocumentScope scope;
  CopyScope copies = CopyScope::kPrimaryCopies;  // each plan once, or every file
  QueryFilters filters;

  // `ntmx query KIND --why` with the export's filters, run; fails with the query's
  // message.
  Status RunQuery(QueryKind kind, bool why, ResultTable* out) const;
};

// Văn bản; `sources` receives the path of every document on it.
Status BuildDocumentsSheet(const ExportContext& context, SheetTable* out,
                           std::set<std::string>* sources);
// Tiêu chí <set>, one sheet per criteria set the rows rate against (one empty
// sheet when there is none).
Status BuildCriteriaSheets(const ExportContext& context, std::vector<SheetTable>* out);
// Chỉ tiêu, Nhiệm vụ, Trách nhiệm.
Status BuildRecordSheets(const ExportContext& context, std::vector<SheetTable>* out);
// Phát hiện: the collection audit's findings that name a document of `sources`.
Status BuildFindingsSheet(const ExportContext& context, const std::set<std::string>& sources,
                          SheetTable* out);

}  // namespace ntmx
