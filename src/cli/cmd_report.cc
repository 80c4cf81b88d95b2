// `ntmx report`: the database as one HTML page people can read and print
// (src/report/report_builder.h), written to --out through a temporary file and a
// rename (cli/file_replace.h), so a failed write never replaces a good report.
#include <chrono>
#include <ctime>
#include <iostream>

#include "cli/commands.h"
#include "cli/file_replace.h"
#include "cli/terminal.h"
#include "pipeline/pipeline.h"
#include "query/collection_audit.h"
#include "report/report_builder.h"
#include "report/report_data.h"
#include "store/store.h"

namespace ntmx {
namespace {

std::string TodayUtc() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

}  // namespace

int RunReport(const CommonOptions& common, const ReportOptions& options) {
  std::unique_ptr<Pipeline> pipeline;
  if (!LoadPipelineOrReport(common, &pipeline)) return 2;
  Store store;
  if (!OpenExistingStoreOrReport(common, options.db, &store)) return 2;

  const CopyScope scope = options.all_copies ? CopyScope::kAllCopies : CopyScope::kPrimaryCopies;
  ReportData data;
  Status status = LoadReportData(&store, *pipeline->resources().catalogue, scope, &data);
  std::vector<AuditFinding> findings;
  if (status.ok()) status = AuditCollection(&store, pipeline->resources(), scope, &findings);
  if (!status.ok()) {
    std::cerr << "ntmx: " << options.db << ": " << status.message() << '\n';
    return 1;
  }

  ReportPageOptions report;
  report.database = std::filesystem::path(options.db).filename().string();
  report.generated = TodayUtc();
  const std::string html = BuildReportHtml(data, findings, report);

  // Beside it and renamed: a failed write leaves the previous report as it was.
  status = WriteFileReplacing(options.out, html);
  if (!status.ok()) {
    std::cerr << "ntmx: " << options.out << ": cannot write the report: " << status.message()
              << '\n';
    return 1;
  }
  if (data.documents.empty()) {
    std::cerr << "ntmx: " << options.db
              << ": no documents stored (run `ntmx ingest` first); the report says so\n";
  }
  if (!common.quiet) {
    std::cerr << "ntmx: wrote " << options.out << ": " << data.documents.size() << " documents, "
              << data.targets.size() << " targets, " << findings.size() << " findings\n";
  }
  return 0;
}

}  // namespace ntmx
