// `ntmx ingest`: extract plans and store them, one transaction per document.
//
// Files whose bytes are already stored are skipped before extraction (the store
// is idempotent by content hash); a file that cannot be read is reported and the
// run goes on. Ends with one summary line; exits 1 when any file failed.
#include <iostream>

#include "cli/commands.h"
#include "cli/report.h"
#include "criteria/catalogue.h"
#include "read/reader.h"
#include "store/store.h"

namespace ntmx {

int RunIngest(const CommonOptions& common, const IngestOptions& options) {
  std::unique_ptr<Pipeline> pipeline;
  if (!LoadPipelineOrReport(common, &pipeline)) return 2;
  Store store;
  const std::filesystem::path migrations = pipeline->resources().data_dir / "schemas" / "sql";
  Status status = store.Open(options.db, migrations.string());
  if (!status.ok()) {
    std::cerr << "ntmx: " << options.db << ": " << status.message() << '\n';
    return 2;
  }
  // The catalogue the criteria were read with, for the views' criterion names.
  if (pipeline->resources().catalogue)
    status = store.PutCatalogue(*pipeline->resources().catalogue);
  if (!status.ok()) {
    std::cerr << "ntmx: " << options.db << ": " << status.message() << '\n';
    return 2;
  }
  const std::vector<std::filesystem::path> inputs = ExpandInputs(options.paths);
  const bool progress = !common.quiet && inputs.size() > 20;
  int inserted = 0, replaced = 0, unchanged = 0, failed = 0;
  size_t done = 0;
  for (const auto& path : inputs) {
    ++done;
    if (progress && done % 20 == 0) {
      std::cerr << "ntmx: " << done << "/" << inputs.size() << " documents\r" << std::flush;
    }
    Extraction extraction;
    Diagnostics diagnostics;
    status = pipeline->ProcessFile(path, &extraction, &diagnostics);
    ReportDiagnostics(common, path.string(), diagnostics);
    if (!status.ok()) {
      ReportFailure(path.string(), status);
      ++failed;
      continue;
    }
    PutOutcome outcome;
    status = store.Put(extraction, diagnostics.all(), &outcome);
    if (!status.ok()) {
      ReportFailure(path.string(), status);
      ++failed;
      continue;
    }
    switch (outcome) {
      case PutOutcome::kInserted:
        ++inserted;
        break;
      case PutOutcome::kReplaced:
        ++replaced;
        break;
      case PutOutcome::kUnchanged:
        ++unchanged;
        break;
    }
  }
  if (progress) std::cerr << '\n';
  StoreSummary summary;
  std::string records;
  if (store.Summary(&summary).ok()) {
    for (const auto& [table, count] : summary.records) {
      records += (records.empty() ? "" : ", ") + table + " " + std::to_string(count);
    }
  }
  std::cout << "ingested " << inserted << ", replaced " << replaced << ", unchanged " << unchanged
            << ", failed " << failed << " (" << options.db << ": " << summary.documents
            << " documents; " << records << ")\n";
  return failed > 0 ? 1 : 0;
}

}  // namespace ntmx
