// Type words: the words that name the kind of an administrative unit before its
// name — "xã Hương Sơn", "huyện Nam Đông", "tỉnh Kon Tum", "thành phố Huế", "TP.HCM".
//
// The words are data, schemas/places/place_levels.tsv, read by the gazetteer with its
// other tables; this is their one home: the gazetteer finds mentions after them, the
// header extractor reads an issuer's level from them (LevelsOf), and place filters
// cut them off (bare_place_key.h).
//
// A place is only looked for after one of these: a bare name is too often an
// ordinary phrase (there are communes called Tân Tiến, Quyết Thắng, Đoàn Kết). In
// folded text several type words are ordinary words too ("phuong" is phường and
// phương, "quan" quận and quan, "tinh" tỉnh and tính), so a match in the folded text
// is confirmed against the words as written: SpelledAs() accepts the type word with
// its own diacritics, or with none at all (text typed without marks), and nothing
// in between. An abbreviation ("TP.") is spelt any way.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "places/place_record.h"
#include "util/status.h"

namespace ntmx {

struct TypeWord {
  std::string key;       // in KeyedText form, with what separates it from the name: "thi tran "
  std::string spelling;  // lower case, NFC: "thị trấn"; empty: any spelling ("TP.")
  std::string type;      // the PlaceRecord::type it names: "Thị trấn"
  uint8_t levels = 0;    // bit (1 << PlaceLevel) for each level it can name

  bool Names(PlaceLevel level) const { return (levels >> static_cast<int>(level)) & 1; }
};

class TypeWords {
 public:
  // Reads a place_levels.tsv: word as written, levels ("commune", "district|province"),
  // the type of the unit it names, and "exact" or "any" spelling. An error names
  // file:line.
  static Status Load(const std::filesystem::path& tsv, TypeWords* out);

  // Adds one word as a row of the file would (tests build small tables with it).
  Status Add(std::string_view written, std::string_view levels, std::string_view type,
             std::string_view spelling);

  // The type word whose key starts at keyed[pos] (the longest: "tp. " before "tp."),
  // or nullptr. Says nothing about what precedes pos.
  const TypeWord* At(std::string_view keyed, size_t pos) const;

  // The levels `word` names, as the file writes them ("commune", "district|province"),
  // for a word in any spelling; empty when it is no type word.
  std::string LevelsOf(std::string_view word) const;

  bool empty() const { return words_.empty(); }

 private:
  std::vector<TypeWord> words_;             // longest key first
  std::array<bool, 256> starts_word_ = {};  // whether some key starts with the byte
};

// Whether `written` — the type word as the text writes it, without the separator
// that follows — spells `word`: its spelling in any case, NFC or NFD, or the same
// letters without any diacritics. "Huyện", "HUYỆN", "huyen" spell huyện; "phương"
// does not spell phường.
bool SpelledAs(std::string_view written, const TypeWord& word);

}  // namespace ntmx
