// NameVariants: the looser key under which two spellings of one place name meet
// when their PlaceKeys (place_key.h) differ.
//
// PlaceKey already absorbs case, diacritics ("Đắk"/"Đăk", "Kon"/"Kôn" fold alike),
// tone placement, NFC/NFD and spacing around hyphens. Writers of ethnic-minority names
// also join or split syllables ("Đắk Rơwa" / "Đắk Rơ Wa"), drop or add apostrophes ("Ea
// H'leo" / "Ea Hleo") and alternate a few syllables ("Ia" / "Ya"). Those rewrites are
// data — schemas/places/name_variants.tsv, one RE2 pattern and its replacement a row,
// applied in file order to a PlaceKey — so a domain expert can add a habit of spelling
// without touching code. The gazetteer indexes every name under its loose key and
// looks there only when the exact key finds nothing: a loose match is a fallback,
// never a competitor of an exact one.
//
//   NameVariants v;  NameVariants::Load(dir / "name_variants.tsv", &v);
//   v.LooseKey(PlaceKey("Đắk Rơ Wa")) == v.LooseKey(PlaceKey("Đắk Rơwa"))  // "dakrowa"
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace re2 {
class RE2;
}

namespace ntmx {

class NameVariants {
 public:
  NameVariants();
  ~NameVariants();
  NameVariants(NameVariants&&) noexcept;
  NameVariants& operator=(NameVariants&&) noexcept;

  // Reads `path` (columns pattern, replacement, note; one header line) into `*out`.
  // A pattern RE2 cannot compile is InvalidInput naming "<path>:<line>". A missing
  // file is IoError: the gazetteer treats the file as optional and checks existence
  // first.
  static Status Load(const std::filesystem::path& path, NameVariants* out);

  // `key` (a PlaceKey) with every rewrite applied in file order. With no rewrites
  // loaded, `key` itself.
  std::string LooseKey(std::string_view key) const;

  bool empty() const { return rewrites_.empty(); }

 private:
  struct Rewrite {
    std::unique_ptr<re2::RE2> pattern;
    std::string replacement;
  };
  std::vector<Rewrite> rewrites_;
};

}  // namespace ntmx
