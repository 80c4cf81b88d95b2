// See commune_group.h.
#include "criteria/commune_group.h"

#include "rules/rule_set.h"
#include "text/indexed_text.h"

namespace ntmx {

std::optional<int> CommuneGroupOf(const RuleMatch& match) {
  if (match.has("g1")) return 1;
  if (match.has("g2")) return 2;
  if (match.has("g3")) return 3;
  return std::nullopt;
}

std::optional<int> CommuneGroupIn(const Rule& rule, const IndexedText& text, size_t begin,
                                  size_t end) {
  RuleMatch m;
  if (begin >= end || !rule.FindIn(text, begin, end, &m)) return std::nullopt;
  return CommuneGroupOf(m);
}

}  // namespace ntmx
