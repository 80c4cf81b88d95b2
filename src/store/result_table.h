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
//
// Code that reads a table it queried itself (the report, the collection audit) reads
// cells by column name through ResultRow, never by position: a SELECT that gains or
// reorders a column cannot shift what a field reads.
//
//   for (size_t i = 0; i < t.rows.size(); ++i) {
//     const ResultRow r(t, i);
//     doc.source = r.Str("source");
//     doc.year = r.OptInt("year");       // NULL -> nullopt
//   }
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
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

// One row of a ResultTable, its cells by column name (the SELECT's names or
// aliases). Asking for a column the SELECT does not have is a programming error:
// it stops the program with the name (every query's reader is covered by tests).
class ResultRow {
 public:
  ResultRow(const ResultTable& table, size_t row) : table_(table), row_(row) {}

  // The cell; nullopt for SQL NULL.
  const std::optional<std::string>& Cell(std::string_view column) const;
  // The text, "" for NULL.
  std::string Str(std::string_view column) const { return Cell(column).value_or(""); }
  // The integer, 0 for NULL.
  int64_t Int(std::string_view column) const { return OptInt(column).value_or(0); }
  std::optional<int64_t> OptInt(std::string_view column) const;
  std::optional<double> OptDouble(std::string_view column) const;

 private:
  const ResultTable& table_;
  size_t row_;
};

}  // namespace ntmx
