// PlaceResolver: a place a document names, resolved in the context of that
// document.
//
// The gazetteer answers "which places are called X?"; a document answers "which
// one is meant?" through the districts and provinces it names elsewhere. The
// header extractor uses this to turn "xã Hương Sơn" in a plan that also names
// "huyện Nam Đông" into {Thừa Thiên Huế, Nam Đông, Hương Sơn}, and leaves the
// commune unresolved when nothing in the document decides between namesakes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/records.h"
#include "places/gazetteer.h"
#include "text/indexed_text.h"

namespace ntmx {

// The districts and provinces a document names, most often named first.
struct PlaceContext {
  std::vector<std::string> districts;
  std::vector<std::string> provinces;
};

struct ResolvedPlace {
  std::string level;  // commune, district, province
  std::string name;   // the gazetteer's spelling
  std::string code;   // "2008:25342"
  Locality locality;  // the place and the levels above it
};

class PlaceResolver {
 public:
  // `gazetteer` must outlive the resolver.
  explicit PlaceResolver(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}

  // The context of a document from the place mentions found in it.
  PlaceContext ContextOf(const std::vector<PlaceMention>& mentions) const;

  // Resolves `name` at `level` ("commune", "district", "province", or
  // "district|province" for "thành phố"), using `context` only when the name
  // alone is ambiguous. nullopt when unknown or still ambiguous.
  std::optional<ResolvedPlace> Resolve(const std::string& level, const std::string& name,
                                       const PlaceContext& context) const;

 private:
  ResolvedPlace Describe(const PlaceRecord& record) const;
  const Gazetteer& gazetteer_;
};

}  // namespace ntmx
