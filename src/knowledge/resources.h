// Resources: the knowledge the stages share, loaded once per run — the compiled
// rules of patterns/ and every table of schemas/ (gazetteer, place schemes,
// criteria catalogue, units, document kinds, measures and comparators, signers'
// positions, place levels) — and where they came from.
//
// It sits below every stage (knowledge/ includes only util/, text/, model/,
// rules/, criteria/ and places/), so an extractor, the audit or the query side can
// take it without reaching up into pipeline/. LoadResources is the one loader;
// afterwards the object is read-only, so one copy serves every document (and
// every worker thread).
//
//   Resources r;
//   Status s = LoadResources(data_dir, {"header.toml", "criteria.toml"}, &r);
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "rules/rule_set.h"
#include "util/status.h"

namespace ntmx {

class Gazetteer;
class PlaceSchemes;
class CriteriaCatalogue;
class UnitRegistry;
class DocumentKinds;
class QuantityReader;
class TypeWords;

// A two-column table keyed by the folded first column (positions, place levels).
using FoldedWordMap = std::map<std::string, std::string, std::less<>>;

struct Resources {
  std::filesystem::path data_dir;  // holds patterns/, schemas/, pipelines/ (data_files.h)
  RuleSet rules;
  std::shared_ptr<const Gazetteer> gazetteer;           // schemas/places/
  std::shared_ptr<const PlaceSchemes> place_schemes;    // schemas/places/schemes.tsv
  std::shared_ptr<const CriteriaCatalogue> catalogue;   // schemas/criteria/
  std::shared_ptr<const UnitRegistry> units;            // schemas/units.tsv
  std::shared_ptr<const DocumentKinds> document_kinds;  // schemas/document_kinds.tsv
  std::shared_ptr<const QuantityReader> quantities;  // schemas/measure_units.tsv, comparators.tsv
  std::shared_ptr<const FoldedWordMap> positions;    // schemas/positions.tsv
};

// Loads the rule files `pattern_files` (names under patterns/) and every table
// of schemas/ under `data_dir` into `out`. Errors name the file (and line).
Status LoadResources(const std::filesystem::path& data_dir,
                     const std::vector<std::string>& pattern_files, Resources* out);

// Reads a two-column TSV into a FoldedWordMap (first column folded).
Status LoadFoldedWordMap(const std::filesystem::path& tsv, FoldedWordMap* out);

// The place type words the store keys place names with (Store::Open): the
// gazetteer's, kept alive by the pointer, or read alone from
// schemas/places/place_levels.tsv by the read commands, which load no gazetteer.
std::shared_ptr<const TypeWords> PlaceTypeWords(const Resources& resources);
Status LoadPlaceTypeWords(const std::filesystem::path& data_dir,
                          std::shared_ptr<const TypeWords>* out);

}  // namespace ntmx
