// See shingles.h.
#include "text/shingles.h"

#include <algorithm>
#include <string>

#include "text/fold.h"

namespace ntmx {
namespace {

// FNV-1a, 64 bits: enough to keep the few thousand shingles of a plan apart.
constexpr uint64_t kFnvOffset = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

uint64_t Hash(std::string_view s) {
  uint64_t h = kFnvOffset;
  for (unsigned char c : s) {
    h ^= c;
    h *= kFnvPrime;
  }
  return h;
}

// Letters and digits of the folded text: ASCII alphanumerics, and any byte of a
// code point folding does not reduce to ASCII (another script's letters).
bool IsWordByte(unsigned char c) { return IsFoldedWordByte(static_cast<char>(c)); }

std::vector<std::string_view> Words(std::string_view folded) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && !IsWordByte(static_cast<unsigned char>(folded[i]))) ++i;
    const size_t begin = i;
    while (i < folded.size() && IsWordByte(static_cast<unsigned char>(folded[i]))) ++i;
    if (i > begin) words.push_back(folded.substr(begin, i - begin));
  }
  return words;
}

}  // namespace

WordShingles::WordShingles(std::string_view utf8, int k) {
  const std::string folded = Fold(utf8);
  const std::vector<std::string_view> words = Words(folded);
  const size_t n = static_cast<size_t>(std::max(1, k));
  std::string shingle;
  for (size_t i = 0; i == 0 || i + n <= words.size(); ++i) {
    shingle.clear();
    for (size_t j = i; j < std::min(i + n, words.size()); ++j) {
      shingle += words[j];
      shingle += ' ';
    }
    if (!shingle.empty()) hashes_.push_back(Hash(shingle));
  }
  std::sort(hashes_.begin(), hashes_.end());
  hashes_.erase(std::unique(hashes_.begin(), hashes_.end()), hashes_.end());
}

double WordShingles::Resemblance(const WordShingles& other) const {
  size_t common = 0;
  auto a = hashes_.begin(), b = other.hashes_.begin();
  while (a != hashes_.end() && b != other.hashes_.end()) {
    if (*a < *b) {
      ++a;
    } else if (*b < *a) {
      ++b;
    } else {
      ++common;
      ++a;
      ++b;
    }
  }
  const size_t all = hashes_.size() + other.hashes_.size() - common;
  return all == 0 ? 0.0 : static_cast<double>(common) / static_cast<double>(all);
}

}  // namespace ntmx
