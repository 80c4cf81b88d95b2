// See closing_columns.h.
#include "structure/closing_columns.h"

#include <algorithm>

namespace ntmx {

std::vector<ColumnCell> ColumnCells(std::string_view line) {
  std::vector<ColumnCell> cells;
  const size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return cells;
  const bool piped = line[first] == '|';
  size_t column = 0;  // pipe-table column of the cell being read
  size_t i = piped ? first + 1 : 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i < line.size() && line[i] == '|') {
      ++column;
      ++i;
      continue;
    }
    if (i >= line.size()) break;
    const size_t begin = i;
    while (i < line.size() && line[i] != '|' && line[i] != '\t' && line.compare(i, 3, "   ") != 0)
      ++i;
    size_t end = i;
    while (end > begin && line[end - 1] == ' ') --end;
    const bool right = piped ? column > 0 : !cells.empty();
    // A markdown table writes a cell's lines joined by "<br>".
    std::string_view cell = line.substr(begin, end - begin);
    for (size_t br; (br = cell.find("<br")) != std::string_view::npos;) {
      const size_t close = cell.find('>', br);
      if (close == std::string_view::npos) break;
      cells.push_back({right, std::string(TrimPhrase(cell.substr(0, br), " ", " "))});
      cell.remove_prefix(close + 1);
    }
    cells.push_back({right, std::string(TrimPhrase(cell, " ", " "))});
  }
  std::erase_if(cells, [](const ColumnCell& c) { return c.text.empty(); });
  return cells;
}

std::string WithoutBold(std::string_view s) {
  const size_t a = s.find_first_not_of("*_ ");
  if (a == std::string_view::npos) return std::string();
  const size_t b = s.find_last_not_of("*_ ");
  return std::string(s.substr(a, b - a + 1));
}

}  // namespace ntmx
