// IngestBatch: many files into one Store, extracted on several threads, written by
// one — what `ntmx ingest` runs.
//
//   IngestBatch(pipeline, &store, paths, /*threads=*/4, [&](const IngestResult& r) {
//     if (!r.status.ok()) std::cerr << r.path << ": " << r.status.message() << '\n';
//   });
//
// Each worker reads a file's bytes, and a file whose SHA-256 was already stored when
// the batch began is `skipped` without being decoded or extracted (that is what makes
// re-running an interrupted batch cheap). The others go through the whole pipeline
// (ProcessBytes, shared read-only by every worker) and then, on the calling thread,
// into the Store, one transaction per document (Store::Put): a kill at any moment
// leaves whole documents or none. Results are written and reported in the order of
// `paths` (ordered_parallel.h), so the database and the report of -j4 are those of -j1.
//
// Nothing about one file stops the batch: a file that vanished, cannot be decoded,
// ran past a limit, made a stage throw, or could not be stored is a result with a
// Status and the stage it failed in.
#pragma once

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
  bool skipped = false;     // already stored: not extracted (outcome kUnchanged)
  Diagnostics diagnostics;  // what the stages reported (empty when skipped)
};

// Ingests `paths` into `store` (open) with `threads` extraction threads (<= 1: all on
// the calling thread) and calls `on_result` on the calling thread once per path, in
// order. Returns an error only when the batch cannot start (the stored hashes cannot
// be read); per-file problems are results.
Status IngestBatch(const Pipeline& pipeline, Store* store,
                   const std::vector<std::filesystem::path>& paths, int threads,
                   const std::function<void(const IngestResult&)>& on_result);

}  // namespace ntmx
