// Excel dates: the store keeps dates as ISO text ("2024-09-30"); a spreadsheet sorts,
// filters and formats a date only when the cell holds Excel's date number (days
// since 1899-12-30 in the 1900 date system, 2024-09-30 = 45565) with a date format.
// Kept apart from the writer so the arithmetic is tested without a workbook.
//
//   std::optional<CalendarDate> d = ParseIsoDate("2024-09-30");   // {2024, 9, 30}
//   ExcelSerial(*d) == 45565
#pragma once

#include <optional>
#include <string_view>

namespace ntmx {

struct CalendarDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

// "YYYY-MM-DD" exactly, a real day of the Gregorian calendar from 1900-03-01 on
// (before it Excel's 1900 system counts a day that never was, 1900-02-29);
// nullopt for anything else ("2024-02-30", "2024-9-30", "30/09/2024", "").
std::optional<CalendarDate> ParseIsoDate(std::string_view text);

// Excel's serial number of `date` (a date ParseIsoDate accepts).
int ExcelSerial(const CalendarDate& date);

}  // namespace ntmx
