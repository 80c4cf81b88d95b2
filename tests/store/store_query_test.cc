// Store::Query for `ntmx sql`: reads only, one statement, SQLite's own messages;
// full-text search that ignores Vietnamese diacritics.
#include <gtest/gtest.h>

#include "store/store.h"
#include "store_test_util.h"

namespace ntmx {
namespace {

using testing::SchemaDir;
using testing::SmallExtraction;
using testing::TempDir;
using testing::TestTypeWords;

class StoreQuery : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(store_.Open(dir_.File("ntmx.db"), SchemaDir(), TestTypeWords()).ok());
    PutOutcome outcome;
    const Status s = store_.Put(SmallExtraction(), &outcome);
    ASSERT_TRUE(s.ok()) << s.message();
  }

  // The error message of `sql`, or "OK".
  std::string Error(const std::string& sql) {
    ResultTable t;
    const Status s = store_.Query(sql, &t);
    return s.ok() ? "OK" : s.message();
  }
  int64_t Documents() {
    StoreSummary summary;
    EXPECT_TRUE(store_.Summary(&summary).ok());
    return summary.documents;
  }
  // How many documents an FTS5 MATCH finds.
  size_t Matches(const std::string& query) {
    ResultTable t;
    const Status s = store_.Query(
        "SELECT d.source FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
        "WHERE documents_fts MATCH '" +
            query + "'",
        &t);
    EXPECT_TRUE(s.ok()) << query << ": " << s.message();
    return t.rows.size();
  }

  TempDir dir_;
  Store store_;
};

TEST_F(StoreQuery, SelectReturnsColumnsRowsAndKinds) {
  ResultTable t;
  const Status s = store_.Query(
      "SELECT source, year, 2.5 AS ratio, doc_number IS NULL AS blank, NULL AS missing, "
      "x'00ff' AS bytes FROM documents",
      &t);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(t.columns,
            (std::vector<std::string>{"source", "year", "ratio", "blank", "missing", "bytes"}));
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0][0], "plans/mang_but_2024.txt");
  EXPECT_EQ(t.rows[0][1], "2024");
  EXPECT_EQ(t.rows[0][2], "2.5");
  EXPECT_EQ(t.rows[0][4], std::nullopt);
  EXPECT_EQ(t.rows[0][5], "X'00FF'");
  using K = ResultTable::Kind;
  EXPECT_EQ(t.kinds[0],
            (std::vector<K>{K::kText, K::kInteger, K::kReal, K::kInteger, K::kNull, K::kBlob}));
}

TEST_F(StoreQuery, AcceptsWithCommentsAndATrailingSemicolon) {
  EXPECT_EQ(Error("WITH t AS (SELECT criterion FROM criteria_status) SELECT * FROM t"), "OK");
  EXPECT_EQ(Error("-- criteria met\nSELECT count(*) FROM criteria_status; /* done */ ;\n"), "OK");
  EXPECT_EQ(Error("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5) "
                  "SELECT i FROM n"),
            "OK");
  EXPECT_EQ(Error("PRAGMA table_info(documents)"), "OK");
  EXPECT_EQ(Error("SELECT name FROM pragma_table_info('targets')"), "OK");
  EXPECT_EQ(Error("PRAGMA user_version"), "OK");
  EXPECT_EQ(Error("EXPLAIN QUERY PLAN SELECT * FROM targets WHERE criteria_set = 'xa_ntm'"), "OK");
}

TEST_F(StoreQuery, RefusesEverythingThatWrites) {
  for (const char* sql : {
           "INSERT INTO findings (document_id, ord, check_id, severity, message, span_begin, "
           "span_end, rule_id) VALUES (1, 9, 'x', 'info', 'm', 0, 0, 'r')",
           "DELETE FROM documents",
           "UPDATE documents SET year = 1999",
           "DROP TABLE targets",
           "CREATE TABLE evil (x)",
           "CREATE TEMP TABLE scratch (x)",
           "ALTER TABLE documents ADD COLUMN x",
           "REPLACE INTO documents_fts (documents_fts) VALUES ('rebuild')",
           "WITH doomed AS (SELECT id FROM documents) DELETE FROM documents WHERE id IN doomed",
           "VACUUM",
       }) {
    const std::string error = Error(sql);
    EXPECT_NE(error.find("only reads"), std::string::npos) << sql << " -> " << error;
  }
  EXPECT_NE(Error("DELETE FROM documents").find("refused DELETE"), std::string::npos);
  EXPECT_EQ(Documents(), 1);
}

TEST_F(StoreQuery, RefusesAttachTransactionsAndConfiguringPragmas) {
  const std::string other = dir_.File("other.db");
  EXPECT_NE(Error("ATTACH DATABASE '" + other + "' AS other").find("refused ATTACH"),
            std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(other));
  EXPECT_NE(Error("DETACH DATABASE main").find("refused DETACH"), std::string::npos);
  EXPECT_NE(Error("BEGIN").find("refused BEGIN"), std::string::npos);
  EXPECT_NE(Error("PRAGMA user_version = 77").find("refused PRAGMA user_version"),
            std::string::npos);
  EXPECT_NE(Error("PRAGMA query_only = 0").find("refused PRAGMA query_only"), std::string::npos);
  EXPECT_NE(Error("PRAGMA writable_schema = 1").find("refused"), std::string::npos);
  EXPECT_NE(Error("VACUUM INTO '" + dir_.File("copy.db") + "'").find("refused"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir_.File("copy.db")));
  EXPECT_NE(store_.schema_version(), 77);  // the refused PRAGMA changed nothing
  EXPECT_GE(store_.schema_version(), 2);
}

TEST_F(StoreQuery, RefusesMoreThanOneStatement) {
  EXPECT_NE(Error("SELECT 1; SELECT 2").find("one statement at a time"), std::string::npos);
  EXPECT_NE(Error("SELECT 1; DELETE FROM documents").find("one statement at a time"),
            std::string::npos);
  EXPECT_NE(Error("SELECT 1; -- fine\n DROP TABLE documents").find("one statement at a time"),
            std::string::npos);
  EXPECT_EQ(Documents(), 1);
}

TEST_F(StoreQuery, ReportsSqliteErrorsInItsOwnWords) {
  EXPECT_NE(Error("").find("no SQL statement"), std::string::npos);
  EXPECT_NE(Error("  -- only a comment\n").find("no SQL statement"), std::string::npos);
  EXPECT_NE(Error("SELEC 1").find("syntax error"), std::string::npos) << Error("SELEC 1");
  EXPECT_NE(Error("SELECT nope FROM documents").find("no such column: nope"), std::string::npos);
  EXPECT_NE(Error("SELECT * FROM nowhere").find("no such table: nowhere"), std::string::npos);
  // Errors raised while stepping, not preparing.
  const std::string fts = Error("SELECT * FROM documents_fts WHERE documents_fts MATCH 'AND'");
  EXPECT_NE(fts.find("fts5: syntax error"), std::string::npos) << fts;
}

TEST_F(StoreQuery, FullTextSearchIgnoresDiacritics) {
  EXPECT_EQ(Matches("nông thôn"), 1u);
  EXPECT_EQ(Matches("nong thon"), 1u);
  EXPECT_EQ(Matches("NÔNG THÔN MỚI"), 1u);
  EXPECT_EQ(Matches("\"nong thon moi\""), 1u);
  // Decomposed (NFD) query text folds the same way.
  EXPECT_EQ(Matches("no\u0302ng tho\u0302n"), 1u);
  // đ has no decomposition: it is found as đ and, through text_d, as d.
  EXPECT_EQ(Matches("\"Quyết định\""), 1u);
  EXPECT_EQ(Matches("\"quyet dinh\""), 1u);
  EXPECT_EQ(Matches("\"thu nhap binh quan dau nguoi\""), 1u);
  EXPECT_EQ(Matches("\"Măng Bút\""), 1u);
  EXPECT_EQ(Matches("cà phê"), 0u);
  // snippet() reads the text back through the content view.
  ResultTable t;
  ASSERT_TRUE(store_
                  .Query("SELECT snippet(documents_fts, 0, '[', ']', '…', 4) FROM documents_fts "
                         "WHERE documents_fts MATCH 'nong thon'",
                         &t)
                  .ok());
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_NE(t.rows[0][0]->find("[nông] [thôn]"), std::string::npos) << *t.rows[0][0];
}

TEST_F(StoreQuery, SeesEveryCommittedPut) {
  PutOutcome outcome;
  ASSERT_TRUE(store_.Put(SmallExtraction("b.txt", std::string(64, 'b')), &outcome).ok());
  ResultTable t;
  ASSERT_TRUE(store_.Query("SELECT count(*) FROM documents", &t).ok());
  EXPECT_EQ(t.rows[0][0], "2");
}

}  // namespace
}  // namespace ntmx
