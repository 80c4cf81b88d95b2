#include "extract/dates.h"

#include <gtest/gtest.h>

namespace ntmx {
namespace {

TEST(IsoDate, FormsAndBlanks) {
  EXPECT_EQ(IsoDate("13", "07", "2022"), "2022-07-13");
  EXPECT_EQ(IsoDate("5", "1", "2023"), "2023-01-05");
  EXPECT_EQ(IsoDate("", "", "2024"), std::nullopt);
  EXPECT_EQ(IsoDate("31", "2", "2024"), std::nullopt);
  EXPECT_EQ(IsoDate("29", "2", "2024"), "2024-02-29");
  EXPECT_EQ(IsoDate("29", "2", "2023"), std::nullopt);
}

}  // namespace
}  // namespace ntmx
