// RefereeFold against what score.py's fold() gives for the same strings (the
// expected values were printed by the referee itself).
#include "eval/referee_fold.h"

#include <gtest/gtest.h>

namespace ntmx {
namespace {

TEST(RefereeFoldTest, AgreesWithScorePy) {
  EXPECT_EQ(RefereeFold("Phòng Tài chính – Kế hoạch "), "phòng tài chính - kế hoạch");
  EXPECT_EQ(RefereeFold("Hoà Bình"), "hòa bình");
  EXPECT_EQ(RefereeFold("THUỶ LỢI"), "thủy lợi");
  EXPECT_EQ(RefereeFold("quý"), "qúy");  // the referee moves it here too
  EXPECT_EQ(RefereeFold("Khuyến"), "khuyến");
  EXPECT_EQ(RefereeFold("GD&ĐT"), "gd và đt");
  EXPECT_EQ(RefereeFold("**Măng Bút**."), "măng bút");
  EXPECT_EQ(RefereeFold("a  -b"), "a - b");
  EXPECT_EQ(RefereeFold("Hoàng"), "hoàng");  // the tone does not end the syllable
  EXPECT_EQ(RefereeFold("xoè"), "xòe");
  EXPECT_EQ(RefereeFold("hoà-bình"), "hòa - bình");
  EXPECT_EQ(RefereeFold("Straße"), "strasse");  // full case folding, as str.casefold
}

TEST(RefereeFoldTest, KeepsDiacriticsUnlikeTheRuleFold) {
  EXPECT_NE(RefereeFold("Tân Lợi"), RefereeFold("Tan Loi"));
  EXPECT_EQ(RefereeFold("Tân Lợi"), RefereeFold("TÂN  LỢI"));
}

}  // namespace
}  // namespace ntmx
