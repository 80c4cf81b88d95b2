// `ntmx migrate`: brings a database written by an older ntmx up to this one's schema
// and criteria catalogue, the only writes the read commands (sql, query, audit,
// report) ask for and never make themselves: they open the file read-only
// (Store::OpenForReading) and, on a database too old to read, point here.
#include <iostream>

#include "cli/commands.h"
#include "cli/terminal.h"
#include "criteria/catalogue.h"
#include "knowledge/data_files.h"
#include "knowledge/plan_copy_rules.h"
#include "knowledge/resources.h"
#include "pipeline/pipeline.h"
#include "store/store.h"

namespace ntmx {

int RunMigrate(const CommonOptions& common, const MigrateOptions& options) {
  if (!std::filesystem::exists(options.db)) {
    std::cerr << "ntmx: " << options.db << ": no such database (run `ntmx ingest` first)\n";
    return 2;
  }
  const std::filesystem::path data_dir = FindDataDir(common.data_dir, common.argv0);
  Store store;
  std::shared_ptr<const TypeWords> type_words;
  auto plan_rules = std::make_shared<PlanCopyRules>();
  Status status = LoadPlanCopyRules(PlanCopiesFile(data_dir), plan_rules.get());
  if (!status.ok()) {  // the message names the data file
    std::cerr << "ntmx: " << status.message() << '\n';
    return 2;
  }
  status = LoadPlaceTypeWords(data_dir, &type_words);
  if (status.ok()) {
    status =
        store.Open(options.db, MigrationsDir(data_dir).string(), type_words, std::move(plan_rules));
  }
  CriteriaCatalogue catalogue;
  if (status.ok()) status = CriteriaCatalogue::Load(CriteriaDir(data_dir), &catalogue);
  if (status.ok()) status = store.PutCatalogue(catalogue);
  if (!status.ok()) {
    std::cerr << "ntmx: " << options.db << ": " << status.message() << '\n';
    return 2;
  }
  if (!common.quiet) {
    std::cerr << "ntmx: " << options.db << ": schema version " << store.schema_version() << " ("
              << store.migrations_applied() << " migrations applied";
    if (store.documents_linked() > 0) {
      std::cerr << "; " << store.documents_linked() << " documents compared for copies of one plan";
    }
    std::cerr << ")\n";
  }
  return 0;
}

}  // namespace ntmx
