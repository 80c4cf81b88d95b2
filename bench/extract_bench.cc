// Benchmarks of `extract` on the bundled corpus: the whole pipeline after read
// (normalize, structure, extractors) per document, and its stages alone, so a
// change that slows one stage shows where. Run:
//
//   build/bench/extract_bench --benchmark_counters_tabular=true
//
// Pipeline and rule compilation happen once, outside the timed loops, as in a
// real run.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "bench_corpus.h"
#include "normalize/normalizer.h"
#include "pipeline/pipeline.h"
#include "read/reader.h"
#include "text/indexed_text.h"

namespace ntmx {
namespace {

struct Corpus {
  std::vector<std::string> texts;
  size_t bytes = 0;
};

const Corpus& LoadCorpus() {
  static const Corpus* const corpus = [] {
    auto* c = new Corpus();
    for (const auto& entry : std::filesystem::directory_iterator(
             std::filesystem::path(NTMX_SOURCE_DIR) / "corpus" / "seeds")) {
      RawDocument raw;
      if (ReadFile(entry.path(), ReadOptions{}, &raw).ok()) {
        c->bytes += raw.utf8.size();
        c->texts.push_back(std::move(raw.utf8));
      }
    }
    return c;
  }();
  return *corpus;
}

void SetCounters(benchmark::State& state, const Corpus& corpus) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["docs/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * corpus.texts.size()), benchmark::Counter::kIsRate);
}

void BM_ExtractCorpus(benchmark::State& state) {
  const Pipeline& pipeline = bench::DefaultPipeline();
  const Corpus& corpus = LoadCorpus();
  for (auto _ : state) {
    for (const std::string& text : corpus.texts) {
      Extraction e;
      Diagnostics d;
      pipeline.ProcessText(text, &e, &d);
      benchmark::DoNotOptimize(e.legal_bases.size());
    }
  }
  SetCounters(state, corpus);
}
BENCHMARK(BM_ExtractCorpus)->Unit(benchmark::kMillisecond);

void BM_Normalize(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  for (auto _ : state) {
    for (const std::string& text : corpus.texts) {
      benchmark::DoNotOptimize(NormalizeText(text, NormalizeOptions{}, nullptr));
    }
  }
  SetCounters(state, corpus);
}
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);

void BM_NormalizeAndStructure(benchmark::State& state) {
  const Pipeline& pipeline = bench::DefaultPipeline();
  const Corpus& corpus = LoadCorpus();
  for (auto _ : state) {
    for (const std::string& text : corpus.texts) {
      benchmark::DoNotOptimize(pipeline.Structure(text, nullptr));
    }
  }
  SetCounters(state, corpus);
}
BENCHMARK(BM_NormalizeAndStructure)->Unit(benchmark::kMillisecond);

void BM_IndexText(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  for (auto _ : state) {
    for (const std::string& text : corpus.texts) {
      IndexedText indexed{std::string(text)};
      benchmark::DoNotOptimize(indexed.folded().size());
    }
  }
  SetCounters(state, corpus);
}
BENCHMARK(BM_IndexText)->Unit(benchmark::kMillisecond);

// Pathological input: ever deeper numbering ("1.1.1.…") that is not a section
// and so is rejoined into one growing paragraph. Was quadratic once (the
// sentence-end rule re-ran on the growing line); should grow linearly with N.
void BM_DeepNumbering(benchmark::State& state) {
  const Pipeline& pipeline = bench::DefaultPipeline();
  std::string text = "KẾ HOẠCH\nTiêu đề\n\n";
  for (int i = 1; i <= state.range(0); ++i) {
    for (int j = 0; j < i; ++j) text += "1.";
    text += " Mục\n";
  }
  for (auto _ : state) {
    Extraction e;
    Diagnostics d;
    pipeline.ProcessText(text, &e, &d);
    benchmark::DoNotOptimize(e.document.title);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetComplexityN(static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_DeepNumbering)->Arg(200)->Arg(400)->Arg(800)->Unit(benchmark::kMillisecond);

void BM_LoadPipeline(benchmark::State& state) {
  for (auto _ : state) {
    std::unique_ptr<Pipeline> p;
    benchmark::DoNotOptimize(Pipeline::Load(NTMX_SOURCE_DIR, "default", &p).ok());
  }
}
BENCHMARK(BM_LoadPipeline)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace ntmx

BENCHMARK_MAIN();
