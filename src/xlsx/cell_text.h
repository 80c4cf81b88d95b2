// Cell text: what a workbook cell may hold, and how wide it looks.
//
// Excel refuses a cell of more than 32,767 characters and an XML file with control
// characters; libxlsxwriter writes both as given (or fails the cell), so every
// string passes through ExcelText first. A quote or a message is never that long in
// practice; a stored text that is (a table row read as one line) is cut with "…"
// rather than failing the whole export.
//
//   ExcelText("a\x01b")                 == "a b"
//   ExcelText(std::string(40000, 'x'))  -> 32,767 characters, the last one "…"
//   DisplayChars("Nhà ở\ndân cư")       == 6   (the longest line, in characters)
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ntmx {

// Excel's limit on the characters of one cell.
inline constexpr size_t kExcelMaxCellChars = 32767;

// `text` with each control character other than tab and line feed replaced by a
// space, and cut to `max_chars` code points (the last of them "…") when longer.
// `text` is UTF-8 (the store's text always is).
std::string ExcelText(std::string_view text, size_t max_chars = kExcelMaxCellChars);

// The code points of the longest line of `text`, not counting combining marks: how
// many character widths the text needs in a column.
size_t DisplayChars(std::string_view text);

}  // namespace ntmx
