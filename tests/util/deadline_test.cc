// WorkDeadline ([read] max_seconds inside the long stages): counted, not timed. A deadline
// that expires at its (n+1)-th check shows where each stage asks and that it stops
// there: the rule searches of the extractors, the structurer's lines, the pipeline.
#include "util/deadline.h"

#include <gtest/gtest.h>

#include <string>

#include "normalize/normalizer.h"
#include "pipeline_fixture.h"
#include "places/gazetteer.h"
#include "rules/rule_set.h"
#include "structure/structurer.h"
#include "text/indexed_text.h"

namespace ntmx {
namespace {

using testing::DefaultPipeline;

TEST(WorkDeadline, CountsChecksAndStaysExpired) {
  const WorkDeadline none;
  for (int i = 0; i < 100; ++i) EXPECT_FALSE(none.Expired());
  EXPECT_EQ(none.checks(), 100u);

  const WorkDeadline three = WorkDeadline::AfterChecks(3);
  EXPECT_FALSE(three.Expired());
  EXPECT_FALSE(three.Expired());
  EXPECT_FALSE(three.Expired());
  EXPECT_TRUE(three.Expired());
  EXPECT_TRUE(three.Expired());
  EXPECT_EQ(three.checks(), 4u);  // once expired, no more counting

  EXPECT_TRUE(WorkDeadline::At(WorkDeadline::Clock::now() - std::chrono::seconds(1)).Expired());
  EXPECT_FALSE(WorkDeadline::AfterSeconds(3600).Expired());
  EXPECT_FALSE(WorkDeadline::AfterSeconds(0).Expired());  // 0: no limit, as in the pipeline file
  EXPECT_FALSE(Expired(nullptr));
}

// `n` lines "Xã An Bình số I đạt chuẩn."
std::string Lines(int n) {
  std::string text;
  for (int i = 0; i < n; ++i) text += "Xã An Bình số " + std::to_string(i) + " đạt chuẩn.\n";
  return text;
}

TEST(WorkDeadline, RuleSearchesFindNothingOnceItExpires) {
  RuleSet rules;
  ASSERT_TRUE(rules.Add("t.number", R"(số (?P<n>\d+))").ok());
  const Rule& rule = *rules.Find("t.number");
  IndexedText text(Lines(12));
  EXPECT_EQ(rule.FindAll(text, Span{0, text.size()}).size(), 12u);

  const WorkDeadline deadline = WorkDeadline::AfterChecks(5);
  text.set_deadline(&deadline);
  // FindAll searches once per match: the sixth search sees the deadline passed.
  EXPECT_EQ(rule.FindAll(text, Span{0, text.size()}).size(), 5u);
  EXPECT_EQ(deadline.checks(), 6u);
  RuleMatch m;
  EXPECT_FALSE(rule.FindIn(text, Span{0, text.size()}, &m));
  EXPECT_FALSE(rule.MatchesIn(text, Span{0, text.size()}));
}

TEST(WorkDeadline, StructurerStopsAtItsFirstCheckAfterExpiry) {
  std::unique_ptr<Structurer> structurer;
  ASSERT_TRUE(Structurer::Create(DefaultPipeline().resources().rules, &structurer).ok());
  const std::string plan = "KẾ HOẠCH\nXây dựng nông thôn mới xã An Bình\n\n" + Lines(500);

  const WorkDeadline none;
  EXPECT_FALSE(structurer->Run(plan, nullptr, &none).text.empty());
  EXPECT_GE(none.checks(), 500u);  // at least once per line

  const WorkDeadline passed = WorkDeadline::AfterChecks(0);
  EXPECT_TRUE(structurer->Run(plan, nullptr, &passed).text.empty());
  EXPECT_EQ(passed.checks(), 1u);

  const WorkDeadline soon = WorkDeadline::AfterChecks(7);
  EXPECT_TRUE(structurer->Run(plan, nullptr, &soon).text.empty());
  EXPECT_EQ(soon.checks(), 8u);  // stopped at the eighth line, not after the 500th
}

TEST(WorkDeadline, NormalizerAsksBetweenStepsAndEvery64KiB) {
  const std::string text = Lines(20000);  // ~600 KB
  const WorkDeadline none;
  const std::string whole = NormalizeText(text, NormalizeOptions{}, nullptr, &none);
  EXPECT_EQ(whole.size(), text.size() - 1);  // the last line end is trimmed
  EXPECT_GE(none.checks(), 9u);              // per 64 KiB, and between steps

  const WorkDeadline passed = WorkDeadline::AfterChecks(0);
  EXPECT_TRUE(NormalizeText(text, NormalizeOptions{}, nullptr, &passed).empty());
  EXPECT_EQ(passed.checks(), 1u);  // after mapping the characters, before the lines

  const WorkDeadline soon = WorkDeadline::AfterChecks(3);
  const std::string part = NormalizeText(text, NormalizeOptions{}, nullptr, &soon);
  EXPECT_EQ(soon.checks(), 4u);
  EXPECT_LT(part.size(), 4u * 65536u);  // stopped within the fourth 64 KiB
  EXPECT_TRUE(whole.starts_with(part));
}

TEST(WorkDeadline, PlaceMentionsStopOnceTheTextsDeadlineExpires) {
  const Gazetteer& places = *DefaultPipeline().resources().gazetteer;
  std::string plan;
  for (int i = 0; i < 20000; ++i) plan += "huyện Nam Đông; ";  // 340 KB, 20,000 mentions
  IndexedText text(plan);
  EXPECT_EQ(places.FindMentions(text).size(), 20000u);

  const WorkDeadline passed = WorkDeadline::AfterChecks(0);
  text.set_deadline(&passed);
  EXPECT_LT(places.FindMentions(text).size(), 20000u / 4);  // asked every 4 Ki steps
  EXPECT_EQ(passed.checks(), 1u);
}

TEST(WorkDeadline, PipelineNamesTheStageThatRanOutOfTime) {
  const std::string plan =
      "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n\nKẾ HOẠCH\nXây dựng nông thôn mới năm 2024\n\n"
      "I. MỤC TIÊU\n\n" +
      Lines(300);
  const Pipeline& pipeline = DefaultPipeline();
  std::string stage;
  Extraction e;
  Diagnostics diagnostics;

  // How many checks a whole run makes.
  const WorkDeadline none;
  ASSERT_TRUE(pipeline.RunStages(plan, none, &e, &diagnostics, &stage).ok());
  const uint64_t total = none.checks();
  ASSERT_GT(total, 600u);

  const WorkDeadline passed = WorkDeadline::AfterChecks(0);
  e = Extraction();
  Status s = pipeline.RunStages(plan, passed, &e, &diagnostics, &stage);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(stage, "normalize");
  EXPECT_NE(s.message().find("[read] max_seconds"), std::string::npos) << s.message();

  // Expiring near the end: some extractor is named, and the run stopped at once.
  const WorkDeadline late = WorkDeadline::AfterChecks(total - 3);
  e = Extraction();
  s = pipeline.RunStages(plan, late, &e, &diagnostics, &stage);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(stage, "normalize");
  EXPECT_NE(stage, "structure");
  EXPECT_EQ(late.checks(), total - 2);
}

}  // namespace
}  // namespace ntmx
