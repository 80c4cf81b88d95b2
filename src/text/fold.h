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

// Whether byte `c` of folded text belongs to a word: an ASCII letter or digit, or a
// byte of a code point folding leaves outside ASCII. The one definition the scanners
// of folded text share (numbers, quantities, criterion references, shingles, units).
constexpr bool IsFoldedWordByte(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Whether folded `s` holds `word` (one word or several) at byte `i`, followed by a
// word break or the end: StartsWordAt("chu tri, phoi hop", 0, "chu tri") is true,
// StartsWordAt("chu trinh", 0, "chu tri") false.
constexpr bool StartsWordAt(std::string_view s, size_t i, std::string_view word) {
  if (i > s.size() || s.substr(i, word.size()) != word) return false;
  const size_t e = i + word.size();
  return e == s.size() || !IsFoldedWordByte(s[e]);
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
