// The `ntmx` binary on a hostile machine (issue 18, "Losing data without a word"
// and "Smaller"): nothing that cannot be read, written or stored passes in silence
// or with exit 0, a full database stops the batch with one line, and a result of
// any size streams instead of filling memory. Each test is a reproduction that
// failed before its fix.
//
// CI runs as root: what needs an unprivileged user runs under setpriv as `nobody`
// (test_privileges.h); a full disk is /dev/full for standard output and the
// documented `ingest --max-db-mb` limit (SQLite's max_page_count) for the database.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "cli/cli_harness.h"
#include "test_privileges.h"

namespace {

namespace fs = std::filesystem;

using ntmx::testing::CliRun;

// A small plan of an invented commune; `note` makes each copy different content.
std::string Plan(const std::string& note) {
  return "ỦY BAN NHÂN DÂN XÃ AN BÌNH\nSố: 07/KH-UBND\nAn Bình, ngày 10 tháng 3 năm 2024\n\n"
         "KẾ HOẠCH\nXây dựng nông thôn mới năm 2024\n\n"
         "Căn cứ Quyết định số 45/QĐ-UBND ngày 02/01/2024 của UBND huyện Tân Lộc;\n\n"
         "I. MỤC TIÊU\n\n1. Phấn đấu đến cuối năm 2024 thu nhập bình quân đạt 52 triệu "
         "đồng/người/năm.\n\nII. NHIỆM VỤ\n\n1. Bê tông hóa 3 km đường trục thôn. " +
         note + "\n";
}

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size()))
    ++n;
  return n;
}

class HostileCliTest : public ntmx::testing::CliTestBase {
 protected:
  // A database holding one plan.
  std::string OnePlanDb() {
    const fs::path plan = Write("one/a.txt", Plan("Một."));
    const std::string db = (dir_ / "one.db").string();
    const CliRun r = Ntmx("-q ingest --db " + db + " " + plan.string());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return db;
  }
};

// A plan-named entry of a folder that cannot be read (here a dangling link, which
// root cannot read either) used to be skipped: exit 0, "failed 0".
TEST_F(HostileCliTest, UnreadableEntryOfAFolderFailsTheRun) {
  Write("in/a.txt", Plan("Một."));
  fs::create_symlink(dir_ / "gone.txt", dir_ / "in" / "b.txt");
  const std::string in = (dir_ / "in").string();
  CliRun r = Ntmx("-q extract " + in);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("in/b.txt: no such file"), std::string::npos) << r.err;
  EXPECT_EQ(Lines(r.out), 1u);  // a.txt is still extracted

  const std::string errors = (dir_ / "errors.json").string();
  r = Ntmx("-q ingest --db " + (dir_ / "n.db").string() + " --errors " + errors + " " + in);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("ingested 1, replaced 0, unchanged 0, failed 1"), std::string::npos)
      << r.out;
  EXPECT_NE(ntmx::testing::ReadAll(errors).find("in/b.txt"), std::string::npos);
}

// A folder that cannot be listed, below the folder given or given itself, used to
// be skipped: `ingested 0 … failed 0`, exit 0. Root lists any folder, so the
// commands run as `nobody`.
TEST_F(HostileCliTest, LockedFolderFailsTheRunAsAnotherUser) {
  const std::string prefix = ntmx::testing::NobodyPrefix();
  ntmx::testing::MakeReachable(dir_);
  if (!prefix.empty() && std::system((prefix + "test -x " NTMX_BINARY " -a -r " NTMX_SOURCE_DIR
                                               "/pipelines/default.toml")
                                         .c_str()) != 0) {
    GTEST_SKIP() << "nobody cannot reach the binary or the source tree from here";
  }
  Write("in/a.txt", Plan("Một."));
  Write("in/locked/b.txt", Plan("Hai."));
  const fs::path locked = dir_ / "in" / "locked";
  fs::create_directories(dir_ / "db");
  fs::permissions(dir_ / "db", fs::perms::all);  // nobody writes the database here
  fs::permissions(locked, fs::perms::none);
  const std::string errors = (dir_ / "db" / "errors.json").string();

  CliRun r = Ntmx("-q ingest --db " + (dir_ / "db" / "n.db").string() + " --errors " + errors +
                      " " + (dir_ / "in").string(),
                  prefix);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("in/locked: cannot read the folder: Permission denied"), std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find("ingested 1, replaced 0, unchanged 0, failed 1"), std::string::npos)
      << r.out;
  EXPECT_NE(ntmx::testing::ReadAll(errors).find("in/locked"), std::string::npos);

  r = Ntmx("-q ingest --db " + (dir_ / "db" / "m.db").string() + " " + locked.string(), prefix);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("ingested 0, replaced 0, unchanged 0, failed 1"), std::string::npos)
      << r.out;

  r = Ntmx("-q extract " + (dir_ / "in").string(), prefix);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  fs::permissions(locked, fs::perms::owner_all);
}

// Output to a full disk used to exit 0 with a cut file.
TEST_F(HostileCliTest, OutputToAFullDiskFailsWithOneLine) {
  const std::string db = OnePlanDb();
  const std::string plan = (dir_ / "one" / "a.txt").string();
  for (const std::string& command :
       {"extract " + plan, "extract --format json " + plan,
        "sql --db " + db + " \"SELECT * FROM documents\"",
        "sql --format csv --db " + db + " \"SELECT * FROM documents\"",
        "query documents --db " + db, "query tasks --format json --db " + db, "audit --db " + db}) {
    const CliRun r = Ntmx("-q " + command, "", "/dev/full");
    EXPECT_EQ(r.exit_code, 1) << command << "\n" << r.err;
    EXPECT_EQ(Lines(r.err), 1u) << command << "\n" << r.err;
    EXPECT_NE(r.err.find("ntmx: cannot write to standard output: No space left on device"),
              std::string::npos)
        << command << "\n"
        << r.err;
  }
}

// `report --out` used to say only "cannot write the report", and to write in place.
TEST_F(HostileCliTest, ReportSaysWhyItCannotWrite) {
  const std::string db = OnePlanDb();
  CliRun r = Ntmx("-q report --db " + db + " --out " + (dir_ / "missing" / "r.html").string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("missing/r.html: cannot write the report: cannot create a temporary file "
                       "beside it: No such file or directory"),
            std::string::npos)
      << r.err;
  r = Ntmx("-q report --db " + db + " --out /dev/full");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("/dev/full: cannot write the report: cannot write: No space left on device"),
            std::string::npos)
      << r.err;
  EXPECT_TRUE(fs::is_character_file("/dev/full"));  // written to, never replaced
}

// A full database during ingest used to print the same line for every file left.
// --max-db-mb (documented) is the full disk: the batch stops at the first
// SQLITE_FULL, says how many files were not stored, and a run without the limit
// stores exactly those.
TEST_F(HostileCliTest, FullDatabaseStopsTheBatchWithOneLine) {
  std::string filler;
  for (int i = 0; i < 400; ++i)
    filler += "Nâng cấp tuyến đường giao thông nội đồng số " + std::to_string(i) + " dài 2 km. ";
  for (int i = 0; i < 60; ++i) {
    Write("in/p" + std::to_string(100 + i) + ".txt", Plan(std::to_string(i) + " " + filler));
  }
  const std::string db = (dir_ / "n.db").string();
  const std::string errors = (dir_ / "errors.json").string();
  const std::string in = (dir_ / "in").string();
  CliRun r = Ntmx("-q ingest --commit-every 4 --max-db-mb 1 --db " + db + " --errors " + errors +
                  " " + in);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(Count(r.err, "database or disk is full"), 1u) << r.err;
  EXPECT_LE(Lines(r.err), 2u) << r.err;
  EXPECT_NE(r.err.find("the database is full (--max-db-mb 1): stopped with "), std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find(", not stored "), std::string::npos) << r.out;
  EXPECT_NE(ntmx::testing::ReadAll(errors).find("not stored: the batch stopped at a full database"),
            std::string::npos);

  // Every file is either stored or left for the next run, none twice.
  r = Ntmx("-q ingest --db " + db + " " + in);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = Ntmx("sql --format csv --db " + db + " \"SELECT count(*) FROM documents\"");
  EXPECT_EQ(r.out, "count(*)\r\n60\r\n");
}

// -j 10000000 used to abort with std::bad_alloc.
TEST_F(HostileCliTest, AbsurdJobsAreRefusedAndManyAreCapped) {
  const fs::path plan = Write("a.txt", Plan("Một."));
  CliRun r = Ntmx("ingest -j 10000000 --db " + (dir_ / "n.db").string() + " " + plan.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("must be a whole number from 0 to 1024 (extraction threads; 0: one per "
                       "core), not 10000000"),
            std::string::npos)
      << r.err;
  r = Ntmx("-q ingest -j 1024 --db " + (dir_ / "n.db").string() + " " + plan.string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

// `ntmx sql` used to keep the whole result before printing any of it: a query
// that fails at its 1,000th row printed nothing. Rows now go out as they come.
TEST_F(HostileCliTest, SqlPrintsRowsBeforeTheQueryEnds) {
  const std::string db = OnePlanDb();
  const CliRun r =
      Ntmx("sql --format csv --db " + db +
           " \"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
           "SELECT CASE WHEN i < 1000 THEN i ELSE abs(-9223372036854775807 - 1) END AS i FROM n\"");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("integer overflow"), std::string::npos) << r.err;
  EXPECT_EQ(Lines(r.out), 1000u);  // the header and rows 1..999
}

TEST_F(HostileCliTest, SqlStreamsAMillionRows) {
  const std::string db = OnePlanDb();
  const CliRun r =
      Ntmx("sql --format csv --db " + db +
           " \"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) "
           "SELECT i FROM n\"");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Lines(r.out), 1000001u);
  EXPECT_TRUE(r.out.ends_with("\r\n1000000\r\n"));
}

// The table is sized on the first screenful (200 rows); a later, longer text cell
// is cut to its column.
TEST_F(HostileCliTest, SqlTableSizesColumnsFromTheFirstScreenful) {
  const std::string db = OnePlanDb();
  const CliRun r =
      Ntmx("sql --db " + db +
           " \"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 250) "
           "SELECT i, CASE WHEN i = 230 THEN 'abcdefgh' ELSE 'ab' END AS w FROM n\"");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.starts_with("  i | w\n----+---\n  1 | ab\n")) << r.out.substr(0, 40);
  EXPECT_NE(r.out.find("\n230 | a…\n"), std::string::npos);
  EXPECT_TRUE(r.out.ends_with("\n250 | ab\n(250 rows)\n"));
}

// A text cell a spreadsheet would run as a formula gets a leading '.
TEST_F(HostileCliTest, CsvCellsThatLookLikeFormulasAreDefused) {
  const std::string db = OnePlanDb();
  const CliRun r = Ntmx("sql --format csv --db " + db +
                        " \"SELECT '=HYPERLINK(1,2)' AS t, -5 AS n, '@x' AS a, '+1' AS p, "
                        "'-x' AS m, 'ok' AS o\"");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "t,n,a,p,m,o\r\n\"'=HYPERLINK(1,2)\",-5,'@x,'+1,'-x,ok\r\n");
}

TEST_F(HostileCliTest, OptionRangesInPlainWords) {
  const CliRun r = Ntmx("ingest --commit-every 0 x.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--commit-every: must be a whole number of at least 1 (documents per "
                       "commit), not 0"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("1797"), std::string::npos) << r.err;
}

// "ntmx: F: F: cannot …": the file is named once.
TEST_F(HostileCliTest, MessagesNameTheFileOnce) {
  const fs::path bad = Write("bad.db", std::string(4096, 'x'));
  const CliRun r = Ntmx("sql --db " + bad.string() + " \"SELECT 1\"");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(Lines(r.err), 1u) << r.err;
  EXPECT_EQ(Count(r.err, "bad.db"), 1u) << r.err;
}

}  // namespace
