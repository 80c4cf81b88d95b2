// PeriodDecider: which programme period ("2021-2025", "2026-2030") a document
// belongs to, so that its criterion numbers resolve in the right catalogue
// ("tiêu chí số 2" is Giao thông under 318/QĐ-TTg, Hạ tầng kinh tế - xã hội under
// 51/2025/QĐ-TTg).
//
// The periods are those of schemas/criteria/sets.tsv; what cites each is a rule
// "period.cites.<period>" of patterns/period.toml. The decision, first that applies:
//   1. the latest period a legal basis cites (a 2026 plan cites 318/QĐ-TTg when it
//      reviews 2021-2025, a 2023 plan never cites 51/2025/QĐ-TTg);
//   2. the latest period cited anywhere in the text, unless the plan's year is
//      before that period starts (a 2025 plan may announce the next criteria);
//   3. the period whose years contain the plan's year (else its issue year);
//   4. none.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/records.h"
#include "util/status.h"

namespace ntmx {

class CriteriaCatalogue;
class IndexedText;
class Rule;
class RuleSet;

struct PeriodDecision {
  std::string period;  // "2026-2030"
  Provenance prov;     // the citation that decided, or an empty span and "period.year"
};

class PeriodDecider {
 public:
  // Fails when a period of the catalogue is not written "YYYY-YYYY".
  static Status Create(const RuleSet& rules, const CriteriaCatalogue& catalogue,
                       PeriodDecider* out);

  // `text` may be null (decide from the bases and the year alone).
  std::optional<PeriodDecision> Decide(const std::vector<LegalBasis>& bases,
                                       const IndexedText* text, std::optional<int> year) const;

 private:
  struct Period {
    std::string name;
    int first = 0;
    int last = 0;
    const Rule* cites = nullptr;  // may be null
  };
  std::vector<Period> periods_;  // earliest first
};

}  // namespace ntmx
