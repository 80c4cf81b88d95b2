// Small string helpers the extractors share: trimming punctuation from a phrase
// and removing spaces from a document number ("416/QĐ - UBND" -> "416/QĐ-UBND").
#pragma once

#include <string>
#include <string_view>

namespace ntmx {

// `s` without the characters of `leading` at its start and of `trailing` at its end:
// by default blanks and the punctuation " \t.,;:*" ("Phòng Nội vụ;" -> "Phòng Nội vụ").
inline std::string TrimPhrase(std::string_view s, std::string_view leading = " \t.,;:*",
                              std::string_view trailing = " \t.,;:*") {
  const size_t b = s.find_first_not_of(leading);
  if (b == std::string_view::npos) return {};
  const size_t e = s.find_last_not_of(trailing);
  if (e == std::string_view::npos || e < b) return {};
  return std::string(s.substr(b, e - b + 1));
}

// `s` without spaces and tabs.
inline std::string WithoutSpaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\t') out.push_back(c);
  }
  return out;
}

}  // namespace ntmx
