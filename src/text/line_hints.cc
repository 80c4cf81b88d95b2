// See line_hints.h.
#include "text/line_hints.h"

#include <algorithm>

namespace ntmx {

LineHints::LineHints(const void* owner, size_t bits, std::vector<uint32_t> line_starts,
                     std::vector<uint64_t> words)
    : owner_(owner),
      bits_(bits),
      words_per_line_(WordsPerLine(bits)),
      line_starts_(std::move(line_starts)),
      words_(std::move(words)) {
  if (line_starts_.empty()) line_starts_.push_back(0);
  words_.resize((line_starts_.size() + 1) * words_per_line_, 0);
}

size_t LineHints::LineOf(size_t byte) const {
  // The last line that starts at or before `byte`.
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte);
  return static_cast<size_t>(it - line_starts_.begin()) - 1;
}

bool LineHints::AnySet(size_t bit, size_t begin, size_t end) const {
  if (bit >= bits_) return true;
  const size_t word = bit / 64;
  const uint64_t mask = uint64_t{1} << (bit % 64);
  const size_t first = LineOf(begin);
  // `end` is exclusive: a range that ends with a line's newline is still that line.
  const size_t last = end > begin ? LineOf(end - 1) : first;
  const size_t row = first == last ? first : line_starts_.size();
  return (words_[row * words_per_line_ + word] & mask) != 0;
}

}  // namespace ntmx
