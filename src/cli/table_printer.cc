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

}  // namespace

void PrintTable(const ResultTable& table, const TableOptions& options, std::ostream& out) {
  const size_t n = table.columns.size();
  // Every cell as it will be shown, and each column's width and alignment.
  std::vector<std::vector<std::string>> cells(table.rows.size());
  std::vector<size_t> width(n);
  std::vector<bool> right(n, false);
  std::vector<bool> any_value(n, false);
  for (size_t c = 0; c < n; ++c) {
    width[c] = DisplayWidth(table.columns[c]);
    right[c] = true;
  }
  for (size_t r = 0; r < table.rows.size(); ++r) {
    cells[r].reserve(n);
    for (size_t c = 0; c < n; ++c) {
      const auto& value = c < table.rows[r].size() ? table.rows[r][c] : std::nullopt;
      std::string shown = value ? OneLine(*value) : options.null_text;
      if (options.max_cell_width > 0) shown = TruncateToWidth(shown, options.max_cell_width);
      width[c] = std::max(width[c], DisplayWidth(shown));
      cells[r].push_back(std::move(shown));
      if (!value) continue;
      any_value[c] = true;
      if (!IsNumeric(table.KindAt(r, c))) right[c] = false;
    }
  }
  for (size_t c = 0; c < n; ++c) right[c] = right[c] && any_value[c];
  std::vector<std::string> header = table.columns;
  if (options.max_line_width > 0 && n > 0) {
    // Text columns give way, down to their header (and kMinColumnWidth), widest
    // first; numbers are never cut.
    std::vector<size_t> least(n);
    for (size_t c = 0; c < n; ++c) {
      least[c] = right[c] ? width[c]
                          : std::min(width[c], std::max(TableOptions::kMinColumnWidth,
                                                        DisplayWidth(table.columns[c])));
    }
    size_t line = 3 * (n - 1);
    for (size_t w : width) line += w;
    while (line > options.max_line_width) {
      size_t widest = n;
      for (size_t c = 0; c < n; ++c) {
        if (width[c] > least[c] && (widest == n || width[c] > width[widest])) widest = c;
      }
      if (widest == n) break;
      --width[widest];
      --line;
    }
    for (size_t c = 0; c < n; ++c) header[c] = TruncateToWidth(header[c], width[c]);
    for (auto& row : cells)
      for (size_t c = 0; c < n; ++c) row[c] = TruncateToWidth(row[c], width[c]);
  }

  auto print_line = [&](const auto& line) {
    for (size_t c = 0; c < n; ++c) {
      if (c > 0) out << " | ";
      const std::string& text = line[c];
      const size_t gap = width[c] - DisplayWidth(text);
      if (right[c]) Pad(out, gap);
      out << text;
      if (!right[c] && c + 1 < n) Pad(out, gap);  // no trailing blanks on the last column
    }
    out << '\n';
  };
  if (n > 0) {
    print_line(header);
    for (size_t c = 0; c < n; ++c) {
      if (c > 0) out << "-+-";
      out << std::string(width[c], '-');
    }
    out << '\n';
    for (const auto& line : cells) print_line(line);
  }
  if (options.show_row_count) {
    out << '(' << table.rows.size() << (table.rows.size() == 1 ? " row)" : " rows)") << '\n';
  }
}

void PrintCsv(const ResultTable& table, std::ostream& out) {
  auto field = [&](std::string_view text) {
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
  };
  for (size_t c = 0; c < table.columns.size(); ++c) {
    if (c > 0) out << ',';
    field(table.columns[c]);
  }
  out << "\r\n";
  for (const auto& row : table.rows) {
    for (size_t c = 0; c < row.size(); ++c) {
      if (c > 0) out << ',';
      if (row[c]) field(*row[c]);
    }
    out << "\r\n";
  }
}

void PrintJson(const ResultTable& table, std::ostream& out) {
  // Keys made unique once: "id", "id:2", ...
  std::vector<std::string> keys;
  for (const std::string& name : table.columns) {
    std::string key = name;
    for (int k = 2; std::find(keys.begin(), keys.end(), key) != keys.end(); ++k) {
      key = name + ":" + std::to_string(k);
    }
    keys.push_back(std::move(key));
  }
  out << '[';
  for (size_t r = 0; r < table.rows.size(); ++r) {
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    for (size_t c = 0; c < keys.size() && c < table.rows[r].size(); ++c) {
      const auto& value = table.rows[r][c];
      nlohmann::ordered_json& slot = object[keys[c]];
      if (!value) continue;  // stays null
      switch (table.KindAt(r, c)) {
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
    out << (r == 0 ? "\n  " : ",\n  ")
        << object.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  }
  out << (table.rows.empty() ? "]\n" : "\n]\n");
}

}  // namespace ntmx
