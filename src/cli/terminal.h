// How the CLI talks to the person at the terminal: one line per problem on
// stderr, "ntmx: FILE: problem", and the shared start-up of every command.
#pragma once

#include <memory>
#include <string>

#include "cli/commands.h"
#include "pipeline/pipeline.h"
#include "util/diagnostics.h"
#include "util/status.h"

namespace ntmx {

void ReportFailure(const std::string& file, const Status& status);
void ReportDiagnostics(const CommonOptions& common, const std::string& file,
                       const Diagnostics& diagnostics);
class Store;

// Opens the database `db`, which must exist (the read-side commands: sql, audit);
// on failure prints why and returns false.
bool OpenExistingStoreOrReport(const CommonOptions& common, const std::string& db, Store* store);

// Loads the pipeline named by `common`; on failure prints why and returns false.
bool LoadPipelineOrReport(const CommonOptions& common, std::unique_ptr<Pipeline>* out);

}  // namespace ntmx
