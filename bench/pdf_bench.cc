// PDF text extraction: ntmx's reader (ReadPdf: positioned words -> lines, header
// columns, running heads, footnotes, paragraphs) against Poppler's plain text, the engine
// pdftotext runs, on the corpus PDFs. Three timings per pass over corpus/pdf/:
//
//   BM_NtmxReadPdf        ReadPdf, in process
//   BM_PopplerPlainText   poppler-cpp page::text() of every page, in process: what
//                         pdftotext computes, without its process start
//   BM_PdftotextProcess   `pdftotext -enc UTF-8 FILE /dev/null`, one process per file
//                         (skipped when poppler-utils is not installed)
//
//   build/bench/pdf_bench --benchmark_counters_tabular=true
//
// The ratio of interest is BM_NtmxReadPdf / BM_PopplerPlainText (the layout work ntmx
// adds on the same engine); the process timing says what a user of pdftotext would see.
// Every timing is CPU time (this thread's, plus that of finished child processes for
// pdftotext), as in end_to_end_bench: wall time on a machine shared with builds said
// more about the load than about the code, and a parent's CPU time alone leaves out
// the pdftotext it waits for.
#include <benchmark/benchmark.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <sys/resource.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "bench_corpus.h"
#include "read/pdf_reader.h"

namespace ntmx {
namespace {

struct PdfCorpus {
  std::vector<std::string> paths, bytes;
  size_t total = 0;
};

const PdfCorpus& LoadPdfs() {
  static const PdfCorpus* const corpus = [] {
    auto* c = new PdfCorpus();
    const std::filesystem::path dir = std::filesystem::path(NTMX_SOURCE_DIR) / "corpus" / "pdf";
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.path().extension() != ".pdf") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      c->paths.push_back(entry.path().string());
      c->bytes.push_back(s.str());
      c->total += c->bytes.back().size();
    }
    return c;
  }();
  return *corpus;
}

void BM_NtmxReadPdf(benchmark::State& state) {
  const PdfCorpus& corpus = LoadPdfs();
  for (auto _ : state) {
    const double start = bench::CpuSeconds();
    for (const std::string& bytes : corpus.bytes) {
      PdfText text;
      const Status s = ReadPdf(bytes, PdfReadOptions(), &text);
      if (!s.ok()) state.SkipWithError(s.message().c_str());
      benchmark::DoNotOptimize(text.utf8.data());
    }
    state.SetIterationTime(bench::CpuSeconds() - start);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.total));
}
BENCHMARK(BM_NtmxReadPdf)->Unit(benchmark::kMillisecond)->UseManualTime();

void BM_PopplerPlainText(benchmark::State& state) {
  const PdfCorpus& corpus = LoadPdfs();
  for (auto _ : state) {
    const double start = bench::CpuSeconds();
    for (const std::string& bytes : corpus.bytes) {
      std::unique_ptr<poppler::document> doc(
          poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
      for (int i = 0; i < doc->pages(); ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        const poppler::byte_array text = page->text().to_utf8();
        benchmark::DoNotOptimize(text.data());
      }
    }
    state.SetIterationTime(bench::CpuSeconds() - start);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.total));
}
BENCHMARK(BM_PopplerPlainText)->Unit(benchmark::kMillisecond)->UseManualTime();

void BM_PdftotextProcess(benchmark::State& state) {
  const PdfCorpus& corpus = LoadPdfs();
  if (std::system("command -v pdftotext >/dev/null 2>&1") != 0) {
    state.SkipWithError("pdftotext (poppler-utils) is not installed");
    return;
  }
  for (auto _ : state) {
    const double start = bench::CpuSeconds();
    for (const std::string& path : corpus.paths) {
      const std::string command = "pdftotext -enc UTF-8 '" + path + "' /dev/null";
      if (std::system(command.c_str()) != 0) state.SkipWithError("pdftotext failed");
    }
    state.SetIterationTime(bench::CpuSeconds() - start);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.total));
}
BENCHMARK(BM_PdftotextProcess)->Unit(benchmark::kMillisecond)->UseManualTime();

}  // namespace
}  // namespace ntmx

BENCHMARK_MAIN();
