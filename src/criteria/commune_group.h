// The commune group of 2026-2030 (xã nhóm 1, 2, 3 of Quyết định 51/2025/QĐ-TTg),
// as a plan writes it: "xã nhóm 3", "xã thuộc nhóm 2", "nhóm xã III", "(nhóm 1)".
// The words are rule criteria.group (patterns/criteria.toml), whose named group
// g1, g2 or g3 says which; this reads the number off a match, for the criteria
// reader and the targets extractor alike.
#pragma once

#include <cstddef>
#include <optional>

namespace ntmx {

class IndexedText;
class Rule;
struct RuleMatch;

// 1, 2 or 3 from a match of criteria.group.
std::optional<int> CommuneGroupOf(const RuleMatch& match);

// The group the first match of `rule` in folded bytes [begin, end) names.
std::optional<int> CommuneGroupIn(const Rule& rule, const IndexedText& text, size_t begin,
                                  size_t end);

}  // namespace ntmx
