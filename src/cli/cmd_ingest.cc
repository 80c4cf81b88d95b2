// `ntmx ingest`: extract plans and store them, each document all or nothing.
//
// The batch itself (threads, skipping stored content, one writer) is
// ingest/batch_ingest.h; this file is what the person at the terminal sees: one line
// per failed file ("ntmx: FILE: reason"), the progress line (progress_line.h), the
// --errors JSON report for scripts, and one summary line at the end. Exits 1 when any
// file failed, 2 when the run could not start.
#include <iostream>
#include <nlohmann/json.hpp>
#include <thread>

#include "cli/commands.h"
#include "cli/file_replace.h"
#include "cli/progress_line.h"
#include "cli/terminal.h"
#include "criteria/catalogue.h"
#include "ingest/batch_ingest.h"
#include "knowledge/data_files.h"
#include "knowledge/plan_copy_rules.h"
#include "knowledge/resources.h"
#include "read/reader.h"
#include "store/store.h"

namespace ntmx {
namespace {

struct Counts {
  int inserted = 0, replaced = 0, unchanged = 0, failed = 0;
  int stopped = 0;  // not stored: the batch stopped at a full database
};

void Count(const IngestResult& r, Counts* counts) {
  if (r.stopped) {
    ++counts->stopped;
    return;
  }
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
  const Status s = WriteFileReplacing(file, failures.dump(2) + '\n');
  if (!s.ok()) {
    std::cerr << "ntmx: " << file << ": cannot write the error report: " << s.message() << '\n';
    return false;
  }
  return true;
}

// Opens the database, sets its size limit and stores the criteria catalogue; on
// failure prints why (naming the file once) and returns false.
bool OpenStore(const Pipeline& pipeline, const IngestOptions& options, Store* store) {
  const std::filesystem::path& data_dir = pipeline.resources().data_dir;
  auto plan_rules = std::make_shared<PlanCopyRules>();
  Status status = LoadPlanCopyRules(PlanCopiesFile(data_dir), plan_rules.get());
  if (!status.ok()) {  // the message names the data file
    std::cerr << "ntmx: " << status.message() << '\n';
    return false;
  }
  status = store->Open(options.db, MigrationsDir(data_dir).string(),
                       PlaceTypeWords(pipeline.resources()), std::move(plan_rules));
  if (status.ok() && options.max_db_mb > 0) status = store->LimitSize(options.max_db_mb << 20);
  // The catalogue the criteria were read with, for the views' criterion names.
  if (status.ok() && pipeline.resources().catalogue)
    status = store->PutCatalogue(*pipeline.resources().catalogue);
  if (!status.ok()) std::cerr << "ntmx: " << options.db << ": " << status.message() << '\n';
  return status.ok();
}

}  // namespace

int IngestThreads(int jobs, size_t inputs, unsigned hardware_threads) {
  const int cores = static_cast<int>(std::max(1u, hardware_threads));
  int threads = jobs > 0 ? std::min(jobs, 4 * cores) : cores;
  if (inputs < static_cast<size_t>(threads)) threads = static_cast<int>(inputs);
  return std::max(1, threads);
}

int RunIngest(const CommonOptions& common, const IngestOptions& options) {
  std::unique_ptr<Pipeline> pipeline;
  if (!LoadPipelineOrReport(common, &pipeline)) return 2;
  Store store;
  if (!OpenStore(*pipeline, options, &store)) return 2;
  const InputFiles inputs = ExpandInputs(options.paths);

  ProgressLine progress(std::cerr, ProgressLine::ModeForStderr(common.quiet),
                        inputs.unreadable.size() + inputs.files.size());
  Counts counts;
  nlohmann::json failures = nlohmann::json::array();
  size_t done = 0;
  auto on_result = [&](const IngestResult& r) {
    const std::string path = r.path.string();
    // A file the batch did not store because the database was full is counted, and
    // listed in --errors for a re-run, but not printed: one line says it below.
    const bool print_failure = !r.status.ok() && !r.stopped;
    if (print_failure || (!common.quiet && !r.diagnostics.all().empty())) progress.Interrupt();
    ReportDiagnostics(common, path, r.diagnostics);
    if (print_failure) ReportFailure(path, r.status);
    if (!r.status.ok()) {
      failures.push_back(
          {{"path", path}, {"stage", r.failed_stage}, {"message", r.status.message()}});
    }
    Count(r, &counts);
    progress.Update(++done);
  };
  for (const UnreadableInput& input : inputs.unreadable) {
    IngestResult r;
    r.path = input.path;
    r.status = input.status;
    r.failed_stage = "read";
    on_result(r);
  }
  BatchOptions batch;
  batch.threads =
      IngestThreads(options.jobs, inputs.files.size(), std::thread::hardware_concurrency());
  batch.group.documents = static_cast<size_t>(std::max(1, options.commit_every));
  Status status = IngestBatch(*pipeline, &store, inputs.files, batch, on_result);
  if (!status.ok()) {
    std::cerr << "ntmx: " << options.db << ": " << status.message() << '\n';
    return 2;
  }
  progress.Finish();
  if (counts.stopped > 0) {
    std::cerr << "ntmx: " << options.db << ": the database is full"
              << (options.max_db_mb > 0 ? " (--max-db-mb " + std::to_string(options.max_db_mb) + ")"
                                        : std::string())
              << ": stopped with " << counts.stopped << (counts.stopped == 1 ? " file" : " files")
              << " not stored; what was stored is kept (make room and run again)\n";
  }
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
            << counts.unchanged << ", failed " << counts.failed
            << (counts.stopped > 0 ? ", not stored " + std::to_string(counts.stopped) : "") << " ("
            << options.db << ": " << summary.documents << " documents"
            << (summary.plans ? " of " + std::to_string(*summary.plans) + " plans" : "") << "; "
            << records << ")\n";
  return counts.failed > 0 || counts.stopped > 0 || !report_written ? 1 : 0;
}

}  // namespace ntmx
