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

// The end of every command: flushes standard output and checks that everything
// written to it arrived (a full disk, `> /dev/full`, a closed pipe's EPIPE). When
// not, prints one line ("ntmx: cannot write to standard output: No space left on
// device") and returns 1 in place of a 0 `exit_code`; otherwise `exit_code`.
int FinishStdout(int exit_code);

// Whether standard output still takes what is written to it: a long command (an
// extract of a folder, a query of a million rows) stops early when not.
bool StdoutWritable();

// Loads the pipeline named by `common`; on failure prints why and returns false.
bool LoadPipelineOrReport(const CommonOptions& common, std::unique_ptr<Pipeline>* out);

}  // namespace ntmx
