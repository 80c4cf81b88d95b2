// Responsibilities from "Tổ chức thực hiện": role lines with their units up front,
// reference lists and ranges, one role per reference, partners in parentheses, and
// tables of units by role (src/extract/role_lines.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline_fixture.h"

namespace ntmx {
namespace {

const char kHead[] =
    "Số: 1/KH-UBND\nAn Bình, ngày 1 tháng 2 năm 2024\n\nKẾ HOẠCH\nXây dựng nông thôn mới năm "
    "2024\n\nI. TỔ CHỨC THỰC HIỆN\n\n";

// The record of (unit, role), or nullptr.
const Responsibility* Find(const Extraction& e, const std::string& unit, const std::string& role) {
  for (const Responsibility& r : e.responsibilities) {
    if (r.unit == unit && r.role == role) return &r;
  }
  return nullptr;
}

TEST(Responsibilities, RoleLinesNameTheirUnitsAndListTheirReferences) {
  const Extraction e = testing::ExtractText(
      std::string(kHead) +
      "1. Phân công phụ trách các tiêu chí\n"
      "- Công chức Địa chính - Xây dựng: chủ trì TC số 1, TC số 2 và tiêu chí 15; phối hợp TC "
      "số 4.\n"
      "- Cán bộ phụ trách NTM xã chủ trì các tiêu chí số 3, 6 và 9.\n"
      "- Công chức Văn phòng - Thống kê: chủ trì các chỉ tiêu 18.1–18.3.\n"
      "- Công an xã chủ trì chỉ tiêu 19.2; Ban CHQS xã chủ trì chỉ tiêu 19.1.\n");
  const Responsibility* dcxd = Find(e, "Công chức Địa chính - Xây dựng", "lead");
  ASSERT_NE(dcxd, nullptr);
  EXPECT_EQ(dcxd->criteria, (std::vector<int>{1, 2, 15}));
  const Responsibility* dcxd_support = Find(e, "Công chức Địa chính - Xây dựng", "support");
  ASSERT_NE(dcxd_support, nullptr);
  EXPECT_EQ(dcxd_support->criteria, std::vector<int>{4});
  // "phụ trách" inside the unit's name is no role word of the line.
  const Responsibility* ntm = Find(e, "Cán bộ phụ trách nông thôn mới", "lead");
  ASSERT_NE(ntm, nullptr);
  EXPECT_EQ(ntm->criteria, (std::vector<int>{3, 6, 9}));
  const Responsibility* vptk = Find(e, "Công chức Văn phòng - Thống kê", "lead");
  ASSERT_NE(vptk, nullptr);
  EXPECT_EQ(vptk->indicators, (std::vector<std::string>{"18.1", "18.2", "18.3"}));
  const Responsibility* ca = Find(e, "Công an xã", "lead");
  ASSERT_NE(ca, nullptr);
  EXPECT_EQ(ca->indicators, std::vector<std::string>{"19.2"});
  const Responsibility* qs = Find(e, "Ban Chỉ huy Quân sự xã", "lead");
  ASSERT_NE(qs, nullptr);
  EXPECT_EQ(qs->indicators, std::vector<std::string>{"19.1"});
  EXPECT_EQ(e.responsibilities.size(), 6u);
}

TEST(Responsibilities, TwoUnitsJoinedAndAPartnerInParentheses) {
  const Extraction e = testing::ExtractText(
      std::string(kHead) +
      "1. Công chức Tư pháp - Hộ tịch và Công chức Văn hóa - Xã hội: chủ trì tiêu chí số 18 (Hệ "
      "thống chính trị).\n\n"
      "2. Công chức Địa chính - Xây dựng: chủ trì tiêu chí số 2 (Giao thông). Chủ trì tiêu chí số "
      "17 về Môi trường (phối hợp với Phòng Tài nguyên và Môi trường).\n\n"
      "3. Công chức Tài chính - Kế toán: chủ trì, phối hợp với các đơn vị thực hiện tiêu chí số "
      "7; phối hợp thực hiện tiêu chí số 10.\n\n"
      "4. Ban quản lý nông thôn mới xã: tổng hợp, báo cáo kết quả hằng tháng.\n");
  for (const char* unit : {"Công chức Tư pháp - Hộ tịch", "Công chức Văn hóa - Xã hội"}) {
    const Responsibility* r = Find(e, unit, "lead");
    ASSERT_NE(r, nullptr) << unit;
    EXPECT_EQ(r->criteria, std::vector<int>{18});
  }
  const Responsibility* dcxd = Find(e, "Công chức Địa chính - Xây dựng", "lead");
  ASSERT_NE(dcxd, nullptr);
  EXPECT_EQ(dcxd->criteria, (std::vector<int>{2, 17}));
  const Responsibility* tnmt = Find(e, "Phòng Tài nguyên và Môi trường", "support");
  ASSERT_NE(tnmt, nullptr);
  EXPECT_EQ(tnmt->criteria, std::vector<int>{17});
  // "chủ trì, phối hợp với …" leads; a later "phối hợp" supports.
  const Responsibility* tckt = Find(e, "Công chức Tài chính - Kế toán", "lead");
  ASSERT_NE(tckt, nullptr);
  EXPECT_EQ(tckt->criteria, std::vector<int>{7});
  const Responsibility* tckt_support = Find(e, "Công chức Tài chính - Kế toán", "support");
  ASSERT_NE(tckt_support, nullptr);
  EXPECT_EQ(tckt_support->criteria, std::vector<int>{10});
  EXPECT_EQ(Find(e, "Ban quản lý nông thôn mới xã", "lead"), nullptr);
}

TEST(Responsibilities, CommuneOfficesKeepTheLevelWordTheTextWrites) {
  const Extraction e = testing::ExtractText(
      std::string(kHead) +
      "1. Văn phòng HĐND và UBND xã: chủ trì tiêu chí số 9; phối hợp thực hiện tiêu chí số 7.\n"
      "2. Trung tâm Phục vụ hành chính công xã: phối hợp thực hiện các tiêu chí số 7 và 9.\n"
      "3. Công an xã, Ban Chỉ huy Quân sự xã: chủ trì tiêu chí số 10.\n");
  const Responsibility* office =
      Find(e, "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "lead");
  ASSERT_NE(office, nullptr);
  EXPECT_EQ(office->criteria, std::vector<int>{9});
  const Responsibility* centre = Find(e, "Trung tâm Phục vụ hành chính công xã", "support");
  ASSERT_NE(centre, nullptr);
  EXPECT_EQ(centre->criteria, (std::vector<int>{7, 9}));
  ASSERT_NE(Find(e, "Công an xã", "lead"), nullptr);
  ASSERT_NE(Find(e, "Ban Chỉ huy Quân sự xã", "lead"), nullptr);
}

TEST(Responsibilities, ATableOfUnitsByRole) {
  const Extraction e = testing::ExtractText(std::string(kHead) +
                                            "1. Phân công theo dõi các tiêu chí\n\n"
                                            "| TT | Đơn vị | Chủ trì | Phối hợp |\n"
                                            "|---|---|---|---|\n"
                                            "| 1 | Phòng KT-HT | 1, 2 | 4 |\n"
                                            "| 2 | Phòng TN&MT | Tiêu chí số 17 | 1 |\n"
                                            "| 3 | Ban CHQS huyện | 19.1/19.2 | |\n");
  const Responsibility* kt = Find(e, "Phòng Kinh tế và Hạ tầng", "lead");
  ASSERT_NE(kt, nullptr);
  EXPECT_EQ(kt->criteria, (std::vector<int>{1, 2}));
  EXPECT_EQ(kt->prov.rule_id, "responsibilities.unit_table");
  const Responsibility* kt_support = Find(e, "Phòng Kinh tế và Hạ tầng", "support");
  ASSERT_NE(kt_support, nullptr);
  EXPECT_EQ(kt_support->criteria, std::vector<int>{4});
  const Responsibility* tn = Find(e, "Phòng Tài nguyên và Môi trường", "lead");
  ASSERT_NE(tn, nullptr);
  EXPECT_EQ(tn->criteria, std::vector<int>{17});
  const Responsibility* qs = Find(e, "Ban Chỉ huy Quân sự huyện", "lead");
  ASSERT_NE(qs, nullptr);
  EXPECT_EQ(qs->indicators, (std::vector<std::string>{"19.1", "19.2"}));
}

TEST(Responsibilities, ACriterionNamedAfterARoleWord) {
  const Extraction e = testing::ExtractText(
      std::string(kHead) +
      "1. Công chức Văn hóa - Xã hội: chủ trì TC Thu nhập và TC Nghèo đa chiều.\n"
      "2. Công chức Tài chính - Kế toán: chủ trì tiêu chí số 7 - 2024; theo dõi tiêu chí "
      "nông thôn mới.\n");
  const Responsibility* r = Find(e, "Công chức Văn hóa - Xã hội", "lead");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->criteria, (std::vector<int>{10, 11}));
  // A year after a dash is no range end.
  const Responsibility* tckt = Find(e, "Công chức Tài chính - Kế toán", "lead");
  ASSERT_NE(tckt, nullptr);
  EXPECT_EQ(tckt->criteria, std::vector<int>{7});
}

}  // namespace
}  // namespace ntmx

namespace ntmx {
namespace {

// A table of work under "Nhiệm vụ và giải pháp" (one village per row, with content and
// time columns) gives tasks; only the organisation part gives responsibilities.
TEST(Responsibilities, AWorkTableOutsideTheOrganisationPartGivesNone) {
  const std::string plan =
      "Số: 2/KH-UBND\nAn Bình, ngày 1 tháng 2 năm 2024\n\nKẾ HOẠCH\nXây dựng thôn nông thôn "
      "mới năm 2024\n\nI. NHIỆM VỤ VÀ GIẢI PHÁP\n\n"
      "| TT | Tiêu chí | Nội dung | Thôn | Chủ trì | Phối hợp | Thời gian |\n"
      "|---|---|---|---|---|---|---|\n"
      "| 1 | Số 2 - Giao thông | Bê tông hóa đường thôn | Thôn Đông | Công chức Địa chính - "
      "Xây dựng | Phòng Kinh tế và Hạ tầng | Quý III/2024 |\n\n"
      "II. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Công chức Văn hóa - Xã hội: chủ trì tiêu chí số 6.\n";
  const Extraction e = testing::ExtractText(plan);
  EXPECT_EQ(Find(e, "Phòng Kinh tế và Hạ tầng", "support"), nullptr);
  EXPECT_EQ(Find(e, "Công chức Địa chính - Xây dựng", "lead"), nullptr);
  ASSERT_NE(Find(e, "Công chức Văn hóa - Xã hội", "lead"), nullptr);
  EXPECT_FALSE(e.tasks.empty());
}

}  // namespace
}  // namespace ntmx
