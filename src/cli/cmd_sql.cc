// `ntmx sql`: one read-only query against the database, printed as a table for
// a terminal, or as CSV or JSON for other programs, row by row as it runs
// (StreamPrinter): the rows before an error are printed, then the error.
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
  using Format = StreamPrinter::Format;
  const Format format = options.format == "csv"    ? Format::kCsv
                        : options.format == "json" ? Format::kJson
                                                   : Format::kTable;
  // Rows are printed as SQLite steps them: a result of any length costs one row of
  // memory (and a screenful for the table's widths).
  StreamPrinter printer(format, TableOptions{}, std::cout);
  const Status status = store.Query(options.query, &printer);
  if (!status.ok()) {
    std::cerr << "ntmx: sql: " << status.message() << '\n';
    return 1;
  }
  printer.Finish();
  return 0;
}

}  // namespace ntmx
