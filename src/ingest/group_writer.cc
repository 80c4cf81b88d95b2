// See group_writer.h.
#include "ingest/group_writer.h"

#include <utility>

namespace ntmx {

GroupWriter::GroupWriter(Store* store, const GroupLimits& limits,
                         std::function<void(const IngestResult&)> on_report)
    : store_(store), limits_(limits), on_report_(std::move(on_report)) {}

GroupWriter::~GroupWriter() { Finish(); }

void GroupWriter::Add(IngestResult result, std::optional<Extraction> extraction) {
  if (pending_.empty()) {
    if (!extraction) {
      on_report_(result);  // nothing waits ahead of it
      return;
    }
    group_start_ = std::chrono::steady_clock::now();
  }
  pending_.push_back({std::move(result), std::move(extraction)});
  Pending& p = pending_.back();
  if (p.extraction) {
    // Without a group (limits of one document, or the lock could not be had yet)
    // the Put is its own transaction, as it always was.
    if (limits_.documents > 1 && !store_->InGroup()) (void)store_->BeginGroup();
    const bool in_group = store_->InGroup();
    Put(&p);
    pending_bytes_ += p.extraction->text.size();
    if (in_group && !store_->InGroup()) {  // SQLite rolled the whole group back
      RedoAlone();
      ReportAll();
      return;
    }
  }
  if (!store_->InGroup() || GroupFull()) Finish();
}

void GroupWriter::Finish() {
  if (store_->InGroup() && !store_->CommitGroup().ok()) RedoAlone();
  ReportAll();
}

bool GroupWriter::GroupFull() const {
  return pending_.size() >= limits_.documents || pending_bytes_ >= limits_.text_bytes ||
         std::chrono::steady_clock::now() - group_start_ >= limits_.age;
}

void GroupWriter::Put(Pending* p) {
  IngestResult& r = p->result;
  r.status = store_->Put(*p->extraction, r.diagnostics.all(), &r.outcome);
  r.failed_stage = r.status.ok() ? "" : "store";
}

void GroupWriter::RedoAlone() {
  store_->AbandonGroup();
  for (Pending& p : pending_) {
    if (p.extraction) Put(&p);
  }
}

void GroupWriter::ReportAll() {
  for (const Pending& p : pending_) on_report_(p.result);
  pending_.clear();
  pending_bytes_ = 0;
}

}  // namespace ntmx
