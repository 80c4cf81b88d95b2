// A RuleBatch must answer as its rules do one by one: on literal lines that
// exercise anchors at both ends, and on every line of the corpus plans with the
// structure rules. And it must really combine them into one set.
#include "rules/rule_batch.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "rules/rule_set.h"
#include "test_files.h"
#include "text/fold.h"

namespace ntmx {
namespace {

uint64_t OneByOne(const std::vector<const Rule*>& rules, std::string_view folded) {
  uint64_t bits = 0;
  for (size_t i = 0; i < rules.size(); ++i) {
    if (rules[i]->MatchFolded(folded, nullptr)) bits |= uint64_t{1} << i;
  }
  return bits;
}

TEST(RuleBatchTest, AnswersAsEachRuleOnLiteralLines) {
  RuleSet rules;
  ASSERT_TRUE(rules.Add("t.heading", R"(^(?P<marker>\d+)\.\s*\S)").ok());
  ASSERT_TRUE(rules.Add("t.colon_end", R"(:\s*$)").ok());
  ASSERT_TRUE(rules.Add("t.word", R"(\bnơi nhận\b)").ok());
  ASSERT_TRUE(rules.Add("t.whole", R"(^kế hoạch$)").ok());
  const std::vector<const Rule*> list = {rules.Find("t.heading"), rules.Find("t.colon_end"),
                                         rules.Find("t.word"), rules.Find("t.whole")};
  const RuleBatch batch(list);
  ASSERT_TRUE(batch.combined());
  EXPECT_EQ(batch.Matching("1. muc tieu:"), 0b0011u);
  EXPECT_EQ(batch.Matching("muc tieu 1. x"), 0u);  // "^" is the line's start
  EXPECT_EQ(batch.Matching("noi nhan:"), 0b0110u);
  EXPECT_EQ(batch.Matching("ke hoach"), 0b1000u);
  EXPECT_EQ(batch.Matching("ke hoach nam"), 0u);  // "$" is the line's end
  EXPECT_EQ(batch.Matching(""), 0u);
  for (std::string_view line : {"1. muc tieu:", "noi nhan:", "ke hoach", "x 2.y:  ", "12.a"}) {
    EXPECT_EQ(batch.Matching(line), OneByOne(list, line)) << line;
  }
}

TEST(RuleBatchTest, SameAnswersAsOneByOneOnTheCorpusLines) {
  RuleSet rules;
  ASSERT_TRUE(rules.LoadFile(NTMX_SOURCE_DIR "/patterns/structure.toml").ok());
  std::vector<const Rule*> list = rules.WithPrefix("structure.");
  ASSERT_GE(list.size(), 10u);
  const RuleBatch batch(list);
  ASSERT_TRUE(batch.combined());
  size_t lines = 0, hits = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(NTMX_SOURCE_DIR "/corpus")) {
    if (entry.path().extension() != ".txt") continue;
    const std::string text = testing::ReadTestFile(entry.path());
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      const std::string folded = Fold(std::string_view(text).substr(start, end - start));
      const uint64_t expected = OneByOne(list, folded);
      ASSERT_EQ(batch.Matching(folded), expected) << entry.path() << ": " << folded;
      ++lines;
      hits += expected != 0;
      start = end + 1;
    }
  }
  EXPECT_GT(lines, 1000u);
  EXPECT_GT(hits, 100u);
}

TEST(RuleBatchTest, RulesWithDifferentOptionsAreAskedOneByOne) {
  // A rule set compiles every rule alike; rules made elsewhere may differ, and one
  // set cannot hold both a case-sensitive and a case-insensitive pattern.
  RE2::Options sensitive;
  sensitive.set_case_sensitive(true);
  RE2::Options insensitive;
  insensitive.set_case_sensitive(false);
  const Rule upper("t.upper", "<test>", 1, std::make_unique<RE2>("^A", sensitive), {}, "");
  const Rule any("t.any", "<test>", 2, std::make_unique<RE2>("b$", insensitive), {}, "");
  const RuleBatch batch({&upper, &any});
  EXPECT_FALSE(batch.combined());
  EXPECT_EQ(batch.Matching("AB"), 0b11u);
  EXPECT_EQ(batch.Matching("ab"), 0b10u);
  const RuleBatch same({&any});
  EXPECT_TRUE(same.combined());
  EXPECT_EQ(same.Matching("aB"), 1u);
}

TEST(RuleBatchTest, AnEmptyBatchMatchesNothing) {
  const RuleBatch empty({});
  EXPECT_FALSE(empty.combined());
  EXPECT_EQ(empty.Matching("anything"), 0u);
}

}  // namespace
}  // namespace ntmx
