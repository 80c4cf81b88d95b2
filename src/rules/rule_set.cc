// See rule_set.h. Rule files are TOML, read with toml++ because it reports the
// line of every value: a bad rule is then reported where the expert wrote it.
#include "rules/rule_set.h"

#include <cctype>

#include <algorithm>
#include <array>

#include "text/fold.h"
#include "text/utf8.h"
#include "util/deadline.h"
#include "util/toml_file.h"

namespace ntmx {

namespace {

// Room for RE2's submatches: on the stack for the handful of groups most rules
// have (Search runs thousands of times a document), on the heap beyond that.
class Submatches {
 public:
  explicit Submatches(size_t count) {
    if (count > inline_.size()) heap_.resize(count);
  }
  re2::StringPiece* data() { return heap_.empty() ? inline_.data() : heap_.data(); }

 private:
  std::array<re2::StringPiece, 16> inline_;
  std::vector<re2::StringPiece> heap_;
};

}  // namespace

bool RuleMatch::has(std::string_view name) const {
  for (const auto& [group_name, group_span] : groups) {
    if (group_name == name) return true;
  }
  return false;
}

Span RuleMatch::group(std::string_view name) const {
  for (const auto& [group_name, group_span] : groups) {
    if (group_name == name) return group_span;
  }
  return Span{span.begin, span.begin};
}

std::string FoldPattern(std::string_view pattern) {
  std::string out;
  out.reserve(pattern.size());
  size_t pos = 0;
  while (pos < pattern.size()) {
    const char32_t cp = DecodeUtf8(pattern, &pos);
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
      continue;
    }
    // A letter folds to a letter; a dash or quote folds to ASCII punctuation, which
    // is escaped so that it stays the literal it was: "[-–:]" must not become the
    // range "[--:]" (which takes in ".", "/" and every digit), nor "…" three dots.
    std::string folded;
    AppendFoldedCodePoint(cp, &folded);
    for (char c : folded) {
      const unsigned char u = static_cast<unsigned char>(c);
      if (u < 0x80 && std::ispunct(u)) out.push_back('\\');
      out.push_back(c);
    }
  }
  return out;
}

Rule::Rule(std::string id, std::string file, int line, std::unique_ptr<RE2> re,
           std::vector<std::string> examples, std::string note,
           std::vector<std::string> contains_any, std::map<std::string, int64_t> params,
           const void* owner, size_t index)
    : id_(std::move(id)),
      file_(std::move(file)),
      line_(line),
      re_(std::move(re)),
      examples_(std::move(examples)),
      note_(std::move(note)),
      contains_any_(std::move(contains_any)),
      params_(std::move(params)),
      owner_(owner),
      index_(index) {
  group_names_.assign(static_cast<size_t>(re_->NumberOfCapturingGroups()) + 1, std::string());
  for (const auto& [name, index] : re_->NamedCapturingGroups()) {
    group_names_[static_cast<size_t>(index)] = name;
  }
}

std::optional<int64_t> Rule::param(const std::string& name) const {
  auto it = params_.find(name);
  if (it == params_.end()) return std::nullopt;
  return it->second;
}

bool Rule::FindIn(const IndexedText& text, size_t begin, size_t end, RuleMatch* match) const {
  return Search(text, begin, begin, end, RE2::UNANCHORED, match);
}

bool Rule::MatchAt(const IndexedText& text, size_t at, size_t end, RuleMatch* match) const {
  return Search(text, at, at, end, RE2::ANCHOR_START, match);
}

bool Rule::Search(const IndexedText& text, size_t subject_begin, size_t start, size_t end,
                  RE2::Anchor anchor, RuleMatch* match) const {
  const std::string& folded = text.folded();
  end = std::min(end, folded.size());
  if (subject_begin > start || start > end) return false;
  // The prefilter's hints rule out most (rule, line) pairs without RE2.
  if (const LineHints* hints = text.line_hints(); hints != nullptr && owner_ != nullptr &&
                                                  hints->owner() == owner_ &&
                                                  !hints->AnySet(index_, start, end)) {
    return false;
  }
  if (Expired(text.deadline())) return false;  // the document is out of time
  const size_t ngroups = group_names_.size();
  Submatches submatches(ngroups);
  re2::StringPiece* pieces = submatches.data();
  const re2::StringPiece subject(folded.data() + subject_begin, end - subject_begin);
  if (!re_->Match(subject, start - subject_begin, end - subject_begin, anchor, pieces,
                  static_cast<int>(ngroups))) {
    return false;
  }
  const size_t mb = static_cast<size_t>(pieces[0].data() - folded.data());
  const size_t me = mb + pieces[0].size();
  match->folded_begin = mb;
  match->folded_end = me;
  match->span = text.SpanOfFolded(mb, me);
  match->groups.clear();
  for (size_t i = 1; i < ngroups; ++i) {
    if (group_names_[i].empty() || pieces[i].data() == nullptr) continue;
    const size_t gb = static_cast<size_t>(pieces[i].data() - folded.data());
    match->groups.emplace_back(group_names_[i], text.SpanOfFolded(gb, gb + pieces[i].size()));
  }
  return true;
}

bool Rule::FindIn(const IndexedText& text, Span within, RuleMatch* match) const {
  return FindIn(text, text.FoldedByteOf(within.begin), text.FoldedByteOf(within.end), match);
}

bool Rule::MatchesIn(const IndexedText& text, Span within) const {
  const std::string& folded = text.folded();
  const size_t begin = text.FoldedByteOf(within.begin);
  const size_t end = std::min(text.FoldedByteOf(within.end), folded.size());
  if (begin > end) return false;
  if (const LineHints* hints = text.line_hints(); hints != nullptr && owner_ != nullptr &&
                                                  hints->owner() == owner_ &&
                                                  !hints->AnySet(index_, begin, end)) {
    return false;
  }
  if (Expired(text.deadline())) return false;
  // Asked for no submatches, RE2 answers with its DFA and skips the capture
  // engine's set-up (BitState clears a bitmap of program size x line length).
  const re2::StringPiece subject(folded.data() + begin, end - begin);
  return re_->Match(subject, 0, end - begin, RE2::UNANCHORED, nullptr, 0);
}

std::vector<RuleMatch> Rule::FindAll(const IndexedText& text, Span within) const {
  std::vector<RuleMatch> out;
  const size_t begin = text.FoldedByteOf(within.begin);
  const size_t end = text.FoldedByteOf(within.end);
  size_t at = begin;
  RuleMatch m;
  while (at <= end && Search(text, begin, at, end, RE2::UNANCHORED, &m)) {
    out.push_back(m);
    at = m.folded_end > m.folded_begin ? m.folded_end : m.folded_end + 1;
  }
  return out;
}

bool Rule::Matches(std::string_view utf8) const { return RE2::PartialMatch(Fold(utf8), *re_); }

bool Rule::MatchFolded(std::string_view folded,
                       std::map<std::string, std::string_view, std::less<>>* groups) const {
  const re2::StringPiece subject(folded.data(), folded.size());
  // A yes/no question asks RE2 for no submatches: it can then stop at the first
  // match and skip the submatch engine.
  if (groups == nullptr) return re_->Match(subject, 0, folded.size(), RE2::UNANCHORED, nullptr, 0);
  const size_t ngroups = group_names_.size();
  Submatches submatches(ngroups);
  re2::StringPiece* pieces = submatches.data();
  if (!re_->Match(subject, 0, folded.size(), RE2::UNANCHORED, pieces, static_cast<int>(ngroups))) {
    return false;
  }
  {
    groups->clear();
    for (size_t i = 1; i < ngroups; ++i) {
      if (group_names_[i].empty() || pieces[i].data() == nullptr) continue;
      (*groups)[group_names_[i]] = std::string_view(pieces[i].data(), pieces[i].size());
    }
  }
  return true;
}

Status RuleSet::Add(std::string id, std::string_view pattern, std::vector<std::string> examples,
                    std::string file, int line, std::string note,
                    std::vector<std::string> contains_any, std::map<std::string, int64_t> params) {
  const std::string where = file + ":" + std::to_string(line) + ": rule '" + id + "': ";
  if (id.empty())
    return Status::InvalidInput(file + ":" + std::to_string(line) + ": rule without an id");
  if (by_id_.count(id)) return Status::InvalidInput(where + "the id is used twice");
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  auto re = std::make_unique<RE2>(FoldPattern(pattern), options);
  if (!re->ok()) return Status::InvalidInput(where + re->error());
  for (std::string& word : contains_any) {
    word = Fold(word);
    if (word.empty() || word.find('\n') != std::string::npos)
      return Status::InvalidInput(where + "a `contains_any` word is empty or spans lines");
  }
  auto rule = std::make_unique<Rule>(std::move(id), std::move(file), line, std::move(re),
                                     std::move(examples), std::move(note), std::move(contains_any),
                                     std::move(params), identity_.get(), rules_.size());
  by_id_[rule->id()] = rule.get();
  rules_.push_back(std::move(rule));
  return Status::Ok();
}

Status RuleSet::LoadFile(const std::filesystem::path& path) {
  const std::string file = path.string();
  toml::table table;
  if (Status status = ParseTomlFile(path, &table); !status.ok()) return status;
  const toml::array* rules = table["rule"].as_array();
  if (rules == nullptr) return Status::InvalidInput(file + ": no [[rule]] tables");
  const size_t before = rules_.size();
  for (const toml::node& node : *rules) {
    const int line = static_cast<int>(node.source().begin.line);
    const toml::table* rule = node.as_table();
    std::optional<std::string> id = rule ? (*rule)["id"].value<std::string>() : std::nullopt;
    std::optional<std::string> pattern =
        rule ? (*rule)["pattern"].value<std::string>() : std::nullopt;
    Status status;
    if (!id || !pattern) {
      status = Status::InvalidInput(file + ":" + std::to_string(line) +
                                    ": a rule needs a string `id` and a string `pattern`");
    } else {
      std::vector<std::string> examples;
      if (const toml::array* ex = (*rule)["examples"].as_array()) {
        for (const toml::node& e : *ex) {
          if (auto s = e.value<std::string>()) examples.push_back(*s);
        }
      }
      std::vector<std::string> contains_any;
      if (const toml::array* words = (*rule)["contains_any"].as_array()) {
        for (const toml::node& w : *words) {
          if (auto s = w.value<std::string>()) contains_any.push_back(*s);
        }
      }
      std::map<std::string, int64_t> params;
      if (const toml::table* values = (*rule)["params"].as_table()) {
        for (const auto& [name, value] : *values) {
          if (auto n = value.value<int64_t>(); n && value.is_integer()) {
            params[std::string(name.str())] = *n;
          } else {
            status = Status::InvalidInput(file + ":" + std::to_string(line) + ": rule '" + *id +
                                          "': params." + std::string(name.str()) +
                                          " must be an integer");
          }
        }
      }
      std::string note = (*rule)["note"].value_or(std::string());
      if (status.ok()) {
        status = Add(*id, *pattern, std::move(examples), file, line, std::move(note),
                     std::move(contains_any), std::move(params));
      }
    }
    if (!status.ok()) {
      for (size_t i = before; i < rules_.size(); ++i) by_id_.erase(rules_[i]->id());
      rules_.resize(before);
      return status;
    }
  }
  return Status::Ok();
}

const Rule* RuleSet::Find(std::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : it->second;
}

std::vector<const Rule*> RuleSet::WithPrefix(std::string_view prefix) const {
  std::vector<const Rule*> out;
  for (const auto& rule : rules_) {
    if (std::string_view(rule->id()).substr(0, prefix.size()) == prefix) out.push_back(rule.get());
  }
  return out;
}

void RuleSet::BuildPrefilter() {
  std::vector<RulePrefilter::Input> inputs;
  inputs.reserve(rules_.size());
  for (const auto& rule : rules_) inputs.push_back({rule->re().pattern(), rule->contains_any()});
  prefilter_.Build(identity_.get(), inputs,
                   rules_.empty() ? RE2::Options() : rules_[0]->re().options());
}

std::vector<std::string> RuleSet::CheckExamples() const {
  std::vector<std::string> failures;
  for (const auto& rule : rules_) {
    const std::string where =
        rule->file() + ":" + std::to_string(rule->line()) + ": rule '" + rule->id() + "' ";
    for (const std::string& example : rule->examples()) {
      const std::string folded = Fold(example);
      re2::StringPiece match;
      if (!rule->re().Match(folded, 0, folded.size(), RE2::UNANCHORED, &match, 1)) {
        failures.push_back(where + "does not match its example \"" + example + "\"");
        continue;
      }
      const auto& words = rule->contains_any();
      if (!words.empty() && std::none_of(words.begin(), words.end(), [&](const std::string& w) {
            return std::string_view(match.data(), match.size()).find(w) != std::string_view::npos;
          })) {
        failures.push_back(where + "matches \"" + std::string(match.data(), match.size()) +
                           "\" in its example \"" + example +
                           "\", which holds none of its `contains_any` words");
      }
    }
  }
  return failures;
}

}  // namespace ntmx
