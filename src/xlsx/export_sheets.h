// ExportSheets: the sheets of `ntmx export --xlsx`, one per question the README's
// query section answers, read from the store through its read-only API only
// (Store::Query on a database opened with Store::OpenForReading):
//
//   Văn bản       the documents: number, type, date (an Excel date), issuer, locality,
//                 title, signer, format, pages and how many records each gave
//   Tiêu chí <set> per criteria set: subjects as rows, criteria numbers as columns,
//                 ✓ met / ✗ unmet / ○ planned (coloured, each with a note quoting
//                 its words), and the counts of met, unmet and planned criteria
//   Chỉ tiêu      the targets (`ntmx query targets --why`)
//   Nhiệm vụ      the tasks with lead and support units and deadline (`query tasks`)
//   Trách nhiệm   who leads or supports what (`ntmx query units`)
//   Phát hiện     the findings of `ntmx audit` (stored ones and those across plans)
//
// Every sheet ends with the Nguồn columns: the file, the PDF page (when known) and
// the words the row was read from. Words shown to a reader come from SheetLabels
// (schemas/labels/xlsx.tsv). The filters (--province, --district, --commune,
// --year) are `ntmx query`'s own (query/query_sql.h) and apply to every sheet; the
// findings are those of the documents on the Văn bản sheet. Which documents may be
// shown at all is decided once, by ChooseDocuments (document_scope.h): each plan once
// through its primary copy, as `ntmx query` shows them, or every file (--all-copies).
//
//   std::vector<SheetTable> sheets;
//   Status s = BuildExportSheets(&store, resources, labels, filters,
//                                CopyScope::kPrimaryCopies, &sheets);
//   s = WriteWorkbook("ntm.xlsx", sheets);
#pragma once

#include <vector>

#include "knowledge/resources.h"
#include "query/plan_scope.h"
#include "query/query_request.h"
#include "store/store.h"
#include "util/status.h"
#include "xlsx/sheet_labels.h"
#include "xlsx/sheet_table.h"

namespace ntmx {

// Fails when a query fails (the message says which) or when a filter other than
// the place and year filters is set.
// `copies`: each plan once through its primary copy (the default), or every file.
Status BuildExportSheets(Store* store, const Resources& resources, const SheetLabels& labels,
                         const QueryFilters& filters, CopyScope copies,
                         std::vector<SheetTable>* out);

}  // namespace ntmx
