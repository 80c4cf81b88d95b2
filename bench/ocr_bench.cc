// OCR of one scanned page: the first page of corpus/scans/001_69c2c6e4fde7b3b3.pdf (the
// header, the title and body text; corpus/make_scans.sh made it at 200 dpi) read by
// PdfOcr::ReadPage (read/pdf_ocr.h) at [ocr] dpi 300 and 200: rendered with poppler-cpp,
// deskewed with Leptonica, recognised by Tesseract's "vie" model. The first iteration's
// Init of the thread's Tesseract is left out (SetUp reads the page once).
//
//   build/bench/ocr_bench --benchmark_counters_tabular=true
//
// Wall time, unlike the other benchmarks' CPU time: Tesseract recognises with OpenMP
// threads (read/pdf_ocr.h), whose work this thread's CPU time leaves out. On a machine
// shared with builds, run it when it is quiet. The README's "s/page" is this figure.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "read/pdf_ocr.h"

namespace ntmx {
namespace {

const std::string& ScanBytes() {
  static const std::string bytes = [] {
    std::ifstream in(
        std::filesystem::path(NTMX_SOURCE_DIR) / "corpus" / "scans" / "001_69c2c6e4fde7b3b3.pdf",
        std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }();
  return bytes;
}

void BM_OcrOnePage(benchmark::State& state) {
  OcrOptions options;
  options.dpi = static_cast<int>(state.range(0));
  if (!CheckOcrAvailable(options).ok()) {
    state.SkipWithError("Tesseract has no 'vie' model (install tesseract-ocr-vie)");
    return;
  }
  PdfOcr ocr(ScanBytes());
  OcrPage page;
  if (!ocr.ReadPage(0, options, &page).ok()) {
    state.SkipWithError("cannot read the page");
    return;
  }
  size_t words = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(ocr.ReadPage(0, options, &page));
    words = page.words.boxes.size();
  }
  state.counters["words"] = static_cast<double>(words);
  state.counters["confidence"] = page.confidence;
}
BENCHMARK(BM_OcrOnePage)
    ->Arg(300)
    ->Arg(200)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

}  // namespace
}  // namespace ntmx

BENCHMARK_MAIN();
