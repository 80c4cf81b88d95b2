// The audit stage: findings over one document's records and structure.
#include <gtest/gtest.h>

#include "extract/criteria_test_util.h"

namespace ntmx {
namespace {

using testing::CommunePlan;
using testing::CountFindings;
using testing::DefaultPipeline;
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

// Text read by OCR is not checked for numbering gaps: "4." may be a misread "3.".
TEST(DocumentAudit, NoNumberingGapOnOcrText) {
  const std::string plan = CommunePlan(
      "I. MỤC TIÊU\n\nNội dung.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Ban Chỉ đạo xã:\n\nChỉ đạo.\n\n"
      "2. Công chức Văn hóa - Xã hội:\n\nTuyên truyền.\n\n4. Các xóm:\n\nThực hiện.\n");
  Extraction scan;
  scan.ocr = true;  // as the pipeline sets it before the stages run
  Diagnostics diagnostics;
  DefaultPipeline().ProcessText(plan, &scan, &diagnostics);
  EXPECT_EQ(CountFindings(scan, "section_numbering_gap"), 0);
  EXPECT_EQ(CountFindings(ExtractText(plan), "section_numbering_gap"), 1);
}

TEST(DocumentAudit, SectionNumberingGapInADecimalOutline) {
  // Parts 1., 2., 4. (3 missing) and sections 4.1., 4.3. (4.2 missing), as I., II., IV.
  // and 1., 3. would be.
  const Extraction e = ExtractText(CommunePlan(
      "1. MỤC TIÊU\n\n1.1. Mục tiêu chung\n\nNội dung.\n\n2. NHIỆM VỤ\n\n2.1. Giao thông\n\n"
      "Nội dung.\n\n4. TỔ CHỨC THỰC HIỆN\n\n4.1. Ban Chỉ đạo xã:\n\nChỉ đạo.\n\n"
      "4.3. Các xóm:\n\nThực hiện.\n"));
  ASSERT_EQ(CountFindings(e, "section_numbering_gap"), 2);
  std::set<std::string> missing;
  for (const Finding& f : e.findings) {
    if (f.check != "section_numbering_gap") continue;
    missing.insert(f.message.substr(f.message.rfind(": ") + 2));
  }
  EXPECT_EQ(missing, (std::set<std::string>{"3 is missing.", "2 is missing."}));
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

// A small plan with a table, claims that add up, lists as long as their counts,
// sections in order and deadlines in the plan year: nothing to find.
const char kCleanPlan[] =
    "I. THỰC TRẠNG\n\n"
    "Đến ngày 31/12/2023, xã đạt 02/19 tiêu chí; còn 17/19 tiêu chí chưa đạt. Kết quả như sau:\n"
    "| STT | Tiêu chí | Kết quả |\n|---|---|---|\n| 1 | Quy hoạch | Đạt |\n"
    "| 2 | Giao thông | Đạt |\n\n"
    "II. NHIỆM VỤ\n\n"
    "1. Tiêu chí số 9 (Nhà ở dân cư): hoàn thành trong quý III năm 2024.\n\n"
    "2. Tiêu chí số 10 (Thu nhập): phấn đấu đạt tiêu chí này trong năm 2024.\n\n"
    "III. TỔ CHỨC THỰC HIỆN\n\nCác bộ phận triển khai thực hiện.\n";

// `body` with `from` replaced by `to` (the one planted inconsistency).
std::string Planted(std::string_view from, std::string_view to) {
  std::string body = kCleanPlan;
  const size_t at = body.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) body.replace(at, from.size(), to);
  return CommunePlan(body);
}

// The checks of the findings, in order.
std::vector<std::string> Checks(const Extraction& e) {
  std::vector<std::string> out;
  for (const Finding& f : e.findings) out.push_back(f.check);
  return out;
}

TEST(DocumentAudit, ACleanPlanRaisesNothing) {
  const Extraction e = ExtractText(CommunePlan(kCleanPlan));
  EXPECT_EQ(Checks(e), std::vector<std::string>{});
  EXPECT_EQ(testing::Numbers(e, "Hương Sơn", "xa_ntm", "met"), (std::set<int>{1, 2}));
}

TEST(DocumentAudit, EachPlantedInconsistencyRaisesExactlyItsCheck) {
  struct Case {
    const char* check;
    const char* from;
    const char* to;
  };
  const Case cases[] = {
      // The table lists two met criteria, the claim says three.
      {"count_mismatch", "xã đạt 02/19 tiêu chí; còn 17/19", "xã đạt 03/19 tiêu chí; còn 16/19"},
      {"count_total_mismatch", "còn 17/19 tiêu chí chưa đạt", "còn 16/19 tiêu chí chưa đạt"},
      {"set_size_mismatch", "xã đạt 02/19 tiêu chí; còn 17/19", "xã đạt 02/18 tiêu chí; còn 16/18"},
      // "Đạt" in the table, "hiện chưa đạt" in a later section.
      {"status_conflict", "2. Tiêu chí số 10 (Thu nhập): phấn đấu đạt tiêu chí này trong năm 2024.",
       "2. Tiêu chí số 2 (Giao thông): qua rà soát lại, tiêu chí số 2 hiện chưa đạt."},
      {"section_numbering_gap", "2. Tiêu chí số 10", "3. Tiêu chí số 10"},
      {"stale_deadline", "quý III năm 2024", "quý III năm 2023"},
      {"criterion_name_mismatch", "2. Tiêu chí số 10 (Thu nhập): phấn đấu đạt tiêu chí này",
       "2. Phấn đấu đạt tiêu chí số 10 về Y tế"},
  };
  for (const Case& c : cases) {
    const Extraction e = ExtractText(Planted(c.from, c.to));
    EXPECT_EQ(Checks(e), std::vector<std::string>{c.check}) << c.check;
  }
}

TEST(DocumentAudit, ANewPeriodPlanIsCheckedAgainstItsOwnSet) {
  // A 2026 plan: ten criteria (51/2025/QĐ-TTg), and a former commune's count under
  // the 2021–2025 advanced set is that commune's, not the new commune's.
  const Extraction e = ExtractText(
      "ỦY BAN NHÂN DÂN XÃ HƯƠNG SƠN\n\nSố: 01/KH-UBND\n\nHương Sơn, ngày 01 tháng 03 năm 2026\n\n"
      "KẾ HOẠCH\nXây dựng nông thôn mới năm 2026\n\n"
      "Căn cứ Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ;\n\n"
      "I. THỰC TRẠNG\n\n"
      "- Xã Hương Phú (cũ) đạt chuẩn nông thôn mới năm 2019; đến 30/6/2025 đạt 15/19 tiêu chí xã "
      "nông thôn mới nâng cao, còn 04 tiêu chí chưa đạt.\n\n"
      "- Đến ngày 28/02/2026, xã đạt 06/10 tiêu chí; còn 04/10 tiêu chí chưa đạt.\n\n"
      "II. MỤC TIÊU\n\nPhấn đấu đạt thêm 02 tiêu chí, nâng tổng số tiêu chí đạt chuẩn lên "
      "08/10.\n");
  EXPECT_EQ(Checks(e), std::vector<std::string>{});
  bool old_set = false;
  for (const CriteriaCount& c : e.criteria_counts)
    old_set |= c.subject == "Hương Phú" && c.criteria_set == "xa_ntm_nang_cao" && c.count == 15;
  EXPECT_TRUE(old_set);
}

TEST(DocumentAudit, ACriterionThePlanAddsCountsInTheSetSize) {
  // xa_ntm has 19 criteria everywhere; this plan's province adds a 20th, and says so.
  const Extraction e = ExtractText(CommunePlan(
      "I. THỰC TRẠNG\n\n"
      "Bộ tiêu chí xã nông thôn mới của tỉnh có thêm tiêu chí số 20 về Vườn mẫu sinh thái. Xã "
      "đạt 19/20 tiêu chí; còn 01/20 tiêu chí chưa đạt, gồm: tiêu chí số 20 về Vườn mẫu sinh "
      "thái.\n"));
  EXPECT_EQ(testing::Numbers(e, "Hương Sơn", "xa_ntm", "unmet"), (std::set<int>{20}));
  EXPECT_EQ(Checks(e), std::vector<std::string>{});
}

}  // namespace
}  // namespace ntmx
