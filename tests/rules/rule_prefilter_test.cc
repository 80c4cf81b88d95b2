// The rule prefilter must never change an answer: every rule, asked about real
// plans with and without the hints, finds the same matches. And it must filter:
// a rule whose words are absent from a line is ruled out there.
#include "rules/rule_prefilter.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <filesystem>
#include <random>

#include "rules/rule_set.h"
#include "test_files.h"
#include "text/line_hints.h"

namespace ntmx {
namespace {

RuleSet AllPatterns() {
  RuleSet rules;
  for (const auto& entry : std::filesystem::directory_iterator(NTMX_SOURCE_DIR "/patterns")) {
    if (entry.path().extension() == ".toml") {
      EXPECT_TRUE(rules.LoadFile(entry.path()).ok()) << entry.path();
    }
  }
  rules.BuildPrefilter();
  return rules;
}

std::string Describe(const std::vector<RuleMatch>& matches) {
  std::string out;
  for (const RuleMatch& m : matches) {
    out += std::to_string(m.folded_begin) + "-" + std::to_string(m.folded_end);
    for (const auto& [name, span] : m.groups) {
      out += " " + std::string(name) + "=" + std::to_string(span.begin) + ":" +
             std::to_string(span.end);
    }
    out += "; ";
  }
  return out;
}

TEST(LineHintsTest, OneLineUsesItsBitsSeveralLinesTheWholeText) {
  // Lines start at 0 and 10; rows: line 0, line 1, whole text.
  const LineHints hints(nullptr, 3, {0, 10}, {0b101, 0b010, 0b111});
  EXPECT_TRUE(hints.AnySet(0, 0, 9));
  EXPECT_FALSE(hints.AnySet(1, 0, 9));
  EXPECT_FALSE(hints.AnySet(1, 0, 10));  // ends with line 0's newline: still line 0
  EXPECT_TRUE(hints.AnySet(1, 12, 15));
  EXPECT_FALSE(hints.AnySet(0, 12, 15));
  EXPECT_TRUE(hints.AnySet(1, 5, 15));  // two lines: the whole text's bits
  EXPECT_TRUE(hints.AnySet(7, 0, 1));   // a bit it does not know counts as set
}

// Lines of every length around the lookup's 64-byte blocks (empty lines, many
// lines in a block, lines over several blocks): each byte is found in its line.
TEST(LineHintsTest, EachByteIsAnsweredByItsOwnLine) {
  std::vector<uint32_t> starts = {0};
  const uint32_t lengths[] = {1, 1, 1, 5, 63, 64, 65, 0, 0, 200, 2, 127, 128, 129, 3, 1, 700, 9};
  for (uint32_t length : lengths) starts.push_back(starts.back() + length + 1);
  // Line k has bit k % 2 set; the whole text has neither.
  std::vector<uint64_t> words;
  for (size_t k = 0; k < starts.size(); ++k) words.push_back(k % 2 == 0 ? 0b01 : 0b10);
  words.push_back(0);
  const LineHints hints(nullptr, 2, starts, words);
  const size_t text_end = starts.back() + 40;  // the last line runs past its start
  for (size_t byte = 0; byte < text_end; ++byte) {
    const size_t line = static_cast<size_t>(
        std::upper_bound(starts.begin(), starts.end(), static_cast<uint32_t>(byte)) -
        starts.begin() - 1);
    EXPECT_EQ(hints.AnySet(line % 2, byte, byte + 1), true) << "byte " << byte;
    EXPECT_EQ(hints.AnySet(1 - line % 2, byte, byte + 1), false) << "byte " << byte;
  }
}

TEST(RulePrefilterTest, RulesOutLinesWithoutTheRequiredWords) {
  RuleSet rules;
  ASSERT_TRUE(rules.Add("count", R"(tiêu\s*chí\s+số\s+(?P<n>\d+))").ok());
  ASSERT_TRUE(rules.Add("digits", R"(\d+)").ok());  // no word: never ruled out
  rules.BuildPrefilter();
  IndexedText text("Xã đạt chuẩn\nTiêu chí số 5 đạt\nchí số 7");
  rules.AttachHints(&text);
  const LineHints* hints = text.line_hints();
  ASSERT_NE(hints, nullptr);
  const size_t line1 = text.folded().find("tieu");
  const size_t line2 = text.folded().find("chi so 7");
  EXPECT_FALSE(hints->AnySet(0, 0, 5));
  EXPECT_TRUE(hints->AnySet(0, line1, line1 + 5));
  EXPECT_FALSE(hints->AnySet(0, line2, line2 + 3));  // "chí" without "tiêu"
  EXPECT_TRUE(hints->AnySet(1, 0, 5));

  RuleMatch m;
  ASSERT_TRUE(rules.Find("count")->FindIn(text, Span{0, text.size()}, &m));
  EXPECT_EQ(text.Slice(m.group("n")), "5");
  EXPECT_FALSE(
      rules.Find("count")->FindIn(text, text.SpanOfFolded(line2, text.folded().size()), &m));
}

TEST(RulePrefilterTest, AWordWithANewlineCountsAsPresentEverywhere) {
  RuleSet rules;
  ASSERT_TRUE(rules.Add("across", "triển khai\\nthực hiện").ok());
  rules.BuildPrefilter();
  IndexedText text("Kế hoạch\ntriển khai\nthực hiện");
  rules.AttachHints(&text);
  RuleMatch m;
  EXPECT_TRUE(rules.Find("across")->FindIn(text, Span{0, text.size()}, &m));
}

TEST(RulePrefilterTest, HintsOfAnotherRuleSetAreIgnored) {
  RuleSet first;
  ASSERT_TRUE(first.Add("a", "không có trong văn bản").ok());
  first.BuildPrefilter();
  RuleSet second;
  ASSERT_TRUE(second.Add("b", "đạt chuẩn").ok());
  second.BuildPrefilter();
  IndexedText text("Xã đạt chuẩn nông thôn mới");
  first.AttachHints(&text);  // bit 0 means rule "a": clear on every line
  RuleMatch m;
  EXPECT_TRUE(second.Find("b")->FindIn(text, Span{0, text.size()}, &m));
}

// Every rule of patterns/, on every plan of corpus/: each line, random ranges
// (many across lines), and anchored matches at word starts give the same answer
// with the hints as without.
TEST(RulePrefilterTest, SameMatchesWithAndWithoutHintsOnTheCorpus) {
  const RuleSet rules = AllPatterns();
  std::vector<std::filesystem::path> files;
  for (const char* folder : {"/corpus/seeds", "/corpus/new-period"}) {
    for (const auto& entry :
         std::filesystem::directory_iterator(NTMX_SOURCE_DIR + std::string(folder))) {
      files.push_back(entry.path());
    }
  }
  ASSERT_GE(files.size(), 8u);
  std::mt19937 random(7);
  size_t ruled_out = 0;
  for (const auto& file : files) {
    const std::string raw = testing::ReadTestFile(file);
    const IndexedText plain(raw);
    IndexedText hinted(raw);
    rules.AttachHints(&hinted);
    ASSERT_NE(hinted.line_hints(), nullptr) << file;
    const std::string& folded = plain.folded();
    std::vector<std::pair<size_t, size_t>> ranges;
    for (size_t start = 0; start <= folded.size();) {
      const size_t end = std::min(folded.find('\n', start), folded.size());
      ranges.emplace_back(start, end);
      start = end + 1;
    }
    for (int i = 0; i < 200; ++i) {
      const size_t a = random() % (folded.size() + 1);
      const size_t b = random() % (folded.size() + 1);
      ranges.emplace_back(std::min(a, b), std::max(a, b));
    }
    for (const auto& rule : rules.rules()) {
      for (const auto& [begin, end] : ranges) {
        const Span span = plain.SpanOfFolded(begin, end);
        ASSERT_EQ(Describe(rule->FindAll(plain, span)), Describe(rule->FindAll(hinted, span)))
            << rule->id() << " in " << file << " at " << begin << "-" << end;
        if (!hinted.line_hints()->AnySet(rule->index(), plain.FoldedByteOf(span.begin),
                                         plain.FoldedByteOf(span.end))) {
          ++ruled_out;
        }
      }
      for (size_t at = 0; at < folded.size(); at += 1 + random() % 40) {
        RuleMatch m1, m2;
        const size_t end = std::min(folded.find('\n', at), folded.size());
        const bool found = rule->MatchAt(plain, at, end, &m1);
        ASSERT_EQ(found, rule->MatchAt(hinted, at, end, &m2)) << rule->id() << " at " << at;
        if (found) {
          ASSERT_EQ(Describe({m1}), Describe({m2}));
        }
      }
    }
  }
  // Most (rule, line) pairs have no chance: the filter must say so.
  EXPECT_GT(ruled_out, 1000u);
}

}  // namespace
}  // namespace ntmx
