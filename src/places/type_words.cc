// See type_words.h.
#include "places/type_words.h"

#include <algorithm>
#include <optional>

#include "places/place_key.h"
#include "util/tsv.h"

namespace ntmx {
namespace {

// "district|province" -> the bits of both; 0 when a name is not a level.
uint8_t ParseLevels(std::string_view text) {
  uint8_t bits = 0;
  while (!text.empty()) {
    const size_t bar = text.find('|');
    const std::string_view name = text.substr(0, bar);
    const std::optional<PlaceLevel> level = ParseLevel(name);
    if (!level) return 0;
    bits |= static_cast<uint8_t>(1u << static_cast<int>(*level));
    text = bar == std::string_view::npos ? std::string_view() : text.substr(bar + 1);
  }
  return bits;
}

}  // namespace

Status TypeWords::Load(const std::filesystem::path& tsv, TypeWords* out) {
  std::vector<TsvRow> rows;
  if (Status s = ReadTsv(tsv, 4, &rows); !s.ok()) return s;
  for (const TsvRow& row : rows) {
    if (Status s = out->Add(row.fields[0], row.fields[1], row.fields[2], row.fields[3]); !s.ok()) {
      return Status::InvalidInput(tsv.string() + ":" + std::to_string(row.line) + ": " +
                                  s.message());
    }
  }
  return Status::Ok();
}

Status TypeWords::Add(std::string_view written, std::string_view levels, std::string_view type,
                      std::string_view spelling) {
  TypeWord word;
  word.levels = ParseLevels(levels);
  if (word.levels == 0) {
    return Status::InvalidInput(
        "levels must be commune, district or province, joined by '|'; got '" + std::string(levels) +
        "'");
  }
  if (spelling != "exact" && spelling != "any") {
    return Status::InvalidInput("spelling must be 'exact' or 'any'; got '" + std::string(spelling) +
                                "'");
  }
  const std::string key = PlaceKey(written);
  if (key.empty()) return Status::InvalidInput("an empty type word");
  word.spelling = spelling == "exact" ? SpellingKey(written) : std::string();
  word.type = std::string(type);
  // Followed by a space before the name; an abbreviation with a full stop may also
  // run into it ("TP.HCM").
  std::vector<std::string> keys = {key + " "};
  if (key.back() == '.') keys.push_back(key);
  for (std::string& k : keys) {
    word.key = std::move(k);
    starts_word_[static_cast<unsigned char>(word.key.front())] = true;
    // Longest first (after those as long), so that a key that is a prefix of another
    // is tried after it.
    const auto at =
        std::upper_bound(words_.begin(), words_.end(), word.key.size(),
                         [](size_t size, const TypeWord& w) { return size > w.key.size(); });
    words_.insert(at, word);
  }
  return Status::Ok();
}

const TypeWord* TypeWords::At(std::string_view keyed, size_t pos) const {
  if (pos >= keyed.size() || !starts_word_[static_cast<unsigned char>(keyed[pos])]) {
    return nullptr;
  }
  const std::string_view rest = keyed.substr(pos);
  for (const TypeWord& w : words_) {
    if (rest.starts_with(w.key)) return &w;
  }
  return nullptr;
}

std::string TypeWords::LevelsOf(std::string_view word) const {
  const std::string key = PlaceKey(word) + " ";
  for (const TypeWord& w : words_) {
    if (w.key != key) continue;
    std::string names;
    for (PlaceLevel level : {PlaceLevel::kCommune, PlaceLevel::kDistrict, PlaceLevel::kProvince}) {
      if (!w.Names(level)) continue;
      if (!names.empty()) names += '|';
      names += LevelName(level);
    }
    return names;
  }
  return {};
}

bool SpelledAs(std::string_view written, const TypeWord& word) {
  if (word.spelling.empty()) return true;
  const std::string canonical = SpellingKey(written);
  if (canonical == word.spelling) return true;
  // Typed without diacritics: plain ASCII letters equal to the key's.
  std::string_view bare = word.key;
  while (!bare.empty() && bare.back() == ' ') bare.remove_suffix(1);
  return canonical == bare;
}

}  // namespace ntmx
