// See deadlines.h. The calendar only; the words are patterns/deadlines.toml.
#include "extract/deadlines.h"

#include "rules/rule_binding.h"

#include <cstdio>
#include <map>
#include <string>

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

const RuleField<DeadlineReader> DeadlineReader::kRules[] = {
    {&DeadlineReader::range_, "deadlines.range"},
    {&DeadlineReader::before_, "deadlines.before"},
    {&DeadlineReader::day_words_, "deadlines.day_words"},
    {&DeadlineReader::half_, "deadlines.half"},
    {&DeadlineReader::quarter_, "deadlines.quarter"},
    {&DeadlineReader::month_, "deadlines.month"},
    {&DeadlineReader::year_, "deadlines.year"},
    {&DeadlineReader::ongoing_, "deadlines.ongoing"},
    {&DeadlineReader::periodic_, "deadlines.periodic"},
    {&DeadlineReader::by_, "deadlines.by"},
    {&DeadlineReader::during_, "deadlines.during"},
};

Status DeadlineReader::Create(const RuleSet& rules, std::unique_ptr<DeadlineReader>* out) {
  std::unique_ptr<DeadlineReader> r(new DeadlineReader());
  if (Status s = BindRules<DeadlineReader>(rules, kRules, "the deadline reader", r.get()); !s.ok())
    return s;
  *out = std::move(r);
  return Status::Ok();
}

std::optional<Deadline> DeadlineReader::Parse(std::string_view phrase,
                                              std::optional<int> plan_year) const {
  const std::string f = FoldKey(phrase);
  std::map<std::string, std::string_view, std::less<>> g;
  auto group = [&g](const char* name) -> std::string_view {
    auto it = g.find(name);
    return it == g.end() ? std::string_view() : it->second;
  };
  auto number = [](std::string_view digits) { return std::stoi(std::string(digits)); };

  Deadline d;
  d.text = std::string(phrase);
  int year = plan_year.value_or(0);
  bool period = false;
  if (range_->MatchFolded(f, &g)) {
    // "từ ngày 01/3 đến ngày 30/6/2024": the days between, both named.
    if (!group("year").empty()) year = number(group("year"));
    const int y1 = group("year1").empty() ? year : number(group("year1"));
    const int d1 = number(group("day1")), m1 = number(group("month1"));
    const int d2 = number(group("day")), m2 = number(group("month"));
    if (year && y1 && m1 >= 1 && m1 <= 12 && m2 >= 1 && m2 <= 12 && d1 >= 1 &&
        d1 <= DaysIn(y1, m1) && d2 >= 1 && d2 <= DaysIn(year, m2)) {
      d.start = Iso(y1, m1, d1);
      d.end = Iso(year, m2, d2);
    }
    d.kind = "during";
    return d;
  }
  if (before_->MatchFolded(f, &g) || day_words_->MatchFolded(f, &g)) {
    // A named day is that day, whether the work is due by it or held on it.
    if (!group("year").empty()) year = number(group("year"));
    const int day = number(group("day")), month = number(group("month"));
    if (year && month >= 1 && month <= 12 && day >= 1 && day <= DaysIn(year, month)) {
      d.start = Iso(year, month, day);
      d.end = d.start;
    }
    period = true;
  } else if (half_->MatchFolded(f, &g)) {
    if (!group("year").empty()) year = number(group("year"));
    // why: which alternative of deadlines.half matched ("đầu": the first half).
    const bool first = group("half") == "dau";
    if (year) {
      d.start = first ? Iso(year, 1, 1) : Iso(year, 7, 1);
      d.end = first ? Iso(year, 6, 30) : Iso(year, 12, 31);
    }
    period = true;
  } else if (quarter_->MatchFolded(f, &g)) {
    if (!group("year").empty()) year = number(group("year"));
    const int q = Roman(group("quarter"));
    if (year && q) {
      d.start = Iso(year, 3 * q - 2, 1);
      d.end = Iso(year, 3 * q, DaysIn(year, 3 * q));
    }
    period = true;
  } else if (month_->MatchFolded(f, &g)) {
    if (!group("year").empty()) year = number(group("year"));
    const int m = number(group("month"));
    if (year && m >= 1 && m <= 12) {
      d.start = Iso(year, m, 1);
      d.end = Iso(year, m, DaysIn(year, m));
    }
    period = true;
  } else if (year_->MatchFolded(f, &g)) {
    year = number(group("year"));
    d.start = Iso(year, 1, 1);
    d.end = Iso(year, 12, 31);
    period = true;
  }
  if (ongoing_->MatchFolded(f, nullptr)) {
    d.kind = "ongoing";
  } else if (periodic_->MatchFolded(f, nullptr)) {
    d.kind = "periodic";
  } else if (by_->MatchFolded(f, nullptr)) {
    d.kind = "by";
  } else if (during_->MatchFolded(f, nullptr) && period) {
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
