// Table printer: how `ntmx sql` shows a ResultTable: an aligned text table for the
// terminal, CSV (RFC 4180) or JSON (an array of objects).
//
//   PrintTable(table, TableOptions{}, std::cout);
//
//   source                  | year | title
//   ------------------------+------+---------------------------------
//   plans/mang_but_2024.txt | 2024 | Thực hiện Chương trình xây dựng…
//   (1 row)
//
// Columns are measured in terminal columns (cli/display_width.h), so Vietnamese in
// NFC or NFD and CJK text line up; numeric columns are right-aligned; long cells
// (documents.text) are cut with "…"; line breaks inside a cell show as "↵".
//
//   PrintCsv(table, out);    // source,year\r\nplans/mang_but_2024.txt,2024\r\n
//   PrintJson(table, out);   // [\n  {"source":"plans/mang_but_2024.txt","year":2024}\n]\n
//
// A CSV text cell that starts with = + - @ (or a tab or CR) gets a leading ' so a
// spreadsheet does not run it as a formula ("=HYPERLINK(…)" in a title); numbers
// stay as they are.
//
// StreamPrinter prints a result while the query is still running (`ntmx sql`), so
// a million rows never sit in memory: CSV and JSON row by row; the table sizes its
// columns from the first kScreenful rows, prints them, and cuts the text cells of
// later rows to those widths (numbers are never cut).
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "store/read_only_query.h"
#include "store/result_table.h"

namespace ntmx {

struct TableOptions {
  // Widest a cell may be, in terminal columns; longer ones are cut and end in "…".
  // 0 never cuts.
  size_t max_cell_width = 60;
  // What a SQL NULL shows as.
  std::string null_text = "NULL";
  // Whether to end with "(N rows)".
  bool show_row_count = true;
  // Widest a whole line may be (a terminal's width): the widest text columns are
  // narrowed, each down to its header's width or kMinColumnWidth (whichever is
  // more), until the table fits; numeric columns are never cut. 0: no limit.
  size_t max_line_width = 0;
  static constexpr size_t kMinColumnWidth = 8;
};

// Writes `table` as an aligned text table: header, a rule, one line per row.
void PrintTable(const ResultTable& table, const TableOptions& options, std::ostream& out);

// Writes `table` as CSV per RFC 4180: a header record, CRLF line ends, a field
// quoted (quotes doubled) when it holds a comma, quote, CR or LF. NULL is an empty
// field; an empty string is "" so the two stay apart.
void PrintCsv(const ResultTable& table, std::ostream& out);

// Writes `table` as a JSON array with one object per row, keys in column order,
// one row per line. INTEGER and REAL cells are JSON numbers, NULL is null, the rest
// strings (invalid UTF-8 replaced by U+FFFD). A repeated column name gets ":2",
// ":3", ... so no value is lost.
void PrintJson(const ResultTable& table, std::ostream& out);

class StreamPrinter : public RowSink {
 public:
  enum class Format { kTable, kCsv, kJson };
  static constexpr size_t kScreenful = 200;

  // `out` must outlive the printer. `options` apply to kTable.
  StreamPrinter(Format format, const TableOptions& options, std::ostream& out);

  void Columns(const std::vector<std::string>& names) override;
  // Prints (or, within the first screenful of a table, keeps) the row; returns
  // false once `out` fails (a full disk), to stop the query.
  bool Row(const std::vector<std::optional<std::string>>& cells,
           const std::vector<ResultTable::Kind>& kinds) override;
  // Ends the output once every row came: what a table kept, "(N rows)", JSON's "]".
  void Finish();

 private:
  void PrintScreenful();

  const Format format_;
  const TableOptions options_;
  std::ostream& out_;
  size_t rows_ = 0;
  ResultTable screenful_;             // kTable: the first rows, until measured
  std::vector<size_t> layout_width_;  // kTable: the widths measured on them
  std::vector<bool> layout_right_;
  std::vector<std::string> keys_;  // kJson: the unique keys
};

}  // namespace ntmx
