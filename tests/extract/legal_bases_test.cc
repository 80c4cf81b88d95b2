// The legal_bases extractor on small literal preambles.
#include <gtest/gtest.h>

#include "pipeline_fixture.h"

namespace ntmx {
namespace {

using testing::ExtractText;

std::string Plan(std::string_view preamble) {
  return "Số: 01/KH-UBND\nXã A, ngày 01 tháng 02 năm 2024\n\nKẾ HOẠCH\nXây dựng nông thôn mới năm "
         "2024\n\n" +
         std::string(preamble) +
         "\n\nI. MỤC TIÊU\n\nCăn cứ Quyết định số 99/QĐ-UBND ngày 1/1/2020 (body, not a basis).\n";
}

TEST(LegalBases, DateFormsAndNestedCitation) {
  const Extraction e =
      ExtractText(Plan("Căn cứ Quyết định số 416/QĐ-UBND ngày 13 tháng 07 năm 2022 của Ủy ban nhân "
                       "dân tỉnh Kon Tum về việc ban hành;\n\n"
                       "Căn cứ Chương trình số 26-CTr/HU ngày 12/7/2016 của Huyện ủy thực hiện "
                       "Nghị quyết số 01-NQ/TU ngày 01/06/2016 của Tỉnh ủy;"));
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
    EXPECT_EQ(b.prov.rule_id, "legal_bases.citation");
  }
}

TEST(LegalBases, RepeatsAreOneRecordAndLawsByName) {
  const Extraction e = ExtractText(
      Plan("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n\n"
           "Thực hiện Kế hoạch số 33/KH-UBND ngày 24/01/2025 của UBND tỉnh; Thực hiện Kế hoạch số "
           "33/KH-UBND;\n\n"
           "Xét đề nghị của Phòng Nông nghiệp tại Tờ trình số 12/TTr-NN ngày 02/02/2024."));
  ASSERT_EQ(e.legal_bases.size(), 2u);
  EXPECT_EQ(e.legal_bases[0].kind, "Luật");
  EXPECT_EQ(e.legal_bases[0].number, std::nullopt);
  EXPECT_EQ(e.legal_bases[0].date, "2015-06-19");
  EXPECT_EQ(e.legal_bases[1].number, "33/KH-UBND");
}

TEST(LegalBases, NumbersWithYearsAndSpaces) {
  const Extraction e = ExtractText(
      Plan("Căn cứ Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ;\n\n"
           "Căn cứ Nghị quyết 257/2025/QH15 của Quốc hội;"));
  ASSERT_EQ(e.legal_bases.size(), 2u);
  EXPECT_EQ(e.legal_bases[0].number, "51/2025/QĐ-TTg");
  EXPECT_EQ(e.legal_bases[0].date, "2025-12-29");
  EXPECT_EQ(e.legal_bases[1].number, "257/2025/QH15");
  EXPECT_EQ(e.legal_bases[1].date, std::nullopt);
}

TEST(LegalBases, LawWithItsNumber) {
  const Extraction e = ExtractText(
      Plan("Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13 ngày 25 tháng 6 năm 2015; Luật Sửa đổi, "
           "bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương "
           "ngày 22/11/2019;\n\n"
           "Căn cứ Luật Quy hoạch số 21/2017/QH14;"));
  ASSERT_EQ(e.legal_bases.size(), 3u);
  EXPECT_EQ(e.legal_bases[0].kind, "Luật");
  EXPECT_EQ(e.legal_bases[0].number, "83/2015/QH13");
  EXPECT_EQ(e.legal_bases[0].date, "2015-06-25");
  EXPECT_EQ(e.legal_bases[1].number, std::nullopt);
  EXPECT_EQ(e.legal_bases[1].date, "2019-11-22");
  EXPECT_EQ(e.legal_bases[2].number, "21/2017/QH14");
  EXPECT_EQ(e.legal_bases[2].date, std::nullopt);
  EXPECT_EQ(e.legal_bases[2].prov.rule_id, "legal_bases.law_numbered");
}

TEST(LegalBases, OneRecordPerNumberOfAList) {
  const Extraction e = ExtractText(
      Plan("Căn cứ các Quyết định của Thủ tướng Chính phủ: số 101/QĐ-TTg ngày 02/3/2022; số "
           "102/QĐ-TTg ngày 03/3/2022 và số 103/QĐ-TTg ngày 4 tháng 3 năm 2022;\n\n"
           "Căn cứ Nghị định số 7/2021/NĐ-CP, số 8/2021/NĐ-CP ngày 9/2/2021 của Chính phủ;"));
  ASSERT_EQ(e.legal_bases.size(), 5u);
  const char* const numbers[] = {"101/QĐ-TTg", "102/QĐ-TTg", "103/QĐ-TTg", "7/2021/NĐ-CP",
                                 "8/2021/NĐ-CP"};
  const char* const kinds[] = {"Quyết định", "Quyết định", "Quyết định", "Nghị định", "Nghị định"};
  for (size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(e.legal_bases[i].number, numbers[i]);
    EXPECT_EQ(e.legal_bases[i].kind, kinds[i]);
  }
  EXPECT_EQ(e.legal_bases[0].date, "2022-03-02");
  EXPECT_EQ(e.legal_bases[2].date, "2022-03-04");
  EXPECT_EQ(e.legal_bases[4].date, "2021-02-09");
}

TEST(LegalBases, ProposalsAndDatesAfterTheIssuer) {
  const Extraction e = ExtractText(Plan(
      "Căn cứ Nghị định số 40/2023/NĐ-CP của Chính phủ ngày 24 tháng 6 năm 2023;\n\n"
      "Xét đề nghị của Phòng Nông nghiệp tại Tờ trình số 12/TTr-NN ngày 02/02/2024 và Công văn "
      "số 5/NN ngày 1/2/2024."));
  ASSERT_EQ(e.legal_bases.size(), 1u);
  EXPECT_EQ(e.legal_bases[0].number, "40/2023/NĐ-CP");
  EXPECT_EQ(e.legal_bases[0].date, "2023-06-24");
}

TEST(LegalBases, NumbersWrittenWithSpacesAndColons) {
  const Extraction e =
      ExtractText(Plan("Căn cứ Quyết định số: 126/QĐ-UBND, ngày 23 tháng 01 năm 2023 của UBND "
                       "tỉnh;\n\nCăn cứ Thông tư số 40/2014/ TT - BNNPTNT, ngày 13/11/2014;"));
  ASSERT_EQ(e.legal_bases.size(), 2u);
  EXPECT_EQ(e.legal_bases[0].number, "126/QĐ-UBND");
  EXPECT_EQ(e.legal_bases[0].date, "2023-01-23");
  EXPECT_EQ(e.legal_bases[1].number, "40/2014/TT-BNNPTNT");
  EXPECT_EQ(e.legal_bases[1].date, "2014-11-13");
}

TEST(LegalBases, AttachmentNoteUnderAPlanIsNotABasis) {
  const Extraction e = ExtractText(
      "Số: 2/KH-UBND\nAn Phú, ngày 01 tháng 02 năm 2024\n\nKẾ HOẠCH\nXây dựng nông thôn mới năm "
      "2024\n(Ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 06/02/2024 của UBND huyện)\n\n"
      "Thực hiện Kế hoạch số 9/KH-UBND ngày 2/1/2024 của UBND tỉnh;\n\nI. MỤC TIÊU\n\nNội dung.\n");
  EXPECT_EQ(e.document.title, "Xây dựng nông thôn mới năm 2024");
  ASSERT_EQ(e.legal_bases.size(), 1u);
  EXPECT_EQ(e.legal_bases[0].number, "9/KH-UBND");
}

}  // namespace
}  // namespace ntmx
