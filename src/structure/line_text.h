// Line text: what the text of one line looks like — in capitals, a signer's name,
// its first character — and a footnote marker's plain digits. Small questions the
// structure stage asks of many lines, kept apart from the passes that ask them so
// structurer.cc holds the decisions only.
#pragma once

#include <string>
#include <string_view>

namespace ntmx {

// The first code point of `s` (0 when empty).
char32_t FirstCodePoint(std::string_view s);

// Whether the letters of `s` are all capitals (and there is at least one).
bool IsUpperCaseLine(std::string_view s);

// A signer's name: two to six words, each starting with a capital, no digits.
bool LooksLikePersonName(std::string_view s);

// ASCII letters to capitals ("iv" -> "IV"); other bytes kept.
std::string ToUpperAscii(std::string_view s);

// Superscript digits of a footnote marker to plain digits ("¹²" -> "12").
std::string PlainFootnoteMarker(std::string_view marker);

}  // namespace ntmx
