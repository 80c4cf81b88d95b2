// WorkDeadline: when the work on one document must stop ([read] max_seconds), as a small
// object the pipeline makes per document and hands down with it, not a global. (Not
// "Deadline": that is the record type of a task's deadline, model/records.h.)
//
// The pipeline checked its time limit only between stages, so one stage that never
// ended (a 1,000-page PDF, a plan that is one 350 KB line) ran for minutes past it.
// The long loops now ask Expired() as they go — the PDF reader per page, the
// structurer per line, and every rule search of the extractors (the IndexedText of
// the document carries the deadline, rules/rule_set.cc) — and stop when it says so;
// the pipeline then fails the document with one line naming the stage.
//
//   WorkDeadline deadline = WorkDeadline::AfterSeconds(60);
//   for (const Line& line : lines) {
//     if (deadline.Expired()) return;      // a clock read: tens of nanoseconds
//     ...
//   }
//
// Tests count work instead of timing it: WorkDeadline::AfterChecks(n) expires at its
// (n+1)-th check, so "a deadline already passed stops the stage at its first check"
// needs no clock. Once expired, a deadline stays expired. One document is worked on by
// one thread at a time, so the counters need no lock.
#pragma once

#include <chrono>
#include <cstdint>
#include <limits>

namespace ntmx {

class WorkDeadline {
 public:
  using Clock = std::chrono::steady_clock;

  // Never expires.
  WorkDeadline() = default;
  // Expires once the clock passes `when`.
  static WorkDeadline At(Clock::time_point when) {
    WorkDeadline d;
    d.at_ = when;
    return d;
  }
  // Expires `seconds` from now; none when `seconds` <= 0 or beyond a few years.
  static WorkDeadline AfterSeconds(double seconds) {
    if (!(seconds > 0 && seconds < 1e8)) return WorkDeadline();
    return At(Clock::now() +
              std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds)));
  }
  // Expires at the (checks + 1)-th call of Expired(), whatever the clock says (tests).
  static WorkDeadline AfterChecks(uint64_t checks) {
    WorkDeadline d;
    d.budget_ = checks;
    return d;
  }

  // Whether the work must stop. Counts the call.
  bool Expired() const {
    if (expired_) return true;
    ++checks_;
    if (checks_ > budget_ || (at_ != Clock::time_point::max() && Clock::now() > at_)) {
      expired_ = true;
    }
    return expired_;
  }
  // Moves the expiry `extra` later, unless the deadline has expired or never expires:
  // for work that brings its own budget, the OCR of a scanned page ([ocr]
  // seconds_per_page, read/pdf_reader.cc), so that a ten-page scan is not held to the
  // limit of a text document. Const like Expired(): whoever holds the deadline may
  // grant that time, no one may take time away.
  void Extend(Clock::duration extra) const {
    if (!expired_ && at_ != Clock::time_point::max()) at_ += extra;
  }
  // How many times Expired() was asked (tests: where the work stopped).
  uint64_t checks() const { return checks_; }

 private:
  mutable Clock::time_point at_ = Clock::time_point::max();
  uint64_t budget_ = std::numeric_limits<uint64_t>::max();
  mutable uint64_t checks_ = 0;
  mutable bool expired_ = false;
};

// Whether `deadline` is given and expired (null: no limit).
inline bool Expired(const WorkDeadline* deadline) {
  return deadline != nullptr && deadline->Expired();
}

}  // namespace ntmx
