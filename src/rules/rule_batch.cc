// See rule_batch.h.
#include "rules/rule_batch.h"

namespace ntmx {

RuleBatch::RuleBatch(std::vector<const Rule*> rules) : rules_(std::move(rules)) {
  if (rules_.empty() || rules_.size() > kMaxRules) {
    if (rules_.size() > kMaxRules) rules_.resize(kMaxRules);
    return;
  }
  // One set needs one set of options; RuleSet compiles every rule with the same.
  const RE2::Options& options = rules_.front()->re().options();
  for (const Rule* rule : rules_) {
    const RE2::Options& o = rule->re().options();
    if (o.case_sensitive() != options.case_sensitive() || o.encoding() != options.encoding() ||
        o.longest_match() != options.longest_match() ||
        o.posix_syntax() != options.posix_syntax() || o.literal() != options.literal() ||
        o.never_nl() != options.never_nl() || o.dot_nl() != options.dot_nl() ||
        o.perl_classes() != options.perl_classes() ||
        o.word_boundary() != options.word_boundary() || o.one_line() != options.one_line()) {
      return;
    }
  }
  auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const Rule* rule : rules_) {
    if (set->Add(rule->re().pattern(), nullptr) < 0) return;
  }
  if (!set->Compile()) return;
  set_ = std::move(set);
}

uint64_t RuleBatch::OneByOne(std::string_view folded) const {
  uint64_t bits = 0;
  for (size_t i = 0; i < rules_.size(); ++i) {
    if (rules_[i]->MatchFolded(folded, nullptr)) bits |= uint64_t{1} << i;
  }
  return bits;
}

uint64_t RuleBatch::Matching(std::string_view folded) const {
  if (set_ == nullptr) return OneByOne(folded);
  std::vector<int> hits;
  RE2::Set::ErrorInfo error;
  if (!set_->Match(re2::StringPiece(folded.data(), folded.size()), &hits, &error)) {
    // No rule matched, or the scan gave up (out of memory): only the first is an answer.
    return error.kind == RE2::Set::kNoError ? 0 : OneByOne(folded);
  }
  uint64_t bits = 0;
  for (int i : hits) bits |= uint64_t{1} << static_cast<size_t>(i);
  return bits;
}

}  // namespace ntmx
