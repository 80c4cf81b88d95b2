// ColumnWidths: the width of each column of a sheet, computed from what it holds.
//
// Excel does not size columns itself when a file is opened, and libxlsxwriter writes
// what it is told, so the writer measures every cell it writes (the header too) and
// sets each column to its longest line plus a little padding, between a floor (so a
// column of 1-digit numbers still shows its filter button) and a cap (so a column of
// quoted sentences does not push everything else off the screen; the cell keeps the
// whole text).
//
//   ColumnWidths widths(2);
//   widths.Observe(0, "Năm");  widths.Observe(1, std::string(300, 'x'));
//   widths.Width(0) == 7   (3 characters + 2 padding, raised to the floor)
//   widths.Width(1) == 60  (the cap)
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace ntmx {

struct WidthLimits {
  double min = 5;      // characters
  double max = 60;     // characters
  double padding = 2;  // added to the longest line (the filter button's room)
};

class ColumnWidths {
 public:
  explicit ColumnWidths(size_t columns, WidthLimits limits = {});

  // Takes one cell's text (as displayed: a number as the digits shown). Columns
  // past the count given at construction are ignored.
  void Observe(size_t column, std::string_view text);
  // The longest observed line plus padding, within [min, max].
  double Width(size_t column) const;
  size_t size() const { return chars_.size(); }

 private:
  WidthLimits limits_;
  std::vector<size_t> chars_;
};

}  // namespace ntmx
