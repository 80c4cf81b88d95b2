// See result_table.h.
#include "store/result_table.h"

#include <cstdlib>
#include <iostream>

namespace ntmx {

const std::optional<std::string>& ResultRow::Cell(std::string_view column) const {
  for (size_t c = 0; c < table_.columns.size(); ++c) {
    if (table_.columns[c] == column) return table_.rows[row_][c];
  }
  std::cerr << "ntmx: internal error: a query's result has no column '" << column << "'\n";
  std::abort();
}

std::optional<int64_t> ResultRow::OptInt(std::string_view column) const {
  const std::optional<std::string>& cell = Cell(column);
  if (!cell) return std::nullopt;
  return std::strtoll(cell->c_str(), nullptr, 10);
}

std::optional<double> ResultRow::OptDouble(std::string_view column) const {
  const std::optional<std::string>& cell = Cell(column);
  if (!cell) return std::nullopt;
  return std::strtod(cell->c_str(), nullptr);
}

}  // namespace ntmx
