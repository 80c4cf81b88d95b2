// The audit stage: findings over one document's records and structure.
#include <gtest/gtest.h>

#include "extract/criteria_test_util.h"

namespace ntmx {
namespace {

using testing::CommunePlan;
using testing::CountFindings;
using testing::DistrictPlan;
using testing::ExtractText;

TEST(DocumentAudit, TotalsThatDoNotAddUpAndAWrongSetSize) {
  const Extraction e =
      ExtractText(CommunePlan("I. KẾT QUẢ\n\n"
                              "- Xã đã đạt 14/19 tiêu chí.\n"
                              "- Xã chưa đạt 06/19 tiêu chí.\n"
                              "- Năm trước xã đạt 13/18 tiêu chí.\n"));
  EXPECT_EQ(CountFindings(e, "count_total_mismatch"), 1);
  EXPECT_EQ(CountFindings(e, "set_size_mismatch"), 1);
  for (const Finding& f : e.findings) {
    EXPECT_FALSE(f.message.empty());
    EXPECT_EQ(f.subject, "Hương Sơn");
  }
}

TEST(DocumentAudit, AProvincesExtraCriterionIsNoSetSizeMismatch) {
  // Thừa Thiên Huế is not known to add a 20th advanced criterion, but provinces
  // do (Bình Phước does): 20 is a plausible total, 21 is not.
  const Extraction e =
      ExtractText(CommunePlan("I. KẾT QUẢ\n\n- Xã đã đạt 15/20 tiêu chí nông thôn mới nâng cao.\n"
                              "- Năm trước xã đã đạt 14/21 tiêu chí nông thôn mới nâng cao.\n"));
  ASSERT_EQ(CountFindings(e, "set_size_mismatch"), 1);
  EXPECT_NE(e.findings[0].message.find("21"), std::string::npos) << e.findings[0].message;
}

TEST(DocumentAudit, ConsistentCountsRaiseNothing) {
  const Extraction e = ExtractText(CommunePlan(
      "I. KẾT QUẢ\n\n"
      "- Xã đã đạt 17/19 tiêu chí.\n"
      "- Xã chưa đạt 02/19 tiêu chí, gồm: Y tế; Văn hóa.\n\n"
      "II. NHIỆM VỤ\n\n1. Phấn đấu đạt 19/19 tiêu chí năm 2024.\n\n2. Tổ chức thực hiện.\n"));
  EXPECT_TRUE(e.findings.empty()) << e.findings.front().message;
}

TEST(DocumentAudit, SectionNumberingGap) {
  const Extraction e = ExtractText(CommunePlan(
      "I. MỤC TIÊU\n\nNội dung.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Ban Chỉ đạo xã:\n\nChỉ đạo.\n\n"
      "2. Công chức Văn hóa - Xã hội:\n\nTuyên truyền.\n\n4. Các xóm:\n\nThực hiện.\n"));
  ASSERT_EQ(CountFindings(e, "section_numbering_gap"), 1);
  // Two numbered lists under one heading: each starts at 1, and nothing is missing.
  const Extraction lists = ExtractText(CommunePlan(
      "I. THỰC TRẠNG\n\nCác tiêu chí đã đạt:\n1. Tiêu chí số 2 - Giao thông\n2. Tiêu chí số 4 - "
      "Điện\n\nCác tiêu chí chưa đạt:\n1. Tiêu chí số 9 - Nhà ở dân cư\n2. Tiêu chí số 10 - Thu "
      "nhập\n"));
  EXPECT_EQ(CountFindings(lists, "section_numbering_gap"), 0);
  EXPECT_EQ(testing::Numbers(lists, "Hương Sơn", "xa_ntm", "unmet"), (std::set<int>{9, 10}));
  for (const Finding& f : e.findings) {
    if (f.check != "section_numbering_gap") continue;
    EXPECT_EQ(f.subject, std::nullopt);
    EXPECT_NE(f.message.find("3"), std::string::npos) << f.message;
  }
}

TEST(DocumentAudit, StaleDeadlineNamesTheCommune) {
  const Extraction e = ExtractText(DistrictPlan(
      "I. NHIỆM VỤ\n\n"
      "1. Xã phấn đấu về đích nông thôn mới nâng cao năm 2025 – Hương Phú:\n\nTập trung nguồn "
      "lực.\n\n"
      "2. Xã phấn đấu về đích nông thôn mới nâng cao năm 2023 – Thượng Quảng:\n\nTập trung nguồn "
      "lực.\n\n"
      "3. Các xã đã đạt chuẩn nông thôn mới năm 2023 tiếp tục duy trì; tăng 02 tiêu chí so với "
      "năm 2023.\n",
      2025));
  ASSERT_EQ(CountFindings(e, "stale_deadline"), 1);
  for (const Finding& f : e.findings) {
    if (f.check == "stale_deadline") {
      EXPECT_EQ(f.subject, "Thượng Quảng");
    }
  }
}

TEST(DocumentAudit, StaleTaskDeadlineInTheText) {
  const Extraction e = ExtractText(CommunePlan(
      "I. NHIỆM VỤ\n\n1. Tiêu chí số 9 (Nhà ở dân cư).\n\nXóa nhà tạm.\n\n"
      "Thời gian thực hiện: Hoàn thành trong quý III năm 2023.\n\n"
      "2. Tiêu chí số 10 (Thu nhập).\n\nThời gian thực hiện: Hoàn thành trong năm 2024.\n"));
  ASSERT_EQ(CountFindings(e, "stale_deadline"), 1);
  EXPECT_EQ(e.findings[0].subject, "Hương Sơn");
}

}  // namespace
}  // namespace ntmx
