// `ntmx sql`: one read-only query against the database, printed as a table for
// a terminal, or as CSV or JSON for other programs.
#include <iostream>

#include "cli/commands.h"
#include "cli/table_printer.h"
#include "cli/terminal.h"
#include "pipeline/pipeline.h"
#include "store/store.h"

namespace ntmx {

int RunSql(const CommonOptions& common, const SqlOptions& options) {
  Store store;
  if (!OpenExistingStoreOrReport(common, options.db, &store)) return 2;
  ResultTable table;
  const Status status = store.Query(options.query, &table);
  if (!status.ok()) {
    std::cerr << "ntmx: sql: " << status.message() << '\n';
    return 1;
  }
  if (options.format == "csv") {
    PrintCsv(table, std::cout);
  } else if (options.format == "json") {
    PrintJson(table, std::cout);
  } else {
    PrintTable(table, TableOptions{}, std::cout);
  }
  return 0;
}

}  // namespace ntmx
