// The criteria reader on the forms plans use to write statuses and counts:
// villages as subjects, commune headings of a district plan, tables after (and
// before) their claim, claims without a total, bare "đạt" in the past or the
// future, floors and averages that are no claims, a criterion a province adds,
// verdicts after a criterion's name, words that point back at a list, and a
// status table written as a list (one line per criterion and its verdict).
// Every input is a small plan written for the test.
#include <gtest/gtest.h>

#include "extract/criteria_test_util.h"

namespace ntmx {
namespace {

using std::set;
using testing::CommunePlan;
using testing::CountFindings;
using testing::DistrictPlan;
using testing::ExtractText;
using testing::Numbers;

const CriteriaCount* FindCount(const Extraction& e, std::string_view subject,
                               std::string_view status, int count) {
  for (const CriteriaCount& c : e.criteria_counts)
    if (c.subject == subject && c.status == status && c.count == count) return &c;
  return nullptr;
}

TEST(CriteriaForms, AVillageOpeningItsParagraphIsTheSubject) {
  const Extraction e = ExtractText(CommunePlan(
      "I. THỰC TRẠNG\n\n"
      "1. Thôn Pa Ring: đã đạt 13/15 tiêu chí; còn 02/15 tiêu chí chưa đạt, gồm: tiêu chí số 8 "
      "về Thu nhập; tiêu chí số 9 về Nghèo đa chiều. Phấn đấu hoàn thành các tiêu chí này.\n\n"
      "2. Thôn A Đớt: đạt 03/15 tiêu chí, gồm: tiêu chí số 2 (Giao thông), số 5 (Điện), số 12 "
      "(Y tế). Chưa đạt 02/15 tiêu chí: số 7 (Nhà ở dân cư), số 13 (Môi trường và an toàn thực "
      "phẩm). Phấn đấu hoàn thành các tiêu chí còn thiếu.\n",
      "Xây dựng thôn đạt chuẩn nông thôn mới năm 2024"));
  EXPECT_EQ(Numbers(e, "Pa Ring", "thon_ntm", "unmet"), (set<int>{8, 9}));
  EXPECT_EQ(Numbers(e, "Pa Ring", "thon_ntm", "planned"), (set<int>{8, 9}));
  EXPECT_EQ(Numbers(e, "A Đớt", "thon_ntm", "met"), (set<int>{2, 5, 12}));
  EXPECT_EQ(Numbers(e, "A Đớt", "thon_ntm", "unmet"), (set<int>{7, 13}));
  EXPECT_EQ(Numbers(e, "A Đớt", "thon_ntm", "planned"), (set<int>{7, 13}));
  const CriteriaCount* met = FindCount(e, "A Đớt", "met", 3);
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->listed, 3);  // the list ends with its sentence
  const CriteriaCount* unmet = FindCount(e, "A Đớt", "unmet", 2);
  ASSERT_NE(unmet, nullptr);
  EXPECT_EQ(unmet->listed, 2);
  EXPECT_EQ(Numbers(e, "Hương Sơn", "thon_ntm", "met"), set<int>{});
}

TEST(CriteriaForms, ATableWithOneRowPerVillage) {
  const Extraction e = ExtractText(CommunePlan(
      "I. THỰC TRẠNG\n\n"
      "Rà soát tiêu chí Nhà ở dân cư tại các thôn:\n\n"
      "| STT | Thôn | Tiêu chí | Kết quả |\n|---|---|---|---|\n"
      "| 1 | Thôn Khe Ve | Nhà ở dân cư | Đạt |\n| 2 | Ta Lu | Nhà ở dân cư | Chưa đạt |\n",
      "Xây dựng thôn đạt chuẩn nông thôn mới năm 2024"));
  EXPECT_EQ(Numbers(e, "Khe Ve", "thon_ntm", "met"), (set<int>{7}));
  EXPECT_EQ(Numbers(e, "Ta Lu", "thon_ntm", "unmet"), (set<int>{7}));
}

TEST(CriteriaForms, CommuneHeadingsOfADistrictPlan) {
  const Extraction e = ExtractText(DistrictPlan(
      "I. NHIỆM VỤ\n\n"
      "a) Xã Hương Lộc (nâng cao)\n\n"
      "- Các tiêu chí chưa đạt gồm: tiêu chí số 5 về Giáo dục; tiêu chí số 14 về Y tế.\n\n"
      "b) Xã Thượng Long\n\n"
      "- Tăng 02 tiêu chí, gồm: tiêu chí số 9 về Nhà ở dân cư; tiêu chí số 10 về Thu nhập.\n"));
  EXPECT_EQ(Numbers(e, "Hương Lộc", "xa_ntm_nang_cao", "unmet"), (set<int>{5, 14}));
  EXPECT_EQ(Numbers(e, "Thượng Long", "xa_ntm", "planned"), (set<int>{9, 10}));
  const CriteriaCount* gain = FindCount(e, "Thượng Long", "planned", 2);
  ASSERT_NE(gain, nullptr);
  EXPECT_EQ(gain->listed, 2);
  EXPECT_EQ(gain->total, std::nullopt);
}

TEST(CriteriaForms, PromisedAndAchievedLists) {
  const Extraction e = ExtractText(CommunePlan(
      "I. TÌNH HÌNH CHUNG\n\n"
      "Các tiêu chí đạt được, gồm: tiêu chí số 2 về Giao thông; tiêu chí số 4 về Điện.\n\n"
      "II. MỤC TIÊU\n\n"
      "Phấn đấu đạt thêm 02 tiêu chí, gồm: tiêu chí số 9 về Nhà ở dân cư; tiêu chí số 10 về Thu "
      "nhập.\n"));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "met"), (set<int>{2, 4}));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "planned"), (set<int>{9, 10}));
}

TEST(CriteriaForms, ListedCountsOnlyATableAfterTheClaim) {
  const std::string table =
      "| STT | Tiêu chí | Kết quả |\n|---|---|---|\n| 1 | Quy hoạch | Đạt |\n"
      "| 2 | Giao thông | Chưa đạt |\n| 3 | Thủy lợi và phòng, chống thiên tai | Đạt |\n";
  const Extraction after = ExtractText(CommunePlan(
      "I. THỰC TRẠNG\n\nXã đạt 02/03 tiêu chí được rà soát, còn 01 tiêu chí chưa đạt. Kết quả "
      "cụ thể như sau:\n" +
      table));
  const CriteriaCount* met = FindCount(after, "Hương Sơn", "met", 2);
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->listed, 2);
  const CriteriaCount* unmet = FindCount(after, "Hương Sơn", "unmet", 1);
  ASSERT_NE(unmet, nullptr);
  EXPECT_EQ(unmet->listed, 1);
  const Extraction before = ExtractText(CommunePlan("I. THỰC TRẠNG\n\nKết quả rà soát:\n" + table +
                                                    "\nNhư vậy, xã đạt 02/03 tiêu chí.\n"));
  const CriteriaCount* late = FindCount(before, "Hương Sơn", "met", 2);
  ASSERT_NE(late, nullptr);
  EXPECT_EQ(late->listed, std::nullopt);
}

TEST(CriteriaForms, ClaimsWithoutATotalAndRaisedCounts) {
  const Extraction e =
      ExtractText(CommunePlan("I. THỰC TRẠNG\n\nXã còn 03 tiêu chí chưa đạt.\n\n"
                              "II. MỤC TIÊU\n\nPhấn đấu đạt thêm 02 tiêu chí, nâng tổng số tiêu "
                              "chí đạt chuẩn lên 18/19.\n"));
  const CriteriaCount* unmet = FindCount(e, "Hương Sơn", "unmet", 3);
  ASSERT_NE(unmet, nullptr);
  EXPECT_EQ(unmet->total, std::nullopt);
  const CriteriaCount* more = FindCount(e, "Hương Sơn", "planned", 2);
  ASSERT_NE(more, nullptr);
  EXPECT_EQ(more->total, std::nullopt);
  const CriteriaCount* raised = FindCount(e, "Hương Sơn", "planned", 18);
  ASSERT_NE(raised, nullptr);
  EXPECT_EQ(raised->total, 19);
}

TEST(CriteriaForms, LabelledCounts) {
  const Extraction e = ExtractText(CommunePlan(
      "I. THỰC TRẠNG\n\n- Số tiêu chí đạt: 15/19 tiêu chí.\n- Số tiêu chí chưa đạt: 04/19.\n"));
  EXPECT_NE(FindCount(e, "Hương Sơn", "met", 15), nullptr);
  EXPECT_NE(FindCount(e, "Hương Sơn", "unmet", 4), nullptr);
  EXPECT_TRUE(e.findings.empty());
}

TEST(CriteriaForms, BareDatInThePastAndTheFuture) {
  const Extraction e = ExtractText(DistrictPlan(
      "I. MỤC TIÊU\n\n"
      "Năm 2023, huyện Nam Đông đạt 7/9 tiêu chí huyện nông thôn mới.\n\n"
      "Đến hết năm 2024, xã Hương Phú đạt 19/19 tiêu chí và được công nhận đạt chuẩn nông thôn "
      "mới.\n\n"
      "Tính đến ngày 31/12/2023, xã Thượng Quảng đạt 15/19 tiêu chí.\n\n"
      "Trước ngày 30/11/2024, xã Thượng Long đạt 19/19 tiêu chí.\n\n"
      "Xã Hương Lộc có 16/19 tiêu chí đạt chuẩn.\n"));
  EXPECT_NE(FindCount(e, "Nam Đông", "met", 7), nullptr);
  EXPECT_NE(FindCount(e, "Hương Phú", "planned", 19), nullptr);
  EXPECT_NE(FindCount(e, "Thượng Quảng", "met", 15), nullptr);     // a review date
  EXPECT_NE(FindCount(e, "Thượng Long", "planned", 19), nullptr);  // a deadline
  EXPECT_NE(FindCount(e, "Hương Lộc", "met", 16), nullptr);        // "có N/M tiêu chí đạt"
  EXPECT_EQ(e.criteria_counts.size(), 5u);
}

TEST(CriteriaForms, FloorsRangesAveragesAndChangesAreNoClaims) {
  const Extraction e = ExtractText(DistrictPlan(
      "I. KẾT QUẢ\n\n"
      "Toàn huyện đã có 5/8 xã đạt chuẩn nông thôn mới. Không còn xã dưới 15 tiêu chí; các xã "
      "còn lại đạt từ 17 – 18 tiêu chí; bình quân mỗi xã đạt 18,25 tiêu chí; bình quân mỗi xã "
      "đạt 17 tiêu chí. Năm 2023 tăng 3 tiêu chí so với năm 2022. Không còn xã dưới năm tiêu "
      "chí.\n\n"
      "Xã Hương Phú đã xây dựng đạt 13/19 tiêu chí. Xã Thượng Quảng đạt 14 tiêu chí.\n"));
  ASSERT_EQ(e.criteria_counts.size(), 2u);
  EXPECT_NE(FindCount(e, "Hương Phú", "met", 13), nullptr);
  EXPECT_NE(FindCount(e, "Thượng Quảng", "met", 14), nullptr);
  EXPECT_TRUE(e.criteria_status.empty());
}

TEST(CriteriaForms, ACriterionTheProvinceAdds) {
  const Extraction e = ExtractText(CommunePlan(
      "I. THỰC TRẠNG\n\n"
      "Bộ tiêu chí xã nông thôn mới nâng cao của tỉnh có thêm tiêu chí số 20 về Vườn mẫu sinh "
      "thái. Xã đạt 18/20 tiêu chí, còn 02/20 tiêu chí chưa đạt. Kết quả như sau:\n"
      "| STT | Tên tiêu chí | Kết quả |\n|---|---|---|\n| 1 | Quy hoạch | Chưa đạt |\n"
      "| 20 | Vườn mẫu sinh thái | Chưa đạt |\n",
      "Xây dựng xã đạt chuẩn nông thôn mới nâng cao năm 2024"));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm_nang_cao", "unmet"), (set<int>{1, 20}));
  const CriteriaCount* unmet = FindCount(e, "Hương Sơn", "unmet", 2);
  ASSERT_NE(unmet, nullptr);
  EXPECT_EQ(unmet->listed, 2);
  EXPECT_EQ(CountFindings(e, "set_size_mismatch"), 0);
}

TEST(CriteriaForms, VerdictsAfterTheName) {
  const Extraction e = ExtractText(CommunePlan(
      "I. THỰC TRẠNG\n\n"
      "Tiêu chí số 8 về Thông tin và truyền thông hiện chưa đạt do chưa có loa thông minh.\n\n"
      "Tiêu chí số 4 về Điện và tiêu chí số 15 về Y tế tuy đã đạt nhưng chưa bền vững.\n\n"
      "Tiêu chí số 17 về Môi trường và an toàn thực phẩm bị sụt giảm, hiện chưa đạt do thiếu "
      "nước sạch. Phấn đấu khôi phục tiêu chí này trong năm.\n"));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "unmet"), (set<int>{8, 17}));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "met"), (set<int>{4, 15}));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "planned"), (set<int>{17}));
}

TEST(CriteriaForms, DecimalCommasDoNotSplitAList) {
  const Extraction e = ExtractText(CommunePlan(
      "I. THỰC TRẠNG\n\n"
      "Còn 02/19 tiêu chí chưa đạt: tiêu chí số 2 (Giao thông) do còn 3,5 km đường chưa cứng hóa; "
      "tiêu chí số 10 (Thu nhập) do thu nhập mới đạt 41,7 triệu đồng.\n"));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "unmet"), (set<int>{2, 10}));
  ASSERT_EQ(e.criteria_counts.size(), 1u);
  EXPECT_EQ(e.criteria_counts[0].listed, 2);
  EXPECT_TRUE(e.findings.empty());
}

TEST(CriteriaForms, AnAbbreviatedCriterionBeforeItsName) {
  const Extraction e =
      ExtractText(CommunePlan("I. THỰC TRẠNG\n\nCòn 02/19 tiêu chí chưa đạt: TC Thu nhập (TC số "
                              "10); TC Nghèo đa chiều (TC số 11). Nguyên nhân: lao động thiếu.\n"));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "unmet"), (set<int>{10, 11}));
  ASSERT_EQ(e.criteria_counts.size(), 1u);
  EXPECT_EQ(e.criteria_counts[0].listed, 2);
}

// A status table written as a list, one line per criterion and its verdict: each
// line gives its own status, and the claims before the list are listed by it.
TEST(CriteriaForms, AStatusListAfterTheClaims) {
  const Extraction e = ExtractText(CommunePlan(
      "I. THỰC TRẠNG\n\n"
      "Qua rà soát, xã đạt 03/19 tiêu chí, còn 02/19 tiêu chí chưa đạt. Cụ thể như sau:\n\n"
      "- Tiêu chí số 2 (Giao thông): Đạt.\n"
      "- TC số 4 - Điện: Chưa đạt (còn 3 hộ dùng điện chưa an toàn).\n"
      "- Tiêu chí số 9 (Nhà ở dân cư): Đạt.\n"
      "- Tiêu chí số 10 (Thu nhập): chưa đạt do thu nhập bình quân còn thấp.\n"
      "- Y tế: Đạt chuẩn.\n"));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "met"), (set<int>{2, 9, 15}));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "unmet"), (set<int>{4, 10}));
  const CriteriaCount* met = FindCount(e, "Hương Sơn", "met", 3);
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->listed, 3);
  const CriteriaCount* unmet = FindCount(e, "Hương Sơn", "unmet", 2);
  ASSERT_NE(unmet, nullptr);
  EXPECT_EQ(unmet->listed, 2);
  for (const CriteriaStatus& s : e.criteria_status)
    EXPECT_EQ(s.prov.rule_id, "criteria.status_line");
}

// Under "gồm:" the lines keep their own verdicts, not the opener's status.
TEST(CriteriaForms, AStatusListUnderAnOpenerWithMixedVerdicts) {
  const Extraction e =
      ExtractText(CommunePlan("I. THỰC TRẠNG\n\n"
                              "Đến nay, xã đạt 02/19 tiêu chí, gồm:\n\n"
                              "1. Tiêu chí số 1 (Quy hoạch): Đạt.\n"
                              "2. Tiêu chí số 3 (Thủy lợi và phòng, chống thiên tai): Chưa đạt.\n"
                              "3. Tiêu chí số 4 (Điện): Đạt.\n"));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "met"), (set<int>{1, 4}));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "unmet"), (set<int>{3}));
  const CriteriaCount* met = FindCount(e, "Hương Sơn", "met", 2);
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->listed, 2);
}

// A plain "Đạt" under a promise is a goal; sentences that mention a criterion and
// targets written after one are no status lines.
TEST(CriteriaForms, StatusLinesUnderAPromiseAndLinesThatAreNone) {
  const Extraction e = ExtractText(
      CommunePlan("I. MỤC TIÊU\n\n"
                  "Phấn đấu trong năm 2024 hoàn thành các tiêu chí sau:\n\n"
                  "- TC số 9: Đạt.\n"
                  "- Tiêu chí số 10 (Thu nhập): Đạt.\n\n"
                  "II. NHIỆM VỤ\n\n"
                  "- Phấn đấu đạt tiêu chí số 5 về Trường học trong năm 2024.\n"
                  "- Tiêu chí số 14 (Giáo dục và Đào tạo): đạt 95% trẻ em đi học đúng độ tuổi.\n"));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "planned"), (set<int>{5, 9, 10}));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "met"), set<int>{});
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "unmet"), set<int>{});
}

// "TC số 20" adds a criterion as "tiêu chí số 20" does.
TEST(CriteriaForms, ACriterionTheProvinceAddsAbbreviated) {
  const Extraction e = ExtractText(CommunePlan(
      "I. THỰC TRẠNG\n\n"
      "Bộ tiêu chí xã nông thôn mới nâng cao của tỉnh có thêm TC số 20 về Vườn mẫu sinh thái. "
      "Xã còn 02/20 tiêu chí chưa đạt. Kết quả như sau:\n"
      "| STT | Tên tiêu chí | Kết quả |\n|---|---|---|\n| 1 | Quy hoạch | Chưa đạt |\n"
      "| 20 | Vườn mẫu sinh thái | Chưa đạt |\n",
      "Xây dựng xã đạt chuẩn nông thôn mới nâng cao năm 2024"));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm_nang_cao", "unmet"), (set<int>{1, 20}));
  const CriteriaCount* unmet = FindCount(e, "Hương Sơn", "unmet", 2);
  ASSERT_NE(unmet, nullptr);
  EXPECT_EQ(unmet->listed, 2);
}

}  // namespace
}  // namespace ntmx
