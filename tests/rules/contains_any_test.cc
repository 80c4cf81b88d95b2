// `contains_any` (rule_set.h): a rule file's word that every match of the rule
// holds, on which the rule prefilter skips lines for rules where RE2 finds no word
// of its own (criteria.claim.ratio "14/19", criteria.enumeration "gồm …:"). A wrong
// word would silently lose records, so: every match of every rule that declares
// words, over the seed plans and the rule's examples, must hold one of them; a rule
// widened past its words ("14 trên 19") is caught; and `rules --check` reports an
// example whose match holds none.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "pipeline_fixture.h"
#include "test_files.h"
#include "text/fold.h"
#include "text/indexed_text.h"
#include "text/line_hints.h"

namespace ntmx {
namespace {

// Every match of `rule` in the lines of `folded` that contains none of `marks`.
std::vector<std::string> MatchesWithoutMarks(const Rule& rule, const std::string& folded,
                                             const std::vector<std::string>& marks) {
  std::vector<std::string> out;
  size_t line_begin = 0;
  while (line_begin < folded.size()) {
    size_t line_end = folded.find('\n', line_begin);
    if (line_end == std::string::npos) line_end = folded.size();
    const re2::StringPiece line(folded.data() + line_begin, line_end - line_begin);
    size_t at = 0;
    re2::StringPiece m;
    while (at <= line.size() && rule.re().Match(line, at, line.size(), RE2::UNANCHORED, &m, 1)) {
      const std::string text(m.data(), m.size());
      bool marked = false;
      for (const std::string& mark : marks) marked |= text.find(mark) != std::string::npos;
      if (!marked) out.push_back(text);
      at = static_cast<size_t>(m.data() - line.data()) + std::max<size_t>(m.size(), 1);
    }
    line_begin = line_end + 1;
  }
  return out;
}

std::string CorpusAndExamples(const Rule& rule) {
  std::string folded;
  for (const auto& entry : std::filesystem::directory_iterator(
           std::filesystem::path(NTMX_SOURCE_DIR) / "corpus/seeds")) {
    if (entry.path().extension() == ".txt")
      folded += Fold(testing::ReadTestFile(entry.path())) + "\n";
  }
  for (const std::string& example : rule.examples()) folded += Fold(example) + "\n";
  return folded;
}

TEST(ContainsAny, EveryMatchOnTheCorpusHoldsOneOfItsRulesWords) {
  int declared = 0;
  for (const auto& rule : testing::DefaultPipeline().resources().rules.rules()) {
    if (rule->contains_any().empty()) continue;
    ++declared;
    const std::string text = CorpusAndExamples(*rule);
    for (const std::string& m : MatchesWithoutMarks(*rule, text, rule->contains_any()))
      ADD_FAILURE() << rule->id() << " matched \"" << m << "\" without its contains_any words";
    // And the rule does match there: the check is not vacuous.
    re2::StringPiece whole(text);
    EXPECT_TRUE(rule->re().Match(whole, 0, whole.size(), RE2::UNANCHORED, nullptr, 0))
        << rule->id();
  }
  EXPECT_GE(declared, 2) << "criteria.claim.ratio and criteria.enumeration declare words";
}

// The check can fail: a ratio written in words has no slash.
TEST(ContainsAny, AWidenedRuleIsCaught) {
  RuleSet rules;
  ASSERT_TRUE(rules.Add("wide", R"((\d{1,2})\s*(?:/|trên)\s*(\d{1,2}))").ok());
  EXPECT_EQ(MatchesWithoutMarks(*rules.Find("wide"), "dat 14 tren 19 tieu chi; 5/19", {"/"}),
            std::vector<std::string>{"14 tren 19"});
}

TEST(ContainsAny, RulesCheckReportsAnExampleWithoutTheWords) {
  RuleSet rules;
  ASSERT_TRUE(rules
                  .Add("ratio", R"((\d{1,2})\s*(?:/|trên)\s*(\d{1,2}))",
                       {"đạt 14/19 tiêu chí", "đạt 14 trên 19 tiêu chí"}, "r.toml", 3, "", {"/"})
                  .ok());
  const std::vector<std::string> failures = rules.CheckExamples();
  ASSERT_EQ(failures.size(), 1u);
  EXPECT_NE(failures[0].find("r.toml:3: rule 'ratio' matches \"14 tren 19\""), std::string::npos)
      << failures[0];
}

TEST(ContainsAny, WordsAreFoldedAndMustBeNonEmpty) {
  RuleSet rules;
  ASSERT_TRUE(rules.Add("open", "gồm|:", {}, "r.toml", 1, "", {"GỒM", ":"}).ok());
  EXPECT_EQ(rules.Find("open")->contains_any(), (std::vector<std::string>{"gom", ":"}));
  EXPECT_FALSE(rules.Add("empty", "x", {}, "r.toml", 2, "", {""}).ok());
}

// With declared words the prefilter rules a line out; without, it cannot.
TEST(ContainsAny, ThePrefilterSkipsLinesWithoutTheWords) {
  RuleSet rules;
  ASSERT_TRUE(rules.Add("declared", R"(\d{1,2}\s*/\s*\d{1,2})", {}, "r.toml", 1, "", {"/"}).ok());
  ASSERT_TRUE(rules.Add("silent", R"(\d{1,2}\s*/\s*\d{1,2})").ok());
  rules.BuildPrefilter();
  IndexedText text("đạt 14 tiêu chí\nđạt 14/19 tiêu chí\n");
  rules.AttachHints(&text);
  const LineHints* hints = text.line_hints();
  ASSERT_NE(hints, nullptr);
  const size_t second_line = text.folded().find('\n') + 1;
  EXPECT_FALSE(hints->AnySet(rules.Find("declared")->index(), 0, second_line - 1));
  EXPECT_TRUE(hints->AnySet(rules.Find("declared")->index(), second_line, text.folded().size()));
  EXPECT_TRUE(hints->AnySet(rules.Find("silent")->index(), 0, second_line - 1));
}

}  // namespace
}  // namespace ntmx
