// The gazetteer's two costs: loading schemas/places once per process (target: under
// 15 ms, it is paid by every `ntmx` run) and finding place mentions in a document
// (paid per document: should be a small part of extraction).
//
//   cmake -B build-bench -DNTMX_BUILD_BENCH=ON
//   cmake --build build-bench -j2 --target places_bench
//   build-bench/bench/places_bench
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "places/gazetteer.h"
#include "text/indexed_text.h"

namespace ntmx {
namespace {

const std::filesystem::path kPlaces = std::filesystem::path(NTMX_SOURCE_DIR) / "schemas" / "places";

void BM_GazetteerLoad(benchmark::State& state) {
  for (auto _ : state) {
    Gazetteer places;
    const Status s = Gazetteer::Load(kPlaces, &places);
    if (!s.ok()) state.SkipWithError(s.message().c_str());
    benchmark::DoNotOptimize(places.records().data());
  }
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond);

void BM_FindMentions(benchmark::State& state) {
  Gazetteer places;
  const Status s = Gazetteer::Load(kPlaces, &places);
  if (!s.ok()) state.SkipWithError(s.message().c_str());
  std::string all;
  for (const auto& entry : std::filesystem::directory_iterator(
           std::filesystem::path(NTMX_SOURCE_DIR) / "corpus" / "seeds")) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    all += buf.str();
  }
  const IndexedText text(all);
  size_t mentions = 0;
  for (auto _ : state) {
    const std::vector<PlaceMention> found = places.FindMentions(text);
    mentions = found.size();
    benchmark::DoNotOptimize(found.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(all.size()));
  state.counters["mentions"] = static_cast<double>(mentions);
}
BENCHMARK(BM_FindMentions)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace ntmx

BENCHMARK_MAIN();
