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
  // The line of the first byte of each block, up to the block of the last line's
  // start (bytes past it are all in the last line).
  const size_t blocks = (line_starts_.back() >> kBlockShift) + 1;
  block_lines_.resize(blocks);
  uint32_t line = 0;
  for (size_t b = 0; b < blocks; ++b) {
    const size_t byte = b << kBlockShift;
    while (line + 1 < line_starts_.size() && line_starts_[line + 1] <= byte) ++line;
    block_lines_[b] = line;
  }
}

size_t LineHints::LineOf(size_t byte) const {
  // The last line that starts at or before `byte`: from the line of its block,
  // forward over the lines that start later in the block (lines are longer than a
  // block on average, so this is a step or two).
  const size_t block = byte >> kBlockShift;
  if (block >= block_lines_.size()) return line_starts_.size() - 1;
  size_t line = block_lines_[block];
  while (line + 1 < line_starts_.size() && line_starts_[line + 1] <= byte) ++line;
  return line;
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
