// Store::OpenForReading (the read commands): never writes, refuses another program's
// SQLite file without touching it, reads an older database when it can and says to
// migrate when it cannot; and the schema passes PRAGMA integrity_check.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "store/migrations.h"
#include "store/sqlite_util.h"
#include "store/store.h"
#include "store_test_util.h"

namespace ntmx {
namespace {

using testing::OlderSchema;
using testing::SchemaDir;
using testing::SmallExtraction;
using testing::TempDir;
using testing::TestTypeWords;

std::string Bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void ExecRaw(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_close(db);
}

// The first column of the first row of `sql` on `store`, or the error.
std::string One(Store& store, const std::string& sql) {
  ResultTable t;
  const Status s = store.Query(sql, &t);
  if (!s.ok()) return "error: " + s.message();
  return t.rows.empty() || !t.rows[0][0] ? "" : *t.rows[0][0];
}

// A database holding SmallExtraction(), closed.
std::string MakeNtmxDb(const TempDir& dir) {
  const std::string path = dir.File("ntm.db");
  Store store;
  EXPECT_TRUE(store.Open(path, SchemaDir(), TestTypeWords()).ok());
  PutOutcome outcome;
  const Status s = store.Put(SmallExtraction(), &outcome);
  EXPECT_TRUE(s.ok()) << s.message();
  return path;
}

TEST(ReadOnlyStore, ReadsWithoutWriting) {
  TempDir dir;
  const std::string path = MakeNtmxDb(dir);
  const std::string before = Bytes(path);
  Store store;
  const Status s = store.OpenForReading(path, SchemaDir(), TestTypeWords());
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_TRUE(store.read_only());
  EXPECT_EQ(One(store, "SELECT count(*) FROM documents"), "1");
  EXPECT_EQ(One(store, "SELECT count(*) FROM tasks_assigned WHERE lead IS NOT NULL"), "1");
  EXPECT_TRUE(store.Contains(SmallExtraction().sha256));
  StoreSummary summary;
  EXPECT_TRUE(store.Summary(&summary).ok());
  EXPECT_EQ(summary.documents, 1);
  PutOutcome outcome;
  EXPECT_FALSE(store.Put(SmallExtraction("other.txt"), &outcome).ok());
  EXPECT_FALSE(store.BeginGroup().ok());
  EXPECT_EQ(Bytes(path), before);
}

TEST(ReadOnlyStore, AMissingFileIsNotCreated) {
  TempDir dir;
  Store store;
  EXPECT_FALSE(store.OpenForReading(dir.File("none.db"), SchemaDir(), TestTypeWords()).ok());
  EXPECT_FALSE(std::filesystem::exists(dir.File("none.db")));
}

// Another program's database: refused by the read and the write side, byte for byte
// as it was (no ntmx tables, no user_version, no WAL).
TEST(ReadOnlyStore, AnotherProgramsDatabaseIsRefusedUntouched) {
  TempDir dir;
  const std::string path = dir.File("other.db");
  ExecRaw(path, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('xã An Bình');");
  const std::string labelled = dir.File("labelled.db");
  ExecRaw(labelled, "PRAGMA application_id = 42; CREATE TABLE documents (x);");
  for (const std::string& file : {path, labelled}) {
    const std::string before = Bytes(file);
    {
      Store store;
      const Status s = store.OpenForReading(file, SchemaDir(), TestTypeWords());
      EXPECT_EQ(s.code(), Status::Code::kInvalidInput) << s.message();
      EXPECT_TRUE(s.message().starts_with("not an ntmx database")) << s.message();
    }
    {
      Store store;
      const Status s = store.Open(file, SchemaDir(), TestTypeWords());
      EXPECT_TRUE(s.message().find("not an ntmx database") != std::string::npos) << s.message();
    }
    EXPECT_EQ(Bytes(file), before) << file;
    EXPECT_FALSE(std::filesystem::exists(file + "-wal"));
  }
  // An empty SQLite file is not an ntmx database to read, but ingest may fill it.
  const std::string empty = dir.File("empty.db");
  ExecRaw(empty, "PRAGMA user_version = 0;");
  Store reader;
  EXPECT_FALSE(reader.OpenForReading(empty, SchemaDir(), TestTypeWords()).ok());
  Store writer;
  EXPECT_TRUE(writer.Open(empty, SchemaDir(), TestTypeWords()).ok());
}

TEST(ReadOnlyStore, AnOlderDatabaseIsReadWhenItCanBe) {
  TempDir dir;
  std::vector<Migration> all;
  ASSERT_TRUE(LoadMigrations(SchemaDir(), &all).ok());
  ASSERT_GE(all.size(), 4u);
  EXPECT_TRUE(all[3].read_compatible);  // 0004 only rebuilds task_units
  EXPECT_FALSE(all[2].read_compatible);

  // Version 3: readable as it is by an ntmx of version 6 (0004, 0005 and 0006 are
  // read-compatible); the file is not migrated. (0007, plan copies, is not: a reader
  // of today asks for `ntmx migrate`, plan_copies_store_test.cc.)
  const std::string v3 = dir.File("v3.db");
  {
    Store old;
    ASSERT_TRUE(old.Open(v3, OlderSchema(dir, 3), TestTypeWords()).ok());
    PutOutcome outcome;
    ASSERT_TRUE(old.Put(SmallExtraction(), &outcome).ok());
  }
  const std::string before = Bytes(v3);
  {
    Store store;
    const Status s = store.OpenForReading(v3, OlderSchema(dir, 6), TestTypeWords());
    ASSERT_TRUE(s.ok()) << s.message();
    EXPECT_EQ(store.schema_version(), 3);
    EXPECT_EQ(One(store, "SELECT lead FROM tasks_assigned"), "Ủy ban nhân dân xã Măng Bút");
  }
  EXPECT_EQ(Bytes(v3), before);

  // Version 2 lacks the views of 0003: one line saying what to run.
  const std::string v2 = dir.File("v2.db");
  { ASSERT_TRUE(Store().Open(v2, OlderSchema(dir, 2), TestTypeWords()).ok()); }
  Store store;
  const Status s = store.OpenForReading(v2, SchemaDir(), TestTypeWords());
  EXPECT_EQ(s.code(), Status::Code::kUnsupported);
  EXPECT_NE(s.message().find("schema version 2"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("ntmx migrate"), std::string::npos) << s.message();
  EXPECT_EQ(s.message().find('\n'), std::string::npos);
}

TEST(ReadOnlyStore, MigratingKeepsTheTaskUnitsAndPassesIntegrityCheck) {
  TempDir dir;
  const std::string path = dir.File("v3.db");
  {
    Store old;
    ASSERT_TRUE(old.Open(path, OlderSchema(dir, 3), TestTypeWords()).ok());
    PutOutcome outcome;
    ASSERT_TRUE(old.Put(SmallExtraction(), &outcome).ok());
  }
  Store store;
  ASSERT_TRUE(store.Open(path, SchemaDir(), TestTypeWords()).ok());
  EXPECT_GE(store.migrations_applied(), 1);
  EXPECT_EQ(One(store,
                "SELECT group_concat(unit, '|') FROM (SELECT unit FROM task_units ORDER "
                "BY role, position)"),
            "Ủy ban nhân dân xã Măng Bút|Phòng Kinh tế và Hạ tầng|Văn phòng - Thống kê");
  EXPECT_EQ(One(store, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(One(store, "PRAGMA application_id"), std::to_string(kNtmxApplicationId));
}

TEST(ReadOnlyStore, AFreshDatabasePassesIntegrityCheck) {
  TempDir dir;
  Store store;
  ASSERT_TRUE(store.OpenForReading(MakeNtmxDb(dir), SchemaDir(), TestTypeWords()).ok());
  ResultTable t;
  ASSERT_TRUE(store.Query("PRAGMA integrity_check", &t).ok());
  ASSERT_EQ(t.rows.size(), 1u);  // SQLite 3.40 said "NULL value in task_units.unit" per row
  EXPECT_EQ(t.rows[0][0], "ok");
}

}  // namespace
}  // namespace ntmx
