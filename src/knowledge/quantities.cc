// Quantities: number + comparator + unit. See quantities.h.
#include "knowledge/quantities.h"

#include <algorithm>

#include "text/fold.h"
#include "text/numbers.h"
#include "util/tsv.h"

namespace ntmx {
namespace {

bool IsWordByte(char c) { return IsFoldedWordByte(c); }

size_t SkipSpaces(std::string_view s, size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}

// Whether `s` ends with `phrase` starting at a word boundary (spaces and ':'
// before the number are ignored by the caller).
bool EndsWithPhrase(std::string_view s, std::string_view phrase) {
  if (phrase.empty() || s.size() < phrase.size()) return false;
  if (s.substr(s.size() - phrase.size()) != phrase) return false;
  const size_t at = s.size() - phrase.size();
  return at == 0 || !IsWordByte(s[at - 1]) || !IsWordByte(phrase.front());
}

bool StartsWithPhrase(std::string_view s, std::string_view phrase) {
  if (s.substr(0, phrase.size()) != phrase) return false;
  return s.size() == phrase.size() || !IsWordByte(s[phrase.size()]) || !IsWordByte(phrase.back());
}

// How far a gap ("tiêu chí … /xã") or a late "trở lên" may be after the unit:
// a few words, in bytes of folded text.
constexpr size_t kGapBytes = 48;

bool IsGapBreak(char c) {
  return (c >= '0' && c <= '9') || c == ',' || c == ';' || c == '.' || c == ':' || c == '(' ||
         c == ')' || c == '/' || c == '%';
}

// Where `phrase` starts within the first kGapBytes of `s`, at a word start and
// with nothing but words and spaces before it; npos when it does not.
size_t PhraseAfterGap(std::string_view s, std::string_view phrase, bool phrase_may_start_gap) {
  const size_t limit = std::min(s.size(), kGapBytes + phrase.size());
  for (size_t i = 0; i < limit; ++i) {
    const bool word_start = i == 0 || s[i - 1] == ' ';
    if ((word_start || phrase_may_start_gap) && StartsWithPhrase(s.substr(i), phrase)) return i;
    if (IsGapBreak(s[i])) return std::string_view::npos;
  }
  return std::string_view::npos;
}

}  // namespace

Status QuantityReader::Load(const std::filesystem::path& schemas_dir) {
  std::vector<TsvRow> rows;
  Status status = ReadTsv(schemas_dir / "measure_units.tsv", 2, &rows);
  if (!status.ok()) return status;
  for (const TsvRow& row : rows) {
    AddUnit(row.fields[0], row.fields[1]);
    if (row.fields.size() > 2 && !row.fields[2].empty()) {
      status = SetRole(row.fields[1], row.fields[2]);
      if (!status.ok()) {
        return Status::InvalidInput((schemas_dir / "measure_units.tsv").string() + ":" +
                                    std::to_string(row.line) + ": " + status.message());
      }
    }
  }
  rows.clear();
  status = ReadTsv(schemas_dir / "comparators.tsv", 2, &rows);
  if (!status.ok()) return status;
  for (const TsvRow& row : rows) {
    AddComparator(row.fields[0], row.fields[1], row.fields.size() > 2 ? row.fields[2] : "");
  }
  return Status::Ok();
}

void QuantityReader::AddUnit(std::string_view alias, std::string canonical) {
  static constexpr std::string_view kGap = "…";
  const size_t gap = alias.find(kGap);
  if (gap == std::string_view::npos) {
    units_.push_back({FoldKey(alias), std::move(canonical), ""});
  } else {
    units_.push_back({FoldKey(alias.substr(0, gap)), std::move(canonical),
                      FoldKey(alias.substr(gap + kGap.size()))});
  }
  std::stable_sort(units_.begin(), units_.end(), [](const UnitAlias& a, const UnitAlias& b) {
    return a.folded.size() > b.folded.size();
  });
}

Status QuantityReader::SetRole(const std::string& canonical, std::string_view role) {
  static constexpr std::pair<std::string_view, MeasureRole> kRoles[] = {
      {"commune", MeasureRole::kCommune},
      {"village", MeasureRole::kVillage},
      {"per_commune", MeasureRole::kPerCommune},
      {"multiplier", MeasureRole::kMultiplier},
      {"money", MeasureRole::kMoney},
      {"income", MeasureRole::kIncome}};
  for (const auto& [name, value] : kRoles) {
    if (name == role) {
      roles_.emplace_back(canonical, value);
      return Status::Ok();
    }
  }
  return Status::InvalidInput("unknown role \"" + std::string(role) +
                              "\" (commune, village, per_commune, multiplier, money, income)");
}

MeasureRole QuantityReader::RoleOf(std::string_view canonical) const {
  for (const auto& [unit, role] : roles_) {
    if (unit == canonical) return role;
  }
  return MeasureRole::kNone;
}

const std::string& QuantityReader::UnitWithRole(MeasureRole role) const {
  static const std::string kNone;
  for (const auto& [unit, r] : roles_) {
    if (r == role) return unit;
  }
  return kNone;
}

void QuantityReader::AddComparator(std::string comparator, std::string_view before,
                                   std::string_view after) {
  comparators_.push_back({std::move(comparator), FoldKey(before), FoldKey(after)});
  std::stable_sort(comparators_.begin(), comparators_.end(),
                   [](const ComparatorPhrase& a, const ComparatorPhrase& b) {
                     return a.before.size() + a.after.size() > b.before.size() + b.after.size();
                   });
}

std::optional<std::string> QuantityReader::UnitAt(std::string_view folded, size_t* length) const {
  for (const UnitAlias& u : units_) {
    if (!StartsWithPhrase(folded, u.folded)) continue;
    if (!u.tail.empty()) {
      // "tiêu chí" + a few words + "/xã" (the tail may follow a word directly).
      const std::string_view rest = folded.substr(u.folded.size());
      const size_t at = PhraseAfterGap(rest, u.tail, u.tail.front() == '/');
      if (at == std::string_view::npos) continue;
      if (length) *length = u.folded.size() + at + u.tail.size();
      return u.canonical;
    }
    if (length) *length = u.folded.size();
    return u.canonical;
  }
  return std::nullopt;
}

std::vector<Quantity> QuantityReader::Find(std::string_view line) const {
  std::vector<Quantity> out;
  for (const NumberExpr& n : FindNumbers(line)) {
    Quantity q;
    q.number_begin = n.begin;
    q.number_end = n.end;
    q.begin = n.begin;
    q.from_words = n.from_words;
    // The unit: right after the number, or after one space.
    size_t at = n.end;
    if (at < line.size() && line[at] == ' ') ++at;
    size_t unit_length = 0;
    std::optional<std::string> unit = UnitAt(line.substr(at), &unit_length);
    if (!unit) continue;
    if (n.from_words && *unit == "%") continue;
    q.unit = *unit;
    q.unit_written = std::string(line.substr(at, unit_length));
    q.end = at + unit_length;
    q.value = n.value;
    switch (n.form) {
      case NumberExpr::Form::kSingle:
        break;
      case NumberExpr::Form::kRange:
        q.value_max = n.value_max;
        break;
      case NumberExpr::Form::kPair:
        if (q.unit == "%") {
          q.actual = n.first;
        } else {
          q.of = n.value;
          q.value = *n.first;
        }
        break;
    }
    // The comparator: the longest phrase ending right before the number.
    size_t before_end = n.begin;
    while (before_end > 0 && (line[before_end - 1] == ' ' || line[before_end - 1] == ':'))
      --before_end;
    const std::string_view before = line.substr(0, before_end);
    const std::string_view after = line.substr(SkipSpaces(line, q.end));
    q.comparator = "=";
    for (const ComparatorPhrase& c : comparators_) {
      if (!c.before.empty() && !EndsWithPhrase(before, c.before)) continue;
      // "từ … trở lên" may close a few words after the unit ("từ 4 hợp tác xã
      // chăn nuôi trở lên"); a phrase with only `after` must follow the unit.
      size_t after_at = 0;
      if (!c.after.empty()) {
        after_at = c.before.empty()
                       ? (StartsWithPhrase(after, c.after) ? 0 : std::string_view::npos)
                       : PhraseAfterGap(after, c.after, false);
        if (after_at == std::string_view::npos) continue;
      }
      if (c.before.empty() && c.after.empty()) continue;
      q.comparator = c.comparator;
      q.comparator_written = true;
      if (!c.before.empty()) q.begin = before_end - c.before.size();
      if (!c.after.empty())
        q.end = static_cast<size_t>(after.data() - line.data()) + after_at + c.after.size();
      break;
    }
    if (n.form == NumberExpr::Form::kRange) {
      q.comparator = "range";
      q.comparator_written = true;
      // why: the opening word of a range ("từ 3 đến 5"), part of the number grammar of
      // text/numbers.cc.
      if (EndsWithPhrase(before, "tu")) q.begin = before_end - 2;
    }
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace ntmx
