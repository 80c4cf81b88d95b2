// See dates.h.
#include "extract/dates.h"

#include <cstdio>

namespace ntmx {

std::optional<int> ParseSmallInt(std::string_view digits) {
  if (digits.empty() || digits.size() > 9) return std::nullopt;
  int value = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::optional<std::string> IsoDate(std::string_view day, std::string_view month,
                                   std::string_view year) {
  const auto d = ParseSmallInt(day);
  const auto m = ParseSmallInt(month);
  const auto y = ParseSmallInt(year);
  if (!d || !m || !y || *m < 1 || *m > 12 || *d < 1 || *y < 1900 || *y > 2200) return std::nullopt;
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (*y % 4 == 0 && *y % 100 != 0) || *y % 400 == 0;
  const int max_day = *m == 2 ? (leap ? 29 : 28) : kDays[*m - 1];
  if (*d > max_day) return std::nullopt;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", *y, *m, *d);
  return std::string(buf);
}

}  // namespace ntmx
