// `ntmx export --xlsx` end to end: the seeds exported whole and filtered, and the
// failures a person meets -- a missing database, an empty one, a FILE that cannot be
// written, a data file without a label -- each one line and the right exit code,
// never a cut workbook. (tests/e2e/check_xlsx.py reads the workbook's contents.)
#include "cli/cli_harness.h"

namespace ntmx::testing {
namespace {

class ExportCliTest : public CliTestBase {
 protected:
  std::string SeedsDb() {
    const std::string db = (dir_ / "ntm.db").string();
    const CliRun ingest = Ntmx("ingest -q --db " + db + " " NTMX_SOURCE_DIR "/corpus/seeds");
    EXPECT_EQ(ingest.exit_code, 0) << ingest.err;
    return db;
  }
  std::string EmptyDb() {
    std::filesystem::create_directories(dir_ / "empty");
    const std::string db = (dir_ / "empty.db").string();
    EXPECT_EQ(Ntmx("ingest -q --db " + db + " " + (dir_ / "empty").string()).exit_code, 0);
    return db;
  }
};

TEST_F(ExportCliTest, WritesEverySheetOfTheSeeds) {
  const std::string db = SeedsDb(), out = (dir_ / "ntm.xlsx").string();
  const CliRun run = Ntmx("export --xlsx " + out + " --db " + db);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  // Documents, the 4 criteria sets rated, targets, tasks, responsibilities, findings.
  EXPECT_NE(run.err.find("wrote " + out + ": 9 sheets, 5 documents, 2 findings"), std::string::npos)
      << run.err;
  EXPECT_EQ(ReadAll(out).substr(0, 2), "PK");  // a zip package
}

TEST_F(ExportCliTest, PlaceAndYearFiltersNarrowEverySheet) {
  const std::string db = SeedsDb(), out = (dir_ / "kt.xlsx").string();
  CliRun run = Ntmx("export --xlsx " + out + " --db " + db + " --province \"kon tum\"");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  // Măng Bút's plan alone: one criteria set.
  EXPECT_NE(run.err.find(": 6 sheets, 1 documents, 0 findings"), std::string::npos) << run.err;
  run = Ntmx("export --xlsx " + out + " --db " + db + " --year 1999");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("no stored document matches the filters"), std::string::npos) << run.err;
  run = Ntmx("export --xlsx " + out + " --db " + db + " --criterion 10");
  EXPECT_EQ(run.exit_code, 2);  // not an export option: CLI11 says so
}

TEST_F(ExportCliTest, AMissingDatabaseIsOneLineAndNoFile) {
  const CliRun run =
      Ntmx("export --xlsx " + (dir_ / "x.xlsx").string() + " --db " + (dir_ / "nope.db").string());
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(Lines(run.err), 1u) << run.err;
  EXPECT_NE(run.err.find("nope.db: no such database"), std::string::npos) << run.err;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "x.xlsx"));
}

TEST_F(ExportCliTest, AnEmptyDatabaseGivesHeadersAndSaysSo) {
  const std::string db = EmptyDb(), out = (dir_ / "e.xlsx").string();
  const CliRun run = Ntmx("export -q --xlsx " + out + " --db " + db);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(Lines(run.err), 1u) << run.err;
  EXPECT_NE(run.err.find("no documents stored (run `ntmx ingest` first); the workbook has its "
                         "sheets' headers only"),
            std::string::npos)
      << run.err;
  EXPECT_TRUE(std::filesystem::exists(out));
}

TEST_F(ExportCliTest, AnUnwritableFileIsOneLineAndLeavesTheOldOne) {
  const std::string db = EmptyDb();
  CliRun run = Ntmx("export -q --xlsx " + (dir_ / "no/such/x.xlsx").string() + " --db " + db);
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(Lines(run.err), 1u) << run.err;
  EXPECT_NE(run.err.find("x.xlsx: cannot write the workbook: cannot create a temporary file "
                         "beside it: No such file or directory"),
            std::string::npos)
      << run.err;
  std::filesystem::create_directories(dir_ / "folder.xlsx");
  run = Ntmx("export -q --xlsx " + (dir_ / "folder.xlsx").string() + " --db " + db);
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("folder.xlsx: cannot write the workbook: is a directory"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(Ntmx("export --db " + db).exit_code, 2);  // --xlsx is required
}

TEST_F(ExportCliTest, ALabelMissingFromTheDataFileStopsTheExport) {
  // A data dir whose labels lack the targets sheet's name: the rest is the real one.
  const std::filesystem::path data = dir_ / "data";
  std::filesystem::create_directories(data);
  for (const char* part : {"patterns", "pipelines", "schemas"}) {
    std::filesystem::copy(std::filesystem::path(NTMX_SOURCE_DIR) / part, data / part,
                          std::filesystem::copy_options::recursive);
  }
  const std::filesystem::path labels = data / "schemas/labels/xlsx.tsv";
  std::string text = ReadAll(labels);
  const size_t at = text.find("sheet.targets\t");
  ASSERT_NE(at, std::string::npos);
  text.erase(at, text.find('\n', at) + 1 - at);
  Write("data/schemas/labels/xlsx.tsv", text);
  const std::string db = EmptyDb(), out = (dir_ / "l.xlsx").string();
  // Run with that data dir only (the harness passes the source tree's).
  const std::string err = (dir_ / "labels.err").string();
  const int status = std::system((std::string(NTMX_BINARY) + " --data-dir " + data.string() +
                                  " export --xlsx " + out + " --db " + db + " 2>" + err)
                                     .c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 2);
  EXPECT_NE(ReadAll(err).find("xlsx.tsv: no label for sheet.targets"), std::string::npos)
      << ReadAll(err);
  EXPECT_FALSE(std::filesystem::exists(out));
}

}  // namespace
}  // namespace ntmx::testing
