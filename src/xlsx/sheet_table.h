// SheetTable: one sheet of the workbook as plain data -- a name, the column headers
// and the rows of typed cells -- between the code that reads the store (which knows
// what a row means) and the writer (workbook_writer.h, which knows libxlsxwriter).
// Keeping the two apart lets each sheet be built and tested without a file, and the
// writer apply one look to every sheet (header style, frozen header row, autofilter,
// widths, the date format).
//
//   SheetTable t;
//   t.name = "Chỉ tiêu";
//   t.columns = {{"Năm"}, {"Giá trị"}, {"Hạn chót"}};
//   t.rows.push_back({SheetCell::Number(2024), SheetCell::Number(45.5),
//                     SheetCell::Date(45565)});
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace ntmx {

struct SheetCell {
  enum class Kind { kEmpty, kText, kNumber, kDate, kMark };

  Kind kind = Kind::kEmpty;
  std::string text;    // kText, kMark: what the cell shows
  double number = 0;   // kNumber; kDate: Excel's serial day (excel_date.h)
  std::string status;  // kMark: met, unmet, planned or mixed (its colour)
  std::string note;    // a comment on the cell (the words behind a mark); "" for none

  static SheetCell Text(std::string text) {
    SheetCell c;
    c.kind = text.empty() ? Kind::kEmpty : Kind::kText;
    c.text = std::move(text);
    return c;
  }
  static SheetCell Number(double value) {
    SheetCell c;
    c.kind = Kind::kNumber;
    c.number = value;
    return c;
  }
  static SheetCell Date(int serial) {
    SheetCell c;
    c.kind = Kind::kDate;
    c.number = serial;
    return c;
  }
  static SheetCell Mark(std::string symbol, std::string status, std::string note) {
    SheetCell c;
    c.kind = Kind::kMark;
    c.text = std::move(symbol);
    c.status = std::move(status);
    c.note = std::move(note);
    return c;
  }
};

struct SheetColumn {
  std::string header;
  std::string note;  // a comment on the header cell (a criterion's name); "" for none
};

struct SheetTable {
  std::string name;  // as wanted; the writer makes it a valid, unique sheet name
  std::vector<SheetColumn> columns;
  std::vector<std::vector<SheetCell>> rows;  // each as long as `columns`
  // Leading columns kept in view when scrolling right (the subject of a matrix row);
  // the header row is always kept in view.
  int frozen_columns = 0;
};

}  // namespace ntmx
