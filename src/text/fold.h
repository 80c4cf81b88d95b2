// Folding: the matching view of Vietnamese text.
//
// Rules and name lists match a folded copy of the text, never the text as written:
// lower case, no diacritics (đ -> d, ơ -> o, ư -> u, tone marks dropped), dash and
// quote variants unified ("–" -> "-", "“" -> "\""). Old and new tone placement
// ("hoà"/"hòa", "Uỷ"/"Ủy"), a mark on the wrong vowel ("lựơng") and look-alike
// letters ("Ð" U+00D0) therefore all fold to the same key:
//
//   Fold("Ủy ban nhân dân huyện Nam Đông") == "uy ban nhan dan huyen nam dong"
//
// Folding works one code point at a time, so a folded offset maps back to exactly
// one code point of the original (see IndexedText).
#pragma once

#include <string>
#include <string_view>

namespace ntmx {

// The folded form of an ASCII byte (c < 0x80): its lower case, one byte for one.
// The same as AppendFoldedCodePoint gives; callers on a hot path use it to skip
// decoding the mostly-ASCII text of a document.
constexpr char FoldAscii(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Appends the folded form of code point `cp` to `out` (UTF-8). A combining mark
// folds to nothing; most letters fold to one ASCII byte.
void AppendFoldedCodePoint(char32_t cp, std::string* out);

// Folds a whole UTF-8 string. Invalid sequences fold to U+FFFD.
std::string Fold(std::string_view utf8);

// Fold() plus whitespace collapsed to single spaces and trimmed: the key used to
// look names up (places, units, criteria).
std::string FoldKey(std::string_view utf8);

}  // namespace ntmx
