// Criterion references: where a plan names a criterion or an indicator, read from
// FOLDED text and resolved through the criteria catalogue (read-only here).
//
//   "tiêu chí số 10 (Thu nhập)"      -> criterion 10
//   "tiêu chí số 14 - Y tế"           -> criterion 14
//   "tiêu chí thu nhập"               -> criterion 10 of the set given (by name)
//   "tiêu chí nông thôn mới nâng cao về y tế" -> 14 of xa_ntm_nang_cao
//   "chỉ tiêu 17.8"                   -> criterion 17, indicator "17.8"
//   "TC số 10", "TC Thu nhập"         -> criterion 10 (the abbreviation only so)
//
// "Bộ tiêu chí …" names a set, not a criterion, and is skipped. Used by the
// targets, tasks and responsibilities extractors.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ntmx {

class CriteriaCatalogue;

struct CriterionRef {
  size_t begin = 0;  // folded bytes of the mention
  size_t end = 0;
  std::optional<int> number;             // nullopt: "tiêu chí" without a number or known name
  std::optional<std::string> indicator;  // "17.8"
  bool named_only = false;               // resolved from its name, not a number
};

// Every criterion or indicator mention in folded `s`, left to right. Names are
// resolved in `set` (catalogue id); a mention whose name is unknown keeps
// number nullopt so a caller can fall back on context.
std::vector<CriterionRef> FindCriterionRefs(std::string_view s, const CriteriaCatalogue& catalogue,
                                            std::string_view set);

// The criterion a heading names, after its marker: "tiêu chí số 10 (thu nhập)",
// "tiêu chí thu nhập", or a bare criterion name opening the line ("giáo dục:").
std::optional<int> HeadingCriterion(std::string_view folded_heading,
                                    const CriteriaCatalogue& catalogue, std::string_view set);

// An upper bound of the key length (catalogue.cc NameKey: FoldKey, "&" read as
// " va ") of every criterion name and alias of `catalogue`.
size_t LongestNameKey(const CriteriaCatalogue& catalogue);

// The start of folded `rest` that decides CriteriaCatalogue::ByNameAtStart, which
// folds all it is given, when no name key is longer than `longest_key`: `rest`
// cut at the first space after more ASCII non-space bytes than that. Each of those
// bytes is one byte of the key, and the cut falls between two words, so every
// name compares, and finds its word boundary, as it would in the whole of `rest`.
std::string_view NameKeyWindow(std::string_view rest, size_t longest_key);

// Strips a structural marker ("2.3.", "a)", "-", "+", "IV.") from a folded line.
std::string_view WithoutMarker(std::string_view folded_line);

}  // namespace ntmx
