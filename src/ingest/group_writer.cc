// See group_writer.h.
#include "ingest/group_writer.h"

#include <utility>

namespace ntmx {

void GroupWriter::MarkStopped(IngestResult* r) {
  r->status = Status::IoError("not stored: the batch stopped at a full database");
  r->failed_stage = "store";
  r->stopped = true;
}

GroupWriter::GroupWriter(Store* store, const GroupLimits& limits,
                         std::function<void(const IngestResult&)> on_report)
    : store_(store), limits_(limits), on_report_(std::move(on_report)) {}

GroupWriter::~GroupWriter() { Finish(); }

void GroupWriter::Add(IngestResult result, std::optional<Extraction> extraction) {
  if (full_ && extraction) {
    MarkStopped(&result);
    extraction.reset();
  }
  if (!extraction && pending_.empty()) {
    on_report_(result);  // nothing waits ahead of it
    return;
  }
  if (pending_.empty()) first_pending_ = std::chrono::steady_clock::now();
  if (extraction) {
    ++pending_extractions_;
    pending_bytes_ += extraction->text.size();
  }
  pending_.push_back({std::move(result), std::move(extraction)});
  if (GroupFull()) Finish();
}

void GroupWriter::Finish() {
  WritePending();
  ReportAll();
}

bool GroupWriter::GroupFull() const {
  return pending_extractions_ >= limits_.documents || pending_bytes_ >= limits_.text_bytes ||
         std::chrono::steady_clock::now() - first_pending_ >= limits_.age;
}

void GroupWriter::WritePending() {
  if (pending_extractions_ == 0) return;
  if (pending_extractions_ == 1 || !store_->BeginGroup().ok()) {
    PutEachAlone();
    return;
  }
  for (Pending& p : pending_) {
    if (!p.extraction) continue;
    if (full_) {
      MarkStopped(&p.result);
      continue;
    }
    Put(&p);
    if (!store_->InGroup()) {  // SQLite rolled the whole group back
      if (full_) break;        // the documents put before it are lost: stopped below
      PutEachAlone();
      return;
    }
  }
  if (store_->InGroup()) {
    // After a full Put the group's earlier documents may still fit: try the commit.
    const Status commit = store_->CommitGroup();
    if (commit.ok()) return;
    if (!IsDatabaseFull(commit)) {
      PutEachAlone();
      return;
    }
    full_ = true;
  }
  StopUnwritten();
}

void GroupWriter::Put(Pending* p) {
  IngestResult& r = p->result;
  r.status = store_->Put(*p->extraction, r.diagnostics.all(), &r.outcome);
  r.failed_stage = r.status.ok() ? "" : "store";
  if (IsDatabaseFull(r.status)) full_ = true;
}

void GroupWriter::PutEachAlone() {
  store_->AbandonGroup();
  for (Pending& p : pending_) {
    if (!p.extraction) continue;
    if (full_) {
      MarkStopped(&p.result);
    } else {
      Put(&p);
    }
  }
}

void GroupWriter::StopUnwritten() {
  for (Pending& p : pending_) {
    // Put said ok inside the lost group; the one that failed keeps its message.
    if (p.extraction && (p.result.status.ok() || p.result.stopped)) MarkStopped(&p.result);
  }
}

void GroupWriter::ReportAll() {
  for (const Pending& p : pending_) on_report_(p.result);
  pending_.clear();
  pending_extractions_ = 0;
  pending_bytes_ = 0;
}

}  // namespace ntmx
