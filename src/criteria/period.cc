// See period.h.
#include "criteria/period.h"

#include <algorithm>
#include <set>

#include "criteria/catalogue.h"
#include "rules/rule_set.h"
#include "text/indexed_text.h"

namespace ntmx {
namespace {

// "2026-2030" -> {2026, 2030}; false for anything else.
bool ParseYears(const std::string& period, int* first, int* last) {
  if (period.size() != 9 || period[4] != '-') return false;
  for (size_t i = 0; i < period.size(); ++i) {
    if (i != 4 && (period[i] < '0' || period[i] > '9')) return false;
  }
  *first = std::stoi(period.substr(0, 4));
  *last = std::stoi(period.substr(5, 4));
  return *first <= *last;
}

}  // namespace

Status PeriodDecider::Create(const RuleSet& rules, const CriteriaCatalogue& catalogue,
                             PeriodDecider* out) {
  std::set<std::string> seen;
  PeriodDecider d;
  for (const CriteriaSetInfo& set : catalogue.sets()) {
    if (!seen.insert(set.period).second) continue;
    Period p;
    p.name = set.period;
    if (!ParseYears(p.name, &p.first, &p.last)) {
      return Status::InvalidInput("schemas/criteria/sets.tsv: set '" + set.id + "': period '" +
                                  set.period + "' is not written YYYY-YYYY");
    }
    p.cites = rules.Find("period.cites." + p.name);
    d.periods_.push_back(std::move(p));
  }
  std::sort(d.periods_.begin(), d.periods_.end(),
            [](const Period& a, const Period& b) { return a.first < b.first; });
  *out = std::move(d);
  return Status::Ok();
}

std::optional<PeriodDecision> PeriodDecider::Decide(const std::vector<LegalBasis>& bases,
                                                    const IndexedText* text,
                                                    std::optional<int> year) const {
  // Latest first: the newest period cited wins.
  for (auto p = periods_.rbegin(); p != periods_.rend(); ++p) {
    if (p->cites == nullptr) continue;
    for (const LegalBasis& b : bases) {
      if (b.number && p->cites->Matches(*b.number)) {
        return PeriodDecision{p->name, Provenance{b.prov.span, p->cites->id()}};
      }
    }
  }
  if (text != nullptr) {
    for (auto p = periods_.rbegin(); p != periods_.rend(); ++p) {
      if (p->cites == nullptr || (year && *year < p->first)) continue;
      RuleMatch m;
      if (p->cites->FindIn(*text, 0, text->folded().size(), &m)) {
        return PeriodDecision{p->name, Provenance{m.span, p->cites->id()}};
      }
    }
  }
  if (year) {
    for (const Period& p : periods_) {
      if (*year >= p.first && *year <= p.last) {
        return PeriodDecision{p.name, Provenance{Span{}, "period.year"}};
      }
    }
  }
  return std::nullopt;
}

}  // namespace ntmx
