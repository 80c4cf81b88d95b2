// GroupWriter: the writer end of a batch ingest. It stores finished extractions
// several documents per commit and reports each document only once it is durable.
//
//   GroupWriter writer(&store, GroupLimits{}, [&](const IngestResult& r) { ... });
//   for (each document in order) writer.Add(std::move(result), std::move(extraction));
//   writer.Finish();
//
// Why groups: a commit writes every page a document touched, and many of them (the
// full-text index, a dozen secondary indexes) are shared by all documents. One
// commit per document wrote ≈110 WAL pages each time; a group writes the shared
// pages once. Each document is still all or nothing (a savepoint inside the group,
// store.h): a document that fails leaves no row and costs nobody else.
//
// The writer holds a group's extractions in memory until the group is full —
// whichever limit comes first: a number of documents, an amount of text, an age —
// and then writes them in one transaction. So the write lock is held only while
// writing, never while the next document is being extracted, and a crash or a
// kill -9 can lose only the unwritten group: whole documents, never reported stored,
// whose hashes are not in the database, so the re-run stores them.
//
// When SQLite loses the group (it rolls the transaction back after an I/O error such
// as a full disk, or the COMMIT fails) every document of it is put again, alone, in
// its own transaction: each then succeeds or fails on its own merits, and the
// report says which.
//
// A full database (a Put or the COMMIT fails with SQLITE_FULL, IsDatabaseFull) is
// not retried: the
// document whose write failed is reported with SQLite's message, the group's other
// documents that did not reach the disk and every extraction added later are
// reported `stopped` without being written, and full() tells the batch to stop
// extracting. What was committed before stays; the database is as consistent as
// after any failed transaction.
//
// Results reach `on_report` in the order they were added, failures and skipped
// files included (they wait behind the group so the order holds).
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include "ingest/batch_ingest.h"
#include "model/records.h"
#include "store/store.h"

namespace ntmx {

class GroupWriter {
 public:
  GroupWriter(Store* store, const GroupLimits& limits,
              std::function<void(const IngestResult&)> on_report);
  // Commits what is open (Finish), so results are never dropped.
  ~GroupWriter();
  GroupWriter(const GroupWriter&) = delete;
  GroupWriter& operator=(const GroupWriter&) = delete;

  // Takes the next document's result; with an extraction it is stored (its status,
  // outcome and failed stage are set when it is reported), without one (a failure
  // or an already-stored file) it is only reported, in turn. Writes the group when
  // this fills it.
  void Add(IngestResult result, std::optional<Extraction> extraction);

  // Writes what waits and reports it.
  void Finish();

  // Whether a write failed because the database is full: nothing more is stored.
  bool full() const { return full_; }
  // Makes `r` the result of a file not stored because the database was full.
  static void MarkStopped(IngestResult* r);

 private:
  struct Pending {
    IngestResult result;
    std::optional<Extraction> extraction;
  };

  bool GroupFull() const;
  // Stores every pending extraction: in one group when there are several, alone
  // when the group cannot be had or is lost.
  void WritePending();
  // Puts one extraction through the store and records the result.
  void Put(Pending* p);
  void PutEachAlone();
  // Marks the pending documents written in the lost group as stopped.
  void StopUnwritten();
  void ReportAll();

  Store* const store_;
  const GroupLimits limits_;
  const std::function<void(const IngestResult&)> on_report_;
  std::vector<Pending> pending_;
  size_t pending_extractions_ = 0;
  size_t pending_bytes_ = 0;
  std::chrono::steady_clock::time_point first_pending_;
  bool full_ = false;
};

}  // namespace ntmx
