// Word shingles (text/shingles.h): resemblance that ignores layout, case and marks.
#include "text/shingles.h"

#include <gtest/gtest.h>

namespace ntmx {
namespace {

TEST(WordShingles, LayoutCaseAndMarksDoNotCount) {
  const WordShingles a("Kế hoạch xây dựng nông thôn mới năm 2024", 3);
  const WordShingles b("KẾ HOẠCH\nxây dựng  nông-thôn mới, năm 2024.", 3);
  EXPECT_DOUBLE_EQ(a.Resemblance(b), 1.0);
  EXPECT_EQ(a.size(), 7u);  // 9 words, 7 runs of 3
}

TEST(WordShingles, ResemblanceIsTheShareOfSharedShingles) {
  const WordShingles a("một hai ba bốn năm", 3);  // {1 2 3, 2 3 4, 3 4 5}
  const WordShingles b("một hai ba bốn sáu", 3);  // {1 2 3, 2 3 4, 3 4 6}
  EXPECT_DOUBLE_EQ(a.Resemblance(b), 2.0 / 4.0);
  EXPECT_DOUBLE_EQ(a.Resemblance(WordShingles("bảy tám chín mười", 3)), 0.0);
}

TEST(WordShingles, ShortAndEmptyTexts) {
  EXPECT_EQ(WordShingles("hai từ", 3).size(), 1u);
  EXPECT_EQ(WordShingles("", 3).size(), 0u);
  EXPECT_DOUBLE_EQ(WordShingles("", 3).Resemblance(WordShingles("", 3)), 0.0);
}

}  // namespace
}  // namespace ntmx
