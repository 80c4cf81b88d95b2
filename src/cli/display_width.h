// Display width: how many terminal columns a UTF-8 string takes.
//
// Byte counts and code-point counts both misjudge Vietnamese: "Việt" is 6 bytes and,
// when decomposed (NFD: e + U+0302 + U+0323), 6 code points, but always 4 columns,
// because combining marks take no column of their own. CJK text takes two columns a
// character. The table printer measures with these functions so columns line up.
//
//   DisplayWidth("Nông thôn") == 9              // NFC or NFD alike
//   DisplayWidth("中文") == 4
//   TruncateToWidth("Kế hoạch thực hiện", 8) == "Kế hoạc…"
//
// Widths follow Unicode (ICU's East_Asian_Width and general category), as wcwidth
// does: ambiguous-width characters count as one column, as on Western terminals.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ntmx {

// Columns code point `cp` takes: 0 for combining marks, format characters (zero
// width space, joiners), Hangul medial/final jamo and controls; 2 for East Asian
// wide and fullwidth characters; 1 otherwise.
int CodePointWidth(char32_t cp);

// The sum of CodePointWidth over the code points of `utf8` (invalid bytes count as
// U+FFFD, one column each).
size_t DisplayWidth(std::string_view utf8);

// `utf8` itself when DisplayWidth(utf8) <= max_width; otherwise its longest prefix
// of at most max_width - 1 columns followed by "…" (so the result is at most
// max_width columns), spaces before the "…" dropped. Cuts only between characters:
// a letter keeps its combining marks, a wide character that does not fit is left
// out whole.
std::string TruncateToWidth(std::string_view utf8, size_t max_width);

}  // namespace ntmx
