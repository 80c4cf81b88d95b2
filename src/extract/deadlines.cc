// Deadlines: see deadlines.h.
#include "extract/deadlines.h"

#include <re2/re2.h>

#include <cstdio>

#include "text/fold.h"

namespace ntmx {
namespace {

std::string Iso(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

int DaysIn(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

int Roman(std::string_view r) {
  if (r == "i" || r == "1") return 1;
  if (r == "ii" || r == "2") return 2;
  if (r == "iii" || r == "3") return 3;
  if (r == "iv" || r == "4") return 4;
  return 0;
}

}  // namespace

std::optional<Deadline> ParseDeadline(std::string_view phrase, std::optional<int> plan_year) {
  const std::string f = FoldKey(phrase);
  static const RE2 kOngoing("thuong xuyen|lien tuc");
  static const RE2 kPeriodic("dinh ky|hang thang|hang quy|hang nam|hang tuan|moi quy|moi thang");
  static const RE2 kBy("hoan thanh|truoc|\\bvao\\b|xong|cham nhat|\\bden\\b");
  static const RE2 kDuring("\\btrong\\b");
  static const RE2 kBefore("truoc ngay (\\d{1,2})\\s*[/-]\\s*(\\d{1,2})(?:\\s*[/-]\\s*(\\d{4}))?");
  static const RE2 kHalf("(6|sau) thang (dau|cuoi) nam(?: (\\d{4}))?");
  static const RE2 kQuarter("quy (iv|iii|ii|i|[1-4])\\b(?:\\s*(?:nam|/)\\s*(\\d{4}))?");
  static const RE2 kMonth("thang (\\d{1,2})\\b(?:\\s*(?:nam|/)\\s*(\\d{4}))?");
  static const RE2 kYear("(?:nam|/)\\s*(\\d{4})\\b");

  Deadline d;
  d.text = std::string(phrase);
  int year = plan_year.value_or(0);
  std::string y_text, a, b, c;
  bool period = false;
  if (RE2::PartialMatch(f, kBefore, &a, &b, &c)) {
    if (!c.empty()) year = std::stoi(c);
    const int day = std::stoi(a), month = std::stoi(b);
    if (year && month >= 1 && month <= 12 && day >= 1 && day <= DaysIn(year, month)) {
      d.start = Iso(year, 1, 1);
      d.end = Iso(year, month, day);
    }
    period = true;
  } else if (RE2::PartialMatch(f, kHalf, &a, &b, &y_text)) {
    if (!y_text.empty()) year = std::stoi(y_text);
    if (year) {
      d.start = b == "dau" ? Iso(year, 1, 1) : Iso(year, 7, 1);
      d.end = b == "dau" ? Iso(year, 6, 30) : Iso(year, 12, 31);
    }
    period = true;
  } else if (RE2::PartialMatch(f, kQuarter, &a, &y_text)) {
    if (!y_text.empty()) year = std::stoi(y_text);
    const int q = Roman(a);
    if (year && q) {
      d.start = Iso(year, 3 * q - 2, 1);
      d.end = Iso(year, 3 * q, DaysIn(year, 3 * q));
    }
    period = true;
  } else if (RE2::PartialMatch(f, kMonth, &a, &y_text)) {
    if (!y_text.empty()) year = std::stoi(y_text);
    const int m = std::stoi(a);
    if (year && m >= 1 && m <= 12) {
      d.start = Iso(year, m, 1);
      d.end = Iso(year, m, DaysIn(year, m));
    }
    period = true;
  } else if (RE2::PartialMatch(f, kYear, &y_text)) {
    year = std::stoi(y_text);
    d.start = Iso(year, 1, 1);
    d.end = Iso(year, 12, 31);
    period = true;
  }
  if (RE2::PartialMatch(f, kOngoing)) {
    d.kind = "ongoing";
  } else if (RE2::PartialMatch(f, kPeriodic)) {
    d.kind = "periodic";
  } else if (RE2::PartialMatch(f, kBy)) {
    d.kind = "by";
  } else if (RE2::PartialMatch(f, kDuring) && period) {
    d.kind = "during";
  } else if (period) {
    d.kind = "by";
  } else {
    return std::nullopt;
  }
  if ((d.kind == "ongoing" || d.kind == "periodic") && !d.start && plan_year) {
    d.start = Iso(*plan_year, 1, 1);
    d.end = Iso(*plan_year, 12, 31);
  }
  return d;
}

}  // namespace ntmx
