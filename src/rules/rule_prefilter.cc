// See rule_prefilter.h.
#include "rules/rule_prefilter.h"

#include <re2/filtered_re2.h>

#include <algorithm>
#include <map>

#include "text/line_hints.h"

namespace ntmx {
namespace {

// Words shorter than this are not worth a test ("xa" is on most lines, "tc" is
// not): a rule that needs only shorter words passes on every line.
constexpr int kMinWordLength = 2;

void SetBit(std::vector<uint64_t>* bits, size_t k) { (*bits)[k / 64] |= uint64_t{1} << (k % 64); }

// The words of one pattern: a short list of which every match has one, and the
// words every match has, from RE2's own analysis: FilteredRE2 answers "may the
// rule match, given these words?", and its answer only grows with the words
// given, so a word is required exactly when leaving it out (alone) makes the
// answer no.
struct PatternWords {
  bool always = true;
  std::vector<std::string> any;
  std::vector<std::string> all;
};

PatternWords WordsOf(const std::string& pattern, const RE2::Options& options) {
  PatternWords out;
  re2::FilteredRE2 filter(kMinWordLength);
  int id = 0;
  if (filter.Add(pattern, options, &id) != RE2::NoError) return out;
  std::vector<std::string> words;
  filter.Compile(&words);
  std::vector<int> given;
  std::vector<int> passed;
  filter.AllPotentials(given, &passed);
  if (words.empty() || !passed.empty()) return out;  // passes with no word at all
  out.always = false;
  // A list of words of which every match has one is valid exactly when all the
  // other words together cannot pass. Start from all words and drop words while
  // that holds, shortest first: short words ("chi", "xa") are on most lines,
  // long ones ("tieu", "dat chuan") pick the lines out.
  auto passes_without = [&](const std::vector<size_t>& kept) {
    given.clear();
    for (size_t w = 0; w < words.size(); ++w) {
      if (std::find(kept.begin(), kept.end(), w) == kept.end())
        given.push_back(static_cast<int>(w));
    }
    filter.AllPotentials(given, &passed);
    return !passed.empty();
  };
  std::vector<size_t> order(words.size());
  for (size_t w = 0; w < words.size(); ++w) order[w] = w;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return words[a].size() < words[b].size(); });
  std::vector<size_t> kept = order;
  for (size_t w : order) {
    std::vector<size_t> trial;
    for (size_t k : kept) {
      if (k != w) trial.push_back(k);
    }
    if (!trial.empty() && !passes_without(trial)) kept = std::move(trial);
  }
  for (size_t w : kept) out.any.push_back(words[w]);
  for (size_t left_out = 0; left_out < words.size(); ++left_out) {
    given.clear();
    for (size_t w = 0; w < words.size(); ++w) {
      if (w != left_out) given.push_back(static_cast<int>(w));
    }
    filter.AllPotentials(given, &passed);
    if (passed.empty()) out.all.push_back(words[left_out]);
  }
  return out;
}

}  // namespace

void RulePrefilter::Build(const void* owner, const std::vector<Input>& rules,
                          const RE2::Options& options) {
  ready_ = false;
  owner_ = owner;
  needs_.clear();
  if (rules.empty()) return;

  std::vector<PatternWords> per_rule;
  std::map<std::string, size_t> word_ids;
  std::vector<std::string> words;
  for (const Input& rule : rules) {
    per_rule.push_back(WordsOf(rule.pattern, options));
    if (per_rule.back().always && !rule.contains_any.empty()) {
      per_rule.back().always = false;
      per_rule.back().any = rule.contains_any;
    }
    for (const auto* list : {&per_rule.back().any, &per_rule.back().all}) {
      for (const std::string& w : *list) {
        if (word_ids.emplace(w, words.size()).second) words.push_back(w);
      }
    }
  }
  word_count_ = words.size();
  const size_t word_words = LineHints::WordsPerLine(word_count_);
  const size_t rule_words = LineHints::WordsPerLine(rules.size());
  rules_of_word_.assign(word_count_, std::vector<uint64_t>(rule_words, 0));
  always_rules_.assign(rule_words, 0);
  for (const PatternWords& p : per_rule) {
    const size_t k = needs_.size();
    if (p.always) SetBit(&always_rules_, k);
    for (const std::string& w : p.any) SetBit(&rules_of_word_[word_ids[w]], k);
    Need need;
    need.always = p.always;
    need.any.assign(word_words, 0);
    need.all.assign(word_words, 0);
    for (const std::string& w : p.any) SetBit(&need.any, word_ids[w]);
    for (const std::string& w : p.all) SetBit(&need.all, word_ids[w]);
    needs_.push_back(std::move(need));
  }

  // The words are matched case-insensitively like the rules themselves, so that
  // every letter a rule accepts is also accepted here.
  RE2::Options word_options;
  word_options.set_case_sensitive(false);
  word_options.set_log_errors(false);
  word_options.set_max_mem(options.max_mem());
  words_ = std::make_unique<RE2::Set>(word_options, RE2::UNANCHORED);
  always_present_.assign(word_words, 0);
  always_present_ids_.clear();
  for (size_t id = 0; id < words.size(); ++id) {
    // Lines are matched without their newline, so a word that holds one is never
    // seen there: it counts as present on every line, and the set gets a pattern
    // that cannot match in its place to keep the set's ids equal to ours.
    const bool crosses_lines = words[id].find('\n') != std::string::npos;
    if (crosses_lines) {
      SetBit(&always_present_, id);
      always_present_ids_.push_back(static_cast<int>(id));
    }
    if (words_->Add(crosses_lines ? "[^\\x00-\\x{10ffff}]" : RE2::QuoteMeta(words[id]), nullptr) <
        0) {
      return;
    }
  }
  if (!words.empty() && !words_->Compile()) return;
  ready_ = true;
}

void RulePrefilter::AppendRow(const std::vector<uint64_t>& present, const std::vector<int>& found,
                              std::vector<uint64_t>* rows) const {
  const size_t row_words = LineHints::WordsPerLine(needs_.size());
  const size_t first = rows->size();
  rows->insert(rows->end(), always_rules_.begin(), always_rules_.end());
  uint64_t* row = rows->data() + first;
  // Candidates: the rules one of whose any-words the line has; of those, keep
  // the ones whose required words are all there. Lines have few words, so this
  // touches few rules.
  std::vector<uint64_t> candidates(row_words, 0);
  for (int w : found) {
    const std::vector<uint64_t>& rules = rules_of_word_[static_cast<size_t>(w)];
    for (size_t i = 0; i < row_words; ++i) candidates[i] |= rules[i];
  }
  for (size_t i = 0; i < row_words; ++i) {
    for (uint64_t bits = candidates[i]; bits != 0; bits &= bits - 1) {
      const size_t k = i * 64 + static_cast<size_t>(__builtin_ctzll(bits));
      const std::vector<uint64_t>& all = needs_[k].all;
      bool has_all = true;
      for (size_t j = 0; j < all.size() && has_all; ++j) has_all = (present[j] & all[j]) == all[j];
      if (has_all) row[i] |= uint64_t{1} << (k % 64);
    }
  }
}

void RulePrefilter::Attach(IndexedText* text) const {
  if (!ready_) return;
  const std::string& folded = text->folded();
  std::vector<uint32_t> line_starts;
  std::vector<uint64_t> rows;
  std::vector<uint64_t> present;
  std::vector<uint64_t> anywhere = always_present_;
  std::vector<int> found;
  RE2::Set::ErrorInfo error;
  size_t start = 0;
  while (true) {
    const size_t newline = std::min(folded.find('\n', start), folded.size());
    line_starts.push_back(static_cast<uint32_t>(start));
    present = always_present_;
    found.clear();
    const re2::StringPiece line(folded.data() + start, newline - start);
    if (!line.empty() && word_count_ > 0 && !words_->Match(line, &found, &error) &&
        error.kind != RE2::Set::kNoError) {
      return;  // the DFA ran out of memory: no hints, every rule searches as before
    }
    found.insert(found.end(), always_present_ids_.begin(), always_present_ids_.end());
    for (int w : found) SetBit(&present, static_cast<size_t>(w));
    for (size_t i = 0; i < present.size(); ++i) anywhere[i] |= present[i];
    AppendRow(present, found, &rows);
    if (newline == folded.size()) break;
    start = newline + 1;
  }
  found.clear();
  for (size_t w = 0; w < word_count_; ++w) {
    if (anywhere[w / 64] >> (w % 64) & 1) found.push_back(static_cast<int>(w));
  }
  AppendRow(anywhere, found, &rows);
  text->set_line_hints(std::make_unique<const LineHints>(owner_, needs_.size(),
                                                         std::move(line_starts), std::move(rows)));
}

}  // namespace ntmx
