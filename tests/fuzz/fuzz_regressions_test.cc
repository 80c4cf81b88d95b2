// Replays the inputs kept under tests/data/regressions/<target>/ through the fuzz
// target of that name (fuzz/fuzz_targets.h): every input that once crashed a target,
// or that a person thought worth keeping, runs in the ordinary test suite (and under
// ASan/UBSan in the sanitizer build), without libFuzzer.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "fuzz_targets.h"

namespace {

namespace fs = std::filesystem;

const fs::path kRegressions = fs::path(NTMX_SOURCE_DIR) / "tests" / "data" / "regressions";

std::string ReadBytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(FuzzRegressionsTest, EveryFolderNamesATarget) {
  size_t folders = 0;
  for (const auto& entry : fs::directory_iterator(kRegressions)) {
    if (!entry.is_directory()) continue;
    ++folders;
    EXPECT_NE(ntmx::fuzz::FindTarget(entry.path().filename().string()), nullptr)
        << entry.path() << " is not the name of a fuzz target";
  }
  EXPECT_GT(folders, 0u);
}

TEST(FuzzRegressionsTest, EveryKeptInputRunsThroughItsTarget) {
  size_t replayed = 0;
  for (const ntmx::fuzz::Target& target : ntmx::fuzz::Targets()) {
    const fs::path folder = kRegressions / target.name;
    if (!fs::is_directory(folder)) continue;
    for (const auto& entry : fs::directory_iterator(folder)) {
      if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
      SCOPED_TRACE(entry.path().string());
      target.run(ReadBytes(entry.path()));  // a crash fails the whole test binary
      ++replayed;
    }
  }
  EXPECT_GT(replayed, 0u);
}

}  // namespace
