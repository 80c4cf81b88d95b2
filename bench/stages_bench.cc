// One benchmark per stage of the text pipeline, on the files of bench_corpus.h
// ($NTMX_BENCH_CORPUS, else corpus/seeds/), so a change that slows one stage shows
// where:
//
//   BM_Read             ReadFile: file bytes, SHA-256, encoding sniff, UTF-8 check
//   BM_Normalize        NormalizeText
//   BM_Structure        Pipeline::Structure (normalize + structure: subtract the above)
//   BM_IndexText        IndexedText: the folded view and its offset maps
//   BM_RuleHints        the rule prefilter's pass: which rules may match on each line
//   BM_PlaceMentions    Gazetteer::FindMentions over the whole text
//   BM_Extractor/<name> each extractor of the default pipeline alone, in pipeline
//                       order, on what the extractors before it wrote
//   BM_StoreWrite/N     Store::Put of finished extractions into a fresh database, N
//                       documents per commit (1, and ingest's default 64)
//   BM_StoreDocumentOnly/64  the same with the records dropped: the document row and
//                       its full-text index alone, the store's floor per document
//
//   NTMX_BENCH_CORPUS=/tmp/corpus build/bench/stages_bench --benchmark_counters_tabular=true
//
// Every benchmark reports docs/s and bytes/s of the raw files it covers.
#include <benchmark/benchmark.h>

#include <unistd.h>

#include "bench_corpus.h"
#include "knowledge/resources.h"
#include "normalize/normalizer.h"
#include "places/gazetteer.h"
#include "read/reader.h"
#include "store/store.h"
#include "text/indexed_text.h"

namespace ntmx::bench {
namespace {

void SetCounters(benchmark::State& state, const BenchFiles& files) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * files.total_bytes));
  state.counters["docs/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * files.paths.size()), benchmark::Counter::kIsRate);
}

// Each document after read, normalize and structure: the extractors' input.
struct Prepared {
  std::vector<std::string> utf8;  // decoded text
  std::vector<std::unique_ptr<IndexedText>> texts;
  std::vector<DocumentTree> trees;
  std::vector<std::vector<PlaceMention>> places;
};

const Prepared& Prepare() {
  static const Prepared* const prepared = [] {
    auto* p = new Prepared();
    const Pipeline& pipeline = DefaultPipeline();
    for (const auto& path : TextFiles().paths) {
      RawDocument raw;
      if (!ReadFile(path, ReadOptions{}, &raw).ok()) continue;
      StructuredText structured = pipeline.Structure(raw.utf8, nullptr);
      p->utf8.push_back(std::move(raw.utf8));
      p->texts.push_back(std::make_unique<IndexedText>(std::move(structured.text)));
      pipeline.resources().rules.AttachHints(p->texts.back().get());
      p->trees.push_back(std::move(structured.tree));
      p->places.push_back(pipeline.resources().gazetteer->FindMentions(*p->texts.back()));
    }
    return p;
  }();
  return *prepared;
}

void BM_Read(benchmark::State& state) {
  const BenchFiles& files = TextFiles();
  for (auto _ : state) {
    for (const auto& path : files.paths) {
      RawDocument raw;
      benchmark::DoNotOptimize(ReadFile(path, ReadOptions{}, &raw).ok());
    }
  }
  SetCounters(state, files);
}
BENCHMARK(BM_Read)->Unit(benchmark::kMillisecond);

void BM_Normalize(benchmark::State& state) {
  const Prepared& p = Prepare();
  for (auto _ : state) {
    for (const std::string& text : p.utf8) {
      benchmark::DoNotOptimize(NormalizeText(text, NormalizeOptions{}, nullptr));
    }
  }
  SetCounters(state, TextFiles());
}
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);

void BM_Structure(benchmark::State& state) {
  const Prepared& p = Prepare();
  const Pipeline& pipeline = DefaultPipeline();
  for (auto _ : state) {
    for (const std::string& text : p.utf8) {
      benchmark::DoNotOptimize(pipeline.Structure(text, nullptr));
    }
  }
  SetCounters(state, TextFiles());
}
BENCHMARK(BM_Structure)->Unit(benchmark::kMillisecond);

void BM_IndexText(benchmark::State& state) {
  const Prepared& p = Prepare();
  for (auto _ : state) {
    for (const auto& text : p.texts) {
      IndexedText indexed{std::string(text->text())};
      benchmark::DoNotOptimize(indexed.folded().size());
    }
  }
  SetCounters(state, TextFiles());
}
BENCHMARK(BM_IndexText)->Unit(benchmark::kMillisecond);

void BM_RuleHints(benchmark::State& state) {
  const Prepared& p = Prepare();
  const RuleSet& rules = DefaultPipeline().resources().rules;
  std::vector<IndexedText> texts;
  for (const auto& text : p.texts) texts.emplace_back(std::string(text->text()));
  for (auto _ : state) {
    for (IndexedText& text : texts) {
      rules.AttachHints(&text);
      benchmark::DoNotOptimize(text.line_hints());
    }
  }
  SetCounters(state, TextFiles());
}
BENCHMARK(BM_RuleHints)->Unit(benchmark::kMillisecond);

void BM_PlaceMentions(benchmark::State& state) {
  const Prepared& p = Prepare();
  const Gazetteer& gazetteer = *DefaultPipeline().resources().gazetteer;
  for (auto _ : state) {
    for (const auto& text : p.texts) benchmark::DoNotOptimize(gazetteer.FindMentions(*text));
  }
  SetCounters(state, TextFiles());
}
BENCHMARK(BM_PlaceMentions)->Unit(benchmark::kMillisecond);

// Runs extractor number `index` of the default pipeline on every document, each
// starting from what the extractors before it wrote (computed once, untimed).
void BM_Extractor(benchmark::State& state, size_t index) {
  const Pipeline& pipeline = DefaultPipeline();
  const Prepared& p = Prepare();
  std::vector<std::unique_ptr<Extractor>> chain;
  for (size_t i = 0; i <= index; ++i) {
    std::unique_ptr<Extractor> extractor;
    if (!MakeExtractor(pipeline.config().extractors[i], pipeline.resources(), &extractor).ok()) {
      state.SkipWithError("cannot make the extractor");
      return;
    }
    chain.push_back(std::move(extractor));
  }
  std::vector<Extraction> before(p.texts.size());
  for (size_t d = 0; d < p.texts.size(); ++d) {
    const DocumentView view{*p.texts[d], p.trees[d], p.places[d]};
    Diagnostics diagnostics;
    for (size_t i = 0; i < index; ++i) chain[i]->Extract(view, &before[d], &diagnostics);
  }
  for (auto _ : state) {
    for (size_t d = 0; d < p.texts.size(); ++d) {
      Extraction e = before[d];
      Diagnostics diagnostics;
      chain[index]->Extract(DocumentView{*p.texts[d], p.trees[d], p.places[d]}, &e, &diagnostics);
      benchmark::DoNotOptimize(e.tasks.size());
    }
  }
  SetCounters(state, TextFiles());
}

// Store::Put of every file's finished extraction into a fresh database, `group`
// documents per commit (Store::BeginGroup; 1: one transaction each). With
// `document_only` the records are dropped first and only the document row and its
// full-text index are written: the floor of the store's cost per document.
void StoreWrite(benchmark::State& state, bool document_only) {
  const Pipeline& pipeline = DefaultPipeline();
  const BenchFiles& files = TextFiles();
  std::vector<Extraction> extractions(files.paths.size());
  std::vector<Diagnostics> diagnostics(files.paths.size());
  for (size_t d = 0; d < files.paths.size(); ++d) {
    if (!pipeline.ProcessFile(files.paths[d], &extractions[d], &diagnostics[d]).ok()) {
      state.SkipWithError("cannot read a corpus file");
      return;
    }
    if (document_only) {
      Extraction bare;
      bare.source = extractions[d].source;
      bare.sha256 = extractions[d].sha256;
      bare.format = extractions[d].format;
      bare.text = std::move(extractions[d].text);
      extractions[d] = std::move(bare);
      diagnostics[d] = Diagnostics();
    }
  }
  const std::filesystem::path db =
      std::filesystem::temp_directory_path() / ("ntmx_store_bench_" + std::to_string(getpid()));
  const std::string migrations = std::string(NTMX_SOURCE_DIR) + "/schemas/sql";
  const size_t group = static_cast<size_t>(state.range(0));
  for (auto _ : state) {
    state.PauseTiming();
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db.string() + suffix);
    auto store = std::make_unique<Store>();
    if (!store->Open(db.string(), migrations, PlaceTypeWords(pipeline.resources())).ok()) {
      state.SkipWithError("cannot open the database");
      return;
    }
    state.ResumeTiming();
    for (size_t d = 0; d < extractions.size(); ++d) {
      if (group > 1 && d % group == 0) benchmark::DoNotOptimize(store->BeginGroup().ok());
      PutOutcome outcome;
      benchmark::DoNotOptimize(store->Put(extractions[d], diagnostics[d].all(), &outcome).ok());
      if (group > 1 && (d % group == group - 1 || d + 1 == extractions.size()))
        benchmark::DoNotOptimize(store->CommitGroup().ok());
    }
    state.PauseTiming();
    store.reset();
    state.ResumeTiming();
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db.string() + suffix);
  SetCounters(state, files);
}

void BM_StoreWrite(benchmark::State& state) { StoreWrite(state, /*document_only=*/false); }
BENCHMARK(BM_StoreWrite)->Unit(benchmark::kMillisecond)->Arg(1)->Arg(64);

void BM_StoreDocumentOnly(benchmark::State& state) { StoreWrite(state, /*document_only=*/true); }
BENCHMARK(BM_StoreDocumentOnly)->Unit(benchmark::kMillisecond)->Arg(64);

}  // namespace
}  // namespace ntmx::bench

// Registers one BM_Extractor/<name> per extractor the default pipeline runs (their
// names come from pipelines/default.toml, hence at run time), then runs them all.
int main(int argc, char** argv) {
  const auto& names = ntmx::bench::DefaultPipeline().config().extractors;
  for (size_t i = 0; i < names.size(); ++i) {
    benchmark::RegisterBenchmark(("BM_Extractor/" + names[i]).c_str(), ntmx::bench::BM_Extractor, i)
        ->Unit(benchmark::kMillisecond);
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
