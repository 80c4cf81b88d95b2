// See resources.h.
#include "knowledge/resources.h"

#include <future>

#include "criteria/catalogue.h"
#include "knowledge/data_files.h"
#include "knowledge/document_kinds.h"
#include "knowledge/quantities.h"
#include "knowledge/unit_registry.h"
#include "places/gazetteer.h"
#include "places/place_schemes.h"
#include "text/fold.h"
#include "util/tsv.h"

namespace ntmx {
namespace {

// Loads one table of type T with `load` and stores it in `*slot`.
template <typename T, typename LoadFn>
Status LoadInto(LoadFn load, std::shared_ptr<const T>* slot) {
  auto table = std::make_shared<T>();
  if (Status status = load(table.get()); !status.ok()) return status;
  *slot = std::move(table);
  return Status::Ok();
}

Status LoadTables(const std::filesystem::path& data_dir, Resources* out) {
  Status status = LoadInto<Gazetteer>(
      [&](Gazetteer* g) { return Gazetteer::Load(PlacesDir(data_dir), g); }, &out->gazetteer);
  if (status.ok()) {
    status = LoadInto<PlaceSchemes>(
        [&](PlaceSchemes* s) { return PlaceSchemes::Load(PlaceSchemesFile(data_dir), s); },
        &out->place_schemes);
  }
  if (status.ok()) {
    status = LoadInto<CriteriaCatalogue>(
        [&](CriteriaCatalogue* c) { return CriteriaCatalogue::Load(CriteriaDir(data_dir), c); },
        &out->catalogue);
  }
  if (status.ok()) {
    status = LoadInto<UnitRegistry>([&](UnitRegistry* u) { return u->Load(UnitsFile(data_dir)); },
                                    &out->units);
  }
  if (status.ok()) {
    status = LoadInto<DocumentKinds>(
        [&](DocumentKinds* k) { return k->Load(DocumentKindsFile(data_dir)); },
        &out->document_kinds);
  }
  if (status.ok()) {
    status = LoadInto<QuantityReader>(
        [&](QuantityReader* q) { return q->Load(SchemasDir(data_dir)); }, &out->quantities);
  }
  if (status.ok()) {
    status = LoadInto<FoldedWordMap>(
        [&](FoldedWordMap* m) { return LoadFoldedWordMap(PositionsFile(data_dir), m); },
        &out->positions);
  }
  return status;
}

}  // namespace

Status LoadFoldedWordMap(const std::filesystem::path& tsv, FoldedWordMap* out) {
  std::vector<TsvRow> rows;
  Status status = ReadTsv(tsv, 2, &rows);
  if (!status.ok()) return status;
  for (const TsvRow& row : rows) (*out)[FoldKey(row.fields[0])] = row.fields[1];
  return Status::Ok();
}

std::shared_ptr<const TypeWords> PlaceTypeWords(const Resources& resources) {
  if (resources.gazetteer == nullptr) return nullptr;
  return std::shared_ptr<const TypeWords>(resources.gazetteer, &resources.gazetteer->type_words());
}

Status LoadPlaceTypeWords(const std::filesystem::path& data_dir,
                          std::shared_ptr<const TypeWords>* out) {
  auto words = std::make_shared<TypeWords>();
  if (Status s = TypeWords::Load(PlaceLevelsFile(data_dir), words.get()); !s.ok()) return s;
  *out = std::move(words);
  return Status::Ok();
}

Status LoadResources(const std::filesystem::path& data_dir,
                     const std::vector<std::string>& pattern_files, Resources* out) {
  out->data_dir = data_dir;
  for (const std::string& pattern_file : pattern_files) {
    Status status = out->rules.LoadFile(PatternsDir(data_dir) / pattern_file);
    if (!status.ok()) return status;
  }
  // The rule prefilter takes about as long to build as the gazetteer takes to
  // load: build it beside, so start-up does not grow. Nothing below touches the
  // rules until it is joined.
  RuleSet& rules = out->rules;
  std::future<void> prefilter =
      std::async(std::launch::async, [&rules] { rules.BuildPrefilter(); });
  Status status = LoadTables(data_dir, out);
  prefilter.get();
  return status;
}

}  // namespace ntmx
