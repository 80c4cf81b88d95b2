// NameKeyWindow (criterion_refs.h): the criteria reader hands ByNameAtStart only
// the start of a line, cut after the longest name key could end. These tests check
// that the cut never changes an answer: at every word of the corpus plans and the
// catalogue's own names, for every set, the window gives the criterion and length
// the whole rest gives. A bound or a cut that is too short fails here.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "criteria/catalogue.h"
#include "extract/criterion_refs.h"
#include "test_files.h"
#include "text/fold.h"

namespace ntmx {
namespace {

const CriteriaCatalogue& Catalogue() {
  static const CriteriaCatalogue* const catalogue = [] {
    auto* out = new CriteriaCatalogue();
    const Status s = CriteriaCatalogue::Load(NTMX_SOURCE_DIR "/schemas/criteria", out);
    EXPECT_TRUE(s.ok()) << s.message();
    return out;
  }();
  return *catalogue;
}

// Compares the window's answer with the whole rest of the line's at each word
// start of `folded`, for every set; returns how many positions named a criterion.
int ExpectSameAnswers(const std::string& folded, size_t longest, const std::string& what) {
  int named = 0;
  for (size_t at = 0; at < folded.size(); ++at) {
    if (at > 0 && folded[at - 1] != ' ' && folded[at - 1] != '\n') continue;
    // The reader asks within a line.
    const size_t line_end = std::min(folded.find('\n', at), folded.size());
    const std::string_view rest(folded.data() + at, line_end - at);
    const std::string_view window = NameKeyWindow(rest, longest);
    for (const CriteriaSetInfo& set : Catalogue().sets()) {
      size_t whole_length = 0, window_length = 0;
      const CriterionEntry* whole = Catalogue().ByNameAtStart(set.id, rest, &whole_length);
      const CriterionEntry* cut = Catalogue().ByNameAtStart(set.id, window, &window_length);
      EXPECT_EQ(whole, cut) << what << " at byte " << at << " in " << set.id;
      EXPECT_EQ(whole_length, window_length) << what << " at byte " << at << " in " << set.id;
      named += whole != nullptr;
    }
  }
  return named;
}

TEST(NameKeyWindow, BoundsEveryNameAndAlias) {
  const size_t longest = LongestNameKey(Catalogue());
  for (const CriterionEntry& e : Catalogue().entries()) {
    EXPECT_LE(FoldKey(e.name).size(), longest) << e.name;
    for (const std::string& alias : e.aliases) EXPECT_LE(FoldKey(alias).size(), longest) << alias;
  }
}

TEST(NameKeyWindow, CutsLongLinesOnlyAtASpace) {
  EXPECT_EQ(NameKeyWindow("giao thong va thuy loi", 5), "giao thong");
  EXPECT_EQ(NameKeyWindow("giao thong", 5), "giao thong");
  EXPECT_EQ(NameKeyWindow("y te", 50), "y te");
}

TEST(NameKeyWindow, SameAnswerAsTheWholeRestOnTheCatalogueNames) {
  const size_t longest = LongestNameKey(Catalogue());
  std::string names;
  for (const CriterionEntry& e : Catalogue().entries()) {
    names += Fold(e.name) + " " + Fold(e.name) + ", va\n";
    for (const std::string& alias : e.aliases) names += Fold(alias) + " & " + Fold(alias) + "\n";
  }
  EXPECT_GT(ExpectSameAnswers(names, longest, "catalogue names"), 100);
}

TEST(NameKeyWindow, SameAnswerAsTheWholeRestOnCorpusPlans) {
  const size_t longest = LongestNameKey(Catalogue());
  int named = 0;
  for (const auto& entry : std::filesystem::directory_iterator(
           std::filesystem::path(NTMX_SOURCE_DIR) / "corpus/seeds")) {
    if (entry.path().extension() != ".txt") continue;
    named += ExpectSameAnswers(Fold(testing::ReadTestFile(entry.path())), longest,
                               entry.path().filename().string());
  }
  EXPECT_GT(named, 20);  // the plans do name criteria
}

// The test must be able to fail: a bound shorter than the names changes answers.
TEST(NameKeyWindow, TooShortABoundWouldChangeAnswers) {
  const std::string line = "thuy loi va phong, chong thien tai";
  size_t whole_length = 0, short_length = 0, window_length = 0;
  const CriterionEntry* whole = Catalogue().ByNameAtStart("xa_ntm", line, &whole_length);
  ASSERT_NE(whole, nullptr);
  Catalogue().ByNameAtStart("xa_ntm", NameKeyWindow(line, 4), &short_length);
  EXPECT_NE(short_length, whole_length);
  EXPECT_EQ(Catalogue().ByNameAtStart("xa_ntm", NameKeyWindow(line, LongestNameKey(Catalogue())),
                                      &window_length),
            whole);
  EXPECT_EQ(window_length, whole_length);
}

}  // namespace
}  // namespace ntmx
