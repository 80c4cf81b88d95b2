// WordShingles: how alike two texts are, word for word, whatever their layout.
//
// Copies of one plan (a .txt, its PDF, a scan, a TCVN3 copy) break lines, pages and
// hyphens differently and fold to the same words only mostly (OCR misreads, a font map
// that loses a letter). A text's shingles are the runs of `k` consecutive words of its
// folded form (text/fold.h; a word is a run of letters and digits), kept as a sorted
// set of 64-bit hashes; the resemblance of two texts is the Jaccard index of their
// sets: |A ∩ B| / |A ∪ B|, 1 for the same words in the same order, near 0 for
// unrelated texts. Line breaks, punctuation, case and marks do not count.
//
//   WordShingles a("Kế hoạch xây dựng nông thôn mới", 3), b("KẾ HOẠCH\nxây dựng nông thôn mới", 3);
//   a.Resemblance(b) == 1.0
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace ntmx {

class WordShingles {
 public:
  // The shingles of `utf8`, `k` words each (k >= 1). A text of fewer than `k`
  // words has one shingle, its words.
  WordShingles(std::string_view utf8, int k);

  // |A ∩ B| / |A ∪ B|; 0 when both are empty.
  double Resemblance(const WordShingles& other) const;

  size_t size() const { return hashes_.size(); }

 private:
  std::vector<uint64_t> hashes_;  // sorted, without repeats
};

}  // namespace ntmx
