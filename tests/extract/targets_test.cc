// Targets, tasks and responsibilities through the whole pipeline, on small
// invented plans written in the genre's forms.
#include <gtest/gtest.h>

#include <algorithm>

#include "pipeline_fixture.h"

namespace ntmx {
namespace {

using testing::ExtractText;

// A district plan for one commune (locality: Đắk Ruồng, Kon Rẫy, Kon Tum).
std::string CommunePlan(std::string_view body) {
  return "ỦY BAN NHÂN DÂN\nHUYỆN KON RẪY\n\nSố: /KH-UBND\nKon Rẫy, ngày    tháng    năm 2025\n\n"
         "KẾ HOẠCH\nXây dựng xã Đắk Ruồng đạt chuẩn nông thôn mới năm 2025\n\n"
         "Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ;\n\n" +
         std::string(body) + "\n";
}

const Target* Find(const Extraction& e, double value, std::string_view unit) {
  for (const Target& t : e.targets) {
    if (t.value == value && t.unit == unit) return &t;
  }
  return nullptr;
}

TEST(Targets, CriterionFromHeadingAndComparators) {
  const Extraction e = ExtractText(
      CommunePlan("I. NỘI DUNG\n\n1. Tiêu chí số 10 (Thu nhập)\n\n"
                  "Phấn đấu thu nhập bình quân đầu người đạt từ 50 trđ/người/năm trở lên.\n\n"
                  "2. Tiêu chí Nghèo đa chiều\n\n"
                  "- Giảm tỷ lệ hộ nghèo từ 4,5% xuống còn 2,1%.\n"
                  "- Số hộ thoát nghèo không dưới 12 hộ.\n"));
  ASSERT_EQ(e.document.locality.commune, "Đắk Ruồng");
  const Target* income = Find(e, 50, "triệu đồng/người/năm");
  ASSERT_NE(income, nullptr);
  EXPECT_EQ(income->comparator, ">=");
  EXPECT_EQ(income->criteria_set, "xa_ntm");
  EXPECT_EQ(income->criterion, 10);
  EXPECT_EQ(income->subject, "Đắk Ruồng");
  EXPECT_EQ(income->year, 2025);
  const Target* poverty = Find(e, 2.1, "%");
  ASSERT_NE(poverty, nullptr);
  EXPECT_EQ(poverty->comparator, "=");
  EXPECT_EQ(poverty->actual, 4.5);
  EXPECT_EQ(poverty->criterion, 11);
  EXPECT_EQ(Find(e, 4.5, "%"), nullptr);  // the present value is no target
  const Target* households = Find(e, 12, "hộ");
  ASSERT_NE(households, nullptr);
  EXPECT_EQ(households->comparator, ">=");
}

TEST(Targets, PairsRangesCountsAndWhatIsNotATarget) {
  const Extraction e = ExtractText(CommunePlan(
      "I. MỤC TIÊU\n\n"
      "- Đạt 17/19 tiêu chí; tỷ lệ lao động có việc làm qua đào tạo 61,5/70% (tiêu chí Lao động).\n"
      "- Có 5/6 thôn đạt tiêu chí số 2 về giao thông, tiêu chí số 4 về điện.\n"
      "- Trồng mới từ 20 đến 25 ha cà phê; còn 02 nhà tạm.\n"
      "- Theo Quyết định số 12/QĐ-UBND ngày 5/6/2024, mục 2.3.\n"));
  const Target* labour = Find(e, 70, "%");
  ASSERT_NE(labour, nullptr);
  EXPECT_EQ(labour->actual, 61.5);
  EXPECT_EQ(labour->criterion, 12);
  int villages = 0;
  for (const Target& t : e.targets) {
    if (t.unit == "thôn") {
      ++villages;
      EXPECT_EQ(t.of, 6);
      EXPECT_EQ(t.criteria_set, "thon_ntm");
    }
  }
  EXPECT_EQ(villages, 2);  // one per criterion named
  const Target* coffee = Find(e, 20, "ha");
  ASSERT_NE(coffee, nullptr);
  EXPECT_EQ(coffee->comparator, "range");
  EXPECT_EQ(coffee->value_max, 25);
  EXPECT_EQ(Find(e, 2, "nhà"), nullptr);
  for (const Target& t : e.targets) {
    EXPECT_NE(t.unit, std::nullopt);
    EXPECT_LT(t.prov.span.begin, t.prov.span.end);
  }
  EXPECT_EQ(e.targets.size(), 4u);
}

TEST(Targets, CommuneNamedBeforeTheFigureIsTheSubject) {
  const Extraction e = ExtractText(CommunePlan(
      "I. MỤC TIÊU\n\nCông nhận 7 thôn đạt chuẩn (xã Đắk Kôi 03 thôn, xã Đắk Pne 04 thôn).\n"));
  ASSERT_EQ(e.targets.size(), 3u);
  EXPECT_EQ(e.targets[0].subject, "Đắk Ruồng");
  EXPECT_EQ(e.targets[1].subject, "Đắk Kôi");
  EXPECT_EQ(e.targets[2].subject, "Đắk Pne");
}

TEST(Tasks, SolutionBlocksWithFootnoteAndDeadline) {
  const Extraction e = ExtractText(
      CommunePlan("I. GIẢI PHÁP\n\n1. Tiêu chí số 9 (Nhà ở dân cư)\n\nXóa nhà tạm.\n\n"
                  "Đơn vị chủ trì: UBND xã Đắk Ruồng.\n\n"
                  "Đơn vị phối hợp: Phòng KT-HT; Phòng LĐTB&XH, Phòng Tài chính-Kế hoạch.\n\n"
                  "Thời gian thực hiện: Hoàn thành trong quý II năm 2025.\n"));
  ASSERT_FALSE(e.tasks.empty());
  const Task& t = e.tasks.front();
  EXPECT_EQ(t.criterion, 9);
  EXPECT_EQ(t.lead, (std::vector<std::string>{"Ủy ban nhân dân xã Đắk Ruồng"}));
  EXPECT_EQ(t.support, (std::vector<std::string>{"Phòng Kinh tế và Hạ tầng",
                                                 "Phòng Lao động - Thương binh và Xã hội",
                                                 "Phòng Tài chính - Kế hoạch"}));
  ASSERT_TRUE(t.deadline);
  EXPECT_EQ(t.deadline->kind, "by");
  EXPECT_EQ(t.deadline->start, "2025-04-01");
  EXPECT_EQ(t.deadline->end, "2025-06-30");
}

TEST(Responsibilities, LeadSupportAndPartnersInParentheses) {
  const Extraction e = ExtractText(CommunePlan(
      "I. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Kinh tế - Hạ tầng:\n\n"
      "- Chủ trì hướng dẫn UBND xã thực hiện tiêu chí số 2 về Giao thông; tiêu chí số 4 về Điện "
      "(*Chủ trì, phối hợp với Điện lực huyện Kon Rẫy*); chỉ tiêu số 17.5 về mai táng.\n"
      "- Phối hợp với Phòng Tài chính - Kế hoạch tham mưu bố trí vốn; báo cáo định kỳ hằng quý.\n\n"
      "2. Phòng Y tế:\n\n- Chủ trì tiêu chí số 15 về Y tế (*Chỉ tiêu 15.1; 15.3*).\n"));
  auto find = [&](std::string_view unit, std::string_view role) -> const Responsibility* {
    for (const Responsibility& r : e.responsibilities) {
      if (r.unit == unit && r.role == role) return &r;
    }
    return nullptr;
  };
  const Responsibility* kt = find("Phòng Kinh tế và Hạ tầng", "lead");
  ASSERT_NE(kt, nullptr);
  EXPECT_EQ(kt->criteria, (std::vector<int>{2, 4}));
  EXPECT_EQ(kt->indicators, (std::vector<std::string>{"17.5"}));
  const Responsibility* power = find("Điện lực Kon Rẫy", "support");
  ASSERT_NE(power, nullptr);
  EXPECT_EQ(power->criteria, (std::vector<int>{4}));
  const Responsibility* health = find("Phòng Y tế", "lead");
  ASSERT_NE(health, nullptr);
  EXPECT_EQ(health->criteria, (std::vector<int>{15}));
  EXPECT_EQ(health->indicators, (std::vector<std::string>{"15.1", "15.3"}));

  // The same sections as tasks: led by the section's unit, partners outside
  // parentheses, a reporting rhythm as a periodic deadline.
  bool periodic = false, partner = false;
  for (const Task& t : e.tasks) {
    if (t.lead == std::vector<std::string>{"Phòng Kinh tế và Hạ tầng"}) {
      partner |= std::find(t.support.begin(), t.support.end(), "Phòng Tài chính - Kế hoạch") !=
                 t.support.end();
      periodic |= t.deadline && t.deadline->kind == "periodic";
    }
  }
  EXPECT_TRUE(partner);
  EXPECT_TRUE(periodic);
}

}  // namespace
}  // namespace ntmx

namespace ntmx {
namespace {

TEST(Targets, PresentSectionsPastYearsAndTheVerbNangCao) {
  const Extraction e = ExtractText(CommunePlan(
      "I. THỰC TRẠNG\n\n- Thu nhập bình quân 38 triệu đồng/người/năm.\n\n"
      "II. MỤC TIÊU\n\n1. Tiêu chí số 15 (Y tế)\n\n"
      "- Năm 2024 đạt 85%; nâng cao tỷ lệ người dân tham gia bảo hiểm y tế lên trên 92%.\n"
      "- (15.2) Tỷ lệ trẻ em suy dinh dưỡng dưới 20%.\n"));
  EXPECT_EQ(Find(e, 38, "triệu đồng/người/năm"), nullptr);
  EXPECT_EQ(Find(e, 85, "%"), nullptr);
  const Target* insured = Find(e, 92, "%");
  ASSERT_NE(insured, nullptr);
  EXPECT_EQ(insured->comparator, ">");
  EXPECT_EQ(insured->criteria_set, "xa_ntm");  // "nâng cao tỷ lệ" is a verb here
  EXPECT_EQ(insured->criterion, 15);
  const Target* stunting = Find(e, 20, "%");
  ASSERT_NE(stunting, nullptr);
  EXPECT_EQ(stunting->comparator, "<");
  EXPECT_EQ(stunting->indicator, "15.2");
}

}  // namespace
}  // namespace ntmx

namespace ntmx {
namespace {

TEST(Targets, CommonGoalForms) {
  const Extraction e = ExtractText(
      CommunePlan("I. MỤC TIÊU\n\n"
                  "- Tỷ lệ hộ nghèo còn dưới 2%; tỷ lệ che phủ rừng đạt 45% trở lên.\n"
                  "- Xây dựng 2,5 km đường giao thông nông thôn; kinh phí 1,5 tỷ đồng.\n"
                  "- Phấn đấu có thêm hai sản phẩm OCOP đạt 3 sao.\n"));
  const Target* poor = Find(e, 2, "%");
  ASSERT_NE(poor, nullptr);
  EXPECT_EQ(poor->comparator, "<");
  const Target* forest = Find(e, 45, "%");
  ASSERT_NE(forest, nullptr);
  EXPECT_EQ(forest->comparator, ">=");
  EXPECT_NE(Find(e, 1.5, "tỷ đồng"), nullptr);
  EXPECT_NE(Find(e, 2, "sản phẩm"), nullptr);
  EXPECT_EQ(e.targets.size(), 5u);  // "2,5 km" too; "3 sao" has no unit
}

}  // namespace
}  // namespace ntmx

namespace ntmx {
namespace {

TEST(Responsibilities, AssignmentTable) {
  const Extraction e = ExtractText(CommunePlan(
      "I. TỔ CHỨC THỰC HIỆN\n\n1. Phân công phụ trách các tiêu chí\n\n"
      "| TT | Tiêu chí | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n"
      "|---|---|---|---|---|\n"
      "| 1 | Quy hoạch | Phòng KT-HT | Phòng TN&MT; UBND xã | Quý II/2025 |\n"
      "| 2 | Tiêu chí số 10 - Thu nhập | Chi cục Thống kê huyện | Phòng TC-KH | Thường xuyên |\n"));
  auto find = [&](std::string_view unit, std::string_view role) -> const Responsibility* {
    for (const Responsibility& r : e.responsibilities) {
      if (r.unit == unit && r.role == role) return &r;
    }
    return nullptr;
  };
  const Responsibility* kt = find("Phòng Kinh tế và Hạ tầng", "lead");
  ASSERT_NE(kt, nullptr);
  EXPECT_EQ(kt->criteria, (std::vector<int>{1}));
  const Responsibility* commune = find("Ủy ban nhân dân xã Đắk Ruồng", "support");
  ASSERT_NE(commune, nullptr);
  EXPECT_EQ(commune->criteria, (std::vector<int>{1}));
  const Responsibility* finance = find("Phòng Tài chính - Kế hoạch", "support");
  ASSERT_NE(finance, nullptr);
  EXPECT_EQ(finance->criteria, (std::vector<int>{10}));
  int rows = 0;
  for (const Task& t : e.tasks) {
    if (t.criterion == 1) {
      ++rows;
      ASSERT_TRUE(t.deadline);
      EXPECT_EQ(t.deadline->end, "2025-06-30");
    }
  }
  EXPECT_EQ(rows, 1);
}

}  // namespace
}  // namespace ntmx

namespace ntmx {
namespace {

TEST(Targets, YearNamedBeforeTheFigure) {
  const Extraction e =
      ExtractText(CommunePlan("I. MỤC TIÊU\n\n- Đến năm 2027, tỷ lệ lao động qua đào tạo đạt 70%.\n"
                              "- Dự án chuyển tiếp năm 2024 tổng 3 công trình.\n"));
  const Target* labour = Find(e, 70, "%");
  ASSERT_NE(labour, nullptr);
  EXPECT_EQ(labour->year, 2027);
  const Target* works = Find(e, 3, "công trình");
  ASSERT_NE(works, nullptr);
  EXPECT_EQ(works->year, 2025);  // an earlier year is not the target's
}

}  // namespace
}  // namespace ntmx

namespace ntmx {
namespace {

TEST(Tasks, UnknownUnitsAreKeptAndCounted) {
  Diagnostics diagnostics;
  const Extraction e =
      ExtractText(CommunePlan("I. GIẢI PHÁP\n\n1. Tiêu chí số 13 (Tổ chức sản xuất)\n\n"
                              "Đơn vị chủ trì: Hợp tác xã Nông nghiệp Đắk Ruồng.\n\n"
                              "Đơn vị phối hợp: Phòng NN&PTNT.\n"),
                  &diagnostics);
  ASSERT_FALSE(e.tasks.empty());
  EXPECT_EQ(e.tasks[0].lead, (std::vector<std::string>{"Hợp tác xã Nông nghiệp Đắk Ruồng"}));
  EXPECT_EQ(e.tasks[0].support,
            (std::vector<std::string>{"Phòng Nông nghiệp và Phát triển nông thôn"}));
  int unknown = 0;
  for (const Diagnostic& d : diagnostics.all()) {
    unknown += d.stage == "units" && d.message.find("Hợp tác xã Nông nghiệp") != std::string::npos;
  }
  EXPECT_GE(unknown, 1);
}

}  // namespace
}  // namespace ntmx

namespace ntmx {
namespace {

TEST(Tasks, ItemsThatOpenWithTheirRhythm) {
  const Extraction e =
      ExtractText(CommunePlan("I. GIẢI PHÁP\n\n1. Tuyên truyền sâu rộng.\n\n"
                              "2. Định kỳ hằng quý rà soát, đánh giá kết quả thực hiện.\n"));
  ASSERT_EQ(e.tasks.size(), 1u);
  ASSERT_TRUE(e.tasks[0].deadline);
  EXPECT_EQ(e.tasks[0].deadline->kind, "periodic");
  EXPECT_EQ(e.tasks[0].deadline->start, "2025-01-01");
  EXPECT_EQ(e.tasks[0].title, "Định kỳ hằng quý rà soát, đánh giá kết quả thực hiện");
}

}  // namespace
}  // namespace ntmx

namespace ntmx {
namespace {

// A district plan (locality: huyện Kon Rẫy, Kon Tum) with a section per commune.
std::string DistrictPlan(std::string_view body) {
  return "ỦY BAN NHÂN DÂN\nHUYỆN KON RẪY\n\nSố: 12/KH-UBND\nKon Rẫy, ngày 10 tháng 01 năm 2025\n\n"
         "KẾ HOẠCH\nThực hiện Chương trình xây dựng nông thôn mới trên địa bàn huyện năm 2025\n\n"
         "Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ;\n\n" +
         std::string(body) + "\n";
}

TEST(Targets, CommuneOpeningAListItemOwnsItsTargets) {
  const Extraction e = ExtractText(DistrictPlan(
      "I. MỤC TIÊU\n\n"
      "- Có 6/6 xã duy trì đạt tiêu chí số 4 về Điện.\n"
      "a) Xã Đắk Ruồng - phấn đấu đạt chuẩn nông thôn mới nâng cao: các chỉ tiêu của xã: "
      "thu nhập bình quân đầu người (tiêu chí số 10) tối thiểu 70 triệu đồng/người/năm.\n"
      "b) Xã Đắk Tờ Re:\n"
      "- Tỷ lệ hộ nghèo dưới 3% (tiêu chí số 11).\n"));
  const Target* all = Find(e, 6, "xã");
  ASSERT_NE(all, nullptr);
  EXPECT_EQ(all->subject, "Kon Rẫy");
  EXPECT_EQ(all->criteria_set, "xa_ntm");
  EXPECT_EQ(all->criterion, 4);
  const Target* income = Find(e, 70, "triệu đồng/người/năm");
  ASSERT_NE(income, nullptr);
  EXPECT_EQ(income->subject, "Đắk Ruồng");
  EXPECT_EQ(income->criteria_set, "xa_ntm_nang_cao");  // from the item's lead-in
  EXPECT_EQ(income->criterion, 10);
  const Target* poor = Find(e, 3, "%");
  ASSERT_NE(poor, nullptr);
  EXPECT_EQ(poor->subject, "Đắk Tờ Re");  // the heading above
  EXPECT_EQ(poor->criteria_set, "xa_ntm");
}

TEST(Targets, VillageHeadingsGiveVillageSubjectsAndSet) {
  const Extraction e = ExtractText(CommunePlan(
      "I. CHỈ TIÊU\n\n"
      "**1. Thôn Kon Bỉ:**\n"
      "- Làm mới 0,6 km đường nội thôn (tiêu chí số 2).\n"
      "**2. Thôn Đăk Lai:**\n"
      "- Thu nhập bình quân đầu người từ 40 triệu đồng/người/năm trở lên (tiêu chí số 8).\n"
      "**3. Mục tiêu chung:** có thêm 02 thôn đạt chuẩn.\n"));
  const Target* road = Find(e, 0.6, "km");
  ASSERT_NE(road, nullptr);
  EXPECT_EQ(road->subject, "Kon Bỉ");
  EXPECT_EQ(road->criteria_set, "thon_ntm");
  EXPECT_EQ(road->criterion, 2);
  const Target* income = Find(e, 40, "triệu đồng/người/năm");
  ASSERT_NE(income, nullptr);
  EXPECT_EQ(income->subject, "Đăk Lai");
  EXPECT_EQ(income->criterion, 8);
  const Target* more = Find(e, 2, "thôn");
  ASSERT_NE(more, nullptr);
  EXPECT_EQ(more->subject, "Đắk Ruồng");
}

TEST(Targets, CriterionClosingTheLineAndEstimatesOfNow) {
  const Extraction e = ExtractText(CommunePlan(
      "I. CHỈ TIÊU\n\n"
      "- Thu nhập bình quân đầu người đạt 48 triệu đồng/người/năm (năm 2024 ước đạt 41,2 triệu "
      "đồng/người/năm) - tiêu chí số 10.\n"
      "- Tỷ lệ thu gom rác đạt trên 70%; tỷ lệ hộ có nhà tiêu hợp vệ sinh không dưới 60% "
      "(tiêu chí số 17).\n"
      "- TC số 13: thành lập mới 01 HTX.\n"));
  const Target* income = Find(e, 48, "triệu đồng/người/năm");
  ASSERT_NE(income, nullptr);
  EXPECT_EQ(income->criterion, 10);
  EXPECT_EQ(income->actual, 41.2);
  EXPECT_EQ(Find(e, 41.2, "triệu đồng/người/năm"), nullptr);
  const Target* waste = Find(e, 70, "%");
  ASSERT_NE(waste, nullptr);
  EXPECT_EQ(waste->criterion, 17);
  EXPECT_EQ(Find(e, 60, "%")->criterion, 17);
  const Target* coop = Find(e, 1, "hợp tác xã");
  ASSERT_NE(coop, nullptr);
  EXPECT_EQ(coop->criterion, 13);
}

TEST(Targets, FootnoteInsideATargetSentence) {
  const Extraction e =
      ExtractText(CommunePlan("I. CHỈ TIÊU\n\n"
                              "- Giảm tỷ lệ hộ nghèo¹ (tiêu chí số 11) từ 7,4% xuống\n\n"
                              "¹ Theo chuẩn nghèo đa chiều giai đoạn 2022-2025.\n\n"
                              "dưới 4% vào cuối năm 2026.\n"));
  const Target* poor = Find(e, 4, "%");
  ASSERT_NE(poor, nullptr);
  EXPECT_EQ(poor->comparator, "<");
  EXPECT_EQ(poor->actual, 7.4);
  EXPECT_EQ(poor->criterion, 11);
  EXPECT_EQ(poor->year, 2026);  // named after the figure
  EXPECT_EQ(Find(e, 7.4, "%"), nullptr);
}

TEST(Targets, ReportsChangesAndLayoutAreNotTargets) {
  const Extraction e = ExtractText(CommunePlan(
      "I. MỤC TIÊU\n\n"
      "- Theo thống kê, toàn huyện có 9 xã đạt chuẩn, bình quân đạt 17,2 tiêu chí/xã.\n"
      "- Thu nhập bình quân tăng 7,5% so với năm 2024; tỷ lệ hộ nghèo giảm được 1,2%.\n"
      "- Sản lượng đạt 103% kế hoạch; trồng lại được 12 ha rừng (vượt 2 ha so với chỉ tiêu).\n"
      "- Hỗ trợ làm điểm tại 4 thôn; hiện cả xã có 320 hộ (15%) dùng nước sạch.\n"
      "- Nội dung phù hợp thực tế của một xã miền núi.\n"
      "0cm;text-align:justify;line-height:150%\">\n"
      "- Phấn đấu thu nhập tăng ít nhất 10% so với năm 2024; bình quân đạt 18 tiêu chí/xã.\n"));
  EXPECT_EQ(Find(e, 9, "xã"), nullptr);
  EXPECT_EQ(Find(e, 17.2, "tiêu chí/xã"), nullptr);
  EXPECT_EQ(Find(e, 7.5, "%"), nullptr);
  EXPECT_EQ(Find(e, 1.2, "%"), nullptr);
  EXPECT_EQ(Find(e, 103, "%"), nullptr);
  EXPECT_EQ(Find(e, 12, "ha"), nullptr);
  EXPECT_EQ(Find(e, 2, "ha"), nullptr);
  EXPECT_EQ(Find(e, 4, "thôn"), nullptr);
  EXPECT_EQ(Find(e, 320, "hộ"), nullptr);
  EXPECT_EQ(Find(e, 15, "%"), nullptr);
  EXPECT_EQ(Find(e, 1, "xã"), nullptr);
  EXPECT_EQ(Find(e, 150, "%"), nullptr);
  const Target* goal = Find(e, 10, "%");  // a change the plan sets as a goal
  ASSERT_NE(goal, nullptr);
  EXPECT_EQ(goal->comparator, ">=");
  EXPECT_NE(Find(e, 18, "tiêu chí/xã"), nullptr);
  EXPECT_EQ(e.targets.size(), 2u);
}

TEST(Targets, PerHeadIncomeAndBudgetParts) {
  const Extraction e = ExtractText(
      CommunePlan("I. MỤC TIÊU\n\n"
                  "- Thu nhập bình quân đầu người/năm đến năm 2026: 55 triệu đồng.\n"
                  "- Tổng kinh phí 3.600 triệu đồng, trong đó ngân sách tỉnh 2.100 triệu đồng; "
                  "vốn lồng ghép 1.500 triệu đồng.\n"));
  const Target* income = Find(e, 55, "triệu đồng/người/năm");
  ASSERT_NE(income, nullptr);
  EXPECT_EQ(income->year, 2026);
  EXPECT_NE(Find(e, 3600, "triệu đồng"), nullptr);
  EXPECT_NE(Find(e, 2100, "triệu đồng"), nullptr);
  EXPECT_NE(Find(e, 1500, "triệu đồng"), nullptr);
}

}  // namespace
}  // namespace ntmx

namespace ntmx {
namespace {

TEST(Targets, AverageCriteriaPerCommuneOnlyAsAGoal) {
  const Extraction e =
      ExtractText(DistrictPlan("I. MỤC TIÊU\n\n"
                               "- Hiện nay bình quân mỗi xã đạt 15,4 tiêu chí.\n"
                               "- Phấn đấu bình quân mỗi xã đạt 17 tiêu chí.\n"
                               "- Đến năm 2027, mỗi xã bình quân đạt 18,5 tiêu chí.\n"));
  EXPECT_EQ(Find(e, 15.4, "tiêu chí/xã"), nullptr);
  EXPECT_NE(Find(e, 17, "tiêu chí/xã"), nullptr);
  const Target* later = Find(e, 18.5, "tiêu chí/xã");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->year, 2027);
  EXPECT_EQ(e.targets.size(), 2u);
}

}  // namespace
}  // namespace ntmx

namespace ntmx {
namespace {

TEST(Targets, MultipliersOnlyAsGoals) {
  const Extraction e = ExtractText(
      CommunePlan("I. MỤC TIÊU\n\n"
                  "- Thu nhập tăng gấp 1,6 lần so với năm 2020; tổ chức họp 2 lần/năm.\n"
                  "- Thu nhập của người dân tăng ít nhất 1,4 lần so với năm 2020.\n"));
  EXPECT_EQ(Find(e, 1.6, "lần"), nullptr);
  EXPECT_EQ(Find(e, 2, "lần"), nullptr);
  const Target* goal = Find(e, 1.4, "lần");
  ASSERT_NE(goal, nullptr);
  EXPECT_EQ(goal->comparator, ">=");
}

}  // namespace
}  // namespace ntmx
