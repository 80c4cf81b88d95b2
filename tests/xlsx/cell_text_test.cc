// Cell text and column widths: what a cell may hold and how wide a column is.
#include "xlsx/cell_text.h"

#include <gtest/gtest.h>

#include "xlsx/column_widths.h"

namespace ntmx {
namespace {

size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

TEST(ExcelText, ReplacesControlCharactersButKeepsTabsAndLineBreaks) {
  EXPECT_EQ(ExcelText("a\x01"
                      "b\x1f"
                      "c\x7f"),
            "a b c ");
  EXPECT_EQ(ExcelText("a\tb\nc"), "a\tb\nc");
  EXPECT_EQ(ExcelText("Nhà ở dân cư"), "Nhà ở dân cư");
}

TEST(ExcelText, CutsAtTheLimitWithAnEllipsis) {
  EXPECT_EQ(ExcelText("abcdef", 4), "abc…");
  EXPECT_EQ(ExcelText("abcd", 4), "abcd");  // exactly the limit: whole
  EXPECT_EQ(ExcelText("ởởởởở", 3), "ởở…");  // counted in characters, not bytes
  const std::string cut = ExcelText(std::string(40000, 'x'));
  EXPECT_EQ(CodePoints(cut), kExcelMaxCellChars);
  EXPECT_TRUE(cut.ends_with("…"));
}

TEST(DisplayChars, CountsTheLongestLineInCharacters) {
  EXPECT_EQ(DisplayChars(""), 0u);
  EXPECT_EQ(DisplayChars("Năm"), 3u);
  EXPECT_EQ(DisplayChars("Nhà ở\ndân cư"), 6u);
  EXPECT_EQ(DisplayChars("Na\xcc\x86m"), 3u);  // NFD: the combining breve has no width
}

TEST(ColumnWidths, FitTheLongestCellBetweenFloorAndCap) {
  ColumnWidths widths(3, WidthLimits{.min = 5, .max = 60, .padding = 2});
  widths.Observe(0, "Năm");
  widths.Observe(0, "2024");
  widths.Observe(1, "Ủy ban nhân dân xã Măng Bút");
  widths.Observe(2, std::string(300, 'x'));
  widths.Observe(7, "ignored");
  EXPECT_EQ(widths.Width(0), 6);   // 4 + 2
  EXPECT_EQ(widths.Width(1), 29);  // 27 + 2
  EXPECT_EQ(widths.Width(2), 60);  // capped
  ColumnWidths empty(1, WidthLimits{.min = 5, .max = 60, .padding = 2});
  EXPECT_EQ(empty.Width(0), 5);  // the floor: room for the filter button
}

}  // namespace
}  // namespace ntmx
