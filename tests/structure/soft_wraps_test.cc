// Joining soft wraps (structure/soft_wraps.h) on small plans hard-wrapped at about
// sixty columns, as text copied from a PDF arrives, and on the same plans with one
// line a paragraph, which must stay as they are.
#include "structure/soft_wraps.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pipeline_fixture.h"

namespace ntmx {
namespace {

const SoftWrapRules& Rules() {
  static const SoftWrapRules rules = [] {
    SoftWrapRules r;
    const Status status = FindSoftWrapRules(testing::DefaultPipeline().resources().rules, &r);
    EXPECT_TRUE(status.ok()) << status.message();
    return r;
  }();
  return rules;
}

// The lines of `text`.
std::vector<std::string> LinesOf(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

const char kHeader[] =
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "XÃ AN BÌNH\tĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 07/KH-UBND\tAn Bình, ngày 12 tháng 3 năm 2025\n\n"
    "KẾ HOẠCH\n";

// A plan wrapped at 62 columns.
const char kWrapped[] =
    "Thực hiện các tiêu chí nông thôn mới xã An Bình năm 2025\n\n"
    "Căn cứ Quyết định số 25/QĐ-UBND ngày 10/01/2025 của Ủy ban\n"
    "nhân dân huyện Đông Sơn về việc giao chỉ tiêu xây dựng nông\n"
    "thôn mới năm 2025;\n"
    "Căn cứ Nghị quyết số 03/NQ-HĐND ngày 20/12/2024 của Hội đồng\n"
    "nhân dân xã An Bình về nhiệm vụ phát triển kinh tế - xã hội;\n"
    "Căn cứ Kế hoạch số 14/KH-UBND ngày 02/02/2025 của huyện.\n\n"
    "I. KẾT QUẢ\n\n"
    "Đến hết năm 2024, xã An Bình đạt 16/19 tiêu chí, gồm: TC số 1\n"
    "(Quy hoạch); TC số 2 (Giao thông); TC số 3 (Thủy lợi); TC\n"
    "số 4 (Điện); TC số 5 (Trường học); TC số 6 (Văn hóa); TC số\n"
    "7 (Thương mại); TC số 8 (Thông tin); TC số 9 (Nhà ở, dân cư);\n"
    "TC số 12 (Lao động); TC số 14 (Giáo dục và Đào tạo); TC số\n"
    "15 (Y tế).\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n\n"
    "- Công chức Địa chính - Xây dựng: chủ trì TC số 1, TC số 2,\n"
    "TC số 9 và tiêu chí 17; phối hợp thực hiện TC số 3 và chỉ tiêu\n"
    "13.3 về truy xuất nguồn gốc sản phẩm trên địa bàn xã.\n"
    "- Công chức Văn hóa - Xã hội: chủ trì các tiêu chí số 5, 6, 8,\n"
    "10, 11, 12, 14, 15 và 16; phối hợp Phòng Văn hóa và Thông tin\n"
    "huyện.\n"
    "1. Chi cục Thống kê: tổng hợp số liệu thu nhập báo cáo\n"
    "2. Ban Chỉ huy Quân sự xã phối hợp với Công an xã thực hiện\n"
    "chỉ tiêu 19.1 và 19.2 trong năm.\n"
    "| TT | Tiêu chí | Kết quả |\n"
    "| 1 | Quy hoạch | Đạt |\n\n"
    "Nơi nhận:\n"
    "- UBND huyện Đông Sơn;\n"
    "- Lưu: VT.\n";

// The same plan with one line a paragraph, as typed.
std::string Unwrapped() {
  std::string text = kWrapped;
  // Every break the author did not make, as JoinSoftWraps should find them.
  for (const char* soft :
       {"Ủy ban\nnhân", "nông\nthôn", "Hội đồng\nnhân", "TC số 1\n(Quy", "TC\nsố 4", "TC số\n7",
        "dân cư);\nTC", "TC số\n15", "TC số 2,\nTC", "chỉ tiêu\n13.3", "số 5, 6, 8,\n10",
        "Thông tin\nhuyện", "thực hiện\nchỉ tiêu"}) {
    const size_t at = text.find(soft);
    EXPECT_NE(at, std::string::npos) << soft;
    if (at != std::string::npos) text[text.find('\n', at)] = ' ';
  }
  return text;
}

TEST(SoftWraps, AWrappedTextHasItsWidth) {
  const std::string text = std::string(kHeader) + kWrapped;
  const WrapProfile profile = MeasureWrapProfile(text, Rules());
  EXPECT_TRUE(profile.wrapped);
  EXPECT_GE(profile.width, 55u);
  EXPECT_LE(profile.width, 64u);
  // The header above "KẾ HOẠCH" is not measured and never joined.
  EXPECT_TRUE(text.substr(profile.body_begin).starts_with("Thực hiện các tiêu chí"));
}

TEST(SoftWraps, JoinsTheBreaksOfThePageAndKeepsTheAuthors) {
  std::string text = std::string(kHeader) + kWrapped;
  const size_t size = text.size();
  EXPECT_EQ(JoinSoftWraps(&text, Rules()), 13u);
  EXPECT_EQ(text.size(), size);  // one space for one line end: offsets keep their meaning
  EXPECT_EQ(LinesOf(text), LinesOf(std::string(kHeader) + Unwrapped()));
}

TEST(SoftWraps, ATextWithOneLineAParagraphIsNotTouched) {
  std::string text = std::string(kHeader) + Unwrapped();
  const std::string before = text;
  EXPECT_FALSE(MeasureWrapProfile(text, Rules()).wrapped);
  EXPECT_EQ(JoinSoftWraps(&text, Rules()), 0u);
  EXPECT_EQ(text, before);
}

TEST(SoftWraps, ShortLinesAreTheAuthorsEvenInAWrappedText) {
  // Lines far shorter than the width end where the author ended them.
  std::string text = std::string(kHeader) + kWrapped +
                     "\nTiêu chí Giao thông đạt\nTiêu chí Điện chưa đạt\nThôn Bắc Sơn\n";
  const std::string tail = "Tiêu chí Giao thông đạt\nTiêu chí Điện chưa đạt\nThôn Bắc Sơn\n";
  JoinSoftWraps(&text, Rules());
  EXPECT_TRUE(text.ends_with(tail));
}

TEST(SoftWraps, AColonIntroducesOneLineButNotAList) {
  std::string text = std::string(kHeader) + kWrapped +
                     "\n- Trường Tiểu học An Bình: chủ trì thực hiện các tiêu chí:\n"
                     "Tiêu chí số 5 về Trường học; tiêu chí số 14 về Giáo dục.\n\n"
                     "Kết quả rà soát của xã An Bình được tổng hợp theo các nhóm:\n"
                     "Nhóm hạ tầng đạt\nNhóm văn hóa chưa đạt\n";
  JoinSoftWraps(&text, Rules());
  EXPECT_NE(text.find("các tiêu chí: Tiêu chí số 5"), std::string::npos);
  EXPECT_NE(text.find("theo các nhóm:\nNhóm hạ tầng đạt\nNhóm"), std::string::npos);
}

TEST(SoftWraps, AnAbbreviationInCapitalsEndsItsSentenceButAHeadingStaysApart) {
  std::string text = std::string(kHeader) + kWrapped +
                     "\n- Bố trí vốn theo kế hoạch hằng năm cho các thôn đang xây dựng\nNTM.\n"
                     "- Rà soát và đánh giá các tiêu chí của xã theo hướng dẫn huyện\n"
                     "KẾT QUẢ THỰC HIỆN\n";
  JoinSoftWraps(&text, Rules());
  EXPECT_NE(text.find("đang xây dựng NTM."), std::string::npos);
  EXPECT_NE(text.find("hướng dẫn huyện\nKẾT QUẢ"), std::string::npos);
}

TEST(SoftWraps, ANumberBeforeALowerCaseWordContinuesButASectionDoesNot) {
  std::string text = std::string(kHeader) + kWrapped +
                     "\n- Trạm Y tế xã: chủ trì chỉ tiêu 15.2 về xã đạt chuẩn y tế;\n"
                     "15.3 tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi.\n\n"
                     "- Trạm Y tế xã: chủ trì chỉ tiêu 15.2 về xã đạt chuẩn y tế;\n"
                     "15.3 Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi\n";
  JoinSoftWraps(&text, Rules());
  EXPECT_NE(text.find("chuẩn y tế; 15.3 tỷ lệ"), std::string::npos);
  EXPECT_NE(text.find("chuẩn y tế;\n15.3 Tỷ lệ"), std::string::npos);
}

TEST(SoftWraps, AQuarterInRomanNumeralsIsNoPart) {
  std::string text = std::string(kHeader) + kWrapped +
                     "\n- Thời gian: hoàn thành việc đánh giá thu nhập trong quý\nII/2025.\n"
                     "- Chủ trì tham mưu thực hiện tiêu chí số 19 (Chỉ tiêu:\n19.1).\n"
                     "- Phối hợp thực hiện tiêu chí số 19 về Quốc phòng và An ninh\n"
                     "II/ GIẢI PHÁP\n";
  JoinSoftWraps(&text, Rules());
  EXPECT_NE(text.find("trong quý II/2025."), std::string::npos);
  EXPECT_NE(text.find("(Chỉ tiêu: 19.1)."), std::string::npos);
  EXPECT_NE(text.find("An ninh\nII/ GIẢI PHÁP"), std::string::npos);
}

TEST(SoftWraps, TheStructureStageReadsTheLogicalLines) {
  const StructuredText s =
      testing::DefaultPipeline().Structure(std::string(kHeader) + kWrapped, nullptr);
  EXPECT_NE(s.text.find("- Công chức Địa chính - Xây dựng: chủ trì TC số 1, TC số 2, TC số 9 và "
                        "tiêu chí 17; phối hợp thực hiện TC số 3 và chỉ tiêu 13.3 về truy xuất"),
            std::string::npos);
  // "13.3 về …" is no section of its own.
  for (const Node& node : s.tree.nodes) EXPECT_NE(node.marker, "13.3");
}

TEST(SoftWraps, RoleLinesWrappedAtThePageGiveTheirResponsibilities) {
  const Extraction e = testing::ExtractText(std::string(kHeader) + kWrapped);
  bool dcxd_17 = false, vhxh_16 = false;
  for (const Responsibility& r : e.responsibilities) {
    if (r.unit == "Công chức Địa chính - Xây dựng" && r.role == "lead") {
      dcxd_17 = std::find(r.criteria.begin(), r.criteria.end(), 17) != r.criteria.end();
    }
    if (r.unit == "Công chức Văn hóa - Xã hội" && r.role == "lead") {
      vhxh_16 = std::find(r.criteria.begin(), r.criteria.end(), 16) != r.criteria.end();
    }
  }
  EXPECT_TRUE(dcxd_17);
  EXPECT_TRUE(vhxh_16);
}

}  // namespace
}  // namespace ntmx
