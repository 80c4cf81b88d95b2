// TEMPORARY STUB
#pragma once
#include <optional>
#include <string>
#include "model/records.h"
#include "places/gazetteer.h"
#include "text/indexed_text.h"
namespace ntmx {
struct PlaceContext {};
struct ResolvedPlace { std::string level; std::string name; Locality locality; };
class PlaceResolver {
 public:
  explicit PlaceResolver(const Gazetteer&) {}
  PlaceContext ContextOf(const IndexedText&) const { return {}; }
  std::optional<ResolvedPlace> Resolve(const std::string&, const std::string&, const PlaceContext&) const { return std::nullopt; }
};
}  // namespace ntmx
