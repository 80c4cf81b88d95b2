// PlaceResolver: a place a document names, resolved in the context of that
// document.
//
// The gazetteer answers "which places are called X?"; a document answers "which
// one is meant?" through the districts and provinces it names elsewhere and the
// scheme of its date. The header extractor uses this to turn "xã Hương Sơn" in a
// plan that also names "huyện Nam Đông" into {Thừa Thiên Huế, Nam Đông, Hương Sơn},
// and the places extractor to give every place a document names its code.
//
// Resolution never guesses. A name is tried alone, then with each district and
// each province of the context in turn; the first attempt that leaves exactly one
// unit wins. A name that leaves several whatever the hints stays unresolved, and
// Lookup() says so ("ambiguous: 8 communes named Hương Sơn: …").
//
// Scheme: asked for a scheme (the document's date decided it), the resolver looks
// only there, unless no unit of that level has the name in it at all — a plan of
// 2026 naming "huyện Hớn Quản" or a former commune names a 2008 unit, and gets it.
// Without a scheme, 2008 units win over 2025 ones (the gazetteer's default).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/records.h"
#include "places/gazetteer.h"
#include "text/indexed_text.h"

namespace ntmx {

// The districts and provinces a document names, in the order to try them.
struct PlaceContext {
  std::vector<std::string> districts;
  std::vector<std::string> provinces;
};

struct ResolvedPlace {
  std::string level;  // commune, district, province
  std::string name;   // the gazetteer's spelling (as written when only a spelling
                      // variant matched: see KeepSpellingAsWritten)
  std::string code;   // "2008:25342"
  Locality locality;  // the place and the levels above it
  const PlaceRecord* record = nullptr;
};

// The outcome of one Lookup: a unit, or why there is none.
struct PlaceLookup {
  const PlaceRecord* record = nullptr;
  std::string note;  // when `record` is null: "ambiguous: …" or "not in the gazetteer"
};

// Sets `place`'s name (and its level in the locality) to `written`, in title case
// when written in capitals. Resolve() does this when the gazetteer knows the unit
// only by a spelling variant (name_variants.h): "Đắk Rơwa" keeps its spelling and
// gets the codes and parents of Đắk Rơ Wa, while "Hón Quản", which folds to the
// gazetteer's key, is written "Hớn Quản".
void KeepSpellingAsWritten(std::string_view written, ResolvedPlace* place);

// A place name as the text writes it, in title case when written in capitals
// ("TÂN LỢI" -> "Tân Lợi"): how a name the gazetteer cannot resolve is recorded.
std::string WrittenPlaceName(std::string_view written);

class PlaceResolver {
 public:
  // `gazetteer` must outlive the resolver.
  explicit PlaceResolver(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}

  // The context of a document from the place mentions found in it: its districts
  // and provinces, most often named first.
  PlaceContext ContextOf(const std::vector<PlaceMention>& mentions) const;

  // Resolves `name` at `level` ("commune", "district", "province", or
  // "district|province" for "thành phố"), using `context` only when the name
  // alone is ambiguous. nullopt when unknown or still ambiguous.
  std::optional<ResolvedPlace> Resolve(const std::string& level, const std::string& name,
                                       const PlaceContext& context,
                                       std::optional<PlaceScheme> scheme = std::nullopt) const;

  // The one unit of `level` called `name` (a bare name, as written), by the rules
  // above; or a note saying why there is none.
  PlaceLookup Lookup(PlaceLevel level, std::string_view name, const PlaceContext& context,
                     std::optional<PlaceScheme> scheme = std::nullopt) const;

  // `record` and the levels above it, in gazetteer spelling.
  ResolvedPlace Describe(const PlaceRecord& record) const;

  // The codes of `record` in the other scheme: what a 2008 unit became, what a
  // 2025 unit was made from.
  std::vector<std::string> OtherSchemeCodes(const PlaceRecord& record) const;

 private:
  // One pass over the context in `scheme`; nullptr when no attempt is unique.
  const PlaceRecord* Attempt(PlaceLevel level, std::string_view name, const PlaceContext& context,
                             std::optional<PlaceScheme> scheme) const;
  // Why `name` did not resolve in `scheme`.
  std::string Note(PlaceLevel level, std::string_view name,
                   std::optional<PlaceScheme> scheme) const;

  const Gazetteer& gazetteer_;
};

}  // namespace ntmx
