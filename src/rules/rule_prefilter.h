// RulePrefilter: which rules may match on which lines of a document, from one
// pass over its folded text.
//
// Extractors ask many rules about the same lines (a plan of 20 KB used to cost
// about 3,900 RE2 searches, every byte scanned some 21 times), and most of those
// searches fail. RE2's FilteredRE2 reduces a rule to the literal words a match
// must contain ("atoms": "tieu", "chi", "dat chuan", …, under AND/OR). From that,
// for each rule, we keep two word lists: the words every match contains
// ("required") and the words of which a match contains at least one ("any").
// One RE2::Set of all the words runs over each line once; a rule may match on a
// line only if the line has all its required words and one of its any-words
// (a short list: see WordsOf).
// The answer is attached to the text as LineHints (text/line_hints.h), and
// Rule::Search consults it before asking RE2.
//
// Why not FilteredRE2's own AllPotentials per line: it walks the whole AND/OR
// tree with fresh maps on every call, which cost as much as the searches it saved;
// the two lists are a bitwise AND per rule. They are a relaxation of the tree —
// weaker for rules made of alternatives, never wrong.
//
// The filter is exact in one direction, the one that matters: a rule it rules out
// cannot match there, so skipping it never loses a record; a rule it lets through
// may still fail, and RE2 decides. A rule from which RE2 extracts no word always
// passes — unless its rule file says what every match contains (`contains_any`,
// rule_set.h): then those words are its any-words. A text with no hints, or hints
// from another rule set, is searched as before.
//
//   RulePrefilter filter;
//   filter.Build(owner, inputs, options);   // once, after every rule is loaded
//   IndexedText text(...);
//   filter.Attach(&text);                     // once per document
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "text/indexed_text.h"

namespace ntmx {

class RulePrefilter {
 public:
  RulePrefilter() = default;
  RulePrefilter(const RulePrefilter&) = delete;
  RulePrefilter& operator=(const RulePrefilter&) = delete;
  RulePrefilter(RulePrefilter&&) = default;
  RulePrefilter& operator=(RulePrefilter&&) = default;

  // One rule: its folded RE2 pattern and the words its file says every match
  // contains (folded; empty: not said). They are used only when RE2 finds no word
  // in the pattern.
  struct Input {
    std::string pattern;
    std::vector<std::string> contains_any;
  };

  // Compiles the filter for `rules` (bit k of the hints stands for rules[k]),
  // whose patterns were made with `options`. `owner` is stored in the hints it
  // makes. When the filter cannot be built (no rules, a word RE2 cannot compile)
  // ready() stays false and Attach does nothing.
  void Build(const void* owner, const std::vector<Input>& rules, const RE2::Options& options);

  bool ready() const { return ready_; }

  // Computes the hints of `text` and attaches them to it.
  void Attach(IndexedText* text) const;

 private:
  // What one rule needs of a line, as bits over the words of `words_`.
  struct Need {
    bool always = false;        // no usable word: the rule passes everywhere
    std::vector<uint64_t> any;  // at least one of these
    std::vector<uint64_t> all;  // and every one of these
  };

  // Appends to `rows` one row of rule bits for a line whose words are `present`
  // (word bits) and `found` (their ids, in any order, repeats allowed).
  void AppendRow(const std::vector<uint64_t>& present, const std::vector<int>& found,
                 std::vector<uint64_t>* rows) const;

  bool ready_ = false;
  const void* owner_ = nullptr;
  std::vector<Need> needs_;  // by rule
  size_t word_count_ = 0;
  std::vector<std::vector<uint64_t>> rules_of_word_;  // by word: rules it is an any-word of
  std::vector<uint64_t> always_rules_;                // rules that pass everywhere
  std::vector<uint64_t> always_present_;              // words a single line cannot show
  std::vector<int> always_present_ids_;               // the same, as ids
  std::unique_ptr<RE2::Set> words_;
};

}  // namespace ntmx
