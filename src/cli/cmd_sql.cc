// `ntmx sql`: one read-only query against the database, printed as a table for
// a terminal, or as CSV or JSON for other programs.
#include <iostream>

#include "cli/commands.h"
#include "cli/report.h"
#include "cli/table_printer.h"
#include "pipeline/pipeline.h"
#include "store/store.h"

namespace ntmx {

int RunSql(const CommonOptions& common, const SqlOptions& options) {
  if (!std::filesystem::exists(options.db)) {
    std::cerr << "ntmx: " << options.db << ": no such database (run `ntmx ingest` first)\n";
    return 2;
  }
  Store store;
  const std::filesystem::path data_dir = FindDataDir(common.data_dir, common.argv0);
  Status status = store.Open(options.db, (data_dir / "schemas" / "sql").string());
  if (!status.ok()) {
    std::cerr << "ntmx: " << options.db << ": " << status.message() << '\n';
    return 2;
  }
  ResultTable table;
  status = store.Query(options.query, &table);
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
