// Small string helpers the extractors share: trimming punctuation from a phrase
// and removing spaces from a document number ("416/QĐ - UBND" -> "416/QĐ-UBND");
// and where a line too long for the later stages is cut (the normalizer's
// [normalize] max_line_bytes, the PDF reader's paragraphs).
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

// Where to cut `line` (no '\n' in it), longer than `max_bytes`, so that its first
// part is at most about `max_bytes` long: the byte offset of a space to turn into a
// line break — the last one after a sentence end (".;!?") in the second half of the
// allowed length, else the last space there, else the first space after it — or npos
// when there is none (a line without spaces stays whole).
inline size_t LongLineCut(std::string_view line, size_t max_bytes) {
  if (max_bytes < 2 || line.size() <= max_bytes) return std::string_view::npos;
  size_t space = std::string_view::npos;
  for (size_t i = max_bytes; i > max_bytes / 2; --i) {
    if (line[i] != ' ') continue;
    if (space == std::string_view::npos) space = i;
    if (std::string_view(".;!?").find(line[i - 1]) != std::string_view::npos) return i;
  }
  if (space != std::string_view::npos) return space;
  return line.find(' ', max_bytes);
}

}  // namespace ntmx
