// The legal_bases extractor on small literal preambles.
#include <gtest/gtest.h>

#include "pipeline_fixture.h"

namespace ntmx {
namespace {

using testing::ExtractText;

std::string Plan(std::string_view preamble) {
  return "Số: 01/KH-UBND\nXã A, ngày 01 tháng 02 năm 2024\n\nKẾ HOẠCH\nXây dựng nông thôn mới năm 2024\n\n" +
         std::string(preamble) + "\n\nI. MỤC TIÊU\n\nCăn cứ Quyết định số 99/QĐ-UBND ngày 1/1/2020 (body, not a basis).\n";
}

TEST(LegalBases, DateFormsAndNestedCitation) {
  const Extraction e = ExtractText(Plan(
      "Căn cứ Quyết định số 416/QĐ-UBND ngày 13 tháng 07 năm 2022 của Ủy ban nhân dân tỉnh Kon Tum về việc ban hành;\n\n"
      "Căn cứ Chương trình số 26-CTr/HU ngày 12/7/2016 của Huyện ủy thực hiện Nghị quyết số 01-NQ/TU ngày 01/06/2016 của Tỉnh ủy;"));
  ASSERT_EQ(e.legal_bases.size(), 3u);
  EXPECT_EQ(e.legal_bases[0].kind, "Quyết định");
  EXPECT_EQ(e.legal_bases[0].number, "416/QĐ-UBND");
  EXPECT_EQ(e.legal_bases[0].date, "2022-07-13");
  EXPECT_EQ(e.legal_bases[0].issuer, "Ủy ban nhân dân tỉnh Kon Tum");
  EXPECT_EQ(e.legal_bases[1].kind, "Chương trình");
  EXPECT_EQ(e.legal_bases[1].number, "26-CTr/HU");
  EXPECT_EQ(e.legal_bases[1].date, "2016-07-12");
  EXPECT_EQ(e.legal_bases[2].kind, "Nghị quyết");
  EXPECT_EQ(e.legal_bases[2].number, "01-NQ/TU");
  EXPECT_EQ(e.legal_bases[2].date, "2016-06-01");
  for (const LegalBasis& b : e.legal_bases) {
    EXPECT_LT(b.prov.span.begin, b.prov.span.end);
    EXPECT_EQ(b.prov.rule_id, "basis.citation");
  }
}

TEST(LegalBases, RepeatsAreOneRecordAndLawsByName) {
  const Extraction e = ExtractText(Plan(
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n\n"
      "Thực hiện Kế hoạch số 33/KH-UBND ngày 24/01/2025 của UBND tỉnh; Thực hiện Kế hoạch số 33/KH-UBND;\n\n"
      "Xét đề nghị của Phòng Nông nghiệp tại Tờ trình số 12/TTr-NN ngày 02/02/2024."));
  ASSERT_EQ(e.legal_bases.size(), 2u);
  EXPECT_EQ(e.legal_bases[0].kind, "Luật");
  EXPECT_EQ(e.legal_bases[0].number, std::nullopt);
  EXPECT_EQ(e.legal_bases[0].date, "2015-06-19");
  EXPECT_EQ(e.legal_bases[1].number, "33/KH-UBND");
}

TEST(LegalBases, NumbersWithYearsAndSpaces) {
  const Extraction e = ExtractText(Plan(
      "Căn cứ Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ;\n\n"
      "Căn cứ Nghị quyết 257/2025/QH15 của Quốc hội;"));
  ASSERT_EQ(e.legal_bases.size(), 2u);
  EXPECT_EQ(e.legal_bases[0].number, "51/2025/QĐ-TTg");
  EXPECT_EQ(e.legal_bases[0].date, "2025-12-29");
  EXPECT_EQ(e.legal_bases[1].number, "257/2025/QH15");
  EXPECT_EQ(e.legal_bases[1].date, std::nullopt);
}

}  // namespace
}  // namespace ntmx
