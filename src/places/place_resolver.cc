// See place_resolver.h.
#include "places/place_resolver.h"

#include <algorithm>
#include <map>

#include "text/fold.h"

namespace ntmx {
namespace {

std::vector<std::string> ByFrequency(const std::map<std::string, std::pair<int, std::string>>& m) {
  std::vector<std::pair<int, std::string>> v;
  for (const auto& [key, entry] : m) v.push_back(entry);
  std::stable_sort(v.begin(), v.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> out;
  for (auto& [count, name] : v) out.push_back(std::move(name));
  return out;
}

}  // namespace

PlaceContext PlaceResolver::ContextOf(const std::vector<PlaceMention>& mentions) const {
  std::map<std::string, std::pair<int, std::string>> districts, provinces;
  for (const PlaceMention& mention : mentions) {
    auto& bucket = mention.level == PlaceLevel::kDistrict   ? districts
                   : mention.level == PlaceLevel::kProvince ? provinces
                                                            : districts;
    if (mention.level == PlaceLevel::kCommune) continue;
    auto& entry = bucket[FoldKey(mention.name)];
    if (entry.first++ == 0) entry.second = std::string(mention.name);
  }
  return PlaceContext{ByFrequency(districts), ByFrequency(provinces)};
}

ResolvedPlace PlaceResolver::Describe(const PlaceRecord& record) const {
  ResolvedPlace out;
  out.level = std::string(LevelName(record.level));
  out.name = record.name;
  out.code = record.code;
  for (const PlaceRecord* r = &record; r != nullptr; r = gazetteer_.Parent(*r)) {
    switch (r->level) {
      case PlaceLevel::kCommune:
        out.locality.commune = r->name;
        break;
      case PlaceLevel::kDistrict:
        out.locality.district = r->name;
        break;
      case PlaceLevel::kProvince:
        out.locality.province = r->name;
        break;
    }
  }
  return out;
}

std::optional<ResolvedPlace> PlaceResolver::Resolve(const std::string& level,
                                                    const std::string& name,
                                                    const PlaceContext& context) const {
  const PlaceRecord* found = nullptr;
  if (level == "commune") {
    found = gazetteer_.ResolveCommune(name);
    for (size_t i = 0; !found && i < context.districts.size(); ++i) {
      found = gazetteer_.ResolveCommune(name, context.districts[i]);
    }
    for (size_t i = 0; !found && i < context.provinces.size(); ++i) {
      found = gazetteer_.ResolveCommune(name, {}, context.provinces[i]);
    }
  } else if (level == "district" || level == "district|province") {
    found = gazetteer_.ResolveDistrict(name);
    for (size_t i = 0; !found && i < context.provinces.size(); ++i) {
      found = gazetteer_.ResolveDistrict(name, context.provinces[i]);
    }
    if (!found && level == "district|province") found = gazetteer_.ResolveProvince(name);
  } else if (level == "province") {
    found = gazetteer_.ResolveProvince(name);
  }
  if (found == nullptr) return std::nullopt;
  return Describe(*found);
}

}  // namespace ntmx
