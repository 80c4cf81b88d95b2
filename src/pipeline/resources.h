// Resources: what the stages share and load once per run — the compiled rules of
// patterns/, the gazetteer and word lists of schemas/ — and where they came from.
// Loaded by Pipeline::Load; read-only afterwards, so one copy serves every
// document (and every worker thread).
#pragma once

#include <filesystem>
#include <memory>

#include "rules/rule_set.h"

namespace ntmx {

class Gazetteer;
class PlaceSchemes;
class CriteriaCatalogue;

struct Resources {
  std::filesystem::path data_dir;  // holds patterns/, schemas/, pipelines/
  RuleSet rules;
  std::shared_ptr<const Gazetteer> gazetteer;          // schemas/places/
  std::shared_ptr<const PlaceSchemes> place_schemes;   // schemas/places/schemes.tsv
  std::shared_ptr<const CriteriaCatalogue> catalogue;  // schemas/criteria/
};

}  // namespace ntmx
