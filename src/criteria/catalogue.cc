// See catalogue.h.
#include "criteria/catalogue.h"

#include <cctype>
#include "text/fold.h"

#include "util/tsv.h"

namespace ntmx {
namespace {

std::vector<std::string> SplitBars(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t bar = s.find('|', start);
    if (bar == std::string::npos) bar = s.size();
    if (bar > start) out.push_back(s.substr(start, bar - start));
    start = bar + 1;
  }
  return out;
}

// The folded key of a criterion name: "&" read as "và", spaces collapsed.
std::string NameKey(std::string_view name) {
  std::string key = FoldKey(name);
  std::string out;
  for (char c : key) {
    if (c == '&') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      out += "va ";
    } else if (c == ' ' && !out.empty() && out.back() == ' ') {
      continue;
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// "2.10" -> criterion 2; false unless the id is two numbers joined by a dot.
bool ParseIndicatorId(std::string_view id, int* criterion) {
  const size_t dot = id.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == id.size()) return false;
  for (size_t i = 0; i < id.size(); ++i) {
    if (i != dot && !std::isdigit(static_cast<unsigned char>(id[i]))) return false;
  }
  *criterion = std::stoi(std::string(id.substr(0, dot)));
  return true;
}

}  // namespace

Status CriteriaCatalogue::Load(const std::filesystem::path& dir, CriteriaCatalogue* out) {
  CriteriaCatalogue c;
  std::vector<TsvRow> rows;
  Status status = ReadTsv(dir / "sets.tsv", 1, &rows);
  if (!status.ok()) return status;
  for (const TsvRow& row : rows) {
    CriteriaSetInfo info;
    info.id = row.fields[0];
    if (row.fields.size() > 1) info.subject_level = row.fields[1];
    if (row.fields.size() > 2) info.period = row.fields[2];
    if (row.fields.size() > 3) info.decision = row.fields[3];
    if (row.fields.size() > 4) info.label = row.fields[4];
    if (row.fields.size() > 5) info.next = row.fields[5];
    c.sets_.push_back(std::move(info));
  }
  rows.clear();
  const std::filesystem::path criteria = dir / "criteria.tsv";
  status = ReadTsv(criteria, 3, &rows);
  if (!status.ok()) return status;
  for (const TsvRow& row : rows) {
    const std::string where = criteria.string() + ":" + std::to_string(row.line) + ": ";
    CriterionEntry e;
    e.set = row.fields[0];
    if (c.Set(e.set) == nullptr) return Status::InvalidInput(where + "unknown set '" + e.set + "'");
    try {
      e.number = std::stoi(row.fields[1]);
    } catch (...) {
      return Status::InvalidInput(where + "the number '" + row.fields[1] + "' is not a number");
    }
    e.name = row.fields[2];
    if (row.fields.size() > 3) e.aliases = SplitBars(row.fields[3]);
    if (row.fields.size() > 4) e.scope = row.fields[4];
    c.criteria_.push_back(std::move(e));
  }
  rows.clear();
  const std::filesystem::path indicators = dir / "indicators.tsv";
  status = ReadTsv(indicators, 3, &rows);
  if (!status.ok()) return status;
  for (const TsvRow& row : rows) {
    const std::string where = indicators.string() + ":" + std::to_string(row.line) + ": ";
    IndicatorEntry e;
    e.set = row.fields[0];
    e.id = row.fields[1];
    if (!ParseIndicatorId(e.id, &e.criterion)) {
      return Status::InvalidInput(where + "the indicator id '" + e.id +
                                  "' is not <criterion>.<number>");
    }
    if (c.ByNumber(e.set, e.criterion) == nullptr) {
      return Status::InvalidInput(where + "no criterion " + std::to_string(e.criterion) +
                                  " in set '" + e.set + "'");
    }
    e.name = row.fields[2];
    if (row.fields.size() > 3) e.aliases = SplitBars(row.fields[3]);
    c.indicators_.push_back(std::move(e));
  }
  for (size_t i = 0; i < c.criteria_.size(); ++i) {
    const CriterionEntry& e = c.criteria_[i];
    auto& names = c.names_[e.set];
    names.emplace(NameKey(e.name), i);
    for (const std::string& alias : e.aliases) names.emplace(NameKey(alias), i);
  }
  *out = std::move(c);
  return Status::Ok();
}

const CriteriaSetInfo* CriteriaCatalogue::Set(std::string_view id) const {
  for (const CriteriaSetInfo& s : sets_) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

std::vector<const CriterionEntry*> CriteriaCatalogue::Criteria(std::string_view set,
                                                               std::string_view province) const {
  std::vector<const CriterionEntry*> out;
  const std::string province_key = FoldKey(province);
  for (const CriterionEntry& e : criteria_) {
    if (e.set != set) continue;
    if (!e.scope.empty() && FoldKey(e.scope) != province_key) continue;
    out.push_back(&e);
  }
  return out;
}

int CriteriaCatalogue::Size(std::string_view set, std::string_view province) const {
  return static_cast<int>(Criteria(set, province).size());
}

std::vector<const IndicatorEntry*> CriteriaCatalogue::Indicators(std::string_view set,
                                                                 int number) const {
  std::vector<const IndicatorEntry*> out;
  for (const IndicatorEntry& e : indicators_) {
    if (e.set == set && e.criterion == number) out.push_back(&e);
  }
  return out;
}

const IndicatorEntry* CriteriaCatalogue::Indicator(std::string_view set,
                                                   std::string_view id) const {
  for (const IndicatorEntry& e : indicators_) {
    if (e.set == set && e.id == id) return &e;
  }
  return nullptr;
}

std::vector<const CriteriaSetInfo*> CriteriaCatalogue::SetsOf(std::string_view period,
                                                              std::string_view level) const {
  std::vector<const CriteriaSetInfo*> out;
  for (const CriteriaSetInfo& s : sets_) {
    if (s.period == period && s.subject_level == level) out.push_back(&s);
  }
  return out;
}

std::string CriteriaCatalogue::InPeriod(const std::string& set, std::string_view period) const {
  const CriteriaSetInfo* info = Set(set);
  if (period.empty() || info == nullptr || info->period == period || info->next.empty()) return set;
  const CriteriaSetInfo* next = Set(info->next);
  return next != nullptr && next->period == period ? next->id : set;
}

const CriterionEntry* CriteriaCatalogue::ByNumber(std::string_view set, int number) const {
  for (const CriterionEntry& e : criteria_) {
    if (e.set == set && e.number == number) return &e;
  }
  return nullptr;
}

const CriterionEntry* CriteriaCatalogue::ByName(std::string_view set, std::string_view name) const {
  auto names = names_.find(set);
  if (names == names_.end()) return nullptr;
  auto it = names->second.find(NameKey(name));
  return it == names->second.end() ? nullptr : &criteria_[it->second];
}

const CriterionEntry* CriteriaCatalogue::ByNameAtStart(std::string_view set, std::string_view text,
                                                       size_t* length) const {
  auto names = names_.find(set);
  if (names == names_.end()) return nullptr;
  const std::string key = NameKey(text);
  const CriterionEntry* best = nullptr;
  size_t best_length = 0;
  for (const auto& [name, index] : names->second) {
    if (name.size() <= best_length || key.compare(0, name.size(), name) != 0) continue;
    const bool boundary =
        key.size() == name.size() || !std::isalnum(static_cast<unsigned char>(key[name.size()]));
    if (!boundary) continue;
    best = &criteria_[index];
    best_length = name.size();
  }
  if (length != nullptr) *length = best_length;
  return best;
}

}  // namespace ntmx
