// IngestBatch: many files into one Store, extracted on several threads, written by
// one — what `ntmx ingest` runs.
//
//   IngestBatch(pipeline, &store, paths, BatchOptions{.threads = 4}, [&](const IngestResult& r) {
//     if (!r.status.ok()) std::cerr << r.path << ": " << r.status.message() << '\n';
//   });
//
// Each worker reads a file's bytes, and a file whose SHA-256 was already stored when
// the batch began is `skipped` without being decoded or extracted (that is what makes
// re-running an interrupted batch cheap). The others go through the whole pipeline
// (ProcessBytes, shared read-only by every worker) and then, on the calling thread,
// into the Store through a GroupWriter (group_writer.h): several documents per
// commit, each of them all or nothing, so a kill at any moment leaves whole
// documents or none, and a re-run stores what the kill lost. Results are written and reported in
// the order of `paths` (ordered_parallel.h), so the database and the report of -j4 are those of
// -j1.
//
// Nothing about one file stops the batch: a file that vanished, cannot be decoded,
// ran past a limit, made a stage throw, or could not be stored is a result with a
// Status and the stage it failed in. Except a full database: once a write fails with
// SQLITE_FULL (IsDatabaseFull: the disk, or the size limit of Store::LimitSize) no
// later one can succeed, so the batch stops there — the files not yet stored are results
// marked `stopped`, the workers stop extracting, and what was committed stays.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"
#include "store/store.h"
#include "util/diagnostics.h"
#include "util/status.h"

namespace ntmx {

struct IngestResult {
  std::filesystem::path path;
  Status status;             // ok: stored now, or already stored
  std::string failed_stage;  // on failure: "read", a stage or extractor name, or "store"
  PutOutcome outcome = PutOutcome::kUnchanged;  // when ok
  bool skipped = false;  // already stored: not extracted (outcome kUnchanged)
  // Not stored because the batch stopped at a full database (see above): the
  // status says so; the file was not (or not fully) attempted.
  bool stopped = false;
  Diagnostics diagnostics;  // what the stages reported (empty when skipped)
};

// When the writer commits a group of documents (group_writer.h): at whichever
// limit comes first.
struct GroupLimits {
  size_t documents = 64;  // 1: every document is its own transaction
  size_t text_bytes = size_t{16} << 20;
  std::chrono::milliseconds age{500};
};

struct BatchOptions {
  int threads = 1;  // extraction threads; <= 1: all on the calling thread
  GroupLimits group;
};

// Ingests `paths` into `store` (open) and calls `on_result` on the calling thread
// once per path, in order, when the path's outcome is final (a stored document:
// once its group is committed). Returns an error only when the batch cannot start
// (the stored hashes cannot be read); per-file problems are results.
Status IngestBatch(const Pipeline& pipeline, Store* store, const std::vector<std::string>& paths,
                   const BatchOptions& options,
                   const std::function<void(const IngestResult&)>& on_result);

}  // namespace ntmx
