// `ntmx ingest`: extract plans and store them, each document all or nothing.
//
// The batch itself (threads, skipping stored content, one writer) is
// ingest/batch_ingest.h; this file is what the person at the terminal sees: one line
// per failed file ("ntmx: FILE: reason"), the progress line (progress_line.h), the
// --errors JSON report for scripts, and one summary line at the end. Exits 1 when any
// file failed, 2 when the run could not start.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <thread>

#include "cli/commands.h"
#include "cli/progress_line.h"
#include "cli/terminal.h"
#include "criteria/catalogue.h"
#include "ingest/batch_ingest.h"
#include "knowledge/data_files.h"
#include "read/reader.h"
#include "store/store.h"

namespace ntmx {
namespace {

struct Counts {
  int inserted = 0, replaced = 0, unchanged = 0, failed = 0;
};

void Count(const IngestResult& r, Counts* counts) {
  if (!r.status.ok()) {
    ++counts->failed;
    return;
  }
  switch (r.outcome) {
    case PutOutcome::kInserted:
      ++counts->inserted;
      break;
    case PutOutcome::kReplaced:
      ++counts->replaced;
      break;
    case PutOutcome::kUnchanged:
      ++counts->unchanged;
      break;
  }
}

// [{"path": "...", "stage": "read", "message": "empty file"}, ...]
bool WriteErrorReport(const std::string& file, const nlohmann::json& failures) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << failures.dump(2) << '\n';
  out.close();
  if (!out) {
    std::cerr << "ntmx: " << file << ": cannot write the error report\n";
    return false;
  }
  return true;
}

}  // namespace

int RunIngest(const CommonOptions& common, const IngestOptions& options) {
  std::unique_ptr<Pipeline> pipeline;
  if (!LoadPipelineOrReport(common, &pipeline)) return 2;
  Store store;
  const std::filesystem::path migrations = MigrationsDir(pipeline->resources().data_dir);
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
  const std::vector<std::string> inputs = ExpandInputs(options.paths);
  const int threads = options.jobs > 0
                          ? options.jobs
                          : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));

  ProgressLine progress(std::cerr, ProgressLine::ModeForStderr(common.quiet), inputs.size());
  Counts counts;
  nlohmann::json failures = nlohmann::json::array();
  size_t done = 0;
  BatchOptions batch;
  batch.threads = threads;
  batch.group.documents = static_cast<size_t>(std::max(1, options.commit_every));
  status = IngestBatch(*pipeline, &store, inputs, batch, [&](const IngestResult& r) {
    const std::string path = r.path.string();
    if (!r.status.ok() || (!common.quiet && !r.diagnostics.all().empty())) progress.Interrupt();
    ReportDiagnostics(common, path, r.diagnostics);
    if (!r.status.ok()) {
      ReportFailure(path, r.status);
      failures.push_back(
          {{"path", path}, {"stage", r.failed_stage}, {"message", r.status.message()}});
    }
    Count(r, &counts);
    progress.Update(++done);
  });
  if (!status.ok()) {
    std::cerr << "ntmx: " << options.db << ": " << status.message() << '\n';
    return 2;
  }
  progress.Finish();
  const bool report_written =
      options.errors_file.empty() || WriteErrorReport(options.errors_file, failures);

  StoreSummary summary;
  std::string records;
  if (store.Summary(&summary).ok()) {
    for (const auto& [table, count] : summary.records) {
      records += (records.empty() ? "" : ", ") + table + " " + std::to_string(count);
    }
  }
  std::cout << "ingested " << counts.inserted << ", replaced " << counts.replaced << ", unchanged "
            << counts.unchanged << ", failed " << counts.failed << " (" << options.db << ": "
            << summary.documents << " documents; " << records << ")\n";
  return counts.failed > 0 || !report_written ? 1 : 0;
}

}  // namespace ntmx
