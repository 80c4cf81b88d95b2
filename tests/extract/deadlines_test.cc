// Deadlines: one form per test, kinds and periods.
#include "extract/deadlines.h"

#include <gtest/gtest.h>

namespace ntmx {
namespace {

// The reader with the shipped rules of patterns/deadlines.toml.
std::optional<Deadline> ParseDeadline(std::string_view phrase, std::optional<int> plan_year) {
  static const DeadlineReader* const reader = [] {
    static RuleSet rules;
    Status status = rules.LoadFile(NTMX_SOURCE_DIR "/patterns/deadlines.toml");
    EXPECT_TRUE(status.ok()) << status.message();
    std::unique_ptr<DeadlineReader> r;
    status = DeadlineReader::Create(rules, &r);
    EXPECT_TRUE(status.ok()) << status.message();
    return r.release();
  }();
  return reader->Parse(phrase, plan_year);
}

void Expect(std::string_view phrase, const char* kind, const char* start, const char* end,
            std::optional<int> plan_year = 2025) {
  auto d = ParseDeadline(phrase, plan_year);
  ASSERT_TRUE(d) << phrase;
  EXPECT_EQ(d->kind, kind) << phrase;
  EXPECT_EQ(d->start.value_or(""), start) << phrase;
  EXPECT_EQ(d->end.value_or(""), end) << phrase;
  EXPECT_EQ(d->text, phrase);
}

TEST(Deadlines, Years) {
  Expect("Trong năm 2026", "during", "2026-01-01", "2026-12-31");
  Expect("Hoàn thành trong năm 2022", "by", "2022-01-01", "2022-12-31");
}

TEST(Deadlines, QuartersInWordsAndSlashes) {
  Expect("Hoàn thành trong quý II năm 2025", "by", "2025-04-01", "2025-06-30");
  Expect("trong quý III năm 2024", "during", "2024-07-01", "2024-09-30");
  Expect("quý IV/2023", "by", "2023-10-01", "2023-12-31");
  Expect("vào đầu quý I năm 2026", "by", "2026-01-01", "2026-03-31");
}

TEST(Deadlines, MonthsDaysAndHalves) {
  Expect("trước ngày 31/3/2025", "by", "2025-03-31", "2025-03-31");
  Expect("vào tháng 11 năm 2024", "by", "2024-11-01", "2024-11-30");
  Expect("tháng 2/2024", "by", "2024-02-01", "2024-02-29");
  Expect("6 tháng đầu năm 2025", "by", "2025-01-01", "2025-06-30");
  Expect("trong 6 tháng đầu năm 2026", "during", "2026-01-01", "2026-06-30");
  Expect("hoàn thành trong 6 tháng đầu năm 2026", "by", "2026-01-01", "2026-06-30");
  Expect("Tháng 3/2024", "by", "2024-03-01", "2024-03-31");
  Expect("Quý II/2025", "by", "2025-04-01", "2025-06-30");
  Expect("sáu tháng cuối năm 2023", "by", "2023-07-01", "2023-12-31");
}

// A named day is that one day (start = end), in every way a plan writes it.
TEST(Deadlines, ANamedDayIsThatDay) {
  Expect("nộp hồ sơ trước ngày 20/11/2023", "by", "2023-11-20", "2023-11-20");
  Expect("Trước 15/8/2024", "by", "2024-08-15", "2024-08-15");
  Expect("hoàn tất trước ngày 30-8", "by", "2025-08-30", "2025-08-30");
  Expect("trước ngày 10 tháng 7 năm 2026", "by", "2026-07-10", "2026-07-10");
  Expect("chậm nhất ngày 05.12.2024", "by", "2024-12-05", "2024-12-05");
}

// From one named day to another: during those days.
TEST(Deadlines, FromOneDayToAnother) {
  Expect("từ ngày 01/3/2024 đến ngày 30/6/2024", "during", "2024-03-01", "2024-06-30");
  Expect("Thực hiện từ 15/8 đến 30/9", "during", "2025-08-15", "2025-09-30");
}

// "trước ngày 25 hằng tháng" names a day of every month: a rhythm, not a day.
TEST(Deadlines, ADayOfEveryMonthIsPeriodic) {
  Expect("gửi báo cáo trước ngày 20 hằng tháng", "periodic", "2025-01-01", "2025-12-31");
}

TEST(Deadlines, NoYearTakesThePlanYear) {
  Expect("Hoàn thành trong quý II", "by", "2025-04-01", "2025-06-30");
  Expect("vào tháng 9", "by", "2025-09-01", "2025-09-30");
}

TEST(Deadlines, OngoingAndPeriodic) {
  Expect("Thường xuyên", "ongoing", "2025-01-01", "2025-12-31");
  Expect("Duy trì thường xuyên trong năm 2024", "ongoing", "2024-01-01", "2024-12-31");
  Expect("hằng quý", "periodic", "2025-01-01", "2025-12-31");
  Expect("Định kỳ hàng tháng", "periodic", "2025-01-01", "2025-12-31");
}

TEST(Deadlines, NotADeadline) {
  EXPECT_FALSE(ParseDeadline("theo quy định", 2025));
  EXPECT_FALSE(ParseDeadline("", 2025));
}

}  // namespace
}  // namespace ntmx

namespace ntmx {
namespace {

TEST(Deadlines, ImpossibleDatesGiveNoPeriod) {
  auto d = ParseDeadline("trước ngày 31/2/2025", 2025);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->kind, "by");
  EXPECT_FALSE(d->end);
}

}  // namespace
}  // namespace ntmx
