// The plan context (extract/plan_context.h): one default subject, set, period and
// group per document, which every extractor falls back on. Small plans written for
// the test; place names are real units of the gazetteer or deliberately unknown.
#include "model/plan_context.h"

#include <gtest/gtest.h>

#include "pipeline_fixture.h"

namespace ntmx {
namespace {

using testing::ExtractText;

constexpr const char* kCommunePlan =
    "ỦY BAN NHÂN DÂN\n"
    "XÃ TÂN LỢI\n"
    "Số: 12/KH-UBND\n"
    "Tân Lợi, ngày 10 tháng 02 năm 2024\n"
    "KẾ HOẠCH\n"
    "Xây dựng xã Tân Lợi đạt chuẩn nông thôn mới nâng cao năm 2024\n"
    "Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ;\n"
    "I. MỤC TIÊU\n"
    "Đến nay xã đạt 15/19 tiêu chí nâng cao.\n"
    "- Thu nhập bình quân đầu người đạt trên 60 triệu đồng/người/năm (tiêu chí số 10).\n";

TEST(PlanContext, CommunePlanGivesItsCommuneAndTitleSet) {
  const Extraction e = ExtractText(kCommunePlan);
  ASSERT_TRUE(e.plan.has_value());
  EXPECT_EQ(e.plan->commune, "Tân Lợi");
  EXPECT_EQ(e.plan->subject, "Tân Lợi");
  EXPECT_EQ(e.plan->criteria_set, "xa_ntm_nang_cao");
  EXPECT_EQ(e.plan->numbered_set, "xa_ntm_nang_cao");
  EXPECT_EQ(e.plan->period, "2021-2025");
  EXPECT_EQ(e.plan->place_scheme, "2008");
  // Every extractor writes the same default subject.
  ASSERT_FALSE(e.criteria_counts.empty());
  EXPECT_EQ(e.criteria_counts.front().subject, "Tân Lợi");
  ASSERT_FALSE(e.targets.empty());
  EXPECT_EQ(e.targets.front().subject, "Tân Lợi");
}

TEST(PlanContext, UnknownPlaceIsKeptAsWrittenNotDropped) {
  const Extraction e = ExtractText(
      "ỦY BAN NHÂN DÂN\n"
      "XÃ QUẢNG THIÊN KHÔNG CÓ\n"
      "Số: 3/KH-UBND\n"
      "Quảng Thiên Không Có, ngày 5 tháng 3 năm 2024\n"
      "KẾ HOẠCH\n"
      "Xây dựng nông thôn mới năm 2024\n"
      "I. MỤC TIÊU\n"
      "Xã đạt 12/19 tiêu chí.\n"
      "- Tỷ lệ hộ nghèo giảm xuống dưới 3% (tiêu chí số 11).\n");
  ASSERT_TRUE(e.plan.has_value());
  EXPECT_EQ(e.plan->commune, "Quảng Thiên Không Có");
  ASSERT_FALSE(e.criteria_counts.empty());
  EXPECT_EQ(e.criteria_counts.front().subject, "Quảng Thiên Không Có");
  ASSERT_FALSE(e.targets.empty());
  EXPECT_EQ(e.targets.front().subject, "Quảng Thiên Không Có");
}

TEST(PlanContext, DistrictTitleNamingATownSetStillNumbersCommuneCriteria) {
  const Extraction e = ExtractText(
      "ỦY BAN NHÂN DÂN\n"
      "HUYỆN HỚN QUẢN\n"
      "Số: 40/KH-UBND\n"
      "Hớn Quản, ngày 1 tháng 3 năm 2024\n"
      "KẾ HOẠCH\n"
      "Thực hiện Chương trình xây dựng nông thôn mới, đô thị văn minh huyện Hớn Quản năm 2024\n"
      "I. MỤC TIÊU\n"
      "- Có 12/12 xã đạt tiêu chí số 2 về giao thông.\n");
  ASSERT_TRUE(e.plan.has_value());
  EXPECT_EQ(e.plan->subject, "Hớn Quản");
  EXPECT_EQ(e.plan->criteria_set, "do_thi_van_minh");
  EXPECT_EQ(e.plan->numbered_set, "xa_ntm");
}

TEST(PlanContext, ANameKnownOnlyByAVariantKeepsItsSpellingAndGetsItsParents) {
  const Extraction e = ExtractText(
      "ỦY BAN NHÂN DÂN\n"
      "HUYỆN EA HLEO\n"
      "Số: 7/KH-UBND\n"
      "Ea Hleo, ngày 2 tháng 4 năm 2024\n"
      "KẾ HOẠCH\n"
      "Xây dựng huyện Ea Hleo đạt chuẩn nông thôn mới năm 2024\n"
      "I. MỤC TIÊU\n");
  EXPECT_EQ(e.document.locality.district, "Ea Hleo");
  EXPECT_EQ(e.document.locality.province, "Đắk Lắk");
  ASSERT_TRUE(e.document.issuer.has_value());
  EXPECT_EQ(e.document.issuer->name, "Ea Hleo");
}

}  // namespace
}  // namespace ntmx
