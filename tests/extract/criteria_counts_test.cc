// The criteria_counts extractor: which "N/M tiêu chí" are claims, their status,
// total and how many criteria the plan lists after them.
#include <gtest/gtest.h>

#include "extract/criteria_test_util.h"

namespace ntmx {
namespace {

using testing::CommunePlan;
using testing::ExtractText;

const CriteriaCount* Find(const Extraction& e, std::string_view status, int count) {
  for (const CriteriaCount& c : e.criteria_counts)
    if (c.status == status && c.count == count) return &c;
  return nullptr;
}

TEST(CriteriaCounts, ClaimsStatusesTotalsAndLists) {
  const Extraction e = ExtractText(CommunePlan(
      "I. THỰC TRẠNG\n\n"
      "- Tiêu chí đã đạt 16/19 tiêu chí.\n"
      "- Tiêu chí chưa đạt 03/19 tiêu chí, gồm: Tiêu chí số 09 về Nhà ở dân cư; Tiêu chí số 10 về "
      "Thu nhập; Tiêu chí số 15 về Y tế.\n\n"
      "II. MỤC TIÊU\n\n"
      "- Phấn đấu đạt 18/19 tiêu chí (tăng 02 tiêu chí gồm: Tiêu chí số 9 - Nhà ở dân cư, Tiêu chí "
      "số 10 - Thu nhập).\n"
      "- Tiêu chí đã đạt 16/19 tiêu chí (nhắc lại).\n"));
  ASSERT_EQ(e.criteria_counts.size(), 4u);
  const CriteriaCount* met = Find(e, "met", 16);
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->total, 19);
  EXPECT_EQ(met->listed, std::nullopt);
  const CriteriaCount* unmet = Find(e, "unmet", 3);
  ASSERT_NE(unmet, nullptr);
  EXPECT_EQ(unmet->listed, 3);
  const CriteriaCount* goal = Find(e, "planned", 18);
  ASSERT_NE(goal, nullptr);
  EXPECT_EQ(goal->total, 19);
  EXPECT_EQ(goal->listed, std::nullopt);  // the list belongs to "tăng 02 tiêu chí"
  const CriteriaCount* gain = Find(e, "planned", 2);
  ASSERT_NE(gain, nullptr);
  EXPECT_EQ(gain->total, std::nullopt);
  EXPECT_EQ(gain->listed, 2);
  EXPECT_EQ(met->subject, "Hương Sơn");
  EXPECT_EQ(met->criteria_set, "xa_ntm");
  EXPECT_EQ(testing::CountFindings(e, "count_mismatch"), 0);
  EXPECT_EQ(testing::CountFindings(e, "count_total_mismatch"), 0);
}

TEST(CriteriaCounts, SlashesThatCountSomethingElse) {
  const Extraction e =
      ExtractText(CommunePlan("I. KẾT QUẢ\n\n"
                              "- Xã đạt 97,5/100 điểm; 05/05 xã đạt chuẩn; 145/151 xã, phường.\n"
                              "- Bình quân toàn huyện đạt 13,3 tiêu chí/xã.\n"
                              "- Triển khai thực hiện 19 tiêu chí của Bộ tiêu chí.\n"));
  EXPECT_TRUE(e.criteria_counts.empty());
}

TEST(CriteriaCounts, ClaimWithoutTheWordAndCountBeforeItsList) {
  const Extraction e =
      ExtractText(CommunePlan("I. KẾT QUẢ\n\n"
                              "- Xã chưa đạt 02/19, gồm: Y tế; Văn hóa.\n\n"
                              "- Các tiêu chí chưa đạt gồm 02 tiêu chí:\n"
                              "1. Tiêu chí số 15 - Y tế\n"
                              "2. Tiêu chí số 16 - Văn hóa\n"));
  const CriteriaCount* ratio = nullptr;
  const CriteriaCount* plain = nullptr;
  for (const CriteriaCount& c : e.criteria_counts) (c.total ? ratio : plain) = &c;
  ASSERT_NE(ratio, nullptr);
  EXPECT_EQ(ratio->status, "unmet");
  EXPECT_EQ(ratio->listed, 2);
  ASSERT_NE(plain, nullptr);
  EXPECT_EQ(plain->count, 2);
  EXPECT_EQ(plain->listed, 2);
}

TEST(CriteriaCounts, ListOneShortIsACountMismatch) {
  const Extraction e =
      ExtractText(CommunePlan("I. KẾT QUẢ\n\n"
                              "- Các tiêu chí chưa đạt gồm 04 tiêu chí:\n"
                              "a) Nhà ở dân cư;\n"
                              "b) Thu nhập;\n"
                              "c) Y tế.\n"));
  ASSERT_EQ(e.criteria_counts.size(), 1u);
  EXPECT_EQ(e.criteria_counts[0].count, 4);
  EXPECT_EQ(e.criteria_counts[0].listed, 3);
  ASSERT_EQ(testing::CountFindings(e, "count_mismatch"), 1);
  for (const Finding& f : e.findings) {
    if (f.check == "count_mismatch") {
      EXPECT_EQ(f.subject, "Hương Sơn");
    }
  }
}

TEST(CriteriaCounts, PresentTenseIsMetAndGoalsArePlanned) {
  const Extraction e =
      ExtractText(CommunePlan("I. KẾT QUẢ\n\n"
                              "- Đến nay, xã đạt 15/19 tiêu chí.\n\n"
                              "II. MỤC TIÊU\n\n"
                              "- Năm 2024 xã đạt 17/19 tiêu chí.\n"));
  ASSERT_EQ(e.criteria_counts.size(), 2u);
  EXPECT_EQ(e.criteria_counts[0].status, "met");
  EXPECT_EQ(e.criteria_counts[0].count, 15);
  EXPECT_EQ(e.criteria_counts[1].status, "planned");
  EXPECT_EQ(e.criteria_counts[1].count, 17);
}

TEST(CriteriaCounts, CountInParenthesesAndReportWords) {
  const Extraction e = ExtractText(CommunePlan(
      "I. ĐÁNH GIÁ\n\n"
      "Kết quả rà soát: xã đạt 15/19 tiêu chí; các tiêu chí chưa đạt (04 tiêu chí): Quy hoạch, "
      "Giao thông, Y tế và Lao động.\n"));
  ASSERT_EQ(e.criteria_counts.size(), 2u);
  EXPECT_EQ(e.criteria_counts[0].status, "unmet");
  EXPECT_EQ(e.criteria_counts[0].count, 4);
  EXPECT_EQ(e.criteria_counts[0].listed, 4);
  EXPECT_EQ(e.criteria_counts[1].status, "met");
  EXPECT_EQ(e.criteria_counts[1].count, 15);
  EXPECT_EQ(testing::Numbers(e, "Hương Sơn", "xa_ntm", "unmet"), (std::set<int>{1, 2, 12, 15}));
  EXPECT_TRUE(e.findings.empty());
}

TEST(CriteriaCounts, ReportHeadingMakesBareCountsMetAndParenthesisedLists) {
  const Extraction e = ExtractText(testing::DistrictPlan(
      "I. THỰC TRẠNG\n\n"
      "- Xã Hương Phú: đạt 17/19 tiêu chí, còn 02 tiêu chí chưa đạt (Y tế, Văn hóa).\n"
      "- Xã Hương Lộc đạt 15/19 tiêu chí.\n\n"
      "II. MỤC TIÊU\n\n"
      "- Xã Hương Phú đạt 19/19 tiêu chí.\n"));
  const CriteriaCount* phu = Find(e, "met", 17);
  ASSERT_NE(phu, nullptr);
  EXPECT_EQ(phu->subject, "Hương Phú");
  const CriteriaCount* loc = Find(e, "met", 15);
  ASSERT_NE(loc, nullptr);
  EXPECT_EQ(loc->subject, "Hương Lộc");
  const CriteriaCount* rest = Find(e, "unmet", 2);
  ASSERT_NE(rest, nullptr);
  EXPECT_EQ(rest->listed, 2);
  ASSERT_NE(Find(e, "planned", 19), nullptr);
  EXPECT_EQ(testing::Numbers(e, "Hương Phú", "xa_ntm", "unmet"), (std::set<int>{15, 16}));
  EXPECT_TRUE(e.findings.empty());
}

}  // namespace
}  // namespace ntmx

namespace ntmx {
namespace {

TEST(CriteriaCounts, ClaimNamingItsSetAfterTiêuChí) {
  // "tiêu chí xã nông thôn mới nâng cao" names the set; the "xã" after the
  // claim does not make it a count of communes (as "05/05 xã" would be).
  const Extraction e = testing::ExtractText(testing::CommunePlan(
      "I. MỤC TIÊU\n\n- Phấn đấu đến cuối năm 2024 đạt 19/19 tiêu chí xã nông thôn mới nâng cao.\n"
      "- Có 05/05 xã đạt chuẩn.\n"));
  ASSERT_EQ(e.criteria_counts.size(), 1u);
  EXPECT_EQ(e.criteria_counts[0].criteria_set, "xa_ntm_nang_cao");
  EXPECT_EQ(e.criteria_counts[0].status, "planned");
  EXPECT_EQ(e.criteria_counts[0].count, 19);
  EXPECT_EQ(e.criteria_counts[0].total, 19);
}

}  // namespace
}  // namespace ntmx

namespace ntmx {
namespace {

TEST(CriteriaCounts, HienDatReportsThePresent) {
  // "hiện đạt" (now meets) is a report, not a goal, even under a "Mục tiêu" heading.
  const Extraction e = testing::ExtractText(testing::CommunePlan(
      "I. MỤC TIÊU\n\n- Xã hiện đạt 17/19 tiêu chí, còn 02 tiêu chí chưa đạt gồm: Tiêu chí số 10 "
      "- Thu nhập; Tiêu chí số 11 - Nghèo đa chiều.\n"));
  bool met = false, unmet = false;
  for (const CriteriaCount& c : e.criteria_counts) {
    met |= c.status == "met" && c.count == 17 && c.total == 19;
    unmet |= c.status == "unmet" && c.count == 2 && c.listed == 2;
  }
  EXPECT_TRUE(met);
  EXPECT_TRUE(unmet);
  for (const Finding& f : e.findings) EXPECT_NE(f.check, "count_total_mismatch") << f.message;
}

}  // namespace
}  // namespace ntmx
