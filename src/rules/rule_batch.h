// RuleBatch: which of a few rules match one short folded string, in one RE2 pass.
//
// The structure stage asks a dozen rules about every line of a plan (is it a
// heading, a bullet, a footnote, does it end a sentence …) before the stored text
// and its prefilter hints exist (rules/rule_prefilter.h). Asked one by one, that
// is a dozen RE2 searches a line, each with its own set-up; most of them fail. A
// batch compiles the rules' patterns into one RE2::Set and answers for all of them
// with one scan of the line; the caller then asks RE2 again only for the groups of
// the rule it acts on.
//
// The answer is the same as asking each rule's MatchFolded: the set holds the very
// patterns, compiled with the very options. When the set cannot be built, or its
// scan runs out of memory, the batch asks the rules one by one instead.
//
//   RuleBatch batch({part, section, bullet});
//   const uint64_t hits = batch.Matching("1. muc tieu");   // bit 1: section
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include <re2/set.h>

#include "rules/rule_set.h"

namespace ntmx {

class RuleBatch {
 public:
  static constexpr size_t kMaxRules = 64;

  // `rules` (at most kMaxRules, none null) must outlive the batch.
  explicit RuleBatch(std::vector<const Rule*> rules);

  // Bit i is set when rules[i] matches `folded` (as rules[i]->MatchFolded would).
  uint64_t Matching(std::string_view folded) const;

  // Whether the rules are answered by one set (false: one by one).
  bool combined() const { return set_ != nullptr; }

 private:
  uint64_t OneByOne(std::string_view folded) const;

  std::vector<const Rule*> rules_;
  std::unique_ptr<RE2::Set> set_;
};

}  // namespace ntmx
