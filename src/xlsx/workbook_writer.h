// WriteWorkbook: sheets (sheet_table.h) into one .xlsx file with libxlsxwriter
// (Debian's libxlsxwriter-dev), every sheet with the same look:
//   - the header row bold on a grey ground, frozen (it stays in view when scrolling),
//     with an autofilter over the whole table;
//   - each column as wide as its content (column_widths.h), capped;
//   - numbers as numbers, dates as Excel dates shown dd/mm/yyyy, marks centred on a
//     green (met), red (unmet), yellow (planned) or grey (mixed) ground, and each
//     cell's note as a comment;
//   - on paper A4 landscape with grid lines and the header row on every page.
//
// The workbook is written to a temporary file beside `path` and renamed over it
// only when complete, so a failure (a full disk, a killed process) never leaves a
// half-written workbook where a reader expects one, and never spoils the previous
// one. libxlsxwriter can only write to a named file, which is why this layer,
// unlike report/ (which returns its page as a string), touches the disk.
//
//   Status s = WriteWorkbook("ntm.xlsx", sheets);
//   // s.message(): "cannot create a temporary file beside it: Permission denied"
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"
#include "xlsx/sheet_table.h"

namespace ntmx {

// Fails with a message that does not repeat `path` (the caller names it): the target
// is a folder or not a regular file, its folder cannot take a new file, a sheet has
// more rows than Excel holds, or libxlsxwriter fails (its reason).
Status WriteWorkbook(const std::string& path, const std::vector<SheetTable>& sheets);

// `wanted` made a valid sheet name that is not in `used` (compared ignoring ASCII
// case, as Excel does), and added to it: the characters []:*?/\ become "-", the
// name is cut to Excel's 31 characters, and a repeat gets " (2)", " (3)", ...
std::string ExcelSheetName(std::string_view wanted, std::set<std::string>* used);

}  // namespace ntmx
