// The criteria_status extractor on small plans: every written form of a
// criterion, lists in prose, items and tables, sets and subjects.
#include <gtest/gtest.h>

#include "extract/criteria_test_util.h"

namespace ntmx {
namespace {

using std::set;
using testing::CommunePlan;
using testing::DistrictPlan;
using testing::ExtractText;
using testing::Numbers;

TEST(CriteriaStatus, ProseListInEveryWrittenForm) {
  // Numbers with "về", "-", "(…)", "TC số", the misspelling "tiêu trí", bold and
  // bare names, abbreviations, "&", old tone placement (Thuỷ, hoá), "," and ";".
  const Extraction e = ExtractText(CommunePlan(
      "I. THỰC TRẠNG\n\n"
      "- Xã đã đạt 15/19 tiêu chí, gồm: tiêu chí số 1 (Quy hoạch); TC số 2 - Giao thông; tiêu trí "
      "số 3 về Thuỷ lợi và phòng, chống thiên tai; tiêu chí **Điện**; Trường học, Cơ sở vật chất "
      "văn hoá, Cơ sở HTTM nông thôn, tiêu chí Thông tin & Truyền thông; tiêu chí Nhà ở dân cư; "
      "Thu nhập; Nghèo đa chiều; Lao động; Giáo dục và Đào tạo; Văn hóa; Quốc phòng và An "
      "ninh.\n"));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "met"),
            (set<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 16, 19}));
  EXPECT_TRUE(Numbers(e, "Hương Sơn", "xa_ntm", "unmet").empty());
  for (const CriteriaStatus& s : e.criteria_status) {
    EXPECT_LT(s.prov.span.begin, s.prov.span.end);
    EXPECT_FALSE(s.prov.rule_id.empty());
  }
}

TEST(CriteriaStatus, LetteredItemsUnderAnUnmetHeadingAreUnmetAndPlanned) {
  const Extraction e = ExtractText(
      CommunePlan("I. NHIỆM VỤ\n\n"
                  "1. Tập trung thực hiện hoàn thành các tiêu chí chưa đạt:\n\n"
                  "a) Tổ chức sản xuất và phát triển kinh tế nông thôn: thành lập hợp tác xã;\n\n"
                  "b) Y tế: nâng tỷ lệ tham gia bảo hiểm y tế;\n\n"
                  "c) HTCT và TCPL: đạt chuẩn tiếp cận pháp luật.\n\n"
                  "2. Các tiêu chí đã đạt, cần củng cố:\n\n"
                  "- Tiêu chí số 2 về Giao thông\n"
                  "- Tiêu chí số 4 - Điện\n"));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "unmet"), (set<int>{13, 15, 18}));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "planned"), (set<int>{13, 15, 18}));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "met"), (set<int>{2, 4}));
}

TEST(CriteriaStatus, NumberedListUnderIntroLineAndSingleStatements) {
  const Extraction e = ExtractText(CommunePlan(
      "I. NỘI DUNG\n\n"
      "- Các tiêu trí thực hiện đạt năm 2024 gồm các tiêu trí sau:\n"
      "1. Tiêu trí số 9 - Nhà ở dân cư\n"
      "2. Tiêu trí số 12 - Lao động\n\n"
      "II. GIẢI PHÁP\n\n"
      "1. Duy trì chuẩn tiêu chí số 17 về Môi trường và an toàn thực phẩm.\n\n"
      "2. Phấn đấu hoàn thành tiêu chí Y tế trong năm.\n\n"
      "3. Hướng dẫn xã thực hiện tiêu chí số 10 về Thu nhập.\n\n"
      "4. Tăng cường kiểm tra, đạt hiệu quả cao, hướng dẫn xã thực hiện tiêu chí số 2 về Giao "
      "thông.\n"));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "planned"), (set<int>{9, 12, 15}));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "met"), (set<int>{17}));
  // "hướng dẫn … thực hiện tiêu chí" assigns work; it states no status.
  EXPECT_TRUE(Numbers(e, "Hương Sơn", "xa_ntm", "unmet").empty());
}

TEST(CriteriaStatus, MarkdownTableWithResultColumn) {
  const Extraction e =
      ExtractText(CommunePlan("I. THỰC TRẠNG\n\n"
                              "| STT | Tiêu chí | Kết quả |\n"
                              "|---|---|---|\n"
                              "| 1 | Quy hoạch | Đạt |\n"
                              "| 2 | Giao thông | Chưa đạt |\n"
                              "| 3 | Thủy lợi và phòng, chống thiên tai | Đạt |\n"
                              "| 4 | Tiêu chí số 15 - Y tế | Chưa đạt |\n\n"
                              "II. KẾ HOẠCH\n\n"
                              "| TT | Tên tiêu chí | Thực trạng | Kế hoạch năm 2024 |\n"
                              "|---|---|---|---|\n"
                              "| 1 | Nhà ở dân cư | Chưa đạt | Đạt |\n"
                              "| 2 | Trường học | Đạt | Đạt |\n"));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "met"), (set<int>{1, 3, 5}));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "unmet"), (set<int>{2, 9, 15}));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "planned"), (set<int>{9}));
}

TEST(CriteriaStatus, TabSeparatedTableWithMetAndUnmetColumns) {
  const Extraction e =
      ExtractText(CommunePlan("I. THỰC TRẠNG\n\n"
                              "TT\tTên tiêu chí\tĐạt\tChưa đạt\n"
                              "1\tNhà ở dân cư\tx\t\n"
                              "2\tNghèo đa chiều\t\tx\n"));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "met"), (set<int>{9}));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "unmet"), (set<int>{11}));
}

TEST(CriteriaStatus, BothMetAndUnmetAreTwoRecordsAndAConflict) {
  const Extraction e =
      ExtractText(CommunePlan("I. THỰC TRẠNG\n\n"
                              "- Các tiêu chí đã đạt gồm: Giao thông; Nhà ở dân cư.\n"
                              "- Các tiêu chí chưa đạt gồm: Nhà ở dân cư; Thu nhập.\n"
                              "- Các tiêu chí chưa đạt gồm: Thu nhập.\n"));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "met"), (set<int>{2, 9}));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "unmet"), (set<int>{9, 10}));
  EXPECT_EQ(e.criteria_status.size(), 4u);  // the repeat of Thu nhập is one record
  EXPECT_EQ(testing::CountFindings(e, "status_conflict"), 1);
}

TEST(CriteriaStatus, NumberAndNameDisagree) {
  const Extraction e = ExtractText(
      CommunePlan("I. THỰC TRẠNG\n\n- Tiêu chí chưa đạt gồm: Tiêu chí số 5 về Y tế.\n"));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "unmet"), (set<int>{15}));
  ASSERT_EQ(testing::CountFindings(e, "criterion_name_mismatch"), 1);
  // A short form of the numbered criterion's own name is no mismatch, even where
  // it is another criterion's alias ("Giáo dục" is also criterion 5's).
  const Extraction short_form = ExtractText(
      CommunePlan("I. THỰC TRẠNG\n\n- Tiêu chí chưa đạt gồm: Tiêu chí số 14 về Giáo dục.\n"));
  EXPECT_EQ(Numbers(short_form, "Hương Sơn", "xa_ntm", "unmet"), (set<int>{14}));
  EXPECT_EQ(testing::CountFindings(short_form, "criterion_name_mismatch"), 0);
}

TEST(CriteriaStatus, AggregatesAndIndicatorsAreNotStatuses) {
  const Extraction e = ExtractText(DistrictPlan(
      "I. MỤC TIÊU\n\n"
      "+ Cấp xã: Có 10/10 xã đạt tiêu chí số 2 về Giao thông; 100% các xã hoàn thành tiêu chí "
      "thủy lợi.\n"
      "+ Cấp huyện: Xây dựng huyện đạt chuẩn chỉ tiêu 5.1 và 5.4 của tiêu chí số 5 về Y tế - Văn "
      "hóa - Giáo dục.\n"));
  EXPECT_TRUE(e.criteria_status.empty());
  EXPECT_TRUE(e.criteria_counts.empty());
}

TEST(CriteriaStatus, DistrictPlanWithThreeCommunesAndTheDistrict) {
  const Extraction e = ExtractText(DistrictPlan(
      "I. NHIỆM VỤ\n\n"
      "1. Xã phấn đấu về đích nông thôn mới nâng cao năm 2024 – Hương Phú:\n\n"
      "Tập trung thực hiện hoàn thành 02/19 tiêu chí nông thôn mới nâng cao chưa đạt, cụ thể:\n\n"
      "a) Y tế: nâng cấp trạm y tế;\n\n"
      "b) Hành chính công: cải cách thủ tục.\n\n"
      "2. Xã Hương Lộc:\n\n"
      "- Các tiêu chí chưa đạt gồm: Nhà ở dân cư; Thu nhập.\n\n"
      "3. Xã nông thôn mới (xã Thượng Quảng): Phấn đấu đạt 18/19 tiêu chí (tăng 02 tiêu chí gồm: "
      "Tiêu chí số 9 - Nhà ở dân cư, Tiêu chí số 11 - Nghèo đa chiều).\n\n"
      "4. Cấp huyện: Duy trì chuẩn tiêu chí số 4 về Điện thuộc Bộ tiêu chí quốc gia về huyện "
      "nông thôn mới.\n"));
  EXPECT_EQ(Numbers(e, "Hương Phú", "xa_ntm_nang_cao", "unmet"), (set<int>{14, 15}));
  EXPECT_EQ(Numbers(e, "Hương Phú", "xa_ntm_nang_cao", "planned"), (set<int>{14, 15}));
  EXPECT_EQ(Numbers(e, "Hương Lộc", "xa_ntm", "unmet"), (set<int>{9, 10}));
  EXPECT_EQ(Numbers(e, "Thượng Quảng", "xa_ntm", "planned"), (set<int>{9, 11}));
  EXPECT_EQ(Numbers(e, "Nam Đông", "huyen_ntm", "met"), (set<int>{4}));
  EXPECT_EQ(e.criteria_status.size(), 9u);
}

TEST(CriteriaStatus, SetFromTitleAndPeriod) {
  const Extraction advanced = ExtractText(CommunePlan(
      "I. NỘI DUNG\n\n- Các tiêu chí chưa đạt gồm: Hành chính công; Tiếp cận pháp luật.\n",
      "Xây dựng xã nông thôn mới nâng cao năm 2024"));
  EXPECT_EQ(Numbers(advanced, "Hương Sơn", "xa_ntm_nang_cao", "unmet"), (set<int>{15, 16}));

  const Extraction period = ExtractText(
      "ỦY BAN NHÂN DÂN XÃ HƯƠNG SƠN\n\nSố: 01/KH-UBND\n\nHương Sơn, ngày 01 tháng 03 năm 2026\n\n"
      "KẾ HOẠCH\nXây dựng nông thôn mới năm 2026\n\n"
      "Căn cứ Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ;\n\n"
      "I. NỘI DUNG\n\n- Các tiêu chí chưa đạt gồm: tiêu chí số 2 về Hạ tầng kinh tế - xã hội.\n");
  ASSERT_EQ(period.criteria_status.size(), 1u);
  EXPECT_EQ(period.criteria_status[0].criteria_set, "xa_ntm_2026");
  EXPECT_EQ(period.criteria_status[0].criterion, 2);
}

TEST(CriteriaStatus, VerdictAfterTheNameAndBareNumbers) {
  const Extraction e =
      ExtractText(CommunePlan("I. THỰC TRẠNG\n\n"
                              "a) Tiêu chí số 1 về Quy hoạch: Đạt.\n\n"
                              "b) Tiêu chí số 2 - Giao thông: Chưa đạt (còn 2 km đường).\n\n"
                              "c) Tiêu chí Y tế đạt 85% dân số tham gia bảo hiểm.\n\n"
                              "- Các tiêu chí chưa đạt gồm tiêu chí số 9, 10 và 11.\n"));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "met"), (set<int>{1}));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "unmet"), (set<int>{2, 9, 10, 11}));
  EXPECT_EQ(e.criteria_status.size(), 5u);  // "đạt 85%" is a target, not a status
}

TEST(CriteriaStatus, VillageSubjects) {
  const Extraction e =
      ExtractText(CommunePlan("I. NHIỆM VỤ\n\n"
                              "1. Xây dựng thôn Ta Rung đạt chuẩn thôn nông thôn mới:\n\n"
                              "- Tiêu chí số 2 về Giao thông;\n"
                              "- Tiêu chí số 7 về Nhà ở dân cư.\n",
                              "Xây dựng nông thôn mới năm 2024"));
  // thon_ntm's catalogue is Lai Châu's; the numbers stand as written.
  EXPECT_EQ(Numbers(e, "Ta Rung", "thon_ntm", "planned"), (set<int>{2, 7}));
}

TEST(CriteriaStatus, TownSubjectAndSet) {
  const Extraction e = ExtractText(DistrictPlan(
      "I. KẾT QUẢ\n\n"
      "- Thị trấn Khe Tre đã đạt 6/8 tiêu chí, gồm: Quy hoạch; Giao thông; Y tế, giáo dục; Văn "
      "hóa, thể thao; Việc làm, thu nhập, hộ nghèo; Thông tin và truyền thông.\n"));
  EXPECT_EQ(Numbers(e, "Khe Tre", "do_thi_van_minh", "met"), (set<int>{1, 2, 5, 6, 7, 8}));
  ASSERT_EQ(e.criteria_counts.size(), 1u);
  EXPECT_EQ(e.criteria_counts[0].listed, 6);
  EXPECT_TRUE(e.findings.empty());  // 8 criteria: the set's numbers run to 8
}

TEST(CriteriaStatus, OneCriterionPerLineAndNumbersWithSo) {
  const Extraction e =
      ExtractText(CommunePlan("I. THỰC TRẠNG\n\n"
                              "Các tiêu chí đã đạt gồm 3 tiêu chí:\n"
                              "Giao thông;\n"
                              "Điện;\n"
                              "Y tế.\n\n"
                              "Các tiêu chí chưa đạt gồm tiêu chí số 1, số 9 và số 10.\n"));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "met"), (set<int>{2, 4, 15}));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "unmet"), (set<int>{1, 9, 10}));
  ASSERT_EQ(e.criteria_counts.size(), 1u);
  EXPECT_EQ(e.criteria_counts[0].listed, 3);
}

}  // namespace
}  // namespace ntmx
