// ResultTable: what a read-only query returned, as text, ready to print.
//
// `ntmx sql` runs the user's SELECT through Store::Query and hands the table to
// cli/table_printer for the terminal, CSV or JSON. Every value is kept as the text
// SQLite gives it (sqlite3_column_text: 45.0 for a REAL 45, BLOBs as X'hex'), with
// SQL NULL as nullopt; `kinds` remembers each cell's storage class so JSON can keep
// numbers numbers and the terminal can right-align numeric columns.
//
//   columns = {"source", "year"}
//   rows    = {{"a.txt", "2023"}, {"b.pdf", nullopt}}
//   kinds   = {{kText, kInteger}, {kText, kNull}}
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ntmx {

struct ResultTable {
  enum class Kind : uint8_t { kNull, kInteger, kReal, kText, kBlob };

  std::vector<std::string> columns;
  // One entry per column in each row; nullopt is SQL NULL.
  std::vector<std::vector<std::optional<std::string>>> rows;
  // Parallel to `rows`. May be left empty by a hand-built table: every cell then
  // counts as text (or NULL when nullopt).
  std::vector<std::vector<Kind>> kinds;

  // The kind of cell (row, column), derived from `rows` when `kinds` is empty.
  Kind KindAt(size_t row, size_t column) const {
    if (row < kinds.size() && column < kinds[row].size()) return kinds[row][column];
    return rows[row][column].has_value() ? Kind::kText : Kind::kNull;
  }
};

}  // namespace ntmx
