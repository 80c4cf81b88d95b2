// RuleSet: the RE2 rules of patterns/*.toml, compiled once, matched on folded text.
//
// Rules are data a domain expert can read and test. Each rule has an id (recorded
// on every record it produces), an RE2 pattern with named groups, and examples
// that must match (checked by `ntmx rules --check` and the test suite):
//
//   [[rule]]
//   id = "legal_bases.citation"
//   pattern = '''(?P<kind>quyết định|kế hoạch) số (?P<number>[0-9][^\s,;]*)'''
//   examples = ["Căn cứ Quyết định số 416/QĐ-UBND ngày 13/7/2022"]
//
// A rule may also say what every match of it contains, when RE2 cannot tell (a
// pattern such as `\d+\s*/\s*\d+` has no word for the rule prefilter to wait for):
//
//   contains_any = ["/"]          # each match holds at least one of these
//
// The words are folded like patterns; `ntmx rules --check` verifies that the match
// of every example holds one, and the prefilter then skips lines that hold none.
//
// And a rule may carry numbers its extractor applies to a match, when writing them
// into the pattern would cost too much (a counted repeat such as `[^:]{3,160}?`
// makes RE2's program too big for its fast engines):
//
//   params = { units_max_chars = 160 }
//
// Patterns match the folded view of the text (text/fold.h): lower case, no
// diacritics. A pattern may be written with diacritics and in any case — its
// non-ASCII letters are folded when it is compiled and it matches case-
// insensitively — so "Quyết định", "quyet dinh" and "QUYẾT ĐỊNH" are one pattern.
// A rule that does not compile is reported as "file:line: rule 'id': problem".
//
// A search on an IndexedText whose deadline has expired (util/deadline.h) finds
// nothing: that is how the extractors' loops stop at [read] max_seconds without a
// check of their own in each.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "model/records.h"
#include "rules/rule_prefilter.h"
#include "text/indexed_text.h"
#include "util/status.h"

namespace ntmx {

// One match of a rule: the whole match and each named group that took part, as
// spans of the stored text and byte ranges of the folded text.
struct RuleMatch {
  Span span;
  size_t folded_begin = 0;
  size_t folded_end = 0;
  // The named groups that took part, in pattern order. The names view the rule's
  // own strings: a match must not outlive its rule (rules live as long as the
  // pipeline).
  std::vector<std::pair<std::string_view, Span>> groups;

  bool has(std::string_view group) const;
  // The group's span, or an empty span at the match start when it did not match.
  Span group(std::string_view name) const;
};

class Rule {
 public:
  // `owner` and `index`: the rule set that holds the rule and its place there, the
  // bit that stands for it in that set's LineHints.
  Rule(std::string id, std::string file, int line, std::unique_ptr<RE2> re,
       std::vector<std::string> examples, std::string note,
       std::vector<std::string> contains_any = {}, std::map<std::string, int64_t> params = {},
       const void* owner = nullptr, size_t index = 0);

  const std::string& id() const { return id_; }
  const std::string& file() const { return file_; }
  int line() const { return line_; }
  const RE2& re() const { return *re_; }
  const std::vector<std::string>& examples() const { return examples_; }
  const std::string& note() const { return note_; }
  // The rule's `contains_any` words, folded: every match holds one. Empty: not said.
  const std::vector<std::string>& contains_any() const { return contains_any_; }
  // The rule's `params` value `name`, or nullopt when the file gives none.
  std::optional<int64_t> param(const std::string& name) const;
  // The rule's place in its rule set: its bit in that set's LineHints.
  size_t index() const { return index_; }

  // First match in folded bytes [begin, end) of `text`; "^" matches at `begin`.
  bool FindIn(const IndexedText& text, size_t begin, size_t end, RuleMatch* match) const;
  // A match that starts exactly at folded byte `at` (and ends by `end`).
  bool MatchAt(const IndexedText& text, size_t at, size_t end, RuleMatch* match) const;
  // First match inside `within` (a span of the stored text, usually a line: "^"
  // and "$" match at its edges).
  bool FindIn(const IndexedText& text, Span within, RuleMatch* match) const;
  // Whether FindIn(text, within, …) would find a match, without locating it: RE2's
  // DFA alone, no capture engine. For the many questions whose answer is mostly no.
  bool MatchesIn(const IndexedText& text, Span within) const;
  // Every non-overlapping match inside `within`, left to right.
  std::vector<RuleMatch> FindAll(const IndexedText& text, Span within) const;
  // Whether the rule matches the folded form of a short string (a line, a name).
  bool Matches(std::string_view utf8) const;
  // Matches already-folded text (a line) and returns the named groups as views
  // into it. Used before the stored text exists (the structure stage).
  bool MatchFolded(std::string_view folded,
                   std::map<std::string, std::string_view, std::less<>>* groups) const;

 private:
  std::string id_;
  std::string file_;
  int line_;
  std::unique_ptr<RE2> re_;
  std::vector<std::string> examples_;
  std::string note_;
  std::vector<std::string> contains_any_;
  std::map<std::string, int64_t> params_;
  std::vector<std::string> group_names_;  // by group index; empty for unnamed
  const void* owner_;
  size_t index_;

  // Searches folded bytes [start, end) of the subject that begins at
  // `subject_begin`: "^" and "\\b" see the subject's edges, not the whole text.
  bool Search(const IndexedText& text, size_t subject_begin, size_t start, size_t end,
              RE2::Anchor anchor, RuleMatch* match) const;
};

class RuleSet {
 public:
  RuleSet() = default;
  RuleSet(const RuleSet&) = delete;
  RuleSet& operator=(const RuleSet&) = delete;
  RuleSet(RuleSet&&) = default;
  RuleSet& operator=(RuleSet&&) = default;

  // Adds every rule of a TOML rule file. On error nothing of the file is added and
  // the message names "file:line".
  Status LoadFile(const std::filesystem::path& path);
  // Adds one rule (tests, and `LoadFile`). `pattern` may carry diacritics.
  Status Add(std::string id, std::string_view pattern, std::vector<std::string> examples = {},
             std::string file = "<inline>", int line = 0, std::string note = {},
             std::vector<std::string> contains_any = {},
             std::map<std::string, int64_t> params = {});

  // The rule with this id, or nullptr.
  const Rule* Find(std::string_view id) const;
  // Rules whose id starts with `prefix`, in file order: alternatives for one job.
  std::vector<const Rule*> WithPrefix(std::string_view prefix) const;
  const std::vector<std::unique_ptr<Rule>>& rules() const { return rules_; }

  // Checks every rule's examples; returns one line per example that does not match
  // or whose match holds none of the rule's `contains_any` words.
  std::vector<std::string> CheckExamples() const;

  // Builds the prefilter of every rule added so far (rules/rule_prefilter.h); call
  // it once the last rule file is loaded. Rules added later are never filtered.
  void BuildPrefilter();
  // Attaches to `text` the lines each rule may match on, so that this set's rules
  // skip the others. Does nothing before BuildPrefilter.
  void AttachHints(IndexedText* text) const { prefilter_.Attach(text); }

 private:
  std::vector<std::unique_ptr<Rule>> rules_;
  // What the rules and their LineHints name as their owner: a heap address, so
  // that it survives a move of the set and is never shared with another set.
  std::unique_ptr<const char> identity_ = std::make_unique<const char>('\0');
  RulePrefilter prefilter_;
  std::map<std::string, const Rule*, std::less<>> by_id_;
};

// Folds the non-ASCII letters of a pattern, leaving ASCII (and so every regex
// operator) untouched: "Quyết định\s+số" -> "Quyet dinh\s+so". A non-ASCII
// character that folds to ASCII punctuation comes out escaped ("–" -> "\-"), so a
// folded dash can never turn a character class into a range.
std::string FoldPattern(std::string_view pattern);

}  // namespace ntmx
