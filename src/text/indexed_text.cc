// See indexed_text.h. All maps are built in one pass over the text. Documents are
// mostly ASCII, which folds byte for byte (FoldAscii), so an ASCII byte skips the
// decoder and the fold table; every map is written in place into arrays sized
// for the common case (one folded byte per text byte), grown only by a character
// whose folded form is longer than it is.
#include "text/indexed_text.h"

#include <algorithm>
#include <cstring>

#include "text/fold.h"
#include "text/utf8.h"

namespace ntmx {

IndexedText::IndexedText(std::string text) : text_(std::move(text)) {
  const size_t n = text_.size();
  cp_to_byte_.resize(n + 1);
  cp_to_folded_.resize(n + 1);
  byte_to_cp_.resize(n + 1);
  folded_.resize(n);
  folded_to_cp_.resize(n + 1);
  const char* in = text_.data();
  std::string one;  // the folded form of one non-ASCII code point
  size_t pos = 0;
  size_t out = 0;  // bytes of folded_ written
  uint32_t cp_index = 0;
  while (pos < n) {
    cp_to_byte_[cp_index] = static_cast<uint32_t>(pos);
    cp_to_folded_[cp_index] = static_cast<uint32_t>(out);
    if (static_cast<unsigned char>(in[pos]) < 0x80) {
      byte_to_cp_[pos] = cp_index;
      folded_to_cp_[out] = cp_index;
      folded_[out++] = FoldAscii(in[pos++]);
      ++cp_index;
      continue;
    }
    const size_t start = pos;
    const char32_t cp = DecodeUtf8(text_, &pos);
    for (size_t b = start; b < pos; ++b) byte_to_cp_[b] = cp_index;
    one.clear();
    AppendFoldedCodePoint(cp, &one);
    if (out + one.size() > folded_.size()) {
      folded_.resize(std::max(out + one.size(), 2 * folded_.size()));
      folded_to_cp_.resize(folded_.size() + 1);
    }
    std::memcpy(folded_.data() + out, one.data(), one.size());
    std::fill_n(folded_to_cp_.begin() + static_cast<std::ptrdiff_t>(out), one.size(), cp_index);
    out += one.size();
    ++cp_index;
  }
  cp_to_byte_[cp_index] = static_cast<uint32_t>(n);
  cp_to_folded_[cp_index] = static_cast<uint32_t>(out);
  cp_to_byte_.resize(cp_index + 1);
  cp_to_folded_.resize(cp_index + 1);
  folded_.resize(out);
  folded_to_cp_[out] = cp_index;
  folded_to_cp_.resize(out + 1);
  byte_to_cp_[n] = cp_index;
}

Span IndexedText::SpanOfFolded(size_t begin, size_t end) const {
  begin = std::min(begin, folded_.size());
  end = std::clamp(end, begin, folded_.size());
  const uint32_t b = folded_to_cp_[begin];
  // The end is the code point after the last folded byte, so that marks folded to
  // nothing stay with the letter they belong to.
  const uint32_t e = end == begin ? b : folded_to_cp_[end - 1] + 1;
  return Span{b, std::max(b, e)};
}

Span IndexedText::SpanOfBytes(size_t begin, size_t end) const {
  begin = std::min(begin, text_.size());
  end = std::clamp(end, begin, text_.size());
  const uint32_t b = byte_to_cp_[begin];
  const uint32_t e = end == begin ? b : byte_to_cp_[end - 1] + 1;
  return Span{b, e};
}

std::string_view IndexedText::Slice(Span span) const {
  const uint32_t n = size();
  const uint32_t b = std::min(span.begin, n);
  const uint32_t e = std::clamp(span.end, b, n);
  return std::string_view(text_).substr(cp_to_byte_[b], cp_to_byte_[e] - cp_to_byte_[b]);
}

std::string_view IndexedText::FoldedSlice(Span span) const {
  const uint32_t n = size();
  const uint32_t b = std::min(span.begin, n);
  const uint32_t e = std::clamp(span.end, b, n);
  return std::string_view(folded_).substr(cp_to_folded_[b], cp_to_folded_[e] - cp_to_folded_[b]);
}

}  // namespace ntmx
