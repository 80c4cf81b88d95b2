// RunInOrder: every item is produced once, consumed once and in order, and workers
// never run more than `window` items ahead of the consumer.
#include "util/ordered_parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

namespace ntmx {
namespace {

TEST(RunInOrderTest, ConsumesEveryResultInInputOrder) {
  for (int threads : {1, 2, 5}) {
    std::vector<size_t> consumed;
    std::atomic<int> produced{0};
    RunInOrder<std::string>(
        100, threads, 3,
        [&](size_t i) {
          ++produced;
          return std::to_string(i * i);
        },
        [&](size_t i, std::string&& s) {
          EXPECT_EQ(s, std::to_string(i * i));
          consumed.push_back(i);
        });
    ASSERT_EQ(consumed.size(), 100u) << threads;
    for (size_t i = 0; i < consumed.size(); ++i) EXPECT_EQ(consumed[i], i) << threads;
    EXPECT_EQ(produced, 100) << threads;
  }
}

TEST(RunInOrderTest, NeverRunsMoreThanTheWindowAhead) {
  std::atomic<size_t> consumed{0};
  std::atomic<size_t> furthest_ahead{0};
  RunInOrder<size_t>(
      200, 4, 5,
      [&](size_t i) {
        const size_t ahead = i - consumed.load();
        size_t seen = furthest_ahead.load();
        while (ahead > seen && !furthest_ahead.compare_exchange_weak(seen, ahead)) {
        }
        return i;
      },
      [&](size_t, size_t&&) { ++consumed; });
  EXPECT_EQ(consumed, 200u);
  // `consumed` counts after the consumer has freed the slot, so it may lag by one.
  EXPECT_LE(furthest_ahead.load(), 5u);
}

TEST(RunInOrderTest, OneThreadRunsOnTheCaller) {
  const std::thread::id caller = std::this_thread::get_id();
  RunInOrder<int>(
      3, 1, 1,
      [&](size_t) {
        EXPECT_EQ(std::this_thread::get_id(), caller);
        return 0;
      },
      [&](size_t, int&&) { EXPECT_EQ(std::this_thread::get_id(), caller); });
}

TEST(RunInOrderTest, NoItemsIsFine) {
  int calls = 0;
  RunInOrder<int>(
      0, 4, 8, [&](size_t) { return ++calls; }, [&](size_t, int&&) { ++calls; });
  EXPECT_EQ(calls, 0);
}

}  // namespace
}  // namespace ntmx
