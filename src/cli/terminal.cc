// See report.h.
#include "cli/terminal.h"
#include "knowledge/data_files.h"
#include "knowledge/resources.h"

#include <iostream>

#include "store/store.h"

namespace ntmx {

void ReportFailure(const std::string& file, const Status& status) {
  std::cerr << "ntmx: " << file << ": " << status.message() << '\n';
}

void ReportDiagnostics(const CommonOptions& common, const std::string& file,
                       const Diagnostics& diagnostics) {
  if (common.quiet) return;
  for (const Diagnostic& d : diagnostics.all()) {
    if (d.severity == Diagnostic::Severity::kInfo) continue;
    std::cerr << "ntmx: " << file << ": "
              << (d.severity == Diagnostic::Severity::kError ? "error" : "warning") << " ("
              << d.stage << "): " << d.message << '\n';
  }
}

bool OpenExistingStoreOrReport(const CommonOptions& common, const std::string& db, Store* store) {
  if (!std::filesystem::exists(db)) {
    std::cerr << "ntmx: " << db << ": no such database (run `ntmx ingest` first)\n";
    return false;
  }
  const std::filesystem::path data_dir = FindDataDir(common.data_dir, common.argv0);
  std::shared_ptr<const TypeWords> type_words;
  Status status = LoadPlaceTypeWords(data_dir, &type_words);
  if (status.ok()) status = store->OpenForReading(db, MigrationsDir(data_dir).string(), type_words);
  if (!status.ok()) {
    std::cerr << "ntmx: " << db << ": " << status.message() << '\n';
    return false;
  }
  return true;
}

bool LoadPipelineOrReport(const CommonOptions& common, std::unique_ptr<Pipeline>* out) {
  const std::filesystem::path data_dir = FindDataDir(common.data_dir, common.argv0);
  const Status status = Pipeline::Load(data_dir, common.pipeline, out);
  if (!status.ok()) {
    std::cerr << "ntmx: cannot load the pipeline: " << status.message() << '\n';
    return false;
  }
  if (!common.from_encoding.empty()) {
    LegacyEncoding encoding;
    if (!ParseLegacyEncodingName(common.from_encoding, &encoding)) {
      std::cerr << "ntmx: unknown --from-encoding " << common.from_encoding
                << " (tcvn3, vni, viscii, cp1258 or utf-8)\n";
      return false;
    }
    (*out)->OverrideFromEncoding(encoding);
  }
  return true;
}

}  // namespace ntmx
