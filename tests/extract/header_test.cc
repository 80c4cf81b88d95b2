// The header extractor: number, symbol, place, date, title, year, issuer,
// locality and signer, on small literal plans.
#include <gtest/gtest.h>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <fstream>
#include <sstream>

#include "model/contract_json.h"
#include "pipeline_fixture.h"

namespace ntmx {
namespace {

using testing::ExtractText;

TEST(Header, NumberedPlanWithFullDate) {
  const Extraction e = ExtractText(
      "ỦY BAN NHÂN DÂN\nXÃ HƯƠNG SƠN\n\nSố: 03/KH-UBND\n\nHương Sơn, ngày 05 tháng 01 năm 2023\n\n"
      "KẾ HOẠCH\nThực hiện Chương trình trọng điểm\nxây dựng nông thôn mới năm 2023\n\n"
      "Thực hiện Kế hoạch số 269/KH-UBND ngày 20/12/2022 của Ủy ban nhân dân huyện Nam Đông;\n\n"
      "I. MỤC TIÊU\n\nNội dung.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHồ "
      "Thanh Nghi\n");
  const DocumentFacts& d = e.document;
  EXPECT_EQ(d.doc_type, "KH");
  EXPECT_EQ(d.doc_number, "03/KH-UBND");
  EXPECT_EQ(d.doc_symbol, "KH-UBND");
  EXPECT_EQ(d.issue_place, "Hương Sơn");
  EXPECT_EQ(d.issue_date, "2023-01-05");
  EXPECT_EQ(d.year, 2023);
  EXPECT_EQ(d.title, "Thực hiện Chương trình trọng điểm xây dựng nông thôn mới năm 2023");
  ASSERT_TRUE(d.issuer.has_value());
  EXPECT_EQ(d.issuer->level, "commune");
  EXPECT_EQ(d.issuer->name, "Hương Sơn");
  // Hương Sơn is not unique in the country: the district named in the text decides.
  EXPECT_EQ(d.locality.district, "Nam Đông");
  EXPECT_EQ(d.locality.province, "Thừa Thiên Huế");
  EXPECT_EQ(d.locality.commune, "Hương Sơn");
  ASSERT_TRUE(d.signer.has_value());
  EXPECT_EQ(d.signer->name, "Hồ Thanh Nghi");
  EXPECT_EQ(d.signer->position, "Chủ tịch");
  EXPECT_EQ(d.signer->acting_for, "TM. Ủy ban nhân dân");
}

TEST(Header, DraftWithBlankNumberAndDate) {
  const Extraction e = ExtractText(
      "Số: /KH - UBND Hón Quản, ngày   tháng   năm 2025\n\nKẾ HOẠCH\n\n"
      "Triển khai thực hiện Chương trình mục tiêu quốc gia\n\n"
      "UBND huyện Hón Quản ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n\nNội dung.\n\n"
      "Q. CHỦ TỊCH\n\nNguyễn Văn Hạ\n");
  const DocumentFacts& d = e.document;
  EXPECT_EQ(d.doc_number, std::nullopt);
  EXPECT_EQ(d.doc_symbol, "KH-UBND");
  EXPECT_EQ(d.issue_place, "Hón Quản");  // as written
  EXPECT_EQ(d.issue_date, std::nullopt);
  EXPECT_EQ(d.year, 2025);  // no year in the title: the issue year
  ASSERT_TRUE(d.issuer.has_value());
  EXPECT_EQ(d.issuer->level, "district");
  EXPECT_EQ(d.issuer->name, "Hớn Quản");  // resolved
  EXPECT_EQ(d.locality.province, "Bình Phước");
  EXPECT_EQ(d.locality.commune, std::nullopt);
  ASSERT_TRUE(d.signer.has_value());
  EXPECT_EQ(d.signer->position, "Quyền Chủ tịch");
  EXPECT_EQ(d.signer->acting_for, std::nullopt);
}

TEST(Header, DistrictPlanForOneCommune) {
  const Extraction e = ExtractText(
      "Số: /KH-UBND Kon Plông, ngày tháng năm 2024\n\nKẾ HOẠCH\nXây dựng xã Măng Bút, huyện Kon "
      "Plông\n"
      "Đạt chuẩn nông thôn mới năm 2024\n\nCăn cứ Quyết định số 416/QĐ-UBND ngày 13/7/2022;\n\n"
      "Ủy ban nhân dân huyện ban hành kế hoạch như sau:\n\nI. MỤC ĐÍCH\n\nNội dung.\n\n"
      "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Đức Tín\n");
  const DocumentFacts& d = e.document;
  ASSERT_TRUE(d.issuer.has_value());
  EXPECT_EQ(d.issuer->level, "district");
  EXPECT_EQ(d.issuer->name, "Kon Plông");
  EXPECT_EQ(d.locality.province, "Kon Tum");
  EXPECT_EQ(d.locality.district, "Kon Plông");
  EXPECT_EQ(d.locality.commune, "Măng Bút");
  EXPECT_EQ(d.signer->position, "Phó Chủ tịch");
  EXPECT_EQ(d.signer->acting_for, "TM. Ủy ban nhân dân");
}

TEST(Header, AmbiguousCommuneStaysUnresolved) {
  // Nine places are called Hương Sơn and nothing in this text says which.
  const Extraction e = ExtractText(
      "Số: 01/KH-UBND\nHương Sơn, ngày 05 tháng 01 năm 2023\n\nKẾ HOẠCH\nXây dựng nông thôn mới\n\n"
      "I. MỤC TIÊU\n\nTrên đây là kế hoạch của UBND xã Hương Sơn./.\n");
  EXPECT_EQ(e.document.issuer->level, "commune");
  EXPECT_EQ(e.document.locality.district, std::nullopt);
  EXPECT_EQ(e.document.locality.province, std::nullopt);
}

std::string ToNfd(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  nfd->normalizeUTF8(0, icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), sink, nullptr,
                     status);
  return out;
}

TEST(Pipeline, NfdCopyOfASeedGivesExactlyItsRecords) {
  for (const char* seed : {"001_69c2c6e4fde7b3b3.txt", "000_c96f4298ede59e80.txt"}) {
    std::ifstream in(std::string(NTMX_SOURCE_DIR) + "/corpus/seeds/" + seed, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string nfc = buffer.str();
    const std::string nfd = ToNfd(nfc);
    ASSERT_NE(nfc, nfd);
    const auto a = ToContractJson(ExtractText(nfc));
    const auto b = ToContractJson(ExtractText(nfd));
    EXPECT_EQ(a.dump(), b.dump()) << seed;
  }
}

}  // namespace
}  // namespace ntmx

namespace ntmx {
namespace {

TEST(Header, WebCopyWithOneRowHeaderTable) {
  const Extraction e = testing::ExtractText(
      "| ỦY BAN NHÂN DÂN HUYỆN NAM ĐÔNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
      "|---|---|\n"
      "| Số: 12/KH-UBND | Nam Đông, ngày 3 tháng 2 năm 2024 |\n\n"
      "KẾ HOẠCH\nXây dựng nông thôn mới năm 2024\n---------\n\n"
      "Căn cứ Kế hoạch số 1/KH-UBND ngày 2/1/2024 của UBND tỉnh;\n\nI. MỤC TIÊU\n\nNội dung.\n");
  const DocumentFacts& d = e.document;
  EXPECT_EQ(d.doc_number, "12/KH-UBND");
  EXPECT_EQ(d.issue_place, "Nam Đông");
  EXPECT_EQ(d.issue_date, "2024-02-03");
  ASSERT_TRUE(d.issuer.has_value());
  EXPECT_EQ(d.issuer->level, "district");
  EXPECT_EQ(d.issuer->name, "Nam Đông");
  EXPECT_EQ(d.locality.province, "Thừa Thiên Huế");
  EXPECT_EQ(d.title, "Xây dựng nông thôn mới năm 2024");
  ASSERT_EQ(e.legal_bases.size(), 1u);
}

}  // namespace
}  // namespace ntmx

namespace ntmx {
namespace {

TEST(Header, TwoColumnHeaderExportedWithTabs) {
  const Extraction e = testing::ExtractText(
      "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "HUYỆN ĐỊNH HÓA\tĐộc lập - Tự do - Hạnh phúc\n"
      "Số: 45/KH-UBND\tĐịnh Hóa, ngày 10 tháng 3 năm 2024\n\n"
      "KẾ HOẠCH\nXây dựng nông thôn mới nâng cao năm 2024\n\n"
      "I. MỤC TIÊU\n\nNội dung.\n");
  const DocumentFacts& d = e.document;
  EXPECT_EQ(d.doc_number, "45/KH-UBND");
  EXPECT_EQ(d.issue_place, "Định Hóa");
  EXPECT_EQ(d.issue_date, "2024-03-10");
  ASSERT_TRUE(d.issuer.has_value());
  EXPECT_EQ(d.issuer->level, "district");
  EXPECT_EQ(d.issuer->name, "Định Hóa");
  EXPECT_EQ(d.locality.province, "Thái Nguyên");
  EXPECT_EQ(d.locality.commune, std::nullopt);
}

TEST(Header, ProvincePlan) {
  const Extraction e = testing::ExtractText(
      "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n\nSố: 101/KH-UBND\n\nLai Châu, ngày 15 tháng 01 năm 2024\n\n"
      "KẾ HOẠCH\nThực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024\n\n"
      "I. MỤC TIÊU\n\nNội dung.\n");
  ASSERT_TRUE(e.document.issuer.has_value());
  EXPECT_EQ(e.document.issuer->level, "province");
  EXPECT_EQ(e.document.issuer->name, "Lai Châu");
  EXPECT_EQ(e.document.locality.province, "Lai Châu");
  EXPECT_EQ(e.document.locality.district, std::nullopt);
}

}  // namespace
}  // namespace ntmx
