// See place_resolver.h.
#include "places/place_resolver.h"

#include <algorithm>
#include <map>

#include "places/place_key.h"
#include "text/case.h"
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

// How many candidates an ambiguity note lists by name before "…".
constexpr size_t kNoteListed = 4;

}  // namespace

PlaceContext PlaceResolver::ContextOf(const std::vector<PlaceMention>& mentions) const {
  std::map<std::string, std::pair<int, std::string>> districts, provinces;
  for (const PlaceMention& mention : mentions) {
    if (mention.level == PlaceLevel::kCommune) continue;
    auto& bucket = mention.level == PlaceLevel::kDistrict ? districts : provinces;
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
  out.record = &record;
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

std::vector<std::string> PlaceResolver::OtherSchemeCodes(const PlaceRecord& record) const {
  std::vector<std::string> out;
  const std::vector<const PlaceRecord*> others = record.scheme == PlaceScheme::k2008
                                                     ? gazetteer_.Successors(record)
                                                     : gazetteer_.Predecessors(record);
  for (const PlaceRecord* other : others) out.emplace_back(other->code);
  return out;
}

const PlaceRecord* PlaceResolver::Attempt(PlaceLevel level, std::string_view name,
                                          const PlaceContext& context,
                                          std::optional<PlaceScheme> scheme) const {
  const PlaceRecord* found = nullptr;
  switch (level) {
    case PlaceLevel::kCommune:
      found = gazetteer_.ResolveCommune(name, {}, {}, scheme);
      for (size_t i = 0; !found && i < context.districts.size(); ++i) {
        found = gazetteer_.ResolveCommune(name, context.districts[i], {}, scheme);
      }
      for (size_t i = 0; !found && i < context.provinces.size(); ++i) {
        found = gazetteer_.ResolveCommune(name, {}, context.provinces[i], scheme);
      }
      break;
    case PlaceLevel::kDistrict:  // districts exist in scheme 2008 only
      if (scheme == PlaceScheme::k2025) break;
      found = gazetteer_.ResolveDistrict(name);
      for (size_t i = 0; !found && i < context.provinces.size(); ++i) {
        found = gazetteer_.ResolveDistrict(name, context.provinces[i]);
      }
      break;
    case PlaceLevel::kProvince:
      found = gazetteer_.ResolveProvince(name, scheme);
      break;
  }
  return found;
}

std::string PlaceResolver::Note(PlaceLevel level, std::string_view name,
                                std::optional<PlaceScheme> scheme) const {
  std::vector<const PlaceRecord*> candidates = gazetteer_.FindNamed(name, level, scheme);
  if (!scheme && std::any_of(candidates.begin(), candidates.end(), [](const PlaceRecord* r) {
        return r->scheme == PlaceScheme::k2008;
      })) {
    std::erase_if(candidates, [](const PlaceRecord* r) { return r->scheme != PlaceScheme::k2008; });
  }
  // Count only the names spelt as written when some are ("Hương Sơn", not "Hướng Sơn").
  const std::string spelt = SpellingKey(name);
  const auto as_written = [&](const PlaceRecord* r) { return SpellingKey(r->name) == spelt; };
  if (std::any_of(candidates.begin(), candidates.end(), as_written)) {
    std::erase_if(candidates, [&](const PlaceRecord* r) { return !as_written(r); });
  }
  const std::string level_name(LevelName(level));
  if (candidates.size() <= 1) {
    return "not in the gazetteer: no " + level_name + " named " + std::string(name) +
           (candidates.empty() ? "" : " in the places the document names");
  }
  std::string note = "ambiguous: " + std::to_string(candidates.size()) + " " + level_name +
                     "s named " + std::string(name) + ":";
  for (size_t i = 0; i < candidates.size() && i < kNoteListed; ++i) {
    std::string where;
    for (const PlaceRecord* p = gazetteer_.Parent(*candidates[i]); p != nullptr;
         p = gazetteer_.Parent(*p)) {
      where += (where.empty() ? "" : ", ") + std::string(p->name);
    }
    note += (i == 0 ? " " : "; ") + std::string(candidates[i]->code) +
            (where.empty() ? "" : " (" + where + ")");
  }
  if (candidates.size() > kNoteListed) note += "; …";
  return note;
}

PlaceLookup PlaceResolver::Lookup(PlaceLevel level, std::string_view name,
                                  const PlaceContext& context,
                                  std::optional<PlaceScheme> scheme) const {
  if (const PlaceRecord* found = Attempt(level, name, context, scheme)) return {found, {}};
  if (scheme && gazetteer_.FindNamed(name, level, scheme).empty()) {
    // Nothing of that name in the document's scheme: a unit of the other one
    // (a district, a former commune) is what the text means, if it is unique.
    const PlaceScheme other =
        *scheme == PlaceScheme::k2008 ? PlaceScheme::k2025 : PlaceScheme::k2008;
    if (const PlaceRecord* found = Attempt(level, name, context, other)) return {found, {}};
    if (!gazetteer_.FindNamed(name, level, other).empty())
      return {nullptr, Note(level, name, other)};
  }
  return {nullptr, Note(level, name, scheme)};
}

std::optional<ResolvedPlace> PlaceResolver::Resolve(const std::string& level,
                                                    const std::string& name,
                                                    const PlaceContext& context,
                                                    std::optional<PlaceScheme> scheme) const {
  const PlaceRecord* found = nullptr;
  size_t start = 0;
  while (found == nullptr && start <= level.size()) {
    size_t bar = level.find('|', start);
    if (bar == std::string::npos) bar = level.size();
    const std::optional<PlaceLevel> one =
        ParseLevel(std::string_view(level).substr(start, bar - start));
    if (one) found = Lookup(*one, name, context, scheme).record;
    start = bar + 1;
  }
  if (found == nullptr) return std::nullopt;
  ResolvedPlace place = Describe(*found);
  if (!gazetteer_.KnowsSpelling(name, found->level)) KeepSpellingAsWritten(name, &place);
  return place;
}

std::string WrittenPlaceName(std::string_view written) {
  std::string name(written);
  // A header writes names in capitals ("XÃ ĐẮK RƠWA"): the name is the same in title case.
  if (ToUpper(name) == name) name = TitleCase(name);
  return name;
}

void KeepSpellingAsWritten(std::string_view written, ResolvedPlace* place) {
  const std::string name = WrittenPlaceName(written);
  place->name = name;
  if (place->level == "commune") place->locality.commune = name;
  if (place->level == "district") place->locality.district = name;
  if (place->level == "province") place->locality.province = name;
}

}  // namespace ntmx
