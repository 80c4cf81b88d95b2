// `ntmx eval` as a rule author runs it: the figures and every miss over the seeds,
// --min-f1 and --floors deciding the exit code, one document alone, and the
// one-line messages for a missing gold folder or a file without gold.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "cli/cli_harness.h"

namespace ntmx::testing {
namespace {

class EvalCliTest : public CliTestBase {};

const std::string kGold = NTMX_SOURCE_DIR "/corpus/gold";
const std::string kSeeds = NTMX_SOURCE_DIR "/corpus/seeds";

TEST_F(EvalCliTest, ScoresTheSeedsAndListsEveryMissAndExtra) {
  const CliRun run = Ntmx("eval -q --gold " + kGold + " " + kSeeds);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("list                    P      R     F1    tp    fp    fn\n"),
            std::string::npos);
  EXPECT_NE(run.out.find(" over 5 documents"), std::string::npos);
  // Each list's fp and fn in the table are its "extra" and "missed" lines.
  int lists = 0;
  std::istringstream lines(run.out);
  std::string line;
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    std::string list;
    double p = 0, r = 0, f1 = 0;
    int tp = 0, fp = 0, fn = 0;
    if (!(fields >> list >> p >> r >> f1 >> tp >> fp >> fn)) continue;
    ++lists;
    size_t missed = 0, extra = 0;
    for (size_t at = 0; (at = run.out.find(": " + list + ": missed (", at)) != std::string::npos;
         ++at)
      ++missed;
    for (size_t at = 0; (at = run.out.find(": " + list + ": extra  (", at)) != std::string::npos;
         ++at)
      ++extra;
    EXPECT_EQ(missed, static_cast<size_t>(fn)) << list;
    EXPECT_EQ(extra, static_cast<size_t>(fp)) << list;
  }
  EXPECT_EQ(lists, 7);
}

TEST_F(EvalCliTest, MinF1AndFloorsDecideTheExitCode) {
  EXPECT_EQ(Ntmx("eval -q --gold " + kGold + " --min-f1 0.5 " + kSeeds).exit_code, 0);
  const CliRun strict = Ntmx("eval -q --gold " + kGold + " --min-f1 1.01 " + kSeeds);
  EXPECT_EQ(strict.exit_code, 1);  // no F1 is above 1
  EXPECT_NE(strict.out.find("overall F1 below --min-f1 1.01"), std::string::npos);

  const auto floors = Write("floors.json", R"({"legal_bases": 0.5, "overall": 1.01})");
  const CliRun below =
      Ntmx("eval -q --gold " + kGold + " --floors " + floors.string() + " " + kSeeds);
  EXPECT_EQ(below.exit_code, 1);
  EXPECT_NE(below.out.find("(floor 0.50) ok\n"), std::string::npos) << below.out;
  EXPECT_NE(below.out.find("\noverall  "), std::string::npos) << below.out;
  EXPECT_NE(below.out.find("(floor 1.01) BELOW\n"), std::string::npos) << below.out;
  const auto fine = Write("fine.json", R"({"legal_bases": 0.5})");
  EXPECT_EQ(Ntmx("eval -q --gold " + kGold + " --floors " + fine.string() + " " + kSeeds).exit_code,
            0);
}

TEST_F(EvalCliTest, ScoresOnlyTheDocumentsGiven) {
  const CliRun one = Ntmx("eval -q --gold " + kGold + " " + kSeeds + "/001_69c2c6e4fde7b3b3.txt");
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_NE(one.out.find(" over 1 documents"), std::string::npos) << one.out;
  EXPECT_EQ(one.out.find("no prediction"), std::string::npos);
}

TEST_F(EvalCliTest, ExplainsBadInputInOneLine) {
  const CliRun no_gold = Ntmx("eval --gold " + (dir_ / "none").string() + " " + kSeeds);
  EXPECT_EQ(no_gold.exit_code, 2);
  EXPECT_EQ(no_gold.err, "ntmx: " + (dir_ / "none").string() + ": no such folder of gold files\n");

  const auto plan = Write("plan.txt", "KẾ HOẠCH\nXây dựng nông thôn mới năm 2024\n");
  const CliRun no_match = Ntmx("eval -q --gold " + kGold + " " + plan.string());
  EXPECT_EQ(no_match.exit_code, 2);
  EXPECT_NE(no_match.err.find(plan.string() + ": no gold file plan.json in "), std::string::npos)
      << no_match.err;

  Write("gold/x.json", "{not json");
  const CliRun bad = Ntmx("eval --gold " + (dir_ / "gold").string() + " " + kSeeds);
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("x.json: not a gold file (invalid JSON object)"), std::string::npos)
      << bad.err;
}

}  // namespace
}  // namespace ntmx::testing
