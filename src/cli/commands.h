// The `ntmx` subcommands. main.cc declares the command line (CLI11) and calls one
// of these; each returns the process exit code:
//   0  everything worked
//   1  the run finished but some input failed (named on stderr)
//   2  the run could not start (bad option, pipeline, rules or database)
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "query/query_request.h"
#include "util/status.h"

namespace ntmx {

struct CommonOptions {
  std::filesystem::path data_dir;  // --data-dir; empty: found automatically
  std::string pipeline = "default";
  std::string argv0;
  bool quiet = false;
  std::string from_encoding;  // --from-encoding (extract, ingest); empty: detect
  bool no_ocr = false;        // --no-ocr (extract, ingest): scanned PDF pages are refused
};

struct ExtractOptions {
  std::vector<std::string> paths;
  std::string format = "jsonl";  // jsonl or json
};
int RunExtract(const CommonOptions& common, const ExtractOptions& options);

struct IngestOptions {
  std::vector<std::string> paths;
  std::string db = "ntm.db";
  int jobs = 0;             // -j: extraction threads; 0: one per hardware thread
  std::string errors_file;  // --errors: failures as JSON; empty: none
  int commit_every = 64;    // --commit-every: documents per commit (group_writer.h)
  int64_t max_db_mb = 0;    // --max-db-mb: the database grows no larger; 0: no limit
};
int RunIngest(const CommonOptions& common, const IngestOptions& options);
// The extraction threads of an ingest: -j `jobs` (0: one per hardware thread), at
// most 4 per hardware thread and never more than there are `inputs` (each thread
// holds up to four documents in flight, so -j is also a memory bound); at least 1.
int IngestThreads(int jobs, size_t inputs, unsigned hardware_threads);

struct SqlOptions {
  std::string db = "ntm.db";
  std::string query;
  std::string format = "table";  // table, csv, json
};
int RunSql(const CommonOptions& common, const SqlOptions& options);

struct MigrateOptions {
  std::string db = "ntm.db";
};
int RunMigrate(const CommonOptions& common, const MigrateOptions& options);

struct TreeOptions {
  std::string path;
};
int RunTree(const CommonOptions& common, const TreeOptions& options);

int RunRulesCheck(const CommonOptions& common);

struct AuditOptions {
  std::string db = "ntm.db";
  std::string format = "table";  // table, csv, json
  bool all_copies = false;       // every stored file, not each plan once
};
int RunAudit(const CommonOptions& common, const AuditOptions& options);

struct PlacesOptions {
  std::string name;
  std::string level;             // province, district, commune; empty: all
  std::string format = "table";  // table, json
};
int RunPlaces(const CommonOptions& common, const PlacesOptions& options);
struct ReportOptions {
  std::string db = "ntm.db";
  std::string out;          // the HTML file to write
  bool all_copies = false;  // every stored file, not each plan once
};
int RunReport(const CommonOptions& common, const ReportOptions& options);
struct ExportOptions {
  std::string db = "ntm.db";
  std::string xlsx;         // the workbook to write
  QueryFilters filters;     // place and year only (xlsx/export_sheets.h)
  bool all_copies = false;  // every stored file, not each plan once
};
int RunExport(const CommonOptions& common, const ExportOptions& options);
struct QueryOptions {
  std::string db = "ntm.db";
  std::string kind;              // documents, criteria, targets, tasks, units, findings
  std::string format = "table";  // table, csv, json
  bool bom = false;              // csv: start with a UTF-8 byte order mark (Excel)
  QueryRequest request;          // kind is set from `kind` by RunQuery
};
int RunQuery(const CommonOptions& common, const QueryOptions& options);

struct EvalOptions {
  std::string gold_dir;
  std::vector<std::string> paths;
  std::optional<double> min_f1;  // exit 1 when overall F1 is below
  std::string floors;            // JSON {"targets": 0.97, ...}: exit 1 below any floor
  std::string floors_section;    // the object of `floors` to use: {"seeds": {...}, ...}
};
int RunEval(const CommonOptions& common, const EvalOptions& options);

// What a command line names, expanded (inputs.cc).
struct UnreadableInput {
  std::string path;  // a folder that could not be listed
  Status status;     // why, in words ("cannot read the folder: Permission denied")
};
struct InputFiles {
  // Every input file under `paths` (folders recursively, in name order). A path
  // that does not exist, and an entry of a folder that has a plan file's name but
  // is not a readable regular file (a dangling link, a FIFO), are kept so that
  // reading them reports the error.
  std::vector<std::string> files;
  // The folders that could not be listed: each a failure of the command, like an
  // unreadable file, never skipped in silence.
  std::vector<UnreadableInput> unreadable;
};
InputFiles ExpandInputs(const std::vector<std::string>& paths);

}  // namespace ntmx
