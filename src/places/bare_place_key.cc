// See bare_place_key.h.
#include "places/bare_place_key.h"

#include "places/place_key.h"

namespace ntmx {

std::string BarePlaceKey(std::string_view name, const TypeWords& type_words) {
  std::string key = PlaceKey(name);
  const TypeWord* word = type_words.At(key, 0);
  if (word == nullptr || word->key.size() >= key.size()) return key;
  return key.substr(word->key.size());
}

}  // namespace ntmx
