// Store::Put: one transaction per document, idempotent by content hash, a new
// version of a source replaces the old one, and a failure leaves nothing behind.
#include <gtest/gtest.h>

#include "store/store.h"
#include "store_test_util.h"

namespace ntmx {
namespace {

using testing::SchemaDir;
using testing::SmallExtraction;
using testing::TempDir;
using testing::TestTypeWords;

class StorePut : public ::testing::Test {
 protected:
  void SetUp() override {
    const Status s = store_.Open(dir_.File("ntmx.db"), SchemaDir(), TestTypeWords());
    ASSERT_TRUE(s.ok()) << s.message();
  }

  ResultTable Query(const std::string& sql) {
    ResultTable t;
    const Status s = store_.Query(sql, &t);
    EXPECT_TRUE(s.ok()) << sql << ": " << s.message();
    return t;
  }
  // The single value of a one-row, one-column query ("" for NULL).
  std::string Value(const std::string& sql) {
    const ResultTable t = Query(sql);
    if (t.rows.size() != 1 || t.rows[0].size() != 1)
      return "<" + std::to_string(t.rows.size()) + " rows>";
    return t.rows[0][0].value_or("");
  }
  // Every table's row count, the child tables included.
  std::string AllCounts() {
    return Value(
        "SELECT (SELECT count(*) FROM documents) || ' ' || (SELECT count(*) FROM "
        "document_provenance) || ' ' || (SELECT count(*) FROM legal_bases) || ' ' || (SELECT "
        "count(*) FROM criteria_status) || ' ' || (SELECT count(*) FROM criteria_counts) || ' ' "
        "|| (SELECT count(*) FROM targets) || ' ' || (SELECT count(*) FROM tasks) || ' ' || "
        "(SELECT count(*) FROM task_units) || ' ' || (SELECT count(*) FROM responsibilities) || "
        "' ' || (SELECT count(*) FROM responsibility_criteria) || ' ' || (SELECT count(*) FROM "
        "responsibility_indicators) || ' ' || (SELECT count(*) FROM findings) || ' ' || (SELECT "
        "count(*) FROM diagnostics)");
  }

  TempDir dir_;
  Store store_;
};

TEST_F(StorePut, StoresEveryListWithSpansAndRuleIds) {
  const Extraction e = SmallExtraction();
  Diagnostics diags;
  diags.Warn("header", "signer line has no date");
  PutOutcome outcome;
  const Status s = store_.Put(e, diags.all(), &outcome);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(outcome, PutOutcome::kInserted);
  EXPECT_TRUE(store_.Contains(e.sha256));
  EXPECT_FALSE(store_.Contains(std::string(64, 'b')));

  EXPECT_EQ(Value("SELECT source || '|' || format || '|' || doc_number || '|' || issue_date || "
                  "'|' || year || '|' || issuer_level || '|' || issuer_name || '|' || province || "
                  "'|' || district || '|' || commune || '|' || signer_name || '|' || "
                  "signer_position || '|' || signer_acting_for FROM documents"),
            "plans/mang_but_2024.txt|text|03/KH-UBND|2024-01-05|2024|commune|Măng Bút|Kon "
            "Tum|Kon Plông|Măng Bút|Hồ Thanh Nghi|Chủ tịch|TM. Ủy ban nhân dân");
  EXPECT_EQ(Value("SELECT text FROM documents"), e.text);
  EXPECT_EQ(Value("SELECT group_concat(field || '=' || rule_id, ',') FROM document_provenance"),
            "title=header.title,signer=header.signer");

  // Every record's span, read back through the view, quotes the words it was read from.
  const ResultTable spans =
      Query("SELECT kind, rule_id, quote FROM record_spans ORDER BY kind, record_id");
  ASSERT_EQ(spans.rows.size(), 7u);
  const std::vector<std::vector<std::string>> expected = {
      {"criteria_counts", "count.fraction", "đã đạt 14/19 tiêu chí"},
      {"criteria_status", "status.numbered", "tiêu chí số 2 (Giao thông) đã đạt"},
      {"findings", "audit.numbering", "4. ...\n6."},
      {"legal_bases", "legal_bases.citation", "Quyết định số 416/QĐ-UBND"},
      {"responsibilities", "resp.lead",
       "Phòng Nông nghiệp chủ trì tiêu chí số 3 và 13, chỉ tiêu 13.2"},
      {"targets", "target.comparator", "≥ 45 triệu đồng/người/năm"},
      {"tasks", "task.block", "2.1. Tiêu chí số 1 (Quy hoạch)"},
  };
  for (size_t i = 0; i < expected.size(); ++i) {
    for (size_t c = 0; c < 3; ++c) EXPECT_EQ(*spans.rows[i][c], expected[i][c]) << i << "," << c;
  }
  EXPECT_EQ(Value("SELECT span_begin || '-' || span_end FROM legal_bases"),
            std::to_string(e.legal_bases[0].prov.span.begin) + "-" +
                std::to_string(e.legal_bases[0].prov.span.end));

  EXPECT_EQ(Value("SELECT kind || '|' || number || '|' || date || '|' || issuer FROM legal_bases"),
            "Quyết định|416/QĐ-UBND|2022-07-13|Ủy ban nhân dân tỉnh Kon Tum");
  EXPECT_EQ(Value("SELECT subject || '|' || criteria_set || '|' || criterion || '|' || status "
                  "FROM criteria_status"),
            "Măng Bút|xa_ntm|2|met");
  EXPECT_EQ(Value("SELECT count || '/' || total || '|' || coalesce(listed, 'null') FROM "
                  "criteria_counts"),
            "14/19|null");
  EXPECT_EQ(
      Value("SELECT comparator || value || ' ' || unit || '|' || criterion || '|' || year "
            "|| '|' || coalesce(value_max, of_total, actual, indicator, 'null') FROM targets"),
      ">=45.0 triệu đồng/người/năm|10|2024|null");
  EXPECT_EQ(Value("SELECT title || '|' || deadline_kind || '|' || deadline_start || '..' || "
                  "deadline_end FROM tasks"),
            "Tiêu chí số 1 (Quy hoạch)|by|2024-01-01..2024-12-31");
  EXPECT_EQ(Value("SELECT group_concat(role || ':' || position || ':' || unit, ';') FROM "
                  "(SELECT * FROM task_units ORDER BY role, position)"),
            "lead:0:Ủy ban nhân dân xã Măng Bút;support:0:Phòng Kinh tế và Hạ "
            "tầng;support:1:Văn phòng - Thống kê");
  EXPECT_EQ(Value("SELECT r.unit || '|' || r.role || '|' || (SELECT group_concat(criterion) FROM "
                  "responsibility_criteria WHERE responsibility_id = r.id) || '|' || (SELECT "
                  "group_concat(indicator) FROM responsibility_indicators WHERE "
                  "responsibility_id = r.id) FROM responsibilities r"),
            "Phòng Nông nghiệp và Phát triển nông thôn|lead|3,13|13.2");
  EXPECT_EQ(Value("SELECT check_id || '|' || coalesce(subject, 'null') || '|' || severity FROM "
                  "findings"),
            "section_numbering_gap|null|warning");
  EXPECT_EQ(Value("SELECT severity || '|' || stage || '|' || message FROM diagnostics"),
            "warning|header|signer line has no date");

  StoreSummary summary;
  ASSERT_TRUE(store_.Summary(&summary).ok());
  EXPECT_EQ(summary.documents, 1);
  ASSERT_EQ(summary.records.size(), 8u);
  for (const auto& [table, rows] : summary.records) EXPECT_EQ(rows, 1) << table;
  EXPECT_EQ(summary.Count("targets"), 1);
  EXPECT_EQ(summary.Count("no_such_table"), 0);
}

TEST_F(StorePut, SameContentAgainIsUnchanged) {
  const Extraction e = SmallExtraction();
  PutOutcome outcome;
  ASSERT_TRUE(store_.Put(e, &outcome).ok());
  const std::string before = AllCounts();
  const std::string ingested = Value("SELECT id || ingested_at FROM documents");

  ASSERT_TRUE(store_.Put(e, &outcome).ok());
  EXPECT_EQ(outcome, PutOutcome::kUnchanged);
  // The same bytes under another path are the same document.
  ASSERT_TRUE(store_.Put(SmallExtraction("elsewhere/copy.txt"), &outcome).ok());
  EXPECT_EQ(outcome, PutOutcome::kUnchanged);

  EXPECT_EQ(AllCounts(), before);
  EXPECT_EQ(Value("SELECT id || ingested_at FROM documents"), ingested);
  EXPECT_EQ(Value("SELECT source FROM documents"), "plans/mang_but_2024.txt");
}

TEST_F(StorePut, NewVersionOfASourceReplacesTheOld) {
  PutOutcome outcome;
  ASSERT_TRUE(store_.Put(SmallExtraction(), &outcome).ok());
  ASSERT_TRUE(store_.Put(SmallExtraction("other.txt", std::string(64, 'c')), &outcome).ok());

  Extraction v2 = SmallExtraction("plans/mang_but_2024.txt", std::string(64, 'b'));
  v2.text += "\nPhụ lục: bổ sung";
  v2.legal_bases.clear();
  v2.targets.push_back(v2.targets[0]);
  v2.targets[1].value = 50;
  ASSERT_TRUE(store_.Put(v2, &outcome).ok());
  EXPECT_EQ(outcome, PutOutcome::kReplaced);

  EXPECT_FALSE(store_.Contains(std::string(64, 'a')));
  EXPECT_TRUE(store_.Contains(std::string(64, 'b')));
  EXPECT_EQ(Value("SELECT count(*) FROM documents"), "2");
  EXPECT_EQ(Value("SELECT group_concat(sha256 = '" + std::string(64, 'b') +
                  "') FROM documents WHERE source = 'plans/mang_but_2024.txt'"),
            "1");
  // The old version's rows are gone (cascade), the other document's stay.
  EXPECT_EQ(Value("SELECT count(*) FROM legal_bases"), "1");
  EXPECT_EQ(Value("SELECT count(*) FROM targets"), "3");
  EXPECT_EQ(Value("SELECT count(*) FROM task_units"), "6");
  EXPECT_EQ(Value("SELECT count(*) FROM responsibility_criteria"), "4");
  EXPECT_EQ(Value("SELECT count(*) FROM document_provenance"), "4");
  EXPECT_EQ(Value("SELECT count(*) FROM targets t JOIN documents d ON d.id = t.document_id "
                  "WHERE d.source = 'plans/mang_but_2024.txt'"),
            "2");
  // The full-text index follows: the new words are found, on the new row only.
  EXPECT_EQ(Value("SELECT group_concat(d.sha256 = '" + std::string(64, 'b') +
                  "') FROM documents_fts f JOIN documents d ON d.id = f.rowid WHERE "
                  "documents_fts MATCH 'phu luc'"),
            "1");
  EXPECT_EQ(Value("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'mang but'"), "2");
}

TEST_F(StorePut, FailureMidwayLeavesNoPartialDocument) {
  Extraction bad = SmallExtraction();
  bad.criteria_status[0].status = "mostly";  // CHECK fails after documents + legal_bases rows
  PutOutcome outcome = PutOutcome::kUnchanged;
  Status s = store_.Put(bad, &outcome);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("criteria_status[0] (rule status.numbered)"), std::string::npos)
      << s.message();
  EXPECT_NE(s.message().find("CHECK constraint failed"), std::string::npos) << s.message();
  EXPECT_EQ(AllCounts(), "0 0 0 0 0 0 0 0 0 0 0 0 0");
  EXPECT_FALSE(store_.Contains(bad.sha256));
  EXPECT_EQ(Value("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'mang'"), "0");

  // A failed replacement keeps the earlier version whole.
  ASSERT_TRUE(store_.Put(SmallExtraction(), &outcome).ok());
  const std::string before = AllCounts();
  Extraction bad_v2 = SmallExtraction("plans/mang_but_2024.txt", std::string(64, 'd'));
  bad_v2.tasks[0].deadline->kind = "someday";  // fails after the old version was deleted
  s = store_.Put(bad_v2, &outcome);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("tasks[0]"), std::string::npos) << s.message();
  EXPECT_EQ(AllCounts(), before);
  EXPECT_TRUE(store_.Contains(std::string(64, 'a')));
  EXPECT_FALSE(store_.Contains(std::string(64, 'd')));

  // The store is still usable after a failure.
  ASSERT_TRUE(store_.Put(SmallExtraction("x.txt", std::string(64, 'e')), &outcome).ok());
  EXPECT_EQ(outcome, PutOutcome::kInserted);
}

TEST_F(StorePut, ContractViolationsAreRefusedBeforeWriting) {
  PutOutcome outcome;
  Extraction e = SmallExtraction();
  e.targets[0].prov.span = Span{10, 100000};
  Status s = store_.Put(e, &outcome);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("targets[0] (rule target.comparator): span [10, 100000)"),
            std::string::npos)
      << s.message();

  e = SmallExtraction();
  e.sha256 = "ABC";
  EXPECT_EQ(store_.Put(e, &outcome).code(), Status::Code::kInvalidInput);

  e = SmallExtraction();
  e.text += "\xC3";
  EXPECT_NE(store_.Put(e, &outcome).message().find("UTF-8"), std::string::npos);
  EXPECT_EQ(AllCounts(), "0 0 0 0 0 0 0 0 0 0 0 0 0");
}

TEST_F(StorePut, EmptyListsAndMissingFactsAreNull) {
  Extraction e;
  e.source = "blank.md";
  e.sha256 = std::string(64, 'f');
  e.format = "markdown";
  e.text = "Số: /KH-UBND";
  e.document.doc_type = "KH";
  e.document.doc_symbol = "KH-UBND";
  PutOutcome outcome;
  const Status s = store_.Put(e, &outcome);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(Value("SELECT quote(doc_number) || quote(issuer_level) || quote(signer_name) || "
                  "quote(year) FROM documents"),
            "NULLNULLNULLNULL");
  StoreSummary summary;
  ASSERT_TRUE(store_.Summary(&summary).ok());
  EXPECT_EQ(summary.documents, 1);
  for (const auto& [table, rows] : summary.records) EXPECT_EQ(rows, 0) << table;
}

TEST_F(StorePut, StoreThatIsNotOpenSaysSo) {
  Store closed;
  PutOutcome outcome;
  EXPECT_FALSE(closed.Put(SmallExtraction(), &outcome).ok());
  EXPECT_FALSE(closed.Contains(std::string(64, 'a')));
  ResultTable t;
  EXPECT_FALSE(closed.Query("SELECT 1", &t).ok());
  EXPECT_FALSE(
      store_.Open(dir_.File("again.db"), SchemaDir(), TestTypeWords()).ok());  // already open
}

TEST_F(StorePut, PeriodAndCommuneGroupAreStored) {
  Extraction e = SmallExtraction();
  e.document.period = "2026-2030";
  ASSERT_FALSE(e.criteria_status.empty());
  ASSERT_FALSE(e.targets.empty());
  e.criteria_status[0].group = 3;
  e.targets[0].group = 1;
  PutOutcome outcome;
  const Status s = store_.Put(e, {}, &outcome);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(Value("SELECT period FROM documents"), "2026-2030");
  EXPECT_EQ(Value("SELECT group_concat(coalesce(commune_group, 'null')) FROM criteria_status"
                  " WHERE ord = 0"),
            "3");
  EXPECT_EQ(Value("SELECT commune_group FROM targets WHERE ord = 0"), "1");
  // Without a group the column is NULL.
  EXPECT_EQ(Value("SELECT count(*) FROM criteria_status WHERE commune_group IS NULL"),
            std::to_string(e.criteria_status.size() - 1));
}

}  // namespace
}  // namespace ntmx
