// The style sheet of the report page, inlined into its <head> so the file opens
// from disk with no network.
//
// Shaped for two readers: a screen (a readable measure, tables that scroll
// sideways instead of overflowing, tooltips on hover) and paper (@media print:
// every section after the first on a new page, colours kept, links shown as plain text, table
// headers repeated on each page). The font stack puts families with full
// Vietnamese coverage first (Noto Sans, DejaVu Sans), so stacked diacritics
// ("Quyết", "Hớn Quản") never fall back to a second font mid-word.
#pragma once

#include <string_view>

namespace ntmx {

std::string_view ReportStyleSheet();

}  // namespace ntmx
