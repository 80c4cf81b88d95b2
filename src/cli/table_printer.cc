// Terminal, CSV and JSON output of a ResultTable (table_printer.h).
#include "cli/table_printer.h"

#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "cli/display_width.h"

namespace ntmx {

namespace {

using Kind = ResultTable::Kind;

bool IsNumeric(Kind kind) { return kind == Kind::kInteger || kind == Kind::kReal; }

// A cell as one terminal line: line breaks become "↵", tabs a space, other control
// characters U+FFFD, so no cell can break the table's lines apart.
std::string OneLine(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // CRLF: one ↵
    if (c == '\n' || c == '\r') {
      out += "\u21B5";
    } else if (c == '\t') {
      out += ' ';
    } else if (c < 0x20 || c == 0x7f) {
      out += "\uFFFD";
    } else if (c == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) < 0xA0) {
      out += "\uFFFD";  // a C1 control (U+0080..U+009F)
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

void Pad(std::ostream& out, size_t n) {
  for (size_t i = 0; i < n; ++i) out << ' ';
}

// A cell as the table shows it: on one line, cut to max_cell_width, NULL as null_text.
std::string Shown(const std::optional<std::string>& value, const TableOptions& options) {
  std::string shown = value ? OneLine(*value) : options.null_text;
  if (options.max_cell_width > 0) shown = TruncateToWidth(shown, options.max_cell_width);
  return shown;
}

// Each column's width, alignment and (cut) header, measured on `table`.
struct Layout {
  std::vector<size_t> width;
  std::vector<bool> right;
  std::vector<std::string> header;
};

// Measures `table` (every cell as shown goes to `cells`) and, with max_line_width,
// narrows the text columns until a line fits: the widest first, each down to its
// header's width (and kMinColumnWidth); numbers are never cut.
Layout Measure(const ResultTable& table, const TableOptions& options,
               std::vector<std::vector<std::string>>* cells) {
  const size_t n = table.columns.size();
  Layout layout{std::vector<size_t>(n), std::vector<bool>(n, true), table.columns};
  std::vector<bool> any_value(n, false);
  for (size_t c = 0; c < n; ++c) layout.width[c] = DisplayWidth(table.columns[c]);
  cells->assign(table.rows.size(), {});
  for (size_t r = 0; r < table.rows.size(); ++r) {
    (*cells)[r].reserve(n);
    for (size_t c = 0; c < n; ++c) {
      const auto& value = c < table.rows[r].size() ? table.rows[r][c] : std::nullopt;
      std::string shown = Shown(value, options);
      layout.width[c] = std::max(layout.width[c], DisplayWidth(shown));
      (*cells)[r].push_back(std::move(shown));
      if (!value) continue;
      any_value[c] = true;
      if (!IsNumeric(table.KindAt(r, c))) layout.right[c] = false;
    }
  }
  for (size_t c = 0; c < n; ++c) layout.right[c] = layout.right[c] && any_value[c];
  if (options.max_line_width == 0 || n == 0) return layout;
  std::vector<size_t> least(n);
  for (size_t c = 0; c < n; ++c) {
    least[c] = layout.right[c]
                   ? layout.width[c]
                   : std::min(layout.width[c], std::max(TableOptions::kMinColumnWidth,
                                                        DisplayWidth(table.columns[c])));
  }
  size_t line = 3 * (n - 1);
  for (size_t w : layout.width) line += w;
  while (line > options.max_line_width) {
    size_t widest = n;
    for (size_t c = 0; c < n; ++c) {
      if (layout.width[c] > least[c] && (widest == n || layout.width[c] > layout.width[widest]))
        widest = c;
    }
    if (widest == n) break;
    --layout.width[widest];
    --line;
  }
  for (size_t c = 0; c < n; ++c)
    layout.header[c] = TruncateToWidth(layout.header[c], layout.width[c]);
  for (auto& row : *cells)
    for (size_t c = 0; c < n; ++c) row[c] = TruncateToWidth(row[c], layout.width[c]);
  return layout;
}

// One line of the table. A cell wider than its column (a number, or a row after
// the first screenful of a streamed table) is printed whole and pushes the line.
void PrintLine(const Layout& layout, const std::vector<std::string>& line, std::ostream& out) {
  const size_t n = layout.width.size();
  for (size_t c = 0; c < n; ++c) {
    if (c > 0) out << " | ";
    const std::string& text = line[c];
    const size_t shown = DisplayWidth(text);
    const size_t gap = layout.width[c] > shown ? layout.width[c] - shown : 0;
    if (layout.right[c]) Pad(out, gap);
    out << text;
    if (!layout.right[c] && c + 1 < n) Pad(out, gap);  // no trailing blanks on the last column
  }
  out << '\n';
}

void PrintHead(const Layout& layout, std::ostream& out) {
  if (layout.width.empty()) return;
  PrintLine(layout, layout.header, out);
  for (size_t c = 0; c < layout.width.size(); ++c) {
    if (c > 0) out << "-+-";
    out << std::string(layout.width[c], '-');
  }
  out << '\n';
}

void PrintRowCount(size_t rows, std::ostream& out) {
  out << '(' << rows << (rows == 1 ? " row)" : " rows)") << '\n';
}

// A spreadsheet reads a cell that starts with = + - @ (or a tab or CR before one)
// as a formula: "=HYPERLINK(...)" in a plan title would become a live link. Such a
// text cell gets a leading ' (OWASP's advice for CSV injection); a number (-5, a
// real SQL INTEGER or REAL) stays a number.
bool LooksLikeFormula(std::string_view text) {
  return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

void CsvField(std::string_view text, bool is_number, std::ostream& out) {
  std::string guarded;
  if (!is_number && LooksLikeFormula(text)) {
    guarded = "'" + std::string(text);
    text = guarded;
  }
  if (text.empty() || text.find_first_of(",\"\r\n") != std::string_view::npos) {
    out << '"';
    for (char ch : text) {
      if (ch == '"') out << '"';
      out << ch;
    }
    out << '"';
  } else {
    out << text;
  }
}

void CsvHeader(const std::vector<std::string>& columns, std::ostream& out) {
  for (size_t c = 0; c < columns.size(); ++c) {
    if (c > 0) out << ',';
    CsvField(columns[c], false, out);
  }
  out << "\r\n";
}

// `kind(c)`: the storage class of cell c of the row.
template <typename KindOf>
void CsvRow(const std::vector<std::optional<std::string>>& row, KindOf kind, std::ostream& out) {
  for (size_t c = 0; c < row.size(); ++c) {
    if (c > 0) out << ',';
    if (row[c]) CsvField(*row[c], IsNumeric(kind(c)), out);
  }
  out << "\r\n";
}

// Keys made unique once: "id", "id:2", ...
std::vector<std::string> JsonKeys(const std::vector<std::string>& columns) {
  std::vector<std::string> keys;
  for (const std::string& name : columns) {
    std::string key = name;
    for (int k = 2; std::find(keys.begin(), keys.end(), key) != keys.end(); ++k) {
      key = name + ":" + std::to_string(k);
    }
    keys.push_back(std::move(key));
  }
  return keys;
}

template <typename KindOf>
std::string JsonRow(const std::vector<std::string>& keys,
                    const std::vector<std::optional<std::string>>& row, KindOf kind) {
  nlohmann::ordered_json object = nlohmann::ordered_json::object();
  for (size_t c = 0; c < keys.size() && c < row.size(); ++c) {
    const auto& value = row[c];
    nlohmann::ordered_json& slot = object[keys[c]];
    if (!value) continue;  // stays null
    switch (kind(c)) {
      case Kind::kInteger:
        slot = std::strtoll(value->c_str(), nullptr, 10);
        break;
      case Kind::kReal:
        slot = std::strtod(value->c_str(), nullptr);
        break;
      default:
        slot = *value;
        break;
    }
  }
  return object.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace

void PrintTable(const ResultTable& table, const TableOptions& options, std::ostream& out) {
  std::vector<std::vector<std::string>> cells;
  const Layout layout = Measure(table, options, &cells);
  PrintHead(layout, out);
  if (!layout.width.empty())
    for (const auto& line : cells) PrintLine(layout, line, out);
  if (options.show_row_count) PrintRowCount(table.rows.size(), out);
}

void PrintCsv(const ResultTable& table, std::ostream& out) {
  CsvHeader(table.columns, out);
  for (size_t r = 0; r < table.rows.size(); ++r)
    CsvRow(
        table.rows[r], [&](size_t c) { return table.KindAt(r, c); }, out);
}

void PrintJson(const ResultTable& table, std::ostream& out) {
  const std::vector<std::string> keys = JsonKeys(table.columns);
  out << '[';
  for (size_t r = 0; r < table.rows.size(); ++r) {
    out << (r == 0 ? "\n  " : ",\n  ")
        << JsonRow(keys, table.rows[r], [&](size_t c) { return table.KindAt(r, c); });
  }
  out << (table.rows.empty() ? "]\n" : "\n]\n");
}

StreamPrinter::StreamPrinter(Format format, const TableOptions& options, std::ostream& out)
    : format_(format), options_(options), out_(out) {}

void StreamPrinter::Columns(const std::vector<std::string>& names) {
  screenful_.columns = names;
  if (format_ == Format::kCsv) CsvHeader(names, out_);
  if (format_ == Format::kJson) {
    keys_ = JsonKeys(names);
    out_ << '[';
  }
}

bool StreamPrinter::Row(const std::vector<std::optional<std::string>>& cells,
                        const std::vector<Kind>& kinds) {
  const auto kind = [&](size_t c) { return c < kinds.size() ? kinds[c] : Kind::kText; };
  if (format_ == Format::kCsv) {
    CsvRow(cells, kind, out_);
  } else if (format_ == Format::kJson) {
    out_ << (rows_ == 0 ? "\n  " : ",\n  ") << JsonRow(keys_, cells, kind);
  } else if (rows_ < kScreenful) {
    screenful_.rows.push_back(cells);
    screenful_.kinds.push_back(kinds);
  } else {
    if (rows_ == kScreenful) PrintScreenful();
    if (layout_width_.empty()) {  // no columns: nothing to show
      ++rows_;
      return out_.good();
    }
    std::vector<std::string> line;
    line.reserve(cells.size());
    for (size_t c = 0; c < cells.size() && c < layout_width_.size(); ++c) {
      std::string shown = Shown(cells[c], options_);
      // A text cell keeps to its column; a number is never cut.
      if (!IsNumeric(kind(c))) shown = TruncateToWidth(shown, layout_width_[c]);
      line.push_back(std::move(shown));
    }
    line.resize(layout_width_.size());
    Layout layout{layout_width_, layout_right_, {}};
    PrintLine(layout, line, out_);
  }
  ++rows_;
  return out_.good();
}

void StreamPrinter::PrintScreenful() {
  std::vector<std::vector<std::string>> cells;
  const Layout layout = Measure(screenful_, options_, &cells);
  PrintHead(layout, out_);
  if (!layout.width.empty())
    for (const auto& line : cells) PrintLine(layout, line, out_);
  layout_width_ = layout.width;
  layout_right_ = layout.right;
  screenful_ = ResultTable{screenful_.columns, {}, {}};
}

void StreamPrinter::Finish() {
  if (format_ == Format::kCsv) return;
  if (format_ == Format::kJson) {
    out_ << (rows_ == 0 ? "]\n" : "\n]\n");
    return;
  }
  if (rows_ <= kScreenful) PrintScreenful();
  if (options_.show_row_count) PrintRowCount(rows_, out_);
}

}  // namespace ntmx
