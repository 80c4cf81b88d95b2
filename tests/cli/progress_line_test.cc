// ProgressLine: what the progress report says, and that it stays off the stream
// when it should.
#include "cli/progress_line.h"

#include <gtest/gtest.h>

#include <sstream>

namespace ntmx {
namespace {

TEST(ProgressLineTest, DescribesCountRateAndEta) {
  EXPECT_EQ(ProgressLine::Describe(ProgressLine::Mode::kLines, 400, 1000, 10.0),
            "400/1000 documents, 40.0 docs/s, ETA 0:15");
  EXPECT_EQ(ProgressLine::Describe(ProgressLine::Mode::kBar, 10, 100000, 2.0),
            "10/100000  5.0 docs/s  ETA 5:33:18");
  EXPECT_EQ(ProgressLine::Describe(ProgressLine::Mode::kBar, 0, 10, 0.0),
            "0/10  0.0 docs/s  ETA ?");
}

TEST(ProgressLineTest, OffWritesNothing) {
  std::ostringstream out;
  ProgressLine line(out, ProgressLine::Mode::kOff, 3);
  line.Update(1);
  line.Interrupt();
  line.Finish();
  EXPECT_EQ(out.str(), "");
}

TEST(ProgressLineTest, BarIsRedrawnInPlaceAndClearedForOtherLines) {
  std::ostringstream out;
  ProgressLine line(out, ProgressLine::Mode::kBar, 4);
  line.Update(1);  // the first update always draws
  EXPECT_EQ(out.str().rfind("\rntmx: [#####...............]  1/4  ", 0), 0u) << out.str();
  EXPECT_EQ(out.str().find('\n'), std::string::npos);
  out.str("");
  line.Interrupt();
  EXPECT_EQ(out.str(), "\r\x1b[K");
  out.str("");
  line.Update(4);  // nothing on screen: drawn again at once
  line.Finish();
  EXPECT_NE(out.str().find("[####################]  4/4"), std::string::npos) << out.str();
  EXPECT_EQ(out.str().back(), '\n');
}

TEST(ProgressLineTest, PlainLinesDoNotDrawABar) {
  std::ostringstream out;
  ProgressLine line(out, ProgressLine::Mode::kLines, 4);
  line.Interrupt();
  line.Finish();
  EXPECT_EQ(out.str(), "");
}

}  // namespace
}  // namespace ntmx
