// `ntmx audit` logic over a temporary database of small fixture plans: each
// cross-document check fires once, and a consistent pair raises nothing.
#include <gtest/gtest.h>

#include "extract/criteria_test_util.h"
#include "knowledge/plan_copy_rules.h"
#include "query/collection_audit.h"
#include "store/store_test_util.h"

namespace ntmx {
namespace {

using testing::CommunePlanOf;
using testing::DistrictPlan;
using testing::ExtractText;
using testing::TempDir;

class CollectionAuditTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(
        store_.Open(dir_.File("ntm.db"), testing::SchemaDir(), testing::TestTypeWords()).ok());
  }

  // Extracts `text` as the file `name` and stores it; with `pages`, as a PDF whose
  // pages begin at those code points.
  void Add(const std::string& name, const std::string& text, std::vector<uint32_t> pages = {}) {
    Extraction e = ExtractText(text);
    e.source = name;
    std::string sha(64, '0');
    const std::string n = std::to_string(++documents_);
    sha.replace(64 - n.size(), n.size(), n);
    e.sha256 = sha;
    e.format = pages.empty() ? "text" : "pdf";
    e.pages = std::move(pages);
    EXPECT_TRUE(e.findings.empty()) << name << ": " << e.findings.front().message;
    PutOutcome outcome;
    const Status s = store_.Put(e, &outcome);
    ASSERT_TRUE(s.ok()) << s.message();
  }

  std::vector<AuditFinding> Audit() {
    std::vector<AuditFinding> findings;
    const Status s = AuditCollection(&store_, testing::DefaultPipeline().resources(),
                                     CopyScope::kPrimaryCopies, &findings);
    EXPECT_TRUE(s.ok()) << s.message();
    return findings;
  }

  static int Count(const std::vector<AuditFinding>& findings, std::string_view check) {
    int n = 0;
    for (const AuditFinding& f : findings) n += f.check == check;
    return n;
  }

  TempDir dir_;
  Store store_;
  int documents_ = 0;
};

TEST_F(CollectionAuditTest, EachCrossDocumentCheckFiresOnce) {
  Add("huong_phu_2024.txt",
      CommunePlanOf("Hương Phú", "I. THỰC TRẠNG\n\n- Các tiêu chí đã đạt gồm: Y tế; Giao thông.\n",
                    2024));
  Add("nam_dong_2024.txt",
      DistrictPlan("I. THỰC TRẠNG\n\n1. Xã Hương Phú:\n\n- Các tiêu chí chưa đạt gồm: Y tế.\n\n"
                   "2. Xã Hương Lộc:\n\n- Các tiêu chí đã đạt gồm: Điện.\n\n"
                   "3. Toàn huyện:\n\nToàn huyện có 10/11 xã đã đạt chuẩn nông thôn mới.\n"));
  Add("huong_loc_2024.txt",
      CommunePlanOf("Hương Lộc", "I. THỰC TRẠNG\n\n- Các tiêu chí đã đạt gồm: Điện.\n", 2024));
  Add("huong_son_2023.txt",
      CommunePlanOf("Hương Sơn", "I. THỰC TRẠNG\n\n- Các tiêu chí đã đạt gồm: Nhà ở dân cư.\n",
                    2023));
  Add("huong_son_2024.txt",
      CommunePlanOf("Hương Sơn", "I. THỰC TRẠNG\n\n- Các tiêu chí chưa đạt gồm: Nhà ở dân cư.\n",
                    2024));

  const std::vector<AuditFinding> findings = Audit();
  EXPECT_EQ(findings.size(), 3u);
  ASSERT_EQ(Count(findings, "cross_status_conflict"), 1);
  ASSERT_EQ(Count(findings, "regression"), 1);
  ASSERT_EQ(Count(findings, "district_claim_mismatch"), 1);
  for (const AuditFinding& f : findings) {
    EXPECT_FALSE(f.message.empty());
    EXPECT_GE(f.documents.size(), 2u) << f.message;
    ASSERT_FALSE(f.quotes.empty());
    if (f.check == "cross_status_conflict") {
      EXPECT_EQ(f.subject, "Hương Phú");
      EXPECT_EQ(f.documents, (std::vector<std::string>{"huong_phu_2024.txt", "nam_dong_2024.txt"}));
      EXPECT_NE(f.quotes[0].find("Các tiêu chí đã đạt gồm: Y tế"), std::string::npos)
          << f.quotes[0];
      EXPECT_NE(f.quotes[1].find("Các tiêu chí chưa đạt gồm: Y tế"), std::string::npos)
          << f.quotes[1];
    } else if (f.check == "regression") {
      EXPECT_EQ(f.subject, "Hương Sơn");
      EXPECT_EQ(f.year, 2024);
      EXPECT_EQ(f.documents,
                (std::vector<std::string>{"huong_son_2023.txt", "huong_son_2024.txt"}));
    } else {
      EXPECT_EQ(f.subject, "Nam Đông");
      EXPECT_NE(f.quotes[0].find("10/11 xã đã đạt chuẩn"), std::string::npos) << f.quotes[0];
    }
  }
  const ResultTable table = AuditTable(findings);
  EXPECT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(table.columns.front(), "check");
}

TEST_F(CollectionAuditTest, EachQuoteKeepsItsPdfPage) {
  Add("huong_phu_2024.txt",
      CommunePlanOf("Hương Phú", "I. THỰC TRẠNG\n\n- Các tiêu chí đã đạt gồm: Y tế.\n", 2024));
  // A PDF whose second page begins at code point 1: every quote of it is on page 2.
  Add("nam_dong_2024.pdf",
      DistrictPlan("I. THỰC TRẠNG\n\n1. Xã Hương Phú:\n\n- Các tiêu chí chưa đạt gồm: Y tế.\n\n"
                   "2. Toàn huyện:\n\nToàn huyện có 11/11 xã đã đạt chuẩn nông thôn mới.\n"),
      {0, 1});
  const std::vector<AuditFinding> findings = Audit();
  ASSERT_EQ(Count(findings, "cross_status_conflict"), 1);
  ASSERT_EQ(Count(findings, "district_claim_mismatch"), 1);
  for (const AuditFinding& f : findings) {
    ASSERT_EQ(f.pages.size(), f.quotes.size()) << f.check;
    for (size_t i = 0; i < f.quotes.size(); ++i) {
      // A quote of the PDF is on its page 2; one of the text plan has no page.
      const bool pdf = f.quotes[i].starts_with("nam_dong_2024.pdf: ");
      EXPECT_EQ(f.pages[i], pdf ? std::optional<int>(2) : std::nullopt) << f.quotes[i];
    }
  }
}

TEST_F(CollectionAuditTest, ConsistentPairRaisesNothing) {
  Add("nam_dong_2024.txt",
      DistrictPlan("I. THỰC TRẠNG\n\n1. Xã Hương Lộc:\n\n- Các tiêu chí đã đạt gồm: Điện.\n\n"
                   "2. Xã Hương Phú:\n\n- Các tiêu chí chưa đạt gồm: Y tế.\n\n"
                   "3. Toàn huyện:\n\nToàn huyện đã có 5/11 xã đạt chuẩn nông thôn mới; phấn "
                   "đấu năm 2025 có 11/11 xã đạt chuẩn nông thôn mới.\n"));
  Add("huong_loc_2024.txt",
      CommunePlanOf("Hương Lộc", "I. THỰC TRẠNG\n\n- Các tiêu chí đã đạt gồm: Điện.\n", 2024));
  EXPECT_TRUE(Audit().empty());
}

TEST_F(CollectionAuditTest, StoredFindingsAreListedWithTheirQuote) {
  Extraction e = ExtractText(CommunePlanOf(
      "Hương Lộc", "I. KẾT QUẢ\n\n- Các tiêu chí chưa đạt gồm 03 tiêu chí: Y tế; Văn hóa.\n",
      2024));
  ASSERT_EQ(testing::CountFindings(e, "count_mismatch"), 1);
  e.source = "short_list.txt";
  e.sha256 = std::string(64, 'a');
  e.format = "text";
  PutOutcome outcome;
  ASSERT_TRUE(store_.Put(e, &outcome).ok());
  const std::vector<AuditFinding> findings = Audit();
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].check, "count_mismatch");
  EXPECT_EQ(findings[0].documents, (std::vector<std::string>{"short_list.txt"}));
  EXPECT_NE(findings[0].quotes[0].find("gồm 03 tiêu chí"), std::string::npos)
      << findings[0].quotes[0];
}

// Two copies of one plan (same number, date and issuer) that disagree on a status:
// one copy_mismatch quoting both lines, and no cross_status_conflict between them
// (a plan is never compared with its own copy as with another plan).
TEST(CopyMismatchTest, CopiesThatDisagreeAreOneFindingNotAConflictBetweenPlans) {
  TempDir dir;
  auto rules = std::make_shared<PlanCopyRules>();
  ASSERT_TRUE(
      LoadPlanCopyRules(std::string(NTMX_SOURCE_DIR) + "/schemas/plan_copies.toml", rules.get())
          .ok());
  Store store;
  ASSERT_TRUE(
      store.Open(dir.File("ntm.db"), testing::SchemaDir(), testing::TestTypeWords(), rules).ok());
  const std::string body =
      "I. THỰC TRẠNG\n\n- Các tiêu chí đã đạt gồm: Giao thông; Điện; Trường học.\n\n"
      "- Các tiêu chí STATUS gồm: Nhà ở dân cư.\n\nII. NHIỆM VỤ\n\n1. Hoàn thiện hồ sơ đề nghị "
      "công nhận xã đạt chuẩn nông thôn mới.\n";
  int n = 0;
  for (const auto& [name, status] :
       {std::pair{"draft.txt", "đã đạt"}, std::pair{"signed.txt", "chưa đạt"}}) {
    std::string text = body;
    text.replace(text.find("STATUS"), 6, status);
    Extraction e = ExtractText(CommunePlanOf("Hương Sơn", text, 2024));
    e.source = name;
    e.sha256 = std::string(63, '0') + std::to_string(++n);
    e.format = "text";
    PutOutcome outcome;
    ASSERT_TRUE(store.Put(e, &outcome).ok());
  }
  ResultTable plans;
  ASSERT_TRUE(store.Query("SELECT count(*) FROM plans", &plans).ok());
  ASSERT_EQ(plans.rows[0][0], "1");
  for (const CopyScope scope : {CopyScope::kPrimaryCopies, CopyScope::kAllCopies}) {
    std::vector<AuditFinding> findings;
    ASSERT_TRUE(
        AuditCollection(&store, testing::DefaultPipeline().resources(), scope, &findings).ok());
    std::string checks;
    for (const AuditFinding& f : findings) checks += f.check + ": " + f.message + "\n";
    ASSERT_EQ(findings.size(), 1u) << checks;
    const AuditFinding& f = findings[0];
    EXPECT_EQ(f.check, "copy_mismatch");
    EXPECT_EQ(f.severity, "warning");
    EXPECT_EQ(f.documents, (std::vector<std::string>{"draft.txt", "signed.txt"}));
    EXPECT_NE(f.message.find("criterion 9 of xa_ntm: met in draft.txt but unmet in signed.txt"),
              std::string::npos)
        << f.message;
    ASSERT_EQ(f.quotes.size(), 2u);
    EXPECT_NE(f.quotes[0].find("đã đạt gồm: Nhà ở dân cư"), std::string::npos) << f.quotes[0];
    EXPECT_NE(f.quotes[1].find("chưa đạt gồm: Nhà ở dân cư"), std::string::npos) << f.quotes[1];
  }
}

}  // namespace
}  // namespace ntmx
