// IndexedText: the stored text of a document together with its folded matching
// view and the maps between them.
//
// Extractors run their RE2 rules on folded() (lower case, no diacritics: see
// fold.h) and turn a match into a Span of code points in text() with
// SpanOfFolded(); Slice() then gives the words as written. Spans are code-point
// offsets because that is what the contract stores and what a user's editor shows.
//
//   IndexedText t("Căn cứ Quyết định số 416/QĐ-UBND");
//   // t.folded() == "can cu quyet dinh so 416/qd-ubnd"
//   Span s = t.SpanOfFolded(7, 17);   // "quyet dinh"
//   t.Slice(s) == "Quyết định"
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/records.h"
#include "text/line_hints.h"

namespace ntmx {

class WorkDeadline;  // util/deadline.h (a layer below: only a pointer is kept here)

class IndexedText {
 public:
  // `text` must be valid UTF-8 (the normalizer guarantees it).
  explicit IndexedText(std::string text);

  IndexedText(const IndexedText&) = delete;
  IndexedText& operator=(const IndexedText&) = delete;
  IndexedText(IndexedText&&) = default;
  IndexedText& operator=(IndexedText&&) = default;

  const std::string& text() const { return text_; }
  const std::string& folded() const { return folded_; }
  uint32_t size() const { return static_cast<uint32_t>(cp_to_byte_.size() - 1); }

  // The span of text() that folded bytes [begin, end) came from.
  Span SpanOfFolded(size_t begin, size_t end) const;
  // The span of text() covered by text() bytes [begin, end).
  Span SpanOfBytes(size_t begin, size_t end) const;

  // Byte offsets of code point `cp` (0..size()) in text() and in folded().
  size_t ByteOf(uint32_t cp) const { return cp_to_byte_[cp]; }
  size_t FoldedByteOf(uint32_t cp) const { return cp_to_folded_[cp]; }

  // The words of text() under `span`, and their folded view.
  std::string_view Slice(Span span) const;
  std::string_view FoldedSlice(Span span) const;

  // Which rules may match on which lines of folded() (rules/rule_prefilter.h);
  // null until a prefilter attaches them. Rules consult them to skip lines.
  const LineHints* line_hints() const { return line_hints_.get(); }
  void set_line_hints(std::unique_ptr<const LineHints> hints) { line_hints_ = std::move(hints); }

  // When work on the document must stop (util/deadline.h), or null: none. Rules
  // (rules/rule_set.h) find nothing once it has expired, so every extractor's loop of
  // searches runs out at once; the pipeline then fails the document. The WorkDeadline
  // must outlive the text's use.
  const WorkDeadline* deadline() const { return deadline_; }
  void set_deadline(const WorkDeadline* deadline) { deadline_ = deadline; }

 private:
  std::string text_;
  std::string folded_;
  std::vector<uint32_t> cp_to_byte_;    // size() + 1 entries
  std::vector<uint32_t> cp_to_folded_;  // size() + 1 entries
  std::vector<uint32_t> folded_to_cp_;  // folded_.size() + 1 entries
  std::vector<uint32_t> byte_to_cp_;    // text_.size() + 1 entries
  std::unique_ptr<const LineHints> line_hints_;
  const WorkDeadline* deadline_ = nullptr;
};

}  // namespace ntmx
