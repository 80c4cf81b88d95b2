// Small string helpers the extractors share: trimming punctuation from a phrase
// and removing spaces from a document number ("416/QĐ - UBND" -> "416/QĐ-UBND").
#pragma once

#include <string>
#include <string_view>

namespace ntmx {

// `s` without blanks and the punctuation " \t.,;:" at either end.
inline std::string TrimPhrase(std::string_view s) {
  constexpr const char* kEdge = " \t.,;:";
  const size_t b = s.find_first_not_of(kEdge);
  if (b == std::string_view::npos) return {};
  const size_t e = s.find_last_not_of(kEdge);
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
