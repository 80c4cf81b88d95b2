// The `ntmx` binary as a user meets it: bad input gives one clear line on stderr
// and a non-zero exit, and a folder with bad files in it still stores every good
// document.
#include <gtest/gtest.h>

#include "cli/cli_harness.h"

#include <unistd.h>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

using ntmx::testing::CliRun;

class CliTest : public ntmx::testing::CliTestBase {};

const char* const kGoodPlan =
    "Số: 03/KH-UBND\nHương Sơn, ngày 05 tháng 01 năm 2023\n\nKẾ HOẠCH\nXây dựng nông thôn mới năm "
    "2023\n\n"
    "Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2022 của UBND huyện Nam Đông;\n\nI. MỤC "
    "TIÊU\n\nNội dung.\n";

TEST_F(CliTest, EmptyFile) {
  const fs::path p = Write("empty.txt", "");
  const CliRun r = Ntmx("extract " + p.string());
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(Lines(r.err), 1u) << r.err;
  EXPECT_NE(r.err.find(p.string() + ": empty file"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST_F(CliTest, BinaryFile) {
  const fs::path p = Write("image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  const CliRun r = Ntmx("extract " + p.string());
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(Lines(r.err), 1u) << r.err;
  EXPECT_NE(r.err.find("binary file"), std::string::npos) << r.err;
}

TEST_F(CliTest, InvalidUtf8NamesTheByte) {
  const fs::path p = Write("latin1.txt", "Quy\xea\x74 \xf0\x28\x8c\x28");
  const CliRun r = Ntmx("extract " + p.string());
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(Lines(r.err), 1u) << r.err;
  EXPECT_NE(r.err.find(p.string() + ": invalid UTF-8 at byte 3"), std::string::npos) << r.err;
}

TEST_F(CliTest, MissingPath) {
  const CliRun r = Ntmx("extract " + (dir_ / "nope.txt").string());
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(Lines(r.err), 1u) << r.err;
  EXPECT_NE(r.err.find("nope.txt: no such file"), std::string::npos) << r.err;
}

TEST_F(CliTest, ExtractPrintsOneContractObjectPerFile) {
  const fs::path a = Write("a.txt", kGoodPlan);
  const fs::path b = Write("b.md", std::string("## ") + kGoodPlan);
  const CliRun r = Ntmx("extract -q " + a.string() + " " + b.string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Lines(r.out), 2u);
  EXPECT_NE(r.out.find("\"schema\":\"ntm-extract/1\""), std::string::npos);
  EXPECT_NE(r.out.find("\"doc_number\":\"03/KH-UBND\""), std::string::npos);
}

TEST_F(CliTest, IngestKeepsGoodDocumentsAndReportsBadOnes) {
  Write("plans/good.txt", kGoodPlan);
  Write("plans/sub/good2.md", std::string(kGoodPlan) + "\nThêm một dòng.\n");
  Write("plans/empty.txt", "");
  Write("plans/bad.txt",
        "Kế hoạch \xc3"
        "( not UTF-8");
  Write("plans/README.md", "# Plans received in 2024\n");  // describes the folder: skipped
  Write("plans/gold.json", "{}");                          // not a plan file: skipped
  Write("plans/binary.txt", std::string("\x7f"
                                        "ELF\2\1\1\0\0\0\0\0\0\0\0\0",
                                        16));
  const fs::path db = dir_ / "t.db";
  CliRun r = Ntmx("ingest --db " + db.string() + " " + (dir_ / "plans").string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("ingested 2, replaced 0, unchanged 0, failed 3"), std::string::npos)
      << r.out;
  EXPECT_NE(r.err.find("empty.txt: empty file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("bad.txt: invalid UTF-8 at byte 13"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("binary.txt: binary file"), std::string::npos) << r.err;

  r = Ntmx("sql --db " + db.string() + " --format csv \"SELECT count(*) AS n FROM documents\"");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "n\r\n2\r\n");

  // Again: nothing changes.
  r = Ntmx("ingest --db " + db.string() + " " + (dir_ / "plans" / "good.txt").string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("ingested 0, replaced 0, unchanged 1, failed 0"), std::string::npos)
      << r.out;
}

TEST_F(CliTest, SqlRefusesWrites) {
  const fs::path db = dir_ / "t.db";
  Write("good.txt", kGoodPlan);
  ASSERT_EQ(Ntmx("ingest -q --db " + db.string() + " " + (dir_ / "good.txt").string()).exit_code,
            0);
  const CliRun r = Ntmx("sql --db " + db.string() + " \"DELETE FROM documents\"");
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(Lines(r.err), 1u) << r.err;
}

TEST_F(CliTest, UnknownSubcommandAndMissingArgumentsExplain) {
  const CliRun r = Ntmx("frobnicate");
  EXPECT_NE(r.exit_code, 0);
  EXPECT_FALSE(r.err.empty());
}

}  // namespace
