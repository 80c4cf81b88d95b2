// The malformed-input suite: one batch holding every kind of bad file a province's
// folder may contain, next to good plans. Each bad file gets exactly one line on
// stderr naming it and the problem (and one entry in --errors), the batch goes on,
// and every good document is stored.
//
// The 100 MB file is made at test time as a sparse file (nothing is committed, and
// almost nothing written): the size limit refuses it from its size alone. A file that
// vanishes between listing and reading is tested on the library
// (tests/ingest/batch_ingest_test.cc), where "between" can be made exact.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "cli/cli_harness.h"

namespace {

namespace fs = std::filesystem;
using ntmx::testing::CliRun;
using ntmx::testing::ReadAll;

class MalformedInputTest : public ntmx::testing::CliTestBase {
 protected:
  void Copy(const fs::path& from, const std::string& name) {
    Write(name, ReadAll(fs::path(NTMX_SOURCE_DIR) / from));
  }
};

// Lines on stderr that mention `name`.
size_t LinesNaming(const std::string& err, const std::string& name) {
  size_t n = 0, start = 0;
  while (start < err.size()) {
    size_t end = err.find('\n', start);
    if (end == std::string::npos) end = err.size();
    if (err.substr(start, end - start).find(name) != std::string::npos) ++n;
    start = end + 1;
  }
  return n;
}

TEST_F(MalformedInputTest, EachBadFileIsOneLineAndEveryGoodPlanIsStored) {
  // Good plans: two texts and a PDF.
  Copy("corpus/seeds/000_c96f4298ede59e80.txt", "batch/good_000.txt");
  Copy("corpus/seeds/001_69c2c6e4fde7b3b3.txt", "batch/good_001.txt");
  Copy("corpus/pdf/002_13115fdfbc4faa3a.pdf", "batch/good_002.pdf");

  Write("batch/empty.txt", "");
  std::mt19937 rng(7);
  std::string noise(64 << 10, '\0');
  for (char& c : noise) c = static_cast<char>(rng());
  Write("batch/noise.txt", noise);
  Write("batch/invalid_utf8.txt", "KẾ HOẠCH\nXây dựng nông thôn mới \xC3\x28 năm 2024\n");
  const fs::path huge = Write("batch/huge.txt", "KẾ HOẠCH\n");
  fs::resize_file(huge, 100u << 20);  // 100 MB, sparse
  const std::string pdf =
      ReadAll(fs::path(NTMX_SOURCE_DIR) / "corpus/pdf/001_69c2c6e4fde7b3b3.pdf");
  Write("batch/truncated.pdf", pdf.substr(0, pdf.size() / 2));
  Copy("tests/data/pdf/encrypted.pdf", "batch/encrypted.pdf");
  Copy("tests/data/pdf/no_text.pdf", "batch/no_text.pdf");

  // Odd but readable: processed, whatever they yield.
  std::string line;
  const std::string sentence =
      "Phấn đấu đạt 19/19 tiêu chí, thu nhập bình quân 45 triệu đồng/người/năm, giao Phòng "
      "Nông nghiệp chủ trì; ";
  while (line.size() < (10u << 20)) line += sentence;
  Write("batch/long_line.txt", "KẾ HOẠCH\n" + line + "\n");
  std::string nested = "KẾ HOẠCH\nXây dựng nông thôn mới\n";
  std::string number;
  for (int depth = 1; depth <= 300; ++depth) {
    number += (depth == 1 ? "" : ".") + std::to_string(depth % 10);
    nested += number + ". Nội dung mục cấp " + std::to_string(depth) + "\n";
  }
  for (int depth = 1; depth <= 200; ++depth) nested += std::string(depth, '-') + " gạch đầu dòng\n";
  Write("batch/nested.txt", nested);

  // The default pipeline with no practical time limit: the 10 MB line must be
  // processed however slow the build (under ASan it takes about a minute), and the
  // time limit has its own test below.
  std::string pipeline = ReadAll(fs::path(NTMX_SOURCE_DIR) / "pipelines/default.toml");
  const size_t limit = pipeline.find("max_seconds = ");
  ASSERT_NE(limit, std::string::npos);
  pipeline.replace(limit, pipeline.find('\n', limit) - limit, "max_seconds = 36000");
  const fs::path untimed = Write("untimed.toml", pipeline);

  const fs::path db = dir_ / "t.db", report = dir_ / "errors.json";
  const CliRun r = Ntmx("--pipeline " + untimed.string() + " ingest -q -j3 --errors " +
                        report.string() + " --db " + db.string() + " " + (dir_ / "batch").string());
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("ingested 5, replaced 0, unchanged 0, failed 7"), std::string::npos)
      << r.out << r.err;

  const struct {
    const char* file;
    const char* problem;
  } kBad[] = {
      {"empty.txt", "empty file"},
      {"noise.txt", "binary file"},
      {"invalid_utf8.txt", "invalid UTF-8 at byte"},
      {"huge.txt", "file too large: 104857600 bytes (limit 67108864)"},
      {"truncated.pdf", "truncated PDF"},
      {"encrypted.pdf", "encrypted PDF"},
      {"no_text.pdf", "PDF has no text layer"},
  };
  const nlohmann::json errors = nlohmann::json::parse(ReadAll(report));
  ASSERT_TRUE(errors.is_array());
  EXPECT_EQ(errors.size(), std::size(kBad)) << errors.dump(1);
  for (const auto& bad : kBad) {
    EXPECT_EQ(LinesNaming(r.err, bad.file), 1u) << bad.file << "\n" << r.err;
    EXPECT_NE(r.err.find(std::string(bad.file) + ": " + bad.problem), std::string::npos)
        << bad.file << "\n"
        << r.err;
    bool reported = false;
    for (const auto& e : errors) {
      if (e.at("path").get<std::string>().ends_with(bad.file)) {
        reported = true;
        EXPECT_EQ(e.at("stage"), "read") << e.dump();
        EXPECT_NE(e.at("message").get<std::string>().find(bad.problem), std::string::npos)
            << e.dump();
      }
    }
    EXPECT_TRUE(reported) << bad.file;
  }
  for (const char* good :
       {"good_000.txt", "good_001.txt", "good_002.pdf", "long_line.txt", "nested.txt"}) {
    EXPECT_EQ(LinesNaming(r.err, good), 0u) << r.err;
  }

  const CliRun sql =
      Ntmx("sql --db " + db.string() + " --format csv \"SELECT count(*) AS n FROM documents\"");
  EXPECT_EQ(sql.out, "n\r\n5\r\n") << sql.err;
}

TEST_F(MalformedInputTest, ErrorReportIsAnEmptyListWhenNothingFailed) {
  Copy("corpus/seeds/004_900349470cd22162.txt", "plan.txt");
  const fs::path report = dir_ / "errors.json";
  const CliRun r = Ntmx("ingest -q --errors " + report.string() + " --db " +
                        (dir_ / "t.db").string() + " " + (dir_ / "plan.txt").string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(ReadAll(report)), nlohmann::json::array());
}

TEST_F(MalformedInputTest, TimeLimitStopsADocumentBetweenStages) {
  // A pipeline whose time limit no document can meet: refused with the stage named.
  Write("slow.toml", ReadAll(fs::path(NTMX_SOURCE_DIR) / "pipelines/default.toml") + "");
  std::string toml = ReadAll(dir_ / "slow.toml");
  toml.replace(toml.find("max_seconds = 60"), 16, "max_seconds = 1e-9");
  Write("slow.toml", toml);
  Copy("corpus/seeds/004_900349470cd22162.txt", "plan.txt");
  const CliRun r = Ntmx("ingest -q --pipeline " + (dir_ / "slow.toml").string() + " --db " +
                        (dir_ / "t.db").string() + " " + (dir_ / "plan.txt").string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("plan.txt: processing took more than 1e-09 s (stopped after normalize, "
                       "[read] max_seconds)"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find("ingested 0, replaced 0, unchanged 0, failed 1"), std::string::npos);
}

}  // namespace
