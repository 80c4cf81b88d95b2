// See query_sheet.h.
#include "xlsx/query_sheet.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "xlsx/excel_date.h"

namespace ntmx {

size_t ColumnIndex(const ResultTable& table, std::string_view name) {
  for (size_t i = 0; i < table.columns.size(); ++i) {
    if (table.columns[i] == name) return i;
  }
  // Every sheet's columns are covered by the export tests: reaching this is a bug.
  std::fprintf(stderr, "ntmx: internal error: no column %.*s in a sheet's query\n",
               static_cast<int>(name.size()), name.data());
  std::abort();
}

SheetCell CellOf(const ResultTable& table, size_t row, size_t column, ColumnType type,
                 const SheetLabels& labels) {
  const std::optional<std::string>& value = table.rows[row][column];
  if (!value) return SheetCell();
  const ResultTable::Kind kind = table.KindAt(row, column);
  switch (type) {
    case ColumnType::kAuto:
      if (kind == ResultTable::Kind::kInteger || kind == ResultTable::Kind::kReal) {
        return SheetCell::Number(std::strtod(value->c_str(), nullptr));
      }
      return SheetCell::Text(*value);
    case ColumnType::kText:
      return SheetCell::Text(*value);
    case ColumnType::kDate:
      if (const std::optional<CalendarDate> date = ParseIsoDate(*value)) {
        return SheetCell::Date(ExcelSerial(*date));
      }
      return SheetCell::Text(*value);
    case ColumnType::kCode:
      return SheetCell::Text(labels.Value(table.columns[column], *value));
  }
  return SheetCell::Text(*value);
}

SheetTable SheetFromQuery(const ResultTable& table, std::string_view sheet,
                          const std::vector<ColumnSpec>& columns, const SheetLabels& labels,
                          const DocumentScope& scope, std::string_view document_column) {
  SheetTable out;
  out.name = labels.Get("sheet." + std::string(sheet));
  std::vector<size_t> index;
  for (const ColumnSpec& spec : columns) {
    index.push_back(ColumnIndex(table, spec.column));
    out.columns.push_back(SheetColumn{labels.Header(sheet, spec.column), ""});
  }
  const size_t document = ColumnIndex(table, document_column);
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const std::optional<std::string>& id = table.rows[r][document];
    if (!id || !scope.Shows(std::strtoll(id->c_str(), nullptr, 10))) continue;
    std::vector<SheetCell> row;
    row.reserve(columns.size());
    for (size_t c = 0; c < columns.size(); ++c) {
      row.push_back(CellOf(table, r, index[c], columns[c].type, labels));
    }
    out.rows.push_back(std::move(row));
  }
  return out;
}

}  // namespace ntmx
