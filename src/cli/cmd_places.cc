// `ntmx places NAME`: every unit of the gazetteer called NAME, in both schemes,
// with its code, type, parents and what became of it (a 2008 unit's successors and
// their provinces) or what it was made from (a 2025 unit's predecessors) — for a
// person checking a name a plan uses, or why ntmx left it unresolved.
//
//   ntmx places "Hương Sơn" --level commune
//   scheme | code       | type | name      | district | province      | became / made from
//   2008   | 2008:04480 | Xã   | Hương Sơn | Phú Bình | Thái Nguyên   | Xã Phú Bình (Thái Nguyên)
//   2025:05776
//
// Loads the gazetteer alone (no pipeline), so it answers in a few milliseconds.
#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/table_printer.h"
#include "knowledge/data_files.h"
#include "pipeline/pipeline.h"
#include "places/gazetteer.h"
#include "places/place_key.h"

namespace ntmx {
namespace {

using json = nlohmann::ordered_json;

std::string Typed(const PlaceRecord& r) { return std::string(r.type) + " " + std::string(r.name); }

// "Xã Tân Quan (Đồng Nai) 2025:25351" for a successor; a predecessor also names
// its district.
std::string Described(const Gazetteer& places, const PlaceRecord& r) {
  std::string where;
  for (const PlaceRecord* p = places.Parent(r); p != nullptr; p = places.Parent(*p)) {
    where += (where.empty() ? "" : ", ") + std::string(p->name);
  }
  return Typed(r) + (where.empty() ? "" : " (" + where + ")") + " " + std::string(r.code);
}

std::vector<const PlaceRecord*> Others(const Gazetteer& places, const PlaceRecord& r) {
  return r.scheme == PlaceScheme::k2008 ? places.Successors(r) : places.Predecessors(r);
}

json RecordJson(const Gazetteer& places, const PlaceRecord& r) {
  const auto brief = [&](const PlaceRecord& u) {
    json out{{"code", u.code}, {"level", LevelName(u.level)}, {"type", u.type}, {"name", u.name}};
    if (u.level != PlaceLevel::kProvince) out["province"] = places.Province(u)->name;
    return out;
  };
  json parents = json::array();
  for (const PlaceRecord* p = places.Parent(r); p != nullptr; p = places.Parent(*p)) {
    parents.push_back(brief(*p));
  }
  json others = json::array();
  for (const PlaceRecord* o : Others(places, r)) others.push_back(brief(*o));
  json out{{"code", r.code},
           {"scheme", SchemeName(r.scheme)},
           {"level", LevelName(r.level)},
           {"type", r.type},
           {"name", r.name},
           {"parents", parents}};
  out[r.scheme == PlaceScheme::k2008 ? "became" : "made_from"] = others;
  return out;
}

}  // namespace

int RunPlaces(const CommonOptions& common, const PlacesOptions& options) {
  const std::filesystem::path dir = PlacesDir(FindDataDir(common.data_dir, common.argv0));
  Gazetteer places;
  if (Status s = Gazetteer::Load(dir, &places); !s.ok()) {
    std::cerr << "ntmx: places: " << s.message() << '\n';
    return 2;
  }
  std::vector<const PlaceRecord*> found;
  for (PlaceLevel level : {PlaceLevel::kProvince, PlaceLevel::kDistrict, PlaceLevel::kCommune}) {
    if (!options.level.empty() && LevelName(level) != options.level) continue;
    for (const PlaceRecord* r : places.FindNamed(options.name, level)) found.push_back(r);
  }
  std::sort(found.begin(), found.end());  // file order: 2008 first, then by level and code
  // Names that only fold alike ("Hướng Sơn" for "Hương Sơn") go when some are spelt
  // as typed; typed without diacritics, every folded match stays.
  const std::string spelt = SpellingKey(options.name);
  const auto as_typed = [&](const PlaceRecord* r) {
    const std::string name = SpellingKey(r->name);
    return spelt == name || spelt.ends_with(" " + name);
  };
  if (std::any_of(found.begin(), found.end(), as_typed)) {
    std::erase_if(found, [&](const PlaceRecord* r) { return !as_typed(r); });
  }
  if (found.empty()) {
    std::cerr << "ntmx: places: no " << (options.level.empty() ? "unit" : options.level)
              << " named \"" << options.name << "\" in either scheme\n";
    return 1;
  }
  if (options.format == "json") {
    json out = json::array();
    for (const PlaceRecord* r : found) out.push_back(RecordJson(places, *r));
    std::cout << out.dump(2) << '\n';
    return 0;
  }
  ResultTable table;
  table.columns = {"scheme", "code", "type", "name", "district", "province", "became / made from"};
  for (const PlaceRecord* r : found) {
    std::optional<std::string> district, province;
    for (const PlaceRecord* p = places.Parent(*r); p != nullptr; p = places.Parent(*p)) {
      (p->level == PlaceLevel::kDistrict ? district : province) = std::string(p->name);
    }
    std::string others;
    for (const PlaceRecord* o : Others(places, *r)) {
      others += (others.empty() ? "" : "; ") + Described(places, *o);
    }
    if (!others.empty() && r->scheme == PlaceScheme::k2025) others = "from " + others;
    table.rows.push_back({std::string(SchemeName(r->scheme)), std::string(r->code),
                          std::string(r->type), std::string(r->name), district, province, others});
  }
  TableOptions table_options;
  table_options.max_cell_width = 0;  // the whole succession, however long
  table_options.null_text = "";
  PrintTable(table, table_options, std::cout);
  return 0;
}

}  // namespace ntmx
