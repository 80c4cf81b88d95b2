// Excel dates: ISO text in, Excel's serial day out.
#include "xlsx/excel_date.h"

#include <gtest/gtest.h>

namespace ntmx {
namespace {

int Serial(const char* iso) {
  const std::optional<CalendarDate> d = ParseIsoDate(iso);
  return d ? ExcelSerial(*d) : -1;
}

TEST(ExcelDate, CountsDaysAsExcelDoes) {
  EXPECT_EQ(Serial("1900-03-01"), 61);  // the first day after Excel's phantom 1900-02-29
  EXPECT_EQ(Serial("1970-01-01"), 25569);
  EXPECT_EQ(Serial("2000-02-29"), 36585);
  EXPECT_EQ(Serial("2024-01-01"), 45292);
  EXPECT_EQ(Serial("2024-09-30"), 45565);
  EXPECT_EQ(Serial("2025-12-31"), 46022);
}

TEST(ExcelDate, ReadsOnlyWholeRealIsoDates) {
  const std::optional<CalendarDate> d = ParseIsoDate("2024-09-30");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year, 2024);
  EXPECT_EQ(d->month, 9);
  EXPECT_EQ(d->day, 30);
  for (const char* bad : {"", "2024", "2024-9-30", "30/09/2024", "2024-09-30T00:00", "2024-13-01",
                          "2024-00-10", "2024-02-30", "2023-02-29", "2100-02-29", "2024-04-31",
                          "2024-09-00", "20a4-09-30", "1900-02-28"}) {
    EXPECT_FALSE(ParseIsoDate(bad)) << bad;
  }
  EXPECT_TRUE(ParseIsoDate("2024-02-29"));
  EXPECT_TRUE(ParseIsoDate("2000-02-29"));
}

}  // namespace
}  // namespace ntmx
