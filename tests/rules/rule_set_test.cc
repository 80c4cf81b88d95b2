// Rules: loading, folding of patterns, spans of matches, file:line errors.
#include "rules/rule_set.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "store/store_test_util.h"
#include "test_files.h"

namespace ntmx {
namespace {

TEST(RuleSet, PatternsWithDiacriticsMatchFoldedText) {
  RuleSet rules;
  ASSERT_TRUE(rules.Add("t.kind", R"((?P<kind>Quyết định|kế hoạch)\s+số\s+(?P<n>\d+))").ok());
  IndexedText text("Căn cứ QUYẾT ĐỊNH số 416 và Kế hoạch số 12");
  const auto matches = rules.Find("t.kind")->FindAll(text, Span{0, text.size()});
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(text.Slice(matches[0].group("kind")), "QUYẾT ĐỊNH");
  EXPECT_EQ(text.Slice(matches[1].span), "Kế hoạch số 12");
  EXPECT_EQ(text.Slice(matches[1].group("n")), "12");
}

// "–" folds to "-": inside a character class it must stay a literal dash, not
// open a range "-" .. ":" that takes in ".", "/" and the digits.
TEST(RuleSet, AFoldedDashInAClassIsNoRange) {
  EXPECT_EQ(FoldPattern("[-–:(]"), "[-\\-:(]");
  RuleSet rules;
  ASSERT_TRUE(rules.Add("t.sep", R"(số\s*\d+\s*[-–:(]\s*x)").ok());
  const Rule* rule = rules.Find("t.sep");
  EXPECT_TRUE(rule->Matches("số 5 – x"));
  EXPECT_TRUE(rule->Matches("số 5 - x"));
  EXPECT_TRUE(rule->Matches("số 5: x"));
  EXPECT_FALSE(rule->Matches("số 5. x"));
  EXPECT_FALSE(rule->Matches("số 5/ x"));
  EXPECT_FALSE(rule->Matches("số 5 7 x"));
}

TEST(RuleSet, CaretMatchesAtTheStartOfTheSpan) {
  RuleSet rules;
  ASSERT_TRUE(rules.Add("t.start", R"(^tm\.)").ok());
  IndexedText text("Nơi nhận:\nTM. ỦY BAN NHÂN DÂN");
  RuleMatch m;
  EXPECT_FALSE(rules.Find("t.start")->FindIn(text, Span{0, 9}, &m));
  EXPECT_TRUE(rules.Find("t.start")->FindIn(text, Span{10, text.size()}, &m));
  EXPECT_EQ(m.span.begin, 10u);
}

TEST(RuleSet, MatchesInAnswersAsFindInWithoutLocating) {
  RuleSet rules;
  ASSERT_TRUE(rules.Add("t.start", R"(^tm\.)").ok());
  ASSERT_TRUE(rules.Add("t.lead", R"(chủ trì\s*:\s*(?P<units>.+?)\s*$)").ok());
  IndexedText text("Nơi nhận:\nTM. ỦY BAN NHÂN DÂN\n- Chủ trì: Phòng Kinh tế");
  const Span lines[] = {{0, 9}, {10, 28}, {29, text.size()}, {0, text.size()}, {12, 12}};
  for (const Span& line : lines) {
    for (const char* id : {"t.start", "t.lead"}) {
      RuleMatch m;
      EXPECT_EQ(rules.Find(id)->MatchesIn(text, line), rules.Find(id)->FindIn(text, line, &m))
          << id << " " << line.begin << "-" << line.end;
    }
  }
  EXPECT_TRUE(rules.Find("t.start")->MatchesIn(text, Span{10, 28}));
  EXPECT_FALSE(rules.Find("t.start")->MatchesIn(text, Span{0, 9}));
  EXPECT_TRUE(rules.Find("t.lead")->MatchesIn(text, Span{29, text.size()}));
  EXPECT_FALSE(rules.Find("t.lead")->MatchesIn(text, Span{10, 28}));
}

// With the prefilter's hints attached, as the extractors ask: every shipped rule
// on every line of the seed plans.
TEST(RuleSet, MatchesInAgreesWithFindInOnTheSeedPlans) {
  RuleSet rules;
  for (const auto& entry : std::filesystem::directory_iterator(NTMX_SOURCE_DIR "/patterns")) {
    if (entry.path().extension() != ".toml") continue;
    ASSERT_TRUE(rules.LoadFile(entry.path()).ok()) << entry.path();
  }
  rules.BuildPrefilter();
  size_t found = 0;
  for (const auto& entry : std::filesystem::directory_iterator(NTMX_SOURCE_DIR "/corpus/seeds")) {
    IndexedText text(testing::ReadTestFile(entry.path()));
    rules.AttachHints(&text);
    const std::string_view all = text.text();
    for (size_t start = 0; start < all.size();) {
      const size_t end = std::min(all.find('\n', start), all.size());
      const Span line = text.SpanOfBytes(start, end);
      for (const auto& rule : rules.rules()) {
        RuleMatch m;
        const bool expected = rule->FindIn(text, line, &m);
        ASSERT_EQ(rule->MatchesIn(text, line), expected)
            << rule->id() << " in " << entry.path() << ": " << text.Slice(line);
        found += expected;
      }
      start = end + 1;
    }
  }
  EXPECT_GT(found, 100u);
}

TEST(RuleSet, BadPatternNamesFileAndLine) {
  testing::TempDir dir;
  const std::string path =
      dir.Write("ntmx_bad_rules.toml",
                "# comment\n\n[[rule]]\nid = \"ok\"\npattern = 'a'\n\n[[rule]]\nid = \"bad\"\n"
                "pattern = '(a'\n");
  RuleSet rules;
  const Status status = rules.LoadFile(path);
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("ntmx_bad_rules.toml:7: rule 'bad'"), std::string::npos)
      << status.message();
  EXPECT_TRUE(rules.rules().empty());  // nothing of a bad file is kept
}

TEST(RuleSet, DuplicateIdsAreRefused) {
  RuleSet rules;
  ASSERT_TRUE(rules.Add("x", "a").ok());
  EXPECT_FALSE(rules.Add("x", "b").ok());
}

TEST(RuleSet, TomlSyntaxErrorNamesLine) {
  testing::TempDir dir;
  const std::string path =
      dir.Write("ntmx_syntax.toml", "[[rule]]\nid = \"a\"\npattern = 'unterminated\n");
  RuleSet rules;
  const Status status = rules.LoadFile(path);
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("ntmx_syntax.toml:3"), std::string::npos) << status.message();
}

TEST(RuleSet, ParamsAreIntegersNamedInTheRuleFile) {
  testing::TempDir dir;
  RuleSet rules;
  Status status =
      rules.LoadFile(dir.Write("ntmx_params.toml",
                               "[[rule]]\nid = \"heading\"\npattern = '(?P<units>[^:]+):'\n"
                               "params = { units_max_chars = 160 }\n"));
  ASSERT_TRUE(status.ok()) << status.message();
  EXPECT_EQ(rules.Find("heading")->param("units_max_chars"), 160);
  EXPECT_EQ(rules.Find("heading")->param("other"), std::nullopt);
  RuleSet strict;
  status = strict.LoadFile(dir.Write(
      "ntmx_params_text.toml",
      "[[rule]]\nid = \"heading\"\npattern = 'a'\nparams = { units_max_chars = \"160\" }\n"));
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("ntmx_params_text.toml:1: rule 'heading': params.units_max_chars "
                                  "must be an integer"),
            std::string::npos)
      << status.message();
}

TEST(RuleSet, ShippedRulesMatchTheirExamples) {
  RuleSet rules;
  for (const auto& entry : std::filesystem::directory_iterator(NTMX_SOURCE_DIR "/patterns")) {
    if (entry.path().extension() != ".toml") continue;
    ASSERT_TRUE(rules.LoadFile(entry.path()).ok()) << entry.path();
  }
  EXPECT_GT(rules.rules().size(), 10u);
  for (const std::string& failure : rules.CheckExamples()) ADD_FAILURE() << failure;
}

}  // namespace
}  // namespace ntmx
