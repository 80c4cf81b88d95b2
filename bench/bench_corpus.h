// What the scale benchmarks run on: the plan files of one folder, the loaded
// pipeline, and the process's peak memory.
//
// The folder is $NTMX_BENCH_CORPUS (bench/make_corpus.py writes one; bench/run.sh
// sets it), else corpus/seeds/ of the source tree, so every benchmark also runs on
// a fresh clone. PDFs are the *.pdf files of $NTMX_BENCH_PDF, else corpus/pdf/.
// Files are listed in name order; at most $NTMX_BENCH_LIMIT of them (default 200)
// are used, so a benchmark iteration stays short however large the folder is.
// Header-only because it is shared by the *_bench.cc programs, each its own binary.
#pragma once

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"

namespace ntmx::bench {

struct BenchFiles {
  std::vector<std::filesystem::path> paths;
  std::vector<std::string> bytes;  // each file's raw bytes, read once
  size_t total_bytes = 0;
};

inline std::filesystem::path FolderFromEnv(const char* variable, const char* fallback) {
  const char* value = std::getenv(variable);
  if (value != nullptr && *value != '\0') return value;
  return std::filesystem::path(NTMX_SOURCE_DIR) / fallback;
}

inline size_t FileLimit() {
  const char* value = std::getenv("NTMX_BENCH_LIMIT");
  return value != nullptr && *value != '\0' ? std::strtoul(value, nullptr, 10) : 200;
}

// The files of `folder` whose extension is one of `extensions`, in name order.
inline BenchFiles LoadFiles(const std::filesystem::path& folder,
                            const std::vector<std::string>& extensions) {
  BenchFiles files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    const std::string ext = entry.path().extension().string();
    if (std::find(extensions.begin(), extensions.end(), ext) != extensions.end()) {
      files.paths.push_back(entry.path());
    }
  }
  std::sort(files.paths.begin(), files.paths.end());
  if (files.paths.size() > FileLimit()) files.paths.resize(FileLimit());
  for (const auto& path : files.paths) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    files.bytes.push_back(s.str());
    files.total_bytes += files.bytes.back().size();
  }
  return files;
}

inline const BenchFiles& TextFiles() {
  static const BenchFiles* const files = new BenchFiles(
      LoadFiles(FolderFromEnv("NTMX_BENCH_CORPUS", "corpus/seeds"), {".txt", ".md"}));
  return *files;
}

inline const BenchFiles& PdfFiles() {
  static const BenchFiles* const files =
      new BenchFiles(LoadFiles(FolderFromEnv("NTMX_BENCH_PDF", "corpus/pdf"), {".pdf"}));
  return *files;
}

inline const Pipeline& DefaultPipeline() {
  static const Pipeline* const pipeline = [] {
    std::unique_ptr<Pipeline> p;
    const Status status = Pipeline::Load(NTMX_SOURCE_DIR, "default", &p);
    if (!status.ok()) {
      std::fprintf(stderr, "cannot load pipeline: %s\n", status.message().c_str());
      std::exit(1);
    }
    return p.release();
  }();
  return *pipeline;
}

// Peak resident set size of this process so far, in MB (Linux: ru_maxrss is KB).
inline double PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// CPU seconds of this thread plus those of finished child processes (pdftotext):
// what one core spends, whatever else the machine is doing.
inline double CpuSeconds() {
  timespec thread{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &thread);
  rusage children{};
  getrusage(RUSAGE_CHILDREN, &children);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
  return static_cast<double>(thread.tv_sec) + thread.tv_nsec / 1e9 + seconds(children.ru_utime) +
         seconds(children.ru_stime);
}

}  // namespace ntmx::bench
