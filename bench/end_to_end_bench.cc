// End to end, file on disk -> SQLite row, against the baselines of issue 7, in one
// run so the ratios compare timings taken under the same machine load:
//
//   BM_TextEndToEnd  the text files through IngestBatch on one thread (read, hash,
//                    normalize, structure, extract, and the store's group writer,
//                    64 documents a commit) into a fresh database: `ntmx ingest -j 1`.
//                    Baseline, timed in the same iteration: read the same file,
//                    ICU NFC-normalize it, one RE2 scan for a citation pattern
//                    (case-insensitive, so RE2 cannot skip ahead with memchr).
//                    Goal: ratio <= 3 and >= 2,000 docs/s (one thread).
//   BM_PdfEndToEnd   each PDF: the same, from the PDF. Baseline: the wall time of
//                    `pdftotext -enc UTF-8 FILE /dev/null` (poppler-utils, one
//                    process per file, as a user would run it). Goal: ratio <= 1.15.
//
// Every timing is CPU time (this thread's, plus pdftotext's as a child process), so the
// figures mean "per core" and hold on a loaded machine. Counters: docs/s and bytes/s of
// ntmx (the timed part), baseline_ms (the baseline
// pass over the same files in that iteration), ratio (ntmx time / baseline time over
// all iterations), peak_rss_MB (this process's ru_maxrss so far).
//
//   NTMX_BENCH_CORPUS=/tmp/c NTMX_BENCH_PDF=/tmp/c/pdf build/bench/end_to_end_bench
//   (bench/run.sh sets both and adds --benchmark_counters_tabular=true)
//
// The database is re-created (untimed) for each iteration, so every Put inserts.
#include <benchmark/benchmark.h>
#include <re2/re2.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unistd.h>

#include <ctime>

#include "bench_corpus.h"
#include "ingest/batch_ingest.h"
#include "knowledge/resources.h"
#include "read/reader.h"
#include "store/store.h"

extern char** environ;

namespace ntmx::bench {
namespace {

std::string FileBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The text baseline on one file: read, NFC, one RE2 scan. Returns the match count.
int NfcAndOneScan(const std::filesystem::path& path, const RE2& re) {
  const std::string bytes = FileBytes(path);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  std::string normalized;
  icu::StringByteSink<std::string> sink(&normalized, static_cast<int32_t>(bytes.size()));
  nfc->normalizeUTF8(0, icu::StringPiece(bytes.data(), static_cast<int32_t>(bytes.size())), sink,
                     nullptr, status);
  re2::StringPiece input(normalized);
  int matches = 0;
  while (RE2::FindAndConsume(&input, re)) ++matches;
  return matches;
}

// `pdftotext -enc UTF-8 path /dev/null`, without a shell; false when it fails.
bool RunPdftotext(const std::filesystem::path& path) {
  const std::string file = path.string();
  const char* argv[] = {"pdftotext", "-enc", "UTF-8", file.c_str(), "/dev/null", nullptr};
  pid_t pid = 0;
  if (posix_spawnp(&pid, "pdftotext", nullptr, nullptr, const_cast<char* const*>(argv), environ) !=
      0) {
    return false;
  }
  int status = 0;
  return waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

class FreshStore {
 public:
  FreshStore()
      : path_(std::filesystem::temp_directory_path() /
              ("ntmx_e2e_bench_" + std::to_string(getpid()))) {}
  ~FreshStore() { Remove(); }

  // Deletes the database and opens a new one, keying place names with `type_words`.
  Store* Reset(std::shared_ptr<const TypeWords> type_words) {
    store_.reset();
    Remove();
    store_ = std::make_unique<Store>();
    const Status s = store_->Open(path_.string(), std::string(NTMX_SOURCE_DIR) + "/schemas/sql",
                                  std::move(type_words));
    return s.ok() ? store_.get() : nullptr;
  }

 private:
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm"})
      std::filesystem::remove(path_.string() + suffix);
  }
  std::filesystem::path path_;
  std::unique_ptr<Store> store_;
};

// Times `baseline` and ntmx (ProcessFile + Put) over `files` once per iteration.
template <typename Baseline>
void RunEndToEnd(benchmark::State& state, const BenchFiles& files, Baseline baseline) {
  if (files.paths.empty()) {
    state.SkipWithError("no input files");
    return;
  }
  const Pipeline& pipeline = DefaultPipeline();
  const std::vector<std::string> paths(files.paths.begin(), files.paths.end());
  FreshStore fresh;
  double ntmx_seconds = 0, baseline_seconds = 0;
  int failures = 0;
  for (auto _ : state) {
    Store* store = fresh.Reset(PlaceTypeWords(pipeline.resources()));
    if (store == nullptr) {
      state.SkipWithError("cannot open the database");
      return;
    }
    const double b = CpuSeconds();
    for (const auto& path : files.paths) failures += baseline(path) ? 0 : 1;
    baseline_seconds += CpuSeconds() - b;

    // What `ntmx ingest -j 1` runs: read, hash, extract, and the group writer.
    const double t = CpuSeconds();
    const Status s = IngestBatch(pipeline, store, paths, BatchOptions{},
                                 [&](const IngestResult& r) { failures += r.status.ok() ? 0 : 1; });
    if (!s.ok()) ++failures;
    const double elapsed = CpuSeconds() - t;
    ntmx_seconds += elapsed;
    state.SetIterationTime(elapsed);
  }
  if (failures > 0) state.SkipWithError("some files failed (ntmx or the baseline)");
  const double docs = static_cast<double>(state.iterations() * files.paths.size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * files.total_bytes));
  state.counters["docs/s"] = benchmark::Counter(docs, benchmark::Counter::kIsRate);
  state.counters["files"] = static_cast<double>(files.paths.size());
  state.counters["baseline_ms"] = 1000 * baseline_seconds / static_cast<double>(state.iterations());
  state.counters["ratio"] = baseline_seconds > 0 ? ntmx_seconds / baseline_seconds : 0;
  state.counters["peak_rss_MB"] = PeakRssMb();
}

void BM_TextEndToEnd(benchmark::State& state) {
  RE2::Options options;
  options.set_case_sensitive(false);
  const RE2 citation("(quyết định|kế hoạch|nghị quyết|chỉ thị) số ([0-9][^\\s,;]*)", options);
  RunEndToEnd(state, TextFiles(), [&](const std::filesystem::path& path) {
    benchmark::DoNotOptimize(NfcAndOneScan(path, citation));
    return true;
  });
}
BENCHMARK(BM_TextEndToEnd)->Unit(benchmark::kMillisecond)->UseManualTime();

void BM_PdfEndToEnd(benchmark::State& state) {
  if (std::system("command -v pdftotext >/dev/null 2>&1") != 0) {
    state.SkipWithError("pdftotext (poppler-utils) is not installed");
    return;
  }
  RunEndToEnd(state, PdfFiles(), RunPdftotext);
}
BENCHMARK(BM_PdfEndToEnd)->Unit(benchmark::kMillisecond)->UseManualTime();

}  // namespace
}  // namespace ntmx::bench

BENCHMARK_MAIN();
