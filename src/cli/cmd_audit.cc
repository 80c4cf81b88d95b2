// `ntmx audit`: every finding stored in the database plus the checks across
// documents (src/query/collection_audit.h), as a table, CSV or JSON.
#include <iostream>

#include "cli/commands.h"
#include "cli/table_printer.h"
#include "cli/terminal.h"
#include "pipeline/pipeline.h"
#include "query/collection_audit.h"
#include "store/store.h"

namespace ntmx {

int RunAudit(const CommonOptions& common, const AuditOptions& options) {
  std::unique_ptr<Pipeline> pipeline;
  if (!LoadPipelineOrReport(common, &pipeline)) return 2;
  Store store;
  if (!OpenExistingStoreOrReport(common, options.db, &store)) return 2;
  std::vector<AuditFinding> findings;
  const CopyScope scope = options.all_copies ? CopyScope::kAllCopies : CopyScope::kPrimaryCopies;
  const Status status = AuditCollection(&store, pipeline->resources(), scope, &findings);
  if (!status.ok()) {
    std::cerr << "ntmx: audit: " << status.message() << '\n';
    return 1;
  }
  const ResultTable table = AuditTable(findings);
  if (options.format == "csv") {
    PrintCsv(table, std::cout);
  } else if (options.format == "json") {
    PrintJson(table, std::cout);
  } else {
    TableOptions table_options;
    table_options.max_cell_width = 0;  // messages and quotes are the point: never cut
    table_options.null_text = "";
    PrintTable(table, table_options, std::cout);
  }
  return 0;
}

}  // namespace ntmx
