// PlaceKey: the form in which place names are compared, and the same form of a
// document's folded text so that names can be found in it.
//
// A key is the folded name (fold.h: lower case, no diacritics, so "Hón Quản" and
// "Hớn Quản", "Định Hoá" and "Định Hóa", NFD and NFC all agree) with the spellings
// that vary between writers of the same name made equal as well:
//   - whitespace runs become one space, and there is none at either end;
//   - no space around a hyphen:   "Bà Rịa - Vũng Tàu"  -> "ba ria-vung tau"
//   - no space after an apostrophe: "Ia H' Drai"        -> "ia h'drai"
//   - no leading zeros in a number: "Phường 05"          -> "phuong 5"
//
// KeyedText applies exactly the same rules to a whole folded document and keeps,
// for every byte it produces, the folded offset it came from: a name found in the
// keyed text maps back to the folded text, and from there (IndexedText) to code
// points of the text as written. Names and text go through one function, so they
// cannot drift apart.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ntmx {

// The key of a place name (any case, diacritics, NFC or NFD).
//   PlaceKey("Thừa Thiên  Huế") == "thua thien hue"
std::string PlaceKey(std::string_view name);

// Appends PlaceKey(name) to `out` (to build many keys in one buffer).
void AppendPlaceKey(std::string_view name, std::string* out);

// A name or word as spelt, for telling apart names whose keys collide: lower case,
// NFC, whitespace runs as one space and none at the ends, look-alike letters mapped
// ("Ð" U+00D0 to "đ", "ƣ" to "ư"). Diacritics stay.
//   SpellingKey("TAM  ĐƯỜNG") == "tam đường" != SpellingKey("Tam Dương")
std::string SpellingKey(std::string_view text);

// A folded text (IndexedText::folded()) in key form.
class KeyedText {
 public:
  explicit KeyedText(std::string_view folded);

  const std::string& keyed() const { return keyed_; }

  // The folded byte range that keyed bytes [begin, end) came from; begin < end <=
  // keyed().size().
  size_t FoldedBegin(size_t begin) const { return folded_of_[begin]; }
  size_t FoldedEnd(size_t end) const { return folded_of_[end - 1] + 1; }

 private:
  std::string keyed_;
  std::vector<uint32_t> folded_of_;  // folded offset of each keyed byte
};

// True when keyed byte `c` is part of a word: an ASCII letter or digit, or any byte
// of a non-ASCII character (folding leaves few, and they are letters).
constexpr bool IsKeyWordByte(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80;
}

}  // namespace ntmx
