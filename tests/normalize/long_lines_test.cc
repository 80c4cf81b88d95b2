// BreakLongLines (normalize/normalizer.h): no line of the stored text is longer than
// [normalize] max_line_bytes, so later stages never see a line of unbounded length.
#include <gtest/gtest.h>

#include <string>

#include "normalize/normalizer.h"

namespace ntmx {
namespace {

size_t LongestLine(const std::string& text) {
  size_t longest = 0, start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    longest = std::max(longest, end - start);
    start = end + 1;
  }
  return longest;
}

TEST(LongLines, ShortLinesAreLeftAlone) {
  std::string text = "Xã đạt 15/19 tiêu chí. Còn 4 tiêu chí chưa đạt.\nDòng hai.";
  const std::string before = text;
  EXPECT_EQ(BreakLongLines(&text, 100), 0u);
  EXPECT_EQ(text, before);
}

TEST(LongLines, BreaksAtSentenceEndsKeepingEveryOffset) {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "Thôn " + std::to_string(i) + " đạt 12/19 tiêu chí; ";
  text += "hết.";
  const std::string before = text;
  const size_t breaks = BreakLongLines(&text, 200);
  EXPECT_GT(breaks, 0u);
  EXPECT_LE(LongestLine(text), 200u);
  ASSERT_EQ(text.size(), before.size());  // one space became one line end
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      EXPECT_EQ(before[i], ' ');
      EXPECT_EQ(text[i - 1], ';') << "a break at a sentence end when there is one";
    } else {
      EXPECT_EQ(text[i], before[i]);
    }
  }
}

TEST(LongLines, WithoutSentenceEndsBreaksAtSpaces) {
  std::string text;
  for (int i = 0; i < 400; ++i) text += "chu ";
  BreakLongLines(&text, 100);
  EXPECT_LE(LongestLine(text), 100u);
}

TEST(LongLines, ARunWithoutSpacesStaysWhole) {
  std::string text(1000, 'a');
  EXPECT_EQ(BreakLongLines(&text, 100), 0u);
  EXPECT_EQ(text, std::string(1000, 'a'));
}

TEST(LongLines, NormalizeTextAppliesTheLimitAndSaysSo) {
  std::string line;
  for (int i = 0; i < 2000; ++i) line += "Kế hoạch năm 2024 đạt 45 triệu đồng. ";
  NormalizeOptions options;
  options.max_line_bytes = 1000;
  Diagnostics diagnostics;
  const std::string out = NormalizeText(line, options, &diagnostics);
  EXPECT_LE(LongestLine(out), 1000u);
  EXPECT_FALSE(diagnostics.all().empty());
}

}  // namespace
}  // namespace ntmx
