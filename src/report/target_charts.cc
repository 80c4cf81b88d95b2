// See target_charts.h.
#include "report/target_charts.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "report/number_format.h"

namespace ntmx {
namespace {

std::string YearText(const std::optional<int>& year) { return year ? std::to_string(*year) : "?"; }

}  // namespace

std::string TargetValueText(const ReportTarget& t) {
  const std::string value = FormatNumberVi(t.value);
  if (t.comparator == "range") {
    return t.value_max ? value + "–" + FormatNumberVi(*t.value_max) : value;
  }
  if (t.comparator == ">=") return "≥ " + value;
  if (t.comparator == "<=") return "≤ " + value;
  if (t.comparator == ">" || t.comparator == "<" || t.comparator == "~") {
    return t.comparator + " " + value;
  }
  return value;
}

std::string SourceTooltip(const SourceRef& s) {
  return s.before + "«" + s.quote + "»" + s.after + "\n— " + s.source + " (" + s.rule_id + ")";
}

std::vector<BarChart> TargetCharts(const ReportData& data, size_t max_charts) {
  const std::vector<ReportTarget>& targets = data.targets;
  using Key = std::tuple<std::string, int, std::string>;  // set, criterion, unit
  std::map<Key, std::vector<const ReportTarget*>> groups;
  for (const ReportTarget& t : targets) {
    if (!t.criterion || t.unit.empty() || t.subject.empty()) continue;
    groups[{t.criteria_set, *t.criterion, t.unit}].push_back(&t);
  }

  struct Candidate {
    size_t places;
    Key key;
  };
  std::vector<Candidate> candidates;
  for (const auto& [key, members] : groups) {
    std::set<std::string> places;
    for (const ReportTarget* t : members) places.insert(t->subject);
    if (places.size() >= 2) candidates.push_back({places.size(), key});
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.places > b.places; });
  if (candidates.size() > max_charts) candidates.resize(max_charts);

  std::vector<BarChart> charts;
  for (const Candidate& c : candidates) {
    std::vector<const ReportTarget*> members = groups[c.key];
    std::stable_sort(members.begin(), members.end(),
                     [](const ReportTarget* a, const ReportTarget* b) {
                       return std::tie(a->province, a->year, a->subject) <
                              std::tie(b->province, b->year, b->subject);
                     });
    std::map<std::pair<std::string, std::optional<int>>, int> per_place_year;
    for (const ReportTarget* t : members) ++per_place_year[{t->subject, t->year}];
    const bool name_metric = std::any_of(per_place_year.begin(), per_place_year.end(),
                                         [](const auto& entry) { return entry.second > 1; });

    BarChart chart;
    const auto& [set, criterion, unit] = c.key;
    const ReportTarget& first = *members.front();
    chart.title = "Tiêu chí " + std::to_string(criterion) +
                  (first.criterion_name.empty() ? "" : " – " + first.criterion_name);
    chart.value_axis = unit;
    chart.category_axis = "Địa bàn · năm";
    std::map<std::string, size_t> series;
    for (const ReportTarget* t : members) {
      const std::string province = t->province.empty() ? "(không rõ tỉnh)" : t->province;
      auto [it, added] = series.emplace(province, chart.series.size());
      if (added) chart.series.push_back(province);
      ChartBar bar;
      bar.label = t->subject + " · " + YearText(t->year);
      if (name_metric && !t->metric.empty()) bar.label += " · " + t->metric;
      bar.value = t->value;
      if (t->comparator == "range") bar.value_max = t->value_max;
      bar.value_text = TargetValueText(*t);
      bar.series = it->second;
      bar.tooltip = t->metric + ": " + bar.value_text + " " + t->unit;
      if (const SourceRef* source = data.Source(t->anchor))
        bar.tooltip += "\n" + SourceTooltip(*source);
      bar.href = "#" + t->anchor;
      chart.bars.push_back(std::move(bar));
    }
    charts.push_back(std::move(chart));
  }
  return charts;
}

}  // namespace ntmx
