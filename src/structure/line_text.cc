// See line_text.h.
#include "structure/line_text.h"

#include <unicode/uchar.h>

#include <cctype>
#include <map>

#include "text/utf8.h"

namespace ntmx {

char32_t FirstCodePoint(std::string_view s) {
  size_t pos = 0;
  return s.empty() ? 0 : DecodeUtf8(s, &pos);
}

bool IsUpperCaseLine(std::string_view s) {
  size_t pos = 0;
  bool any = false;
  while (pos < s.size()) {
    const UChar32 c = static_cast<UChar32>(DecodeUtf8(s, &pos));
    if (u_islower(c)) return false;
    if (u_isupper(c)) any = true;
  }
  return any;
}

namespace {

size_t WordCount(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

}  // namespace

bool LooksLikePersonName(std::string_view s) {
  const size_t words = WordCount(s);
  if (words < 2 || words > 6) return false;
  bool word_start = true;
  size_t pos = 0;
  while (pos < s.size()) {
    const UChar32 c = static_cast<UChar32>(DecodeUtf8(s, &pos));
    if (u_isdigit(c) || c == ':' || c == ';' || c == ',' || c == '/') return false;
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (word_start && !u_isupper(c)) return false;
    word_start = false;
  }
  return true;
}

std::string ToUpperAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string PlainFootnoteMarker(std::string_view marker) {
  static const std::map<char32_t, char> kDigits = {
      {U'⁰', '0'}, {U'¹', '1'}, {U'²', '2'}, {U'³', '3'}, {U'⁴', '4'},
      {U'⁵', '5'}, {U'⁶', '6'}, {U'⁷', '7'}, {U'⁸', '8'}, {U'⁹', '9'}};
  std::string out;
  size_t pos = 0;
  while (pos < marker.size()) {
    const char32_t cp = DecodeUtf8(marker, &pos);
    auto it = kDigits.find(cp);
    if (it != kDigits.end()) {
      out.push_back(it->second);
    } else if (cp >= '0' && cp <= '9') {
      out.push_back(static_cast<char>(cp));
    }
  }
  return out;
}

}  // namespace ntmx
