// The criteria reader does not search a range for criteria.claim.ratio unless it
// holds "/", nor a line for criteria.enumeration unless it holds ":" or "gom"
// (criteria_reader.cc, kRatioMark and kOpenerMarks): those rules have no word the
// rule prefilter could wait for. These tests hold the rules to it: every match on
// the corpus plans and on the rules' own examples contains one of the marks, so a
// rule widened past them ("14 trên 19") fails here before it silently loses claims.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "pipeline_fixture.h"
#include "test_files.h"
#include "text/fold.h"

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

void ExpectEveryMatchMarked(const char* id, const std::vector<std::string>& marks) {
  const Rule* rule = testing::DefaultPipeline().resources().rules.Find(id);
  ASSERT_NE(rule, nullptr) << id;
  const std::string text = CorpusAndExamples(*rule);
  for (const std::string& m : MatchesWithoutMarks(*rule, text, marks))
    ADD_FAILURE() << id << " matched \"" << m << "\" without its mark";
  // And the rule does match there: the check is not vacuous.
  re2::StringPiece whole(text);
  EXPECT_TRUE(rule->re().Match(whole, 0, whole.size(), RE2::UNANCHORED, nullptr, 0)) << id;
}

TEST(CriteriaGates, RatioClaimsHoldASlash) {
  ExpectEveryMatchMarked("criteria.claim.ratio", {"/"});
}

TEST(CriteriaGates, EnumerationOpenersHoldAColonOrGom) {
  ExpectEveryMatchMarked("criteria.enumeration", {":", "gom"});
}

// The check can fail: a ratio written in words has no slash.
TEST(CriteriaGates, AWidenedRuleIsCaught) {
  RuleSet rules;
  ASSERT_TRUE(rules.Add("wide", R"((\d{1,2})\s*(?:/|trên)\s*(\d{1,2}))").ok());
  EXPECT_EQ(MatchesWithoutMarks(*rules.Find("wide"), "dat 14 tren 19 tieu chi; 5/19", {"/"}),
            std::vector<std::string>{"14 tren 19"});
}

}  // namespace
}  // namespace ntmx
