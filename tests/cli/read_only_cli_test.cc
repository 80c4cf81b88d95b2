// "Read means read": sql, query, audit and report open the database read-only. They
// work in a read-only folder and as another user (CI runs as root, for whom a chmod
// changes nothing, so as root the commands run as `nobody` through setpriv), refuse
// another program's SQLite file in one line without changing a byte of it, and an
// ingested database passes PRAGMA integrity_check.
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>

#include "cli_harness.h"
#include "test_files.h"

namespace ntmx::testing {
namespace {

namespace fs = std::filesystem;

class ReadOnlyCliTest : public CliTestBase {
 protected:
  // Every file under `dir` with its bytes.
  static std::map<std::string, std::string> Snapshot(const fs::path& dir) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::directory_iterator(dir))
      files[entry.path().filename().string()] = ReadAll(entry.path());
    return files;
  }

  // The prefix that runs a command as a user who owns nothing here, or "" when the
  // tests already run as one (not root).
  static std::string AsAnotherUser() {
    if (::geteuid() != 0) return "";
    return "setpriv --reuid=nobody --regid=nogroup --clear-groups ";
  }

  // `ntmx ARGS` as AsAnotherUser().
  CliRun NtmxAs(const std::string& args) {
    const fs::path out = dir_ / "stdout", err = dir_ / "stderr";
    const std::string cmd = AsAnotherUser() + NTMX_BINARY " --data-dir " NTMX_SOURCE_DIR " " +
                            args + " >" + out.string() + " 2>" + err.string();
    const int status = std::system(cmd.c_str());
    return CliRun{WIFEXITED(status) ? WEXITSTATUS(status) : -1, ReadAll(out), ReadAll(err)};
  }
};

TEST_F(ReadOnlyCliTest, ReadCommandsWorkInAReadOnlyFolderAsAnotherUser) {
  if (::geteuid() == 0 && std::system("setpriv --version >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "running as root without setpriv: cannot test as another user";
  }
  Write("plans/plan.txt", ReadSourceFile("corpus/seeds/004_900349470cd22162.txt"));
  const fs::path ro = dir_ / "ro";
  fs::create_directories(ro);
  const std::string db = (ro / "ntm.db").string();
  ASSERT_EQ(Ntmx("ingest -q --db " + db + " " + (dir_ / "plans").string()).exit_code, 0);
  const fs::path out = dir_ / "out";  // where the other user may write the report
  fs::create_directories(out);
  ::chmod(out.c_str(), 0777);
  ::chmod(ro.c_str(), 0555);
  const auto before = Snapshot(ro);

  for (const std::string& args :
       {"sql --db " + db + " \"SELECT count(*) AS n FROM documents\"",
        "query documents --format csv --db " + db, "audit --format csv --db " + db,
        "report --db " + db + " --out " + (out / "r.html").string()}) {
    const CliRun r = NtmxAs(args);
    EXPECT_EQ(r.exit_code, 0) << args << "\n" << r.err;
    EXPECT_EQ(r.err.find("readonly"), std::string::npos) << args << "\n" << r.err;
  }
  EXPECT_NE(NtmxAs("sql --format csv --db " + db + " \"SELECT count(*) AS n FROM documents\"").out,
            "");
  EXPECT_TRUE(fs::exists(out / "r.html"));
  EXPECT_EQ(Snapshot(ro), before);  // nothing written, no -wal or -shm left behind
  ::chmod(ro.c_str(), 0755);
}

TEST_F(ReadOnlyCliTest, AnotherProgramsDatabaseIsRefusedInOneLineAndUnchanged) {
  const std::string db = (dir_ / "other.db").string();
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw,
                         "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                         "INSERT INTO notes (body) VALUES ('họp thôn An Bình');",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(raw);
  const std::string before = ReadAll(db);

  for (const std::string& args :
       {"sql --db " + db + " \"SELECT * FROM notes\"", "query documents --db " + db,
        "audit --db " + db, "report --db " + db + " --out " + (dir_ / "r.html").string()}) {
    const CliRun r = Ntmx(args);
    EXPECT_EQ(r.exit_code, 2) << args << "\n" << r.err;
    EXPECT_EQ(Lines(r.err), 1u) << args << "\n" << r.err;
    EXPECT_NE(r.err.find("not an ntmx database"), std::string::npos) << args << "\n" << r.err;
    EXPECT_EQ(ReadAll(db), before) << args;
    EXPECT_FALSE(fs::exists(db + "-wal")) << args;
  }
  EXPECT_FALSE(fs::exists(dir_ / "r.html"));
}

TEST_F(ReadOnlyCliTest, IngestedSeedsPassIntegrityCheck) {
  const std::string db = (dir_ / "seeds.db").string();
  ASSERT_EQ(Ntmx("ingest -q --db " + db + " " NTMX_SOURCE_DIR "/corpus/seeds").exit_code, 0);
  const CliRun r = Ntmx("sql --format csv --db " + db + " \"PRAGMA integrity_check\"");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "integrity_check\r\nok\r\n");  // CSV lines end in CRLF
  const CliRun m = Ntmx("migrate --db " + db);
  EXPECT_EQ(m.exit_code, 0) << m.err;
}

}  // namespace
}  // namespace ntmx::testing
