// See target_comparison.h.
#include "query/target_comparison.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "text/fold.h"

namespace ntmx {
namespace {

int ColumnOf(const ResultTable& table, const std::string& name) {
  const auto it = std::find(table.columns.begin(), table.columns.end(), name);
  return it == table.columns.end() ? -1 : static_cast<int>(it - table.columns.begin());
}

std::string Cell(const ResultTable& table, size_t row, int column) {
  if (column < 0) return "";
  const auto& value = table.rows[row][static_cast<size_t>(column)];
  return value ? *value : "";
}

// The unit as measure_units.tsv names it, or as stored when the list does not know it.
std::string CanonicalUnit(const QuantityReader& units, const std::string& unit) {
  const std::string folded = FoldKey(unit);
  size_t length = 0;
  const auto canonical = units.UnitAt(folded, &length);
  return canonical && length == folded.size() ? *canonical : unit;
}

}  // namespace

void MarkComparableUnits(const QuantityReader& units, ResultTable* table) {
  const int set = ColumnOf(*table, "set"), criterion = ColumnOf(*table, "criterion"),
            indicator = ColumnOf(*table, "indicator"), unit = ColumnOf(*table, "unit");
  const size_t n = table->rows.size();
  std::vector<std::string> metric(n), canonical(n);
  // metric -> canonical unit -> (rows, first row), to find each metric's unit.
  std::map<std::string, std::map<std::string, std::pair<int, size_t>>> counts;
  for (size_t r = 0; r < n; ++r) {
    metric[r] = Cell(*table, r, set) + '\x1f' + Cell(*table, r, criterion) + '\x1f' +
                Cell(*table, r, indicator);
    const std::string written = Cell(*table, r, unit);
    if (written.empty()) continue;
    canonical[r] = CanonicalUnit(units, written);
    auto [it, added] = counts[metric[r]].try_emplace(canonical[r], 0, r);
    ++it->second.first;
  }
  std::map<std::string, std::string> metric_unit;
  for (const auto& [m, by_unit] : counts) {
    const auto best =
        std::max_element(by_unit.begin(), by_unit.end(), [](const auto& a, const auto& b) {
          if (a.second.first != b.second.first) return a.second.first < b.second.first;
          return a.second.second > b.second.second;  // a tie goes to the unit seen first
        });
    metric_unit[m] = best->first;
  }
  table->columns.push_back("comparable");
  for (size_t r = 0; r < n; ++r) {
    std::string flag;
    if (canonical[r].empty()) {
      flag = "no: no unit";
    } else if (canonical[r] == metric_unit[metric[r]]) {
      flag = "yes";
    } else {
      flag = "no: " + canonical[r];
    }
    table->rows[r].emplace_back(std::move(flag));
    if (r < table->kinds.size()) table->kinds[r].push_back(ResultTable::Kind::kText);
  }
}

}  // namespace ntmx
