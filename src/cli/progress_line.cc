// See progress_line.h.
#include "cli/progress_line.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>

namespace ntmx {
namespace {

constexpr auto kBarInterval = std::chrono::milliseconds(100);  // <= 10 redraws a second
constexpr auto kLineInterval = std::chrono::seconds(5);
constexpr size_t kBarWidth = 20;

// "0:15", "12:03", "3:07:44"; "?" before there is a rate.
std::string FormatEta(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return "?";
  const long s = std::lround(seconds);
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  }
  return buf;
}

}  // namespace

ProgressLine::Mode ProgressLine::ModeForStderr(bool quiet) {
  if (quiet) return Mode::kOff;
  return ::isatty(STDERR_FILENO) ? Mode::kBar : Mode::kLines;
}

ProgressLine::ProgressLine(std::ostream& out, Mode mode, size_t total)
    : out_(out), mode_(mode), total_(total), start_(Clock::now()), last_draw_(start_) {}

std::string ProgressLine::Describe(Mode mode, size_t done, size_t total, double elapsed_seconds) {
  const double rate = elapsed_seconds > 0 ? static_cast<double>(done) / elapsed_seconds : 0;
  const double eta = rate > 0 ? static_cast<double>(total - std::min(done, total)) / rate : NAN;
  char rate_text[32];
  std::snprintf(rate_text, sizeof rate_text, "%.1f", rate);
  const std::string counts = std::to_string(done) + "/" + std::to_string(total);
  if (mode == Mode::kLines) {
    return counts + " documents, " + rate_text + " docs/s, ETA " + FormatEta(eta);
  }
  return counts + "  " + rate_text + " docs/s  ETA " + FormatEta(eta);
}

void ProgressLine::Update(size_t done) {
  done_ = done;
  if (mode_ == Mode::kOff) return;
  const Clock::time_point now = Clock::now();
  const auto interval =
      mode_ == Mode::kBar ? Clock::duration(kBarInterval) : Clock::duration(kLineInterval);
  if (now - last_draw_ < interval && (mode_ == Mode::kLines || on_screen_)) return;
  last_draw_ = now;
  Draw(done);
}

void ProgressLine::Draw(size_t done) {
  const double elapsed = std::chrono::duration<double>(Clock::now() - start_).count();
  const std::string text = Describe(mode_, done, total_, elapsed);
  if (mode_ == Mode::kLines) {
    out_ << "ntmx: " << text << '\n' << std::flush;
    return;
  }
  const size_t filled = total_ == 0 ? kBarWidth : std::min(done, total_) * kBarWidth / total_;
  // \r and "erase to end of line": the line is rewritten in place.
  out_ << "\rntmx: [" << std::string(filled, '#') << std::string(kBarWidth - filled, '.') << "]  "
       << text << "\x1b[K" << std::flush;
  on_screen_ = true;
}

void ProgressLine::Interrupt() {
  if (mode_ != Mode::kBar || !on_screen_) return;
  out_ << "\r\x1b[K" << std::flush;
  on_screen_ = false;
}

void ProgressLine::Finish() {
  if (mode_ != Mode::kBar) return;
  Draw(done_);
  out_ << '\n' << std::flush;
  on_screen_ = false;
}

}  // namespace ntmx
