// See batch_ingest.h.
#include "ingest/batch_ingest.h"

#include <atomic>
#include <exception>
#include <optional>
#include <unordered_set>
#include <utility>

#include "ingest/group_writer.h"
#include "read/reader.h"
#include "util/ordered_parallel.h"

namespace ntmx {
namespace {

// What a worker hands the writer: the result so far and, unless it failed or was
// skipped, the extraction to store.
struct Extracted {
  IngestResult result;
  std::optional<Extraction> extraction;
};

// The SHA-256 of every stored document: read once, then shared read-only by the
// workers (the Store itself belongs to the writer).
Status StoredHashes(Store* store, std::unordered_set<std::string>* out) {
  ResultTable table;
  if (Status s = store->Query("SELECT sha256 FROM documents", &table); !s.ok()) return s;
  out->reserve(table.rows.size());
  for (const auto& row : table.rows) {
    if (!row.empty() && row[0]) out->insert(*row[0]);
  }
  return Status::Ok();
}

Extracted Extract(const Pipeline& pipeline, const std::unordered_set<std::string>& stored,
                  const std::filesystem::path& path) {
  Extracted e;
  IngestResult& r = e.result;
  r.path = path;
  std::string bytes;
  r.status = ReadFileBytes(path, pipeline.config().max_bytes, &bytes);
  if (!r.status.ok()) {
    r.failed_stage = "read";
    return e;
  }
  std::string sha256 = Sha256Hex(bytes);
  if (stored.contains(sha256)) {
    r.skipped = true;
    return e;
  }
  e.extraction.emplace();
  r.status = pipeline.ProcessBytes(path, bytes, std::move(sha256), &*e.extraction, &r.diagnostics,
                                   &r.failed_stage);
  if (!r.status.ok()) e.extraction.reset();
  return e;
}

}  // namespace

Status IngestBatch(const Pipeline& pipeline, Store* store, const std::vector<std::string>& paths,
                   const BatchOptions& options,
                   const std::function<void(const IngestResult&)>& on_result) {
  std::unordered_set<std::string> stored;
  if (Status s = StoredHashes(store, &stored); !s.ok()) return s;

  // Set once the writer found the database full: the workers stop extracting.
  std::atomic<bool> stop{false};
  auto produce = [&](size_t i) {
    if (stop.load(std::memory_order_relaxed)) {
      Extracted e;
      e.result.path = paths[i];
      GroupWriter::MarkStopped(&e.result);
      return e;
    }
    // A stage that throws (a bug, or memory running out on a huge file) costs one
    // document, not the batch.
    try {
      return Extract(pipeline, stored, paths[i]);
    } catch (const std::exception& ex) {
      Extracted e;
      e.result.path = paths[i];
      e.result.status = Status::Internal(std::string("internal error: ") + ex.what());
      e.result.failed_stage = "extract";
      return e;
    } catch (...) {
      Extracted e;
      e.result.path = paths[i];
      e.result.status = Status::Internal("internal error");
      e.result.failed_stage = "extract";
      return e;
    }
  };
  GroupWriter writer(store, options.group, on_result);
  auto consume = [&](size_t, Extracted&& e) {
    writer.Add(std::move(e.result), std::move(e.extraction));
    if (writer.full()) stop.store(true, std::memory_order_relaxed);
  };
  // Four results per thread in flight keep the writer fed without letting memory grow.
  const int threads = options.threads;
  const size_t window = 4 * static_cast<size_t>(threads > 1 ? threads : 1);
  RunInOrder<Extracted>(paths.size(), threads, window, produce, consume);
  writer.Finish();
  return Status::Ok();
}

}  // namespace ntmx
