// `ntmx export --xlsx FILE`: the database as one Excel workbook. The sheets are built
// from the store's read-only queries (xlsx/export_sheets.h) with the words of
// schemas/labels/xlsx.tsv, then written whole to a temporary file and renamed over
// FILE (xlsx/workbook_writer.h), so a failure never leaves a cut workbook.
#include <iostream>

#include "cli/commands.h"
#include "cli/terminal.h"
#include "knowledge/data_files.h"
#include "pipeline/pipeline.h"
#include "store/store.h"
#include "xlsx/export_sheets.h"
#include "xlsx/sheet_labels.h"
#include "xlsx/workbook_writer.h"

namespace ntmx {
namespace {

bool Filtered(const QueryFilters& f) { return f.province || f.district || f.commune || f.year; }

// Every sheet name and header must have its words in the labels file: one line
// naming the file and the first key missing.
bool LabelsComplete(const SheetLabels& labels) {
  if (labels.missing().empty()) return true;
  std::cerr << "ntmx: " << labels.path() << ": no label for " << *labels.missing().begin();
  if (labels.missing().size() > 1) std::cerr << " (and " << labels.missing().size() - 1 << " more)";
  std::cerr << '\n';
  return false;
}

}  // namespace

int RunExport(const CommonOptions& common, const ExportOptions& options) {
  std::unique_ptr<Pipeline> pipeline;
  if (!LoadPipelineOrReport(common, &pipeline)) return 2;
  const std::filesystem::path data_dir = FindDataDir(common.data_dir, common.argv0);
  SheetLabels labels;
  Status status = SheetLabels::Load(XlsxLabelsFile(data_dir), &labels);
  if (!status.ok()) {
    std::cerr << "ntmx: " << status.message() << '\n';
    return 2;
  }
  Store store;
  if (!OpenExistingStoreOrReport(common, options.db, &store)) return 2;

  std::vector<SheetTable> sheets;
  status = BuildExportSheets(&store, pipeline->resources(), labels, options.filters,
                             options.all_copies ? CopyScope::kAllCopies : CopyScope::kPrimaryCopies,
                             &sheets);
  if (!status.ok()) {
    const bool usage = status.code() == Status::Code::kInvalidInput;
    std::cerr << "ntmx: " << (usage ? std::string("export") : options.db) << ": "
              << status.message() << '\n';
    return usage ? 2 : 1;
  }
  if (!LabelsComplete(labels)) return 2;
  status = WriteWorkbook(options.xlsx, sheets);
  if (!status.ok()) {
    std::cerr << "ntmx: " << options.xlsx << ": cannot write the workbook: " << status.message()
              << '\n';
    return 1;
  }
  const size_t documents = sheets.front().rows.size();
  if (documents == 0) {
    std::cerr << "ntmx: " << options.db << ": "
              << (Filtered(options.filters) ? "no stored document matches the filters"
                                            : "no documents stored (run `ntmx ingest` first)")
              << "; the workbook has its sheets' headers only\n";
  }
  if (!common.quiet) {
    std::cerr << "ntmx: wrote " << options.xlsx << ": " << sheets.size() << " sheets, " << documents
              << " documents, " << sheets.back().rows.size() << " findings\n";
  }
  return 0;
}

}  // namespace ntmx
