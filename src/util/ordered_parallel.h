// RunInOrder: a parallel map whose results are consumed in input order, with a
// bounded number of results waiting.
//
// `ntmx ingest -j N` extracts documents on N threads but writes them through one
// writer (a Store is not thread-safe, and SQLite wants a single writer). Handing the
// writer the results in input order makes a parallel run store exactly what a -j1
// run stores, in the same order (so even the ids agree), and bounds memory: a worker
// never starts item i before item i - window has been consumed, so at most `window`
// results wait however long the batch is. A slow item holds the others back rather
// than letting finished ones pile up.
//
//   RunInOrder<Result>(paths.size(), /*threads=*/4, /*window=*/16,
//       [&](size_t i) { return Extract(paths[i]); },       // on the worker threads
//       [&](size_t i, Result&& r) { Write(r); });           // on the calling thread
//
// `produce` runs concurrently on `threads` threads; `consume` runs on the calling
// thread for 0, 1, 2, ... in turn. With threads <= 1 both run on the calling thread,
// one item after the other. Neither may throw: catch inside `produce`.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace ntmx {

template <typename Result, typename Produce, typename Consume>
void RunInOrder(size_t count, int threads, size_t window, Produce produce, Consume consume) {
  if (threads <= 1) {
    for (size_t i = 0; i < count; ++i) consume(i, produce(i));
    return;
  }
  window = std::max<size_t>(window, 1);
  std::mutex mutex;
  std::condition_variable can_claim;    // a worker may start the next item
  std::condition_variable can_consume;  // a result has arrived
  // Item i waits in slots[i % window]: i is claimed only after i - window was consumed.
  std::vector<std::optional<Result>> slots(window);
  size_t next_claim = 0;
  size_t next_consume = 0;

  auto work = [&] {
    while (true) {
      size_t i;
      {
        std::unique_lock lock(mutex);
        can_claim.wait(lock,
                       [&] { return next_claim >= count || next_claim < next_consume + window; });
        if (next_claim >= count) return;
        i = next_claim++;
      }
      Result result = produce(i);
      {
        const std::lock_guard lock(mutex);
        slots[i % window].emplace(std::move(result));
      }
      can_consume.notify_one();
    }
  };
  std::vector<std::jthread> workers;
  const size_t pool = std::min<size_t>(static_cast<size_t>(threads), std::max<size_t>(count, 1));
  for (size_t t = 0; t < pool; ++t) workers.emplace_back(work);

  for (size_t i = 0; i < count; ++i) {
    std::optional<Result> result;
    {
      std::unique_lock lock(mutex);
      can_consume.wait(lock, [&] { return slots[i % window].has_value(); });
      result.swap(slots[i % window]);
      ++next_consume;
    }
    can_claim.notify_all();
    consume(i, std::move(*result));
  }
}

}  // namespace ntmx
