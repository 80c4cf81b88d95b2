// `ntmx query`: the common questions about the database as one command. Builds one
// parameterised SELECT (query/query_sql.h), runs it read-only, adds the unit check
// of --compare, and prints a table that fits the terminal, CSV or JSON.
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "cli/commands.h"
#include "cli/table_printer.h"
#include "cli/terminal.h"
#include "criteria/catalogue.h"
#include "knowledge/data_files.h"
#include "knowledge/quantities.h"
#include "pipeline/pipeline.h"
#include "query/query_sql.h"
#include "query/quoted_sentence.h"
#include "query/target_comparison.h"
#include "store/store.h"

namespace ntmx {
namespace {

// The terminal's width when stdout is one, else $COLUMNS, else 0 (no limit).
size_t TerminalWidth() {
  winsize size{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return size.ws_col;
  }
  const char* columns = std::getenv("COLUMNS");
  if (columns != nullptr) {
    char* end = nullptr;
    const long n = std::strtol(columns, &end, 10);
    if (end != columns && *end == '\0' && n > 0) return static_cast<size_t>(n);
  }
  return 0;
}

// Criterion names come from the criteria_catalogue table, which ingest fills; a
// database ingested before it existed gets it here.
void FillCatalogueIfEmpty(const std::filesystem::path& data_dir, Store* store) {
  if (!store->CatalogueEmpty()) return;
  CriteriaCatalogue catalogue;
  Status s = CriteriaCatalogue::Load(CriteriaDir(data_dir), &catalogue);
  if (s.ok()) s = store->PutCatalogue(catalogue);
  if (!s.ok()) std::cerr << "ntmx: query: criterion names unavailable: " << s.message() << '\n';
}

}  // namespace

int RunQuery(const CommonOptions& common, const QueryOptions& options) {
  QueryRequest request = options.request;
  if (!ParseQueryKind(options.kind, &request.kind)) {
    std::cerr << "ntmx: query: unknown kind " << options.kind
              << " (documents, criteria, targets, tasks, units or findings)\n";
    return 2;
  }
  if (options.bom && options.format != "csv") {
    std::cerr << "ntmx: query: --bom applies to --format csv\n";
    return 2;
  }
  QuerySql sql;
  Status status = BuildQuerySql(request, &sql);
  if (!status.ok()) {
    std::cerr << "ntmx: query: " << status.message() << '\n';
    return 2;
  }
  const std::filesystem::path data_dir = FindDataDir(common.data_dir, common.argv0);
  QuantityReader units;
  if (request.compare) {
    status = units.Load(SchemasDir(data_dir));
    if (!status.ok()) {
      std::cerr << "ntmx: query: " << status.message() << '\n';
      return 2;
    }
  }
  Store store;
  if (!OpenExistingStoreOrReport(common, options.db, &store)) return 2;
  FillCatalogueIfEmpty(data_dir, &store);

  ResultTable table;
  status = store.Query(sql.sql, sql.parameters, &table);
  if (!status.ok()) {
    std::cerr << "ntmx: query: " << status.message() << '\n';
    return 1;
  }
  if (request.why) status = AddSentences(&store, &table);
  if (!status.ok()) {
    std::cerr << "ntmx: query: " << status.message() << '\n';
    return 1;
  }
  if (request.compare) MarkComparableUnits(units, &table);

  if (options.format == "csv") {
    if (options.bom) std::cout << "\xEF\xBB\xBF";
    PrintCsv(table, std::cout);
  } else if (options.format == "json") {
    PrintJson(table, std::cout);
  } else {
    TableOptions table_options;
    table_options.max_cell_width = 48;
    table_options.null_text = "";
    table_options.max_line_width = TerminalWidth();
    PrintTable(table, table_options, std::cout);
  }
  return 0;
}

}  // namespace ntmx
