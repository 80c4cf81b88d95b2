// See excel_date.h. Days are counted with the civil-from-days algorithm of Howard
// Hinnant ("chrono-compatible low-level date algorithms"): exact for every
// Gregorian date, no tables, no time zone.
#include "xlsx/excel_date.h"

namespace ntmx {
namespace {

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

// Days from 1970-01-01 to `d` (negative before it).
long DaysFromEpoch(const CalendarDate& d) {
  const long y = d.month <= 2 ? d.year - 1 : d.year;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long year_of_era = y - era * 400;
  const long month_index = d.month > 2 ? d.month - 3 : d.month + 9;
  const long day_of_year = (153 * month_index + 2) / 5 + d.day - 1;
  const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

// Reads exactly `digits` ASCII digits of `text` from `at`; -1 when they are not digits.
int Digits(std::string_view text, size_t at, size_t digits) {
  int value = 0;
  for (size_t i = at; i < at + digits; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

// 1899-12-30, Excel's day 0, as days from 1970-01-01.
constexpr long kExcelEpoch = -25569;

}  // namespace

std::optional<CalendarDate> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const CalendarDate d{Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2)};
  if (d.year < 0 || d.month < 1 || d.month > 12 || d.day < 1) return std::nullopt;
  if (d.day > DaysInMonth(d.year, d.month)) return std::nullopt;
  if (d.year < 1900 || (d.year == 1900 && d.month < 3)) return std::nullopt;
  return d;
}

int ExcelSerial(const CalendarDate& date) {
  return static_cast<int>(DaysFromEpoch(date) - kExcelEpoch);
}

}  // namespace ntmx
