// See indexed_text.h. All maps are built in one pass over the text.
#include "text/indexed_text.h"

#include <algorithm>

#include "text/fold.h"
#include "text/utf8.h"

namespace ntmx {

IndexedText::IndexedText(std::string text) : text_(std::move(text)) {
  folded_.reserve(text_.size());
  cp_to_byte_.reserve(text_.size() + 1);
  cp_to_folded_.reserve(text_.size() + 1);
  folded_to_cp_.reserve(text_.size() + 1);
  byte_to_cp_.assign(text_.size() + 1, 0);
  size_t pos = 0;
  uint32_t cp_index = 0;
  while (pos < text_.size()) {
    const size_t start = pos;
    const char32_t cp = DecodeUtf8(text_, &pos);
    for (size_t b = start; b < pos; ++b) byte_to_cp_[b] = cp_index;
    cp_to_byte_.push_back(static_cast<uint32_t>(start));
    cp_to_folded_.push_back(static_cast<uint32_t>(folded_.size()));
    const size_t before = folded_.size();
    AppendFoldedCodePoint(cp, &folded_);
    for (size_t b = before; b < folded_.size(); ++b) folded_to_cp_.push_back(cp_index);
    ++cp_index;
  }
  cp_to_byte_.push_back(static_cast<uint32_t>(text_.size()));
  cp_to_folded_.push_back(static_cast<uint32_t>(folded_.size()));
  folded_to_cp_.push_back(cp_index);
  byte_to_cp_[text_.size()] = cp_index;
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
