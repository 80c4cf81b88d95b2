// Plans of 2026-2030 on small literal inputs: the period a plan belongs to,
// criterion numbers resolved in that period's catalogue, the commune group
// attached to statuses and targets, and former communes as subjects.
#include <gtest/gtest.h>

#include "extract/criteria_test_util.h"
#include "model/contract_json.h"

namespace ntmx {
namespace {

using std::set;
using testing::ExtractText;
using testing::Numbers;

// A 2026 plan of xã Măng Bút (Quảng Ngãi, made in 2025 from xã Đắk Nên, Đắk Ring
// and Măng Bút of huyện Kon Plông, Kon Tum); `basis` is its legal basis line.
std::string Plan2026(std::string_view body, std::string_view basis =
                                                "Căn cứ Quyết định số 51/2025/QĐ-TTg ngày "
                                                "29/12/2025 của Thủ tướng Chính phủ;") {
  return "ỦY BAN NHÂN DÂN XÃ MĂNG BÚT\n\nSố: 05/KH-UBND\n\nMăng Bút, ngày 10 tháng 02 năm "
         "2026\n\nKẾ HOẠCH\nXây dựng nông thôn mới năm 2026\n\n" +
         std::string(basis) + "\n\n" + std::string(body) + "\n";
}

std::optional<int> GroupOf(const Extraction& e, int criterion, std::string_view status) {
  for (const CriteriaStatus& s : e.criteria_status)
    if (s.criterion == criterion && s.status == status) return s.group;
  ADD_FAILURE() << "no status for criterion " << criterion;
  return std::nullopt;
}

TEST(NewPeriod, PeriodFromCitationsAndYear) {
  EXPECT_EQ(ExtractText(Plan2026("I. MỤC TIÊU\n\n- Xây dựng nông thôn mới.")).document.period,
            "2026-2030");
  // A 2024 plan citing 318/QĐ-TTg is of the earlier period.
  const Extraction old = ExtractText(testing::CommunePlan(
      "I. MỤC TIÊU\n\n- Xây dựng nông thôn mới.", "Xây dựng nông thôn mới năm 2024"));
  EXPECT_EQ(old.document.period, "2021-2025");
  // In the JSON as an extra key beside the contract's.
  EXPECT_EQ(ToContractJson(old)["period"], "2021-2025");
}

TEST(NewPeriod, CriterionNumbersResolveInThePeriodsCatalogue) {
  // "Tiêu chí số 2" is Hạ tầng kinh tế - xã hội under 51/2025/QĐ-TTg, not Giao thông:
  // no name mismatch, and a bare number is criterion 2 of xa_ntm_2026.
  const Extraction e = ExtractText(Plan2026(
      "I. THỰC TRẠNG\n\n"
      "- Xã đã đạt 2/10 tiêu chí, gồm: Tiêu chí số 1 về Quy hoạch; Tiêu chí số 2 về Hạ tầng "
      "kinh tế - xã hội.\n"
      "- Chưa đạt 02 tiêu chí, gồm: Tiêu chí số 3; Tiêu chí số 8 về Môi trường và cảnh quan "
      "nông thôn."));
  EXPECT_EQ(Numbers(e, "Măng Bút", "xa_ntm_2026", "met"), (set<int>{1, 2}));
  EXPECT_EQ(Numbers(e, "Măng Bút", "xa_ntm_2026", "unmet"), (set<int>{3, 8}));
  EXPECT_TRUE(Numbers(e, "Măng Bút", "xa_ntm", "met").empty());
  EXPECT_EQ(testing::CountFindings(e, "criterion_name_mismatch"), 0);
  EXPECT_EQ(testing::CountFindings(e, "set_size_mismatch"), 0);  // 10 is the set's size
}

TEST(NewPeriod, WithoutCitationsA2026PlanStillUsesThe2026Set) {
  const Extraction e = ExtractText(Plan2026(
      "I. THỰC TRẠNG\n\n- Các tiêu chí chưa đạt gồm: tiêu chí số 5 về Văn hóa, giáo dục, y tế.",
      "Thực hiện Kế hoạch số 21/KH-UBND ngày 16/01/2026 của UBND tỉnh Quảng Ngãi;"));
  EXPECT_EQ(e.document.period, "2026-2030");
  EXPECT_EQ(Numbers(e, "Măng Bút", "xa_ntm_2026", "unmet"), (set<int>{5}));
}

TEST(NewPeriod, GroupOfTheCommuneAndOfTheSection) {
  const Extraction e = ExtractText(Plan2026(
      "I. THỰC TRẠNG\n\nXã Măng Bút là xã nhóm 3.\n\n"
      "- Các tiêu chí chưa đạt gồm: Tiêu chí số 2 về Hạ tầng kinh tế - xã hội.\n\n"
      "II. MỤC TIÊU\n\n- Thu nhập bình quân đầu người đạt trên 40 triệu đồng/người/năm.\n\n"
      "III. PHƯƠNG ÁN THEO MỨC XÃ NHÓM II\n\n"
      "- Các tiêu chí chưa đạt gồm: Tiêu chí số 6 về Giảm nghèo và an sinh xã hội."));
  EXPECT_EQ(GroupOf(e, 2, "unmet"), 3);  // the commune's own group
  EXPECT_EQ(GroupOf(e, 6, "unmet"), 2);  // the section's, in Roman numerals
  ASSERT_EQ(e.targets.size(), 1u);
  EXPECT_EQ(e.targets[0].group, 3);
  EXPECT_EQ(ToContractJson(e)["criteria_status"][0]["group"], 3);
}

TEST(NewPeriod, NoGroupWhereTheTextGivesNoneOrTheSetIsOfTheEarlierPeriod) {
  const Extraction none = ExtractText(
      Plan2026("I. THỰC TRẠNG\n\n- Các tiêu chí chưa đạt gồm: Tiêu chí số 2 về Hạ tầng kinh "
               "tế - xã hội."));
  EXPECT_EQ(GroupOf(none, 2, "unmet"), std::nullopt);
  EXPECT_FALSE(ToContractJson(none)["criteria_status"][0].contains("group"));
  const Extraction old = ExtractText(testing::CommunePlan(
      "I. THỰC TRẠNG\n\n- Các tiêu chí chưa đạt gồm: Tiêu chí số 2 về Giao thông."));
  EXPECT_EQ(GroupOf(old, 2, "unmet"), std::nullopt);
}

TEST(NewPeriod, FormerCommunesReportUnderTheEarlierSet) {
  const Extraction e = ExtractText(Plan2026(
      "I. KẾT QUẢ GIAI ĐOẠN 2021 - 2025\n\n"
      "1. Xã Đắk Nên cũ:\n- Đạt 17/19 tiêu chí.\n"
      "- Chưa đạt 02 tiêu chí, gồm: Tiêu chí số 2 về Giao thông; Tiêu chí số 10 về Thu nhập.\n\n"
      "2. Xã Đắk Ring cũ đã đạt chuẩn nông thôn mới nâng cao năm 2023, đạt 19/19 tiêu chí.\n\n"
      "II. THỰC TRẠNG NĂM 2026\n\nXã Măng Bút là xã nhóm 3.\n\n"
      "- Chưa đạt 01 tiêu chí, gồm: Tiêu chí số 2 về Hạ tầng kinh tế - xã hội."));
  // The former communes are subjects of their own, in the 2021-2025 sets.
  EXPECT_EQ(Numbers(e, "Đắk Nên", "xa_ntm", "unmet"), (set<int>{2, 10}));
  EXPECT_EQ(Numbers(e, "Măng Bút", "xa_ntm_2026", "unmet"), (set<int>{2}));
  bool xuan = false, son = false;
  for (const CriteriaCount& c : e.criteria_counts) {
    if (c.subject == "Đắk Ring" && c.count == 19) {
      xuan = true;
      EXPECT_EQ(c.criteria_set, "xa_ntm_nang_cao");
    }
    if (c.subject == "Đắk Nên" && c.count == 17) {
      son = true;
      EXPECT_EQ(c.criteria_set, "xa_ntm");
    }
  }
  EXPECT_TRUE(xuan);
  EXPECT_TRUE(son);
  for (const CriteriaStatus& s : e.criteria_status) {
    if (s.criteria_set == "xa_ntm") {
      EXPECT_EQ(s.group, std::nullopt) << s.subject;
    }
  }
}

TEST(NewPeriod, AssignmentSentencesUnderACriterionHeadingAreTasks) {
  const Extraction e = ExtractText(Plan2026(
      "III. NHIỆM VỤ VÀ GIẢI PHÁP\n\n"
      "1. Về phát triển kinh tế nông thôn (tiêu chí số 3)\n\n"
      "Hỗ trợ hợp tác xã. Giao Phòng Kinh tế chủ trì, phối hợp với Hội Nông dân xã thực hiện, "
      "hoàn thành trong quý III năm 2026.\n\n"
      "2. Về khoa học công nghệ và chuyển đổi số (tiêu chí số 7)\n\n"
      "Giao Văn phòng HĐND và UBND chủ trì, phối hợp với Trung tâm PVHCC thực hiện thường "
      "xuyên."));
  ASSERT_EQ(e.tasks.size(), 2u);
  EXPECT_EQ(e.tasks[0].criterion, 3);
  EXPECT_EQ(e.tasks[0].lead, (std::vector<std::string>{"Phòng Kinh tế"}));
  EXPECT_EQ(e.tasks[0].support, (std::vector<std::string>{"Hội Nông dân xã"}));
  ASSERT_TRUE(e.tasks[0].deadline.has_value());
  EXPECT_EQ(e.tasks[0].deadline->kind, "by");
  EXPECT_EQ(e.tasks[0].deadline->end, "2026-09-30");
  EXPECT_EQ(e.tasks[1].criterion, 7);
  EXPECT_EQ(e.tasks[1].lead,
            (std::vector<std::string>{"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"}));
  EXPECT_EQ(e.tasks[1].support, (std::vector<std::string>{"Trung tâm Phục vụ hành chính công"}));
  ASSERT_TRUE(e.tasks[1].deadline.has_value());
  EXPECT_EQ(e.tasks[1].deadline->kind, "ongoing");
}

}  // namespace
}  // namespace ntmx
