// Copies of one plan in the store (store/plan_linker.h, schemas/sql/0007_plan_copies.sql):
// linked when stored, the primary copy chosen by its rule, replacement and
// migration keeping plans right.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>

#include "knowledge/plan_copy_rules.h"
#include "store/migrations.h"
#include "store/store.h"
#include "store_test_util.h"

namespace ntmx {
namespace {

using testing::OlderSchema;
using testing::SchemaDir;
using testing::SmallExtraction;
using testing::TempDir;
using testing::TestTypeWords;

std::shared_ptr<const PlanCopyRules> ShippedRules() {
  auto rules = std::make_shared<PlanCopyRules>();
  const Status s =
      LoadPlanCopyRules(std::string(NTMX_SOURCE_DIR) + "/schemas/plan_copies.toml", rules.get());
  EXPECT_TRUE(s.ok()) << s.message();
  return rules;
}

std::string Sha(int n) {
  std::string sha(64, '0');
  const std::string digits = std::to_string(n);
  sha.replace(64 - digits.size(), digits.size(), digits);
  return sha;
}

// The small plan as an unnumbered, unsigned draft .docx.
Extraction DraftDocx(const std::string& source, int sha) {
  Extraction e = SmallExtraction(source, Sha(sha));
  e.format = "docx";
  e.document.doc_number.reset();
  e.document.issue_date.reset();
  e.document.signer.reset();
  return e;
}

// The same plan, signed and numbered, as a PDF.
Extraction SignedPdf(const std::string& source, int sha) {
  Extraction e = SmallExtraction(source, Sha(sha));
  e.format = "pdf";
  return e;
}

std::string One(Store& store, const std::string& sql) {
  ResultTable t;
  const Status s = store.Query(sql, &t);
  EXPECT_TRUE(s.ok()) << s.message();
  if (t.rows.empty() || !t.rows[0][0]) return "";
  return *t.rows[0][0];
}

void Put(Store& store, const Extraction& e, PutOutcome expected = PutOutcome::kInserted) {
  PutOutcome outcome;
  const Status s = store.Put(e, &outcome);
  ASSERT_TRUE(s.ok()) << e.source << ": " << s.message();
  EXPECT_EQ(outcome, expected) << e.source;
}

constexpr const char* kPrimary =
    "SELECT d.source FROM plans p JOIN documents d ON d.id = p.primary_document_id";

TEST(PlanCopiesStore, CopiesOfOnePlanAreLinkedAndTheSignedPdfIsPrimary) {
  TempDir dir;
  Store store;
  ASSERT_TRUE(store.Open(dir.File("ntm.db"), SchemaDir(), TestTypeWords(), ShippedRules()).ok());
  Put(store, DraftDocx("draft.docx", 1));
  EXPECT_EQ(One(store, kPrimary), "draft.docx");
  Put(store, SignedPdf("signed.pdf", 2));
  Extraction scan = SignedPdf("scan.pdf", 3);
  scan.ocr = true;
  scan.ocr_confidence = {91};
  scan.document.doc_number = "O3/KH-UBND";  // misread by OCR
  Put(store, scan);
  Extraction text = SignedPdf("plan.txt", 4);
  text.format = "text";
  Put(store, text);

  EXPECT_EQ(One(store, "SELECT count(*) FROM plans"), "1");
  EXPECT_EQ(One(store, "SELECT count(DISTINCT plan_id) FROM documents"), "1");
  EXPECT_EQ(One(store, kPrimary), "signed.pdf");
  EXPECT_EQ(One(store,
                "SELECT group_concat(source, ' ') FROM (SELECT source FROM plan_copies"
                " ORDER BY copy_rank)"),
            "signed.pdf plan.txt draft.docx scan.pdf");
  EXPECT_EQ(One(store, "SELECT copies || ' ' || formats FROM plan_documents"),
            "4 pdf, text, docx, pdf");

  // Another plan of the same commune (another number, title and text) stays apart.
  Extraction other = SmallExtraction("other.txt", Sha(5));
  other.document.doc_number = "07/KH-UBND";
  other.document.title = "Kế hoạch khác";
  other.text = "Một kế hoạch khác hẳn về nội dung, với những câu không giống câu nào ở trên: " +
               other.text.substr(0, 10);
  other.document.provenance.clear();
  other.legal_bases.clear();
  other.criteria_status.clear();
  other.criteria_counts.clear();
  other.targets.clear();
  other.tasks.clear();
  other.responsibilities.clear();
  other.findings.clear();
  Put(store, other);
  EXPECT_EQ(One(store, "SELECT count(*) FROM plans"), "2");
  EXPECT_EQ(One(store, "PRAGMA foreign_key_check"), "");
}

TEST(PlanCopiesStore, ReplacingACopyKeepsThePlansRight) {
  TempDir dir;
  Store store;
  ASSERT_TRUE(store.Open(dir.File("ntm.db"), SchemaDir(), TestTypeWords(), ShippedRules()).ok());
  Put(store, DraftDocx("draft.docx", 1));
  Put(store, SignedPdf("signed.pdf", 2));
  ASSERT_EQ(One(store, kPrimary), "signed.pdf");

  // A new version of the primary's file: still one plan, the new version primary.
  Put(store, SignedPdf("signed.pdf", 3), PutOutcome::kReplaced);
  EXPECT_EQ(One(store, "SELECT count(*) FROM plans"), "1");
  EXPECT_EQ(One(store, kPrimary), "signed.pdf");
  EXPECT_EQ(One(store, "SELECT copies FROM plan_documents"), "2");
  // The same bytes again: unchanged, and the plan with them.
  Put(store, SignedPdf("signed.pdf", 3), PutOutcome::kUnchanged);
  EXPECT_EQ(One(store, "SELECT copies || ' ' || source FROM plan_documents"), "2 signed.pdf");

  // The file now holds another plan (another number and title): the draft is left
  // alone, primary of its own plan again, and the file is a plan of its own.
  Extraction moved = SignedPdf("signed.pdf", 4);
  moved.document.doc_number = "09/KH-UBND";
  moved.document.title = "Kế hoạch khác năm 2024";
  Put(store, moved, PutOutcome::kReplaced);
  EXPECT_EQ(One(store, "SELECT count(*) FROM plans"), "2");
  EXPECT_EQ(One(store,
                "SELECT group_concat(source, ' ') FROM (SELECT d.source FROM plans p"
                " JOIN documents d ON d.id = p.primary_document_id ORDER BY d.source)"),
            "draft.docx signed.pdf");
  EXPECT_EQ(One(store, "SELECT count(*) FROM plans WHERE primary_document_id IS NULL"), "0");
}

// The triggers of 0007 keep the primary without ntmx: a copy deleted by hand in a
// sqlite3 shell hands the primary on, and the last copy takes its plan with it.
TEST(PlanCopiesStore, DeletingCopiesInSqlKeepsPlansRight) {
  TempDir dir;
  const std::string path = dir.File("ntm.db");
  {
    Store store;
    ASSERT_TRUE(store.Open(path, SchemaDir(), TestTypeWords(), ShippedRules()).ok());
    Put(store, DraftDocx("draft.docx", 1));
    Put(store, SignedPdf("signed.pdf", 2));
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  auto exec = [db](const char* sql) {
    EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  };
  exec("PRAGMA foreign_keys = ON; DELETE FROM documents WHERE source = 'signed.pdf'");
  Store store;
  ASSERT_TRUE(store.OpenForReading(path, SchemaDir(), TestTypeWords()).ok());
  EXPECT_EQ(One(store, kPrimary), "draft.docx");
  exec("DELETE FROM documents");
  EXPECT_EQ(One(store, "SELECT count(*) FROM plans"), "0");
  sqlite3_close(db);
}

TEST(PlanCopiesStore, AStoreWithoutRulesKeepsEachFileApartUntilOneWithRulesOpens) {
  TempDir dir;
  const std::string path = dir.File("ntm.db");
  {
    Store store;
    ASSERT_TRUE(store.Open(path, SchemaDir(), TestTypeWords()).ok());
    Put(store, DraftDocx("draft.docx", 1));
    Put(store, SignedPdf("signed.pdf", 2));
    EXPECT_EQ(One(store, "SELECT count(*) FROM plans"), "2");
  }
  Store store;
  ASSERT_TRUE(store.Open(path, SchemaDir(), TestTypeWords(), ShippedRules()).ok());
  EXPECT_EQ(store.documents_linked(), 2);
  EXPECT_EQ(One(store, "SELECT count(*) FROM plans"), "1");
  EXPECT_EQ(One(store, kPrimary), "signed.pdf");
}

TEST(PlanCopiesStore, MigratingAVersion6DatabaseLinksItsCopies) {
  TempDir dir;
  const std::string path = dir.File("v6.db");
  {
    Store old;
    ASSERT_TRUE(old.Open(path, OlderSchema(dir, 6), TestTypeWords(), ShippedRules()).ok());
    Put(old, DraftDocx("draft.docx", 1));
    Put(old, SignedPdf("signed.pdf", 2));
    Extraction other = SignedPdf("other.pdf", 3);
    other.document.doc_number = "09/KH-UBND";
    Put(old, other);
  }
  {
    // The read commands do not read it as it is: they would show both copies.
    Store reader;
    const Status s = reader.OpenForReading(path, SchemaDir(), TestTypeWords());
    EXPECT_EQ(s.code(), Status::Code::kUnsupported) << s.message();
    EXPECT_NE(s.message().find("ntmx migrate"), std::string::npos) << s.message();
  }
  Store store;
  ASSERT_TRUE(store.Open(path, SchemaDir(), TestTypeWords(), ShippedRules()).ok());
  EXPECT_EQ(store.schema_version(), 7);
  EXPECT_EQ(store.documents_linked(), 3);
  EXPECT_EQ(One(store, "SELECT count(*) FROM plans"), "2");
  EXPECT_EQ(One(store, "SELECT count(*) FROM documents WHERE plan_id IS NULL"), "0");
  EXPECT_EQ(One(store,
                "SELECT group_concat(source, ' ') FROM (SELECT d.source FROM plans p"
                " JOIN documents d ON d.id = p.primary_document_id ORDER BY d.source)"),
            "other.pdf signed.pdf");
  EXPECT_EQ(One(store, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(One(store, "PRAGMA foreign_key_check"), "");
  // Opening again compares nothing more.
  Store again;
  ASSERT_TRUE(again.Open(path, SchemaDir(), TestTypeWords(), ShippedRules()).ok());
  EXPECT_EQ(again.documents_linked(), 0);
}

TEST(PlanCopyRules, TheShippedFileLoadsAndABadValueNamesItsLine) {
  const std::shared_ptr<const PlanCopyRules> rules = ShippedRules();
  EXPECT_GE(rules->shingle_words, 1);
  EXPECT_GT(rules->min_resemblance, 0.0);
  EXPECT_EQ(rules->digit_lookalikes.at('o'), '0');
  TempDir dir;
  const std::string file =
      dir.Write("plan_copies.toml", "[resemblance]\nshingle_words = 3\nmin_resemblance = 1.5\n");
  PlanCopyRules bad;
  const Status s = LoadPlanCopyRules(file, &bad);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find(file + ":3: [resemblance] min_resemblance"), std::string::npos)
      << s.message();
  EXPECT_FALSE(LoadPlanCopyRules(dir.File("none.toml"), &bad).ok());
}

}  // namespace
}  // namespace ntmx
