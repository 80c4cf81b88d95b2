// The normalize stage on small literal inputs.
#include "normalize/normalizer.h"

#include <gtest/gtest.h>

namespace ntmx {
namespace {

std::string Normalize(std::string_view s) { return NormalizeText(s, NormalizeOptions{}, nullptr); }

TEST(Normalize, ComposesNfd) {
  EXPECT_EQ(Normalize("Ho\u0300a Bi\u0300nh"), "Hòa Bình");
  EXPECT_EQ(Normalize("Vie\u0323\u0302t Nam"), "Việt Nam");  // marks in the other order
}

TEST(Normalize, LineEnds) { EXPECT_EQ(Normalize("a\r\nb\rc\n"), "a\nb\nc"); }

TEST(Normalize, InvisibleAndSpaceCharacters) {
  EXPECT_EQ(Normalize("nông\u00A0thôn"), "nông thôn");
  EXPECT_EQ(Normalize("\uFEFFKế\u200B hoạch"), "Kế hoạch");
  EXPECT_EQ(Normalize("tiêu\u00ADchí"), "tiêuchí");
  // A mark separated from its letter by a zero-width space still composes.
  EXPECT_EQ(Normalize("a\u200B\u0301"), "á");
}

TEST(Normalize, BrokenFontLetter) {
  Diagnostics d;
  EXPECT_EQ(NormalizeText("đ\u01A3ợc tr\u01A3ờng", NormalizeOptions{}, &d), "được trường");
  ASSERT_EQ(d.all().size(), 1u);
  EXPECT_EQ(d.all()[0].severity, Diagnostic::Severity::kWarning);
}

TEST(Normalize, MarkdownMarks) {
  EXPECT_EQ(Normalize("## **KẾ HOẠCH**"), "KẾ HOẠCH");
  EXPECT_EQ(Normalize("tiêu chí **Y tế** và *Giáo dục*"), "tiêu chí Y tế và Giáo dục");
  EXPECT_EQ(Normalize("#### ***Nơi nhận:***"), "Nơi nhận:");
  EXPECT_EQ(Normalize("* Tiêu chí số 9"), "* Tiêu chí số 9");  // a bullet stays
  EXPECT_EQ(Normalize("1\\. Mục tiêu"), "1. Mục tiêu");
  EXPECT_EQ(Normalize("***"), "");
  EXPECT_EQ(Normalize("Ghi chú (*) ở cuối"), "Ghi chú (*) ở cuối");
  EXPECT_EQ(Normalize("**TM. ỦY BAN NHÂN DÂN**  "), "TM. ỦY BAN NHÂN DÂN");
}

TEST(Normalize, Latex) {
  EXPECT_EQ(Normalize("tỷ lệ nghèo $\\leq 13\\%$ năm 2024"), "tỷ lệ nghèo ≤ 13% năm 2024");
  EXPECT_EQ(Normalize("$\\geq 45$ triệu"), "≥ 45 triệu");
  EXPECT_EQ(Normalize("giá 5$ mỗi"), "giá 5$ mỗi");  // a lone dollar is text
}

TEST(Normalize, SpacesCollapsedAndLinesTrimmed) {
  EXPECT_EQ(Normalize("  Số:   03/KH-UBND  \n\n\n"), "Số: 03/KH-UBND");
  EXPECT_EQ(Normalize("a\tb"), "a\tb");  // tabs separate table cells
}

TEST(Normalize, WideSpaceRunIsAColumnBreak) {
  // A two-column header aligned with spaces keeps its columns apart, as a tab.
  EXPECT_EQ(Normalize("UBND XÃ HỒNG LỘC            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            "UBND XÃ HỒNG LỘC\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  // A few spaces between words are one space; leading and trailing runs go.
  EXPECT_EQ(Normalize("Số:     /KH-UBND"), "Số: /KH-UBND");
  EXPECT_EQ(Normalize("        a b          "), "a b");
}

TEST(Normalize, NfdCopyEqualsNfcOriginal) {
  const std::string nfc = "Căn cứ Quyết định số 416/QĐ-UBND của Ủy ban nhân dân tỉnh Kon Tum";
  const std::string nfd =
      "C\u0103n c\u01B0\u0301 Quy\u00EA\u0301t \u0111i\u0323nh s\u00F4\u0301 416/Q\u0110-UBND "
      "cu\u0309a U\u0309y ban nh\u00E2n d\u00E2n ti\u0309nh Kon Tum";
  EXPECT_EQ(Normalize(nfd), Normalize(nfc));
}

}  // namespace
}  // namespace ntmx
