// See workbook_writer.h.
#include "xlsx/workbook_writer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>

#include "xlsx/cell_text.h"
#include "xlsx/column_widths.h"

namespace ntmx {
namespace {

constexpr size_t kMaxSheetNameChars = 31;
constexpr uint8_t kPaperA4 = 9;  // Excel's paper code

// Colours: Excel's own "Good", "Bad" and "Neutral" cell styles, and a grey.
constexpr lxw_color_t kHeaderGround = 0xD9E1F2;
struct MarkColours {
  const char* status;
  lxw_color_t ground, font;
};
constexpr MarkColours kMarkColours[] = {
    {"met", 0xC6EFCE, 0x006100},
    {"unmet", 0xFFC7CE, 0x9C0006},
    {"planned", 0xFFEB9C, 0x9C5700},
    {"mixed", 0xE7E6E6, 0x3A3838},
};

void DropLastChar(std::string* s) {
  while (!s->empty() && (static_cast<unsigned char>(s->back()) & 0xC0) == 0x80) s->pop_back();
  if (!s->empty()) s->pop_back();  // the lead byte
}

size_t CharsOf(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

Status LxwError(const char* what, lxw_error error) {
  return Status::IoError(std::string(what) + ": " + lxw_strerror(error));
}

// The formats every sheet shares, owned by the workbook.
struct Formats {
  lxw_format* header = nullptr;
  lxw_format* date = nullptr;
  std::map<std::string, lxw_format*, std::less<>> marks;

  explicit Formats(lxw_workbook* wb) {
    header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_bg_color(header, kHeaderGround);
    format_set_bottom(header, LXW_BORDER_THIN);
    date = workbook_add_format(wb);
    format_set_num_format(date, "dd/mm/yyyy");
    for (const MarkColours& m : kMarkColours) {
      lxw_format* f = workbook_add_format(wb);
      format_set_align(f, LXW_ALIGN_CENTER);
      format_set_bg_color(f, m.ground);
      format_set_font_color(f, m.font);
      marks[m.status] = f;
    }
  }

  lxw_format* Mark(std::string_view status) const {
    const auto it = marks.find(status);
    return it == marks.end() ? nullptr : it->second;
  }
};

// What a number looks like in a General cell, for its column's width.
std::string Shown(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", value);
  return buf;
}

Status WriteCell(lxw_worksheet* ws, const Formats& formats, lxw_row_t row, lxw_col_t col,
                 const SheetCell& cell, ColumnWidths* widths) {
  lxw_error e = LXW_NO_ERROR;
  switch (cell.kind) {
    case SheetCell::Kind::kEmpty:
      break;
    case SheetCell::Kind::kText: {
      const std::string text = ExcelText(cell.text);
      widths->Observe(col, text);
      e = worksheet_write_string(ws, row, col, text.c_str(), nullptr);
      break;
    }
    case SheetCell::Kind::kNumber:
      widths->Observe(col, Shown(cell.number));
      e = worksheet_write_number(ws, row, col, cell.number, nullptr);
      break;
    case SheetCell::Kind::kDate:
      widths->Observe(col, "00/00/0000");
      e = worksheet_write_number(ws, row, col, cell.number, formats.date);
      break;
    case SheetCell::Kind::kMark: {
      const std::string text = ExcelText(cell.text);
      widths->Observe(col, text);
      e = worksheet_write_string(ws, row, col, text.c_str(), formats.Mark(cell.status));
      break;
    }
  }
  if (e == LXW_NO_ERROR && !cell.note.empty()) {
    e = worksheet_write_comment(ws, row, col, ExcelText(cell.note).c_str());
  }
  return e == LXW_NO_ERROR ? Status::Ok() : LxwError("cannot write a cell", e);
}

Status WriteSheet(lxw_workbook* wb, const Formats& formats, const SheetTable& table,
                  std::set<std::string>* names) {
  if (table.rows.size() >= LXW_ROW_MAX) {
    return Status::InvalidInput("sheet " + table.name + " has " +
                                std::to_string(table.rows.size()) + " rows; Excel holds at most " +
                                std::to_string(LXW_ROW_MAX - 1) +
                                " under a header (narrow the export with a filter)");
  }
  const std::string name = ExcelSheetName(table.name, names);
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  if (ws == nullptr) return Status::Internal("libxlsxwriter refused the sheet name " + name);
  ColumnWidths widths(table.columns.size(), WidthLimits{.min = 4, .max = 60, .padding = 2});
  for (size_t c = 0; c < table.columns.size(); ++c) {
    const SheetColumn& column = table.columns[c];
    const auto col = static_cast<lxw_col_t>(c);
    widths.Observe(c, column.header);
    lxw_error e =
        worksheet_write_string(ws, 0, col, ExcelText(column.header).c_str(), formats.header);
    if (e == LXW_NO_ERROR && !column.note.empty()) {
      e = worksheet_write_comment(ws, 0, col, ExcelText(column.note).c_str());
    }
    if (e != LXW_NO_ERROR) return LxwError("cannot write a header", e);
  }
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const std::vector<SheetCell>& row = table.rows[r];
    for (size_t c = 0; c < row.size() && c < table.columns.size(); ++c) {
      Status s = WriteCell(ws, formats, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c),
                           row[c], &widths);
      if (!s.ok()) return s;
    }
  }
  for (size_t c = 0; c < table.columns.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    worksheet_set_column(ws, col, col, widths.Width(c), nullptr);
  }
  worksheet_freeze_panes(ws, 1, static_cast<lxw_col_t>(table.frozen_columns));
  // On paper: A4 landscape with grid lines, the header row on every page.
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, kPaperA4);
  worksheet_gridlines(ws, LXW_SHOW_ALL_GRIDLINES);
  worksheet_repeat_rows(ws, 0, 0);
  if (!table.columns.empty()) {
    // The table only: a long last cell's overflow is not printed on pages of its own.
    worksheet_print_area(ws, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                         static_cast<lxw_col_t>(table.columns.size() - 1));
  }
  if (!table.columns.empty()) {
    worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                         static_cast<lxw_col_t>(table.columns.size() - 1));
  }
  return Status::Ok();
}

Status Errno(const std::string& what) {
  return Status::IoError(what + ": " + std::strerror(errno));
}

// The file the workbook replaces: `path`, or what its link points to.
Status TargetOf(const std::string& path, std::string* target, mode_t* mode) {
  *target = path;
  std::error_code ec;
  if (std::filesystem::is_symlink(path, ec)) {
    const std::filesystem::path real = std::filesystem::weakly_canonical(path, ec);
    if (!ec) *target = real.string();
  }
  const mode_t mask = ::umask(0);
  ::umask(mask);
  *mode = 0666 & ~mask;
  struct stat st;
  if (::stat(target->c_str(), &st) != 0) return Status::Ok();  // a new file
  if (S_ISDIR(st.st_mode)) return Status::InvalidInput("is a directory, not a file");
  if (!S_ISREG(st.st_mode)) {
    return Status::InvalidInput("is not a regular file (a workbook cannot be streamed)");
  }
  *mode = st.st_mode & 07777;
  return Status::Ok();
}

}  // namespace

std::string ExcelSheetName(std::string_view wanted, std::set<std::string>* used) {
  std::string base;
  size_t chars = 0;
  for (size_t i = 0; i < wanted.size(); ++i) {
    const char c = wanted[i];
    const bool starts = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (starts && chars == kMaxSheetNameChars) break;
    chars += starts;
    base += std::strchr("[]:*?/\\", c) != nullptr && c != '\0' ? '-' : c;
  }
  while (!base.empty() && base.front() == '\'') base.erase(0, 1);
  while (!base.empty() && base.back() == '\'') base.pop_back();
  if (base.empty()) base = "Sheet";
  std::string name = base;
  for (int n = 2; used->count(Lower(name)); ++n) {
    const std::string suffix = " (" + std::to_string(n) + ")";
    std::string head = base;
    // Cut whole characters until the suffix fits in 31.
    size_t head_chars = CharsOf(base);
    while (head_chars + suffix.size() > kMaxSheetNameChars && !head.empty()) {
      DropLastChar(&head);
      --head_chars;
    }
    name = head + suffix;
  }
  used->insert(Lower(name));
  return name;
}

Status WriteWorkbook(const std::string& path, const std::vector<SheetTable>& sheets) {
  std::string target;
  mode_t mode = 0;
  Status s = TargetOf(path, &target, &mode);
  if (!s.ok()) return s;
  const std::filesystem::path t(target);
  const std::filesystem::path dir = t.parent_path().empty() ? "." : t.parent_path();
  std::string temp = (dir / ("." + t.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return Errno("cannot create a temporary file beside it");
  ::close(fd);
  auto fail = [&temp](Status why) {
    ::unlink(temp.c_str());
    return why;
  };

  lxw_workbook* wb = workbook_new(temp.c_str());
  if (wb == nullptr) return fail(Status::Internal("libxlsxwriter could not start a workbook"));
  const Formats formats(wb);
  std::set<std::string> names;
  for (const SheetTable& sheet : sheets) {
    s = WriteSheet(wb, formats, sheet, &names);
    if (!s.ok()) break;
  }
  const lxw_error closed = workbook_close(wb);  // frees wb whatever it returns
  if (!s.ok()) return fail(s);
  if (closed != LXW_NO_ERROR) return fail(LxwError("cannot write the workbook", closed));
  if (::chmod(temp.c_str(), mode) != 0) return fail(Errno("cannot set its permissions"));
  // On disk before it replaces anything: a full disk may only say so here.
  const int written = ::open(temp.c_str(), O_RDONLY | O_CLOEXEC);
  if (written < 0 || ::fsync(written) != 0) {
    const Status why = Errno("cannot write the workbook");
    if (written >= 0) ::close(written);
    return fail(why);
  }
  ::close(written);
  if (::rename(temp.c_str(), target.c_str()) != 0) return fail(Errno("cannot replace it"));
  return Status::Ok();
}

}  // namespace ntmx
