// Migrations: schema files applied once, in order, each in its own transaction; a
// database from the future refused.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "store/migrations.h"
#include "store/sqlite_util.h"
#include "store/store.h"
#include "store_test_util.h"

namespace ntmx {
namespace {

using testing::SchemaDir;
using testing::TempDir;
using testing::TestTypeWords;

// PRAGMA user_version read with a plain connection, behind the Store's back.
int UserVersion(const std::string& path) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr);
  const int version = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return version;
}

void ExecRaw(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_close(db);
}

int64_t CountRows(Store& store, const std::string& sql) {
  ResultTable t;
  const Status s = store.Query(sql, &t);
  EXPECT_TRUE(s.ok()) << s.message();
  return t.rows.empty() ? -1 : std::stoll(*t.rows[0][0]);
}

TEST(Migrations, ProjectSchemaAppliesToANewDatabase) {
  TempDir dir;
  std::vector<Migration> migrations;
  ASSERT_TRUE(LoadMigrations(SchemaDir(), &migrations).ok());
  const int latest = migrations.back().version;

  Store store;
  const Status s = store.Open(dir.File("new.db"), SchemaDir(), TestTypeWords());
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(store.schema_version(), latest);
  EXPECT_EQ(store.migrations_applied(), latest);
  EXPECT_EQ(UserVersion(dir.File("new.db")), latest);

  for (const char* table :
       {"documents", "document_provenance", "legal_bases", "criteria_status", "criteria_counts",
        "targets", "tasks", "task_units", "responsibilities", "responsibility_criteria",
        "responsibility_indicators", "findings", "diagnostics", "documents_fts", "plans",
        "plan_keys", "plan_copies", "plan_documents"}) {
    EXPECT_EQ(CountRows(store, std::string("SELECT count(*) FROM sqlite_schema WHERE name = '") +
                                   table + "'"),
              1)
        << table;
  }
}

// Applies the migrations in `dir` to the database at `path` the way Store::Open does,
// through a fresh connection; returns how many ran (-1 on failure, with *status set).
int Migrate(const std::string& path, const std::string& dir, Status* status = nullptr) {
  std::vector<Migration> migrations;
  sqlite::DbPtr db;
  Status s = LoadMigrations(dir, &migrations);
  if (s.ok()) s = sqlite::OpenDb(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &db);
  int applied = -1;
  if (s.ok()) s = ApplyMigrations(db.get(), migrations, &applied);
  if (status != nullptr) *status = s;
  return s.ok() ? applied : -1;
}

int64_t CountRaw(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
  const int64_t n =
      stmt != nullptr && sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1;
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return n;
}

TEST(Migrations, ReopeningAppliesNothing) {
  TempDir dir;
  // Re-running 0001 would fail (the table exists) and 0002 would add a second row.
  dir.Write("sql/0001_init.sql", "CREATE TABLE t (x INTEGER);");
  dir.Write("sql/0002_seed.sql", "INSERT INTO t VALUES (1);");
  const std::string db = dir.File("x.db");
  EXPECT_EQ(Migrate(db, dir.File("sql")), 2);
  EXPECT_EQ(UserVersion(db), 2);
  Status s;
  EXPECT_EQ(Migrate(db, dir.File("sql"), &s), 0) << s.message();
  EXPECT_EQ(UserVersion(db), 2);
  EXPECT_EQ(CountRaw(db, "SELECT count(*) FROM t"), 1);
}

TEST(Migrations, ProjectSchemaReopensCleanly) {
  TempDir dir;
  { ASSERT_TRUE(Store().Open(dir.File("p.db"), SchemaDir(), TestTypeWords()).ok()); }
  Store store;
  ASSERT_TRUE(store.Open(dir.File("p.db"), SchemaDir(), TestTypeWords()).ok());
  EXPECT_EQ(store.migrations_applied(), 0);
}

TEST(Migrations, NewFileIsAppliedToAnOlderDatabase) {
  TempDir dir;
  dir.Write("sql/0001_init.sql", "CREATE TABLE t (x INTEGER);");
  const std::string db = dir.File("x.db");
  EXPECT_EQ(Migrate(db, dir.File("sql")), 1);
  dir.Write("sql/0002_more.sql", "ALTER TABLE t ADD COLUMN y TEXT;");
  EXPECT_EQ(Migrate(db, dir.File("sql")), 1);
  EXPECT_EQ(UserVersion(db), 2);
}

// 0006_word_formats rewrites the CHECK of documents.format in place: a version-4 file
// keeps its documents and their records, takes 'docx' and 'doc' at once (in the run
// that migrated), and still refuses a format the contract does not know.
TEST(Migrations, WordFormatsKeepTheRowsOfAnOlderDatabase) {
  TempDir dir;
  std::vector<Migration> all;
  ASSERT_TRUE(LoadMigrations(SchemaDir(), &all).ok());
  for (const Migration& m : all) {
    if (m.version > 4) continue;
    dir.Write("sql/" + m.name, m.sql);
  }
  const std::string path = dir.File("v4.db");
  ASSERT_EQ(Migrate(path, dir.File("sql")), 4);
  ExecRaw(path,
          "PRAGMA foreign_keys = ON;"
          "INSERT INTO documents (id, source, sha256, format, text) VALUES (1, 'a.pdf', 'x', "
          "'pdf', 'Kế hoạch');"
          "INSERT INTO legal_bases (document_id, ord, kind, span_begin, span_end, rule_id) "
          "VALUES (1, 0, 'Quyết định', 0, 3, 'r');");
  Store store;
  ASSERT_TRUE(store.Open(path, SchemaDir(), TestTypeWords()).ok());
  EXPECT_EQ(store.migrations_applied(), static_cast<int>(all.size()) - 4);
  EXPECT_EQ(CountRows(store, "SELECT count(*) FROM documents"), 1);
  EXPECT_EQ(CountRows(store, "SELECT count(*) FROM legal_bases"), 1);
  EXPECT_EQ(CountRows(store,
                      "SELECT count(*) FROM pragma_integrity_check WHERE "
                      "integrity_check = 'ok'"),
            1);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(db,
                         "INSERT INTO documents (source, sha256, format, text) VALUES "
                         "('b.docx', 'y', 'docx', 'x'), ('c.doc', 'z', 'doc', 'x')",
                         nullptr, nullptr, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(db);
  EXPECT_EQ(sqlite3_exec(db,
                         "INSERT INTO documents (source, sha256, format, text) VALUES "
                         "('d.exe', 'w', 'exe', 'x')",
                         nullptr, nullptr, nullptr),
            SQLITE_CONSTRAINT);
  sqlite3_close(db);
}

TEST(Migrations, DatabaseFromANewerVersionIsRefused) {
  TempDir dir;
  const std::string db = dir.File("future.db");
  // A future ntmx's file: ntmx's application_id, a schema version from the future.
  ExecRaw(db, "PRAGMA application_id = 1314147672; CREATE TABLE t (x); PRAGMA user_version = 99;");
  Store store;
  const Status s = store.Open(db, SchemaDir(), TestTypeWords());
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kUnsupported);
  EXPECT_NE(s.message().find("version 99"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("newer"), std::string::npos) << s.message();
  EXPECT_EQ(UserVersion(db), 99);
}

TEST(Migrations, FailingMigrationLeavesThePreviousVersion) {
  TempDir dir;
  dir.Write("sql/0001_init.sql", "CREATE TABLE a (x INTEGER);");
  dir.Write("sql/0002_broken.sql", "CREATE TABLE b (x INTEGER); CREATE TABLE oops (;");
  const std::string db = dir.File("x.db");
  Status s;
  EXPECT_EQ(Migrate(db, dir.File("sql"), &s), -1);
  EXPECT_NE(s.message().find("0002_broken.sql"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("syntax error"), std::string::npos) << s.message();
  EXPECT_EQ(UserVersion(db), 1);
  EXPECT_EQ(CountRaw(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'b'"), 0);

  dir.Write("sql/0002_broken.sql", "CREATE TABLE b (x INTEGER);");
  EXPECT_EQ(Migrate(db, dir.File("sql"), &s), 1) << s.message();
  EXPECT_EQ(UserVersion(db), 2);
}

TEST(Migrations, BadDirectoriesAreReported) {
  TempDir dir;
  std::vector<Migration> m;
  EXPECT_EQ(LoadMigrations(dir.File("missing"), &m).code(), Status::Code::kNotFound);

  dir.Write("empty/README.md", "no sql here");
  EXPECT_EQ(LoadMigrations(dir.File("empty"), &m).code(), Status::Code::kNotFound);

  dir.Write("gap/0001_a.sql", "");
  dir.Write("gap/0003_c.sql", "");
  Status s = LoadMigrations(dir.File("gap"), &m);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("skip number 2"), std::string::npos) << s.message();

  dir.Write("dup/0001_a.sql", "");
  dir.Write("dup/001_b.sql", "");
  s = LoadMigrations(dir.File("dup"), &m);
  EXPECT_NE(s.message().find("share a number"), std::string::npos) << s.message();

  dir.Write("unnumbered/init.sql", "");
  EXPECT_EQ(LoadMigrations(dir.File("unnumbered"), &m).code(), Status::Code::kInvalidInput);

  // A wrong data dir must not leave an empty database behind.
  Store store;
  EXPECT_FALSE(store.Open(dir.File("never.db"), dir.File("missing"), TestTypeWords()).ok());
  EXPECT_FALSE(std::filesystem::exists(dir.File("never.db")));
}

TEST(Migrations, NotADatabaseIsReported) {
  TempDir dir;
  const std::string path = dir.Write("text.db", std::string(4096, 'x'));
  Store store;
  const Status s = store.Open(path, SchemaDir(), TestTypeWords());
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("not a database"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace ntmx
