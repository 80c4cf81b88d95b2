// See type_words.h.
#include "places/type_words.h"

#include <algorithm>
#include <array>
#include <string>

#include "places/place_key.h"

namespace ntmx {
namespace {

constexpr uint8_t Bit(PlaceLevel l) { return static_cast<uint8_t>(1u << static_cast<int>(l)); }
constexpr uint8_t kProvince = Bit(PlaceLevel::kProvince);
constexpr uint8_t kDistrict = Bit(PlaceLevel::kDistrict);
constexpr uint8_t kCommune = Bit(PlaceLevel::kCommune);

// Longer keys first where one key is a prefix of another ("tp. " before "tp.").
constexpr std::array<TypeWord, 12> kTypeWords = {{
    {"thanh pho ", "thành phố", "Thành phố", kProvince | kDistrict},
    {"thi tran ", "thị trấn", "Thị trấn", kCommune},
    {"thi xa ", "thị xã", "Thị xã", kDistrict},
    {"dac khu ", "đặc khu", "Đặc khu", kCommune},
    {"phuong ", "phường", "Phường", kCommune},
    {"huyen ", "huyện", "Huyện", kDistrict},
    {"quan ", "quận", "Quận", kDistrict},
    {"tinh ", "tỉnh", "Tỉnh", kProvince},
    {"xa ", "xã", "Xã", kCommune},
    {"tp. ", "", "Thành phố", kProvince | kDistrict},
    {"tp.", "", "Thành phố", kProvince | kDistrict},
    {"tp ", "", "Thành phố", kProvince | kDistrict},
}};

// Whether some type word's key starts with byte b. TypeWordAt runs at every word
// start of a document, and most words start with a byte no type word does.
constexpr std::array<bool, 256> kStartsTypeWord = [] {
  std::array<bool, 256> starts{};
  for (const TypeWord& w : kTypeWords) starts[static_cast<unsigned char>(w.key.front())] = true;
  return starts;
}();

}  // namespace

const TypeWord* TypeWordAt(std::string_view keyed, size_t pos) {
  if (pos >= keyed.size() || !kStartsTypeWord[static_cast<unsigned char>(keyed[pos])]) {
    return nullptr;
  }
  const std::string_view rest = keyed.substr(pos);
  for (const TypeWord& w : kTypeWords) {
    if (rest.starts_with(w.key)) return &w;
  }
  return nullptr;
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
