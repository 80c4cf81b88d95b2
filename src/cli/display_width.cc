// Terminal column widths from ICU's Unicode properties (display_width.h).
#include "cli/display_width.h"

#include <unicode/uchar.h>

#include "text/utf8.h"

namespace ntmx {

namespace {

constexpr std::string_view kEllipsis = "\u2026";  // "…", one column

}  // namespace

int CodePointWidth(char32_t cp) {
  const auto c = static_cast<UChar32>(cp);
  if (c < 0x20 || (c >= 0x7f && c < 0xa0)) return 0;  // controls
  if (c == 0xad) return 1;                            // soft hyphen: terminals show it
  switch (u_charType(c)) {
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_FORMAT_CHAR:
      return 0;
    default:
      break;
  }
  switch (u_getIntPropertyValue(c, UCHAR_HANGUL_SYLLABLE_TYPE)) {
    case U_HST_VOWEL_JAMO:
    case U_HST_TRAILING_JAMO:
      return 0;  // they join the preceding leading jamo into one syllable
    default:
      break;
  }
  switch (u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH)) {
    case U_EA_WIDE:
    case U_EA_FULLWIDTH:
      return 2;
    default:
      return 1;
  }
}

size_t DisplayWidth(std::string_view utf8) {
  size_t width = 0;
  for (size_t pos = 0; pos < utf8.size();) width += CodePointWidth(DecodeUtf8(utf8, &pos));
  return width;
}

std::string TruncateToWidth(std::string_view utf8, size_t max_width) {
  if (DisplayWidth(utf8) <= max_width) return std::string(utf8);
  if (max_width == 0) return "";
  const size_t budget = max_width - 1;  // one column for the ellipsis
  size_t width = 0;
  size_t pos = 0;
  while (pos < utf8.size()) {
    size_t next = pos;
    const size_t w = CodePointWidth(DecodeUtf8(utf8, &next));
    // A zero-width mark always follows the character kept before it.
    if (width + w > budget) break;
    width += w;
    pos = next;
  }
  // "thực hiện…" rather than "thực hiện …".
  while (pos > 0 && utf8[pos - 1] == ' ') --pos;
  std::string out(utf8.substr(0, pos));
  out += kEllipsis;
  return out;
}

}  // namespace ntmx
