// QuerySheet: a sheet made from the rows of a read-only query (a ResultTable), one
// column per named result column, so the sheets of `ntmx export` reuse the SELECTs
// of `ntmx query` (query/query_sql.h) instead of repeating them.
//
// Each column says how its cells are written: as SQLite typed them (an INTEGER or
// REAL is a number, TEXT is text), always as text (an indicator "13.3" must not
// become the number 13.3), as a date (ISO text -> an Excel date), or as a code
// shown through the labels ("lead" -> "chủ trì"). Headers come from the labels
// (SheetLabels::Header), and rows of documents outside the scope are left out.
//
//   const std::vector<ColumnSpec> columns = {{"year"}, {"indicator", ColumnType::kText},
//                                            {"by", ColumnType::kDate}};
//   SheetTable t = SheetFromQuery(table, "tasks", columns, labels, scope, "_document");
#pragma once

#include <string_view>
#include <vector>

#include "store/result_table.h"
#include "xlsx/document_scope.h"
#include "xlsx/sheet_labels.h"
#include "xlsx/sheet_table.h"

namespace ntmx {

enum class ColumnType {
  kAuto,  // a number when SQLite stored one, else text
  kText,  // always text
  kDate,  // ISO yyyy-mm-dd as an Excel date; anything else as text
  kCode,  // text shown through SheetLabels::Value(column, code)
};

struct ColumnSpec {
  std::string_view column;  // the result column's name (or alias)
  ColumnType type = ColumnType::kAuto;
};

// The cell of `table` at (`row`, `column`) written as `type` says.
SheetCell CellOf(const ResultTable& table, size_t row, size_t column, ColumnType type,
                 const SheetLabels& labels);

// A sheet named by labels "sheet.<sheet>", with the columns `columns` of `table` in
// that order, keeping the rows whose `document_column` is in `scope`. A column
// `table` lacks is a programming error (ResultRow's rule): it stops the program.
SheetTable SheetFromQuery(const ResultTable& table, std::string_view sheet,
                          const std::vector<ColumnSpec>& columns, const SheetLabels& labels,
                          const DocumentScope& scope, std::string_view document_column);

// The index of `name` in `table.columns`; stops the program when absent.
size_t ColumnIndex(const ResultTable& table, std::string_view name);

}  // namespace ntmx
