// The header forms real public documents show, on small literal inputs: numbers
// with a year segment, dates and numbers wrapped over two lines, letters with a
// "V/v" subject, kind words split or letter-spaced, dash rules and bodies without
// a place, a decision that issues a plan, the header's layouts (two spaced
// columns, columns one after the other, interleaved lines, a pipe table, a web
// page's metadata block above it) and side-by-side "Nơi nhận" / signature blocks.
#include <gtest/gtest.h>

#include "pipeline_fixture.h"

namespace ntmx {
namespace {

using testing::ExtractText;

constexpr const char* kBody = "\n\nI. MỤC TIÊU\n\nNội dung.\n";

TEST(HeaderForms, NumberWithYearSegment) {
  const Extraction decision = ExtractText(
      std::string(
          "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 51/2025/QĐ-TTg\n\nHà Nội, ngày 29 tháng 12 năm 2025\n\n"
          "QUYẾT ĐỊNH\nBan hành Bộ tiêu chí\n") +
      kBody);
  EXPECT_EQ(decision.document.doc_number, "51/2025/QĐ-TTg");
  EXPECT_EQ(decision.document.doc_symbol, "QĐ-TTg");
  EXPECT_EQ(decision.document.doc_type, "QĐ");

  const Extraction resolution =
      ExtractText(std::string("HỘI ĐỒNG NHÂN DÂN\nTỈNH AN GIANG\n\nSố: 21/2022/NQ-HĐND\n\n"
                              "An Giang, ngày 8 tháng 12 năm 2022\n\nNGHỊ QUYẾT\nVề nguồn vốn\n") +
                  kBody);
  EXPECT_EQ(resolution.document.doc_number, "21/2022/NQ-HĐND");
  EXPECT_EQ(resolution.document.doc_symbol, "NQ-HĐND");
  EXPECT_EQ(resolution.document.doc_type, "NQ");
  ASSERT_TRUE(resolution.document.issuer.has_value());
  EXPECT_EQ(resolution.document.issuer->level, "province");
  EXPECT_EQ(resolution.document.issuer->name, "An Giang");
}

TEST(HeaderForms, NumberAndDateWrappedOverTwoLines) {
  // A web copy that puts every cell of the header table on lines of its own.
  const Extraction e = ExtractText(
      std::string(
          "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\n"
          "Số:\n07/2023/QĐ-UBND\n|\nAn Giang, ngày 06\ntháng 02 năm 2024\n|\n"
          "KẾ HOẠCH\nXây dựng nông thôn mới năm 2024\n") +
      kBody);
  EXPECT_EQ(e.document.doc_number, "07/2023/QĐ-UBND");
  EXPECT_EQ(e.document.issue_place, "An Giang");
  EXPECT_EQ(e.document.issue_date, "2024-02-06");
  EXPECT_EQ(e.document.title, "Xây dựng nông thôn mới năm 2024");
}

TEST(HeaderForms, LetterWithSubjectLine) {
  const Extraction e = ExtractText(
      "ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\n\nSố: 120/UBND-NN\nV/v triển khai rà soát các tiêu chí\n"
      "nông thôn mới năm 2024\n\nAn Phú, ngày 4 tháng 3 năm 2024\n\n"
      "Kính gửi: Ủy ban nhân dân các xã\n\n"
      "Thực hiện Kế hoạch số 9/KH-UBND ngày 2/1/2024 của UBND tỉnh, UBND huyện đề nghị:\n\n"
      "1. Rà soát các tiêu chí.\n");
  const DocumentFacts& d = e.document;
  EXPECT_EQ(d.doc_type, "CV");
  EXPECT_EQ(d.doc_number, "120/UBND-NN");
  EXPECT_EQ(d.doc_symbol, "UBND-NN");
  EXPECT_EQ(d.title, "triển khai rà soát các tiêu chí nông thôn mới năm 2024");
  EXPECT_EQ(d.issue_place, "An Phú");
  EXPECT_EQ(d.issue_date, "2024-03-04");
  ASSERT_TRUE(d.issuer.has_value());
  EXPECT_EQ(d.issuer->level, "district");
  ASSERT_EQ(e.legal_bases.size(), 1u);
  EXPECT_EQ(e.legal_bases[0].number, "9/KH-UBND");
}

TEST(HeaderForms, LetterInAMarkdownTable) {
  const Extraction e = ExtractText(
      "| **ỦY BAN NHÂN DÂN**<br>**HUYỆN AN PHÚ**<br>Số: 77/UBND-NN<br>V/v rà soát các tiêu chí | "
      "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>*An Phú, ngày 3 tháng 5 năm 2024* |\n|---|---|\n\n"
      "Kính gửi: Ủy ban nhân dân các xã\n\n1. Nội dung.\n");
  EXPECT_EQ(e.document.doc_type, "CV");
  EXPECT_EQ(e.document.doc_number, "77/UBND-NN");
  EXPECT_EQ(e.document.title, "rà soát các tiêu chí");
  EXPECT_EQ(e.document.issue_date, "2024-05-03");
  ASSERT_TRUE(e.document.issuer.has_value());
  EXPECT_EQ(e.document.issuer->name, "An Phú");
}

TEST(HeaderForms, LetterInTwoSpacedColumns) {
  const Extraction e = ExtractText(
      "UBND HUYỆN AN PHÚ                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Số: 7/UBND-VP                      An Phú, ngày 9 tháng 5 năm 2024\n"
      "V/v báo cáo kết quả xây dựng\n"
      "nông thôn mới\n\n"
      "Kính gửi: Các xã\n\n1. Nội dung báo cáo.\n");
  EXPECT_EQ(e.document.doc_type, "CV");
  EXPECT_EQ(e.document.title, "báo cáo kết quả xây dựng nông thôn mới");
  EXPECT_EQ(e.document.issue_date, "2024-05-09");
}

TEST(HeaderForms, KindWordSplitOrLetterSpaced) {
  for (const char* kind : {"QUYẾT\nĐỊNH", "Q U Y Ế T   Đ Ị N H"}) {
    const Extraction e =
        ExtractText(std::string("ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\n\nSố: 88/QĐ-UBND\n\n"
                                "An Phú, ngày 2 tháng 4 năm 2024\n\n") +
                    kind + "\nVề việc ban hành Kế hoạch xây dựng nông thôn mới năm 2024\n\n" +
                    "Căn cứ Quyết định số 3/QĐ-UBND ngày 1/1/2024 của UBND tỉnh;" + kBody);
    EXPECT_EQ(e.document.title, "Về việc ban hành Kế hoạch xây dựng nông thôn mới năm 2024")
        << kind;
    EXPECT_EQ(e.legal_bases.size(), 1u) << kind;
  }
}

TEST(HeaderForms, DashRulesAndAuthorityWithoutPlace) {
  // A dash rule on the authority's line or under it.
  const Extraction ruled = ExtractText(
      std::string("ỦY BAN NHÂN DÂN TỈNH AN GIANG -------\n\nSố: 14/KH-UBND\n\n"
                  "An Giang, ngày 5 tháng 1 năm 2024\n\nKẾ HOẠCH\nXây dựng nông thôn mới\n") +
      kBody);
  ASSERT_TRUE(ruled.document.issuer.has_value());
  EXPECT_EQ(ruled.document.issuer->name, "An Giang");
  EXPECT_EQ(ruled.document.issuer->level, "province");

  // The authority cell has no place; the body's name in capitals follows the
  // title and must not join it.
  const Extraction bare = ExtractText(
      "| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
      "| Số: 30/QĐ-UBND | An Giang, ngày 7 tháng 3 năm 2023 |\n"
      "QUYẾT ĐỊNH\nBAN HÀNH BỘ TIÊU CHÍ ẤP NÔNG THÔN MỚI\nỦY BAN NHÂN DÂN TỈNH AN GIANG\n"
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
      "QUYẾT ĐỊNH:\nĐiều 1. Ban hành Bộ tiêu chí.\n");
  EXPECT_EQ(bare.document.title, "BAN HÀNH BỘ TIÊU CHÍ ẤP NÔNG THÔN MỚI");
  EXPECT_EQ(bare.document.doc_type, "QĐ");
  ASSERT_TRUE(bare.document.issuer.has_value());
  EXPECT_EQ(bare.document.issuer->level, "province");
  EXPECT_EQ(bare.document.issuer->name, "An Giang");
  ASSERT_EQ(bare.legal_bases.size(), 1u);
  EXPECT_EQ(bare.legal_bases[0].kind, "Luật");
}

TEST(HeaderForms, TitleEndsAtTheHeaderLinesUnderIt) {
  const Extraction e = ExtractText(
      "HỘI ĐỒNG NHÂN DÂN\nTỈNH AN GIANG\n\nSố: 40/NQ-HĐND\n\nAn Giang, ngày 9 tháng 12 năm 2023\n\n"
      "NGHỊ QUYẾT\nVỀ KẾ HOẠCH VỐN NĂM 2024\nHỘI ĐỒNG NHÂN DÂN TỈNH AN GIANG\nKHÓA X, KỲ HỌP THỨ "
      "15\n"
      "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n\nQUYẾT NGHỊ:\n\nĐiều 1. Nội "
      "dung.\n");
  EXPECT_EQ(e.document.title, "VỀ KẾ HOẠCH VỐN NĂM 2024");
  EXPECT_EQ(e.document.year, 2024);
  ASSERT_EQ(e.legal_bases.size(), 1u);
  EXPECT_EQ(e.legal_bases[0].date, "2015-06-25");
}

TEST(HeaderForms, DecisionThatIssuesAPlan) {
  const Extraction e = ExtractText(
      "ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\n\nSố: 215/QĐ-UBND\n\nAn Phú, ngày 6 tháng 2 năm 2024\n\n"
      "QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch xây dựng nông thôn mới năm 2024\n"
      "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN AN PHÚ\n\n"
      "Căn cứ Quyết định số 11/QĐ-UBND ngày 3/1/2024 của UBND tỉnh;\n\n"
      "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch xây dựng nông thôn mới.\n"
      "Điều 2. Quyết định có hiệu lực kể từ ngày ký.\n\n"
      "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Bình\n\n"
      "ỦY BAN NHÂN DÂN HUYỆN AN PHÚ\n\nKẾ HOẠCH\nXây dựng nông thôn mới năm 2024\n"
      "(Ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 06/02/2024 của Chủ tịch UBND huyện)\n\n"
      "I. MỤC ĐÍCH\n\n1. Mục đích\n\nNâng cao đời sống Nhân dân.\n");
  const DocumentFacts& d = e.document;
  EXPECT_EQ(d.doc_type, "QĐ");
  EXPECT_EQ(d.doc_number, "215/QĐ-UBND");
  EXPECT_EQ(d.title, "Về việc ban hành Kế hoạch xây dựng nông thôn mới năm 2024");
  ASSERT_TRUE(d.signer.has_value());
  EXPECT_EQ(d.signer->name, "Trần Văn Bình");
  EXPECT_EQ(d.signer->position, "Phó Chủ tịch");
  // The decision's basis only: the plan's "kèm theo" line is not one.
  ASSERT_EQ(e.legal_bases.size(), 1u);
  EXPECT_EQ(e.legal_bases[0].number, "11/QĐ-UBND");
}

TEST(HeaderForms, ParentBodyAboveTheIssuer) {
  const Extraction e = ExtractText(
      std::string("UBND HUYỆN AN PHÚ                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                  "  UBND XÃ KHÁNH BÌNH                         Độc lập - Tự do - Hạnh phúc\n\n"
                  "Số: 05/KH-UBND                        Khánh Bình, ngày 10 tháng 3 năm 2024\n\n"
                  "KẾ HOẠCH\nXây dựng nông thôn mới năm 2024\n") +
      kBody);
  ASSERT_TRUE(e.document.issuer.has_value());
  EXPECT_EQ(e.document.issuer->level, "commune");
  EXPECT_EQ(e.document.issuer->name, "Khánh Bình");
  EXPECT_EQ(e.document.locality.district, "An Phú");
}

TEST(HeaderForms, ParentBodyAboveTheIssuerInATableCell) {
  const Extraction e = ExtractText(
      std::string("| UBND HUYỆN AN PHÚ<br>UBND XÃ KHÁNH BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT "
                  "NAM<br>Độc lập - Tự do - Hạnh phúc |\n|---|---|\n"
                  "| Số: 05/KH-UBND | Khánh Bình, ngày 10 tháng 3 năm 2024 |\n\n"
                  "KẾ HOẠCH\nXây dựng nông thôn mới năm 2024\n") +
      kBody);
  ASSERT_TRUE(e.document.issuer.has_value());
  EXPECT_EQ(e.document.issuer->level, "commune");
  EXPECT_EQ(e.document.issuer->name, "Khánh Bình");
  EXPECT_EQ(e.document.locality.district, "An Phú");
}

TEST(HeaderForms, LayoutsOfTheTwoColumnHeader) {
  const std::string title = "KẾ HOẠCH\nXây dựng nông thôn mới năm 2024\n";
  const char* const layouts[] = {
      // two columns aligned with spaces
      "ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "HUYỆN AN PHÚ                         Độc lập - Tự do - Hạnh phúc\n"
      "Số: 31/KH-UBND                       An Phú, ngày 5 tháng 4 năm 2024\n\n",
      // the columns one after the other
      "ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\n\nSố: 31/KH-UBND\nAn Phú, ngày 5 tháng 4 năm 2024\n\n",
      // lines interleaved, as naive PDF extraction gives them
      "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN AN PHÚ\n"
      "Độc lập - Tự do - Hạnh phúc\nSố: 31/KH-UBND\nAn Phú, ngày 5 tháng 4 năm 2024\n\n",
      // a one-row pipe table
      "| ỦY BAN NHÂN DÂN HUYỆN AN PHÚ<br>Số: 31/KH-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>"
      "An Phú, ngày 5 tháng 4 năm 2024 |\n|---|---|\n\n",
      // under a web page's metadata block
      "Số hiệu: 31/KH-UBND\nLoại văn bản: Kế hoạch\nNơi ban hành: Huyện An Phú\n"
      "Ngày ban hành: 05/04/2024\n\nỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\n-------\n\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n---------------\n\nSố: 31/KH-UBND\n\n"
      "An Phú, ngày 5 tháng 4 năm 2024\n\n",
  };
  for (const char* header : layouts) {
    const Extraction e = ExtractText(header + title + kBody);
    const DocumentFacts& d = e.document;
    EXPECT_EQ(d.doc_number, "31/KH-UBND") << header;
    EXPECT_EQ(d.doc_type, "KH") << header;
    EXPECT_EQ(d.issue_place, "An Phú") << header;
    EXPECT_EQ(d.issue_date, "2024-04-05") << header;
    EXPECT_EQ(d.title, "Xây dựng nông thôn mới năm 2024") << header;
    ASSERT_TRUE(d.issuer.has_value()) << header;
    EXPECT_EQ(d.issuer->level, "district") << header;
    EXPECT_EQ(d.issuer->name, "An Phú") << header;
  }
}

TEST(HeaderForms, MetadataBlockAlone) {
  const Extraction e = ExtractText(
      "Nghị quyết 9/NQ-CP về phiên họp\nCơ quan ban hành: Chính phủ\nSố hiệu:9/NQ-CP\n"
      "Loại văn bản:Nghị quyết\nNgày ban hành:07/03/2022\n");
  EXPECT_EQ(e.document.doc_number, "9/NQ-CP");
  EXPECT_EQ(e.document.doc_type, "NQ");
  EXPECT_EQ(e.document.issue_date, "2022-03-07");
}

TEST(HeaderForms, SideBySideRecipientsAndSignature) {
  const std::string plan =
      "Số: 3/KH-UBND\nAn Phú, ngày 5 tháng 4 năm 2024\n\nKẾ HOẠCH\nXây dựng nông thôn mới\n\n"
      "I. MỤC TIÊU\n\nNội dung.\n\n";
  const char* const closings[] = {
      // spaced columns, the name alone on the last line
      "Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN\n"
      "- UBND tỉnh (b/c);                                KT. CHỦ TỊCH\n"
      "- Lưu: VT.                                        PHÓ CHỦ TỊCH\n\n"
      "                                                  Đinh Thị Hoa\n",
      // the name beside the last recipient
      "Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN\n"
      "- UBND tỉnh (b/c);                                KT. CHỦ TỊCH\n"
      "- Các phòng, ban;                                 PHÓ CHỦ TỊCH\n"
      "- Lưu: VT.                                        Đinh Thị Hoa\n",
      // a markdown table with the cell's lines joined by <br>
      "| **Nơi nhận:**<br>- UBND tỉnh (b/c);<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>"
      "**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br>**Đinh Thị Hoa** |\n|---|---|\n",
      // a two-row pipe table
      "| Nơi nhận: | TM. ỦY BAN NHÂN DÂN |\n| - UBND tỉnh (b/c); | KT. CHỦ TỊCH |\n"
      "| - Lưu: VT. | PHÓ CHỦ TỊCH |\n| | Đinh Thị Hoa |\n",
      // interleaved lines, as naive PDF extraction gives them
      "Nơi nhận:\nTM. ỦY BAN NHÂN DÂN\n- UBND tỉnh (b/c);\nKT. CHỦ TỊCH\n- Lưu: VT.\n"
      "PHÓ CHỦ TỊCH\n\nĐinh Thị Hoa\n",
  };
  for (const char* closing : closings) {
    const Extraction e = ExtractText(plan + closing);
    ASSERT_TRUE(e.document.signer.has_value()) << closing;
    EXPECT_EQ(e.document.signer->name, "Đinh Thị Hoa") << closing;
    EXPECT_EQ(e.document.signer->position, "Phó Chủ tịch") << closing;
    EXPECT_EQ(e.document.signer->acting_for, "TM. Ủy ban nhân dân") << closing;
  }
}

}  // namespace
}  // namespace ntmx
