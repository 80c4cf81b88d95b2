// See column_widths.h.
#include "xlsx/column_widths.h"

#include <algorithm>

#include "xlsx/cell_text.h"

namespace ntmx {

ColumnWidths::ColumnWidths(size_t columns, WidthLimits limits)
    : limits_(limits), chars_(columns, 0) {}

void ColumnWidths::Observe(size_t column, std::string_view text) {
  if (column >= chars_.size()) return;
  chars_[column] = std::max(chars_[column], DisplayChars(text));
}

double ColumnWidths::Width(size_t column) const {
  const double chars = column < chars_.size() ? static_cast<double>(chars_[column]) : 0;
  return std::clamp(chars + limits_.padding, limits_.min, limits_.max);
}

}  // namespace ntmx
