// LineHints: one small bitset per line of a text, and one for the whole text,
// answering "may bit k hold in this byte range?".
//
// It is how a document carries the rule prefilter's answer (rules/rule_prefilter.h)
// to every extractor: bit k of a line is set when rule k of the rule set that made
// the hints may match on that line, and clear only when it certainly cannot. A
// rule then skips the lines where it cannot match without asking RE2. The class
// knows nothing of rules — the bits are whatever the maker says they are, and
// `owner` names the maker so that bits are never read against the wrong rule set.
//
// A range inside one line is answered by that line's bits; a range over several
// lines by the whole text's bits, because a match across lines may need words from
// each of them (so a line's bits alone would not be safe).
//
//   LineHints h(&rules, /*bits=*/3, /*line_starts=*/{0, 10},
//               /*words=*/{0b101, 0b010, 0b111});   // line 0, line 1, whole text
//   h.AnySet(1, 0, 9)    // false: line 0 has bits 0 and 2 only
//   h.AnySet(1, 5, 15)   // true: two lines, and the whole text has bit 1
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ntmx {

class LineHints {
 public:
  // `line_starts`: the byte offset at which each line begins, ascending, the first
  // 0. `words`: WordsPerLine(bits) 64-bit words per line, line after line, then as
  // many for the whole text.
  LineHints(const void* owner, size_t bits, std::vector<uint32_t> line_starts,
            std::vector<uint64_t> words);

  static size_t WordsPerLine(size_t bits) { return (bits + 63) / 64; }

  const void* owner() const { return owner_; }
  size_t bits() const { return bits_; }

  // Whether `bit` may hold in bytes [begin, end): the bit of their line when they
  // lie in one line, else the whole text's. A bit past bits() counts as set.
  bool AnySet(size_t bit, size_t begin, size_t end) const;

 private:
  // Extractors ask about many ranges a document (a binary search over the lines
  // for each was a tenth of the criteria reader): the text is cut in blocks of
  // 2^kBlockShift bytes, and block_lines_[b] is the line of block b's first byte.
  static constexpr size_t kBlockShift = 6;
  size_t LineOf(size_t byte) const;

  const void* owner_;
  size_t bits_;
  size_t words_per_line_;
  std::vector<uint32_t> line_starts_;
  std::vector<uint64_t> words_;
  std::vector<uint32_t> block_lines_;
};

}  // namespace ntmx
