// FormatNumberVi: numbers as the plans write them.
#include "report/number_format.h"

#include <gtest/gtest.h>

#include <limits>

namespace ntmx {
namespace {

TEST(FormatNumberVi, GroupsThousandsWithDots) {
  EXPECT_EQ(FormatNumberVi(0), "0");
  EXPECT_EQ(FormatNumberVi(100), "100");
  EXPECT_EQ(FormatNumberVi(4342), "4.342");
  EXPECT_EQ(FormatNumberVi(23198), "23.198");
  EXPECT_EQ(FormatNumberVi(1234567), "1.234.567");
}

TEST(FormatNumberVi, WritesAtMostTwoDecimalsAfterAComma) {
  EXPECT_EQ(FormatNumberVi(18.5), "18,5");
  EXPECT_EQ(FormatNumberVi(0.25), "0,25");
  EXPECT_EQ(FormatNumberVi(1234567.891), "1.234.567,89");
  EXPECT_EQ(FormatNumberVi(2.999), "3");
  EXPECT_EQ(FormatNumberVi(45.0), "45");
}

TEST(FormatNumberVi, SignsAndNonFiniteValues) {
  EXPECT_EQ(FormatNumberVi(-1500.5), "-1.500,5");
  EXPECT_EQ(FormatNumberVi(-0.001), "0");
  EXPECT_EQ(FormatNumberVi(std::numeric_limits<double>::quiet_NaN()), "?");
  EXPECT_EQ(FormatNumberVi(2e20), "2e+20");
}

}  // namespace
}  // namespace ntmx
