// See cell_text.h.
#include "xlsx/cell_text.h"

#include <algorithm>

namespace ntmx {
namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// U+0300..U+036F, the combining diacritical marks of an NFD text: no width.
bool IsCombiningMark(std::string_view text, size_t at) {
  if (at + 1 >= text.size()) return false;
  const auto b0 = static_cast<unsigned char>(text[at]);
  const auto b1 = static_cast<unsigned char>(text[at + 1]);
  return (b0 == 0xCC && b1 >= 0x80) || (b0 == 0xCD && b1 < 0xB0);
}

}  // namespace

std::string ExcelText(std::string_view text, size_t max_chars) {
  std::string out;
  out.reserve(std::min(text.size(), max_chars * 4));
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!IsContinuation(c)) {
      if (chars + 1 == max_chars) {
        // Room for one more: the ellipsis when more than one is left.
        size_t rest = 0;
        for (size_t j = i; j < text.size() && rest < 2; ++j) {
          rest += !IsContinuation(static_cast<unsigned char>(text[j]));
        }
        if (rest > 1) return out + "…";
      }
      ++chars;
    }
    out += (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F ? ' ' : text[i];
  }
  return out;
}

size_t DisplayChars(std::string_view text) {
  size_t longest = 0, line = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      longest = std::max(longest, line);
      line = 0;
    } else if (!IsContinuation(c) && !IsCombiningMark(text, i)) {
      ++line;
    }
  }
  return std::max(longest, line);
}

}  // namespace ntmx
