// Type words: the words that name the kind of an administrative unit before its
// name — "xã Hương Sơn", "huyện Nam Đông", "tỉnh Kon Tum", "thành phố Huế", "TP.HCM".
//
// A place is only looked for after one of these: a bare name is too often an
// ordinary phrase (there are communes called Tân Tiến, Quyết Thắng, Đoàn Kết). In
// folded text several type words are ordinary words too ("phuong" is phường and
// phương, "quan" quận and quan, "tinh" tỉnh and tính), so a match in the folded text
// is confirmed against the words as written: SpelledAs() accepts the type word with
// its own diacritics, or with none at all (text typed without marks), and nothing
// in between.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "places/place_record.h"

namespace ntmx {

struct TypeWord {
  std::string_view key;       // in KeyedText form, with what separates it from the name
  std::string_view spelling;  // lower case, NFC: "thị trấn"; empty: any spelling ("TP.")
  std::string_view type;      // the PlaceRecord::type it names: "Thị trấn"
  uint8_t levels;             // bit (1 << PlaceLevel) for each level it can name

  bool Names(PlaceLevel level) const { return (levels >> static_cast<int>(level)) & 1; }
};

// The type word whose key starts at keyed[pos] (the longest, for "tp. " / "tp."), or
// nullptr. Says nothing about what precedes pos.
const TypeWord* TypeWordAt(std::string_view keyed, size_t pos);

// Whether `written` — the type word as the text writes it, without the separator
// that follows — spells `word`: its spelling in any case, NFC or NFD, or the same
// letters without any diacritics. "Huyện", "HUYỆN", "huyen" spell huyện; "phương"
// does not spell phường.
bool SpelledAs(std::string_view written, const TypeWord& word);

}  // namespace ntmx
