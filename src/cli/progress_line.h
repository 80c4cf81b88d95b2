// ProgressLine: how `ntmx ingest` shows a long batch moving.
//
// On a terminal (stderr is a tty), one line redrawn in place at most ten times a
// second:
//   ntmx: [#########...........]  412/1000  38.2 docs/s  ETA 0:15
// When stderr is a file or a pipe (a log, CI), a plain line every five seconds, so
// logs stay readable:
//   ntmx: 412/1000 documents, 38.2 docs/s, ETA 0:15
// and nothing at all with -q. Lines about single documents must go through
// Interrupt() first, which takes the bar off the screen so they do not mix with it;
// the next Update() draws it again.
#pragma once

#include <chrono>
#include <cstddef>
#include <ostream>
#include <string>

namespace ntmx {

class ProgressLine {
 public:
  enum class Mode { kOff, kBar, kLines };
  using Clock = std::chrono::steady_clock;

  // kOff when quiet, kBar when stderr is a terminal, else kLines.
  static Mode ModeForStderr(bool quiet);

  ProgressLine(std::ostream& out, Mode mode, size_t total);

  // `done` of `total` are finished; draws when the last drawing is old enough.
  void Update(size_t done);
  // Clears the bar (kBar) before another line is written to the same stream.
  void Interrupt();
  // Draws the final state (kBar) and ends the line.
  void Finish();

  // The text of one progress report at `elapsed` seconds, without "ntmx: " and
  // without the bar: "412/1000  38.2 docs/s  ETA 0:15" (kBar) or
  // "412/1000 documents, 38.2 docs/s, ETA 0:15" (kLines). Exposed for tests.
  static std::string Describe(Mode mode, size_t done, size_t total, double elapsed_seconds);

 private:
  void Draw(size_t done);

  std::ostream& out_;
  const Mode mode_;
  const size_t total_;
  const Clock::time_point start_;
  Clock::time_point last_draw_;
  size_t done_ = 0;
  bool on_screen_ = false;
};

}  // namespace ntmx
