// Markdown sniffing: does decoded text carry markdown structure, or is it plain text?
//
// Plans arrive as plain text (a Word or PDF export) or as markdown (a web copy or a
// converter's output). The two share most of their look: both number parts "I.", "1.",
// "a)" and both bullet with "- " and "+ ". Only marks that a plain export never writes
// count as markdown:
//   "## I. MỤC TIÊU"          an ATX heading: 1 to 6 '#' then a space, at line start
//   "**KẾ HOẠCH**"             a bold run: "**", text, "**" on one line
//   "|---|:---:|"              a pipe-table delimiter row
//   "***" or "___"             a thematic break (not "---": plain plans draw dash rules
//                              "-------" under their header columns)
// One mark anywhere is enough.
#pragma once

#include <string_view>

namespace ntmx {

// True when `text` shows any of the markdown marks above. `text` is UTF-8 (only
// ASCII bytes are inspected); lines end at '\n', with or without a preceding '\r'.
// Linear in the length of `text`, whatever the length of its lines.
bool LooksLikeMarkdown(std::string_view text);

}  // namespace ntmx
