// See quoted_sentence.h.
#include "query/quoted_sentence.h"

#include <cstdlib>
#include <map>

#include "text/utf8.h"

namespace ntmx {
namespace {

// The byte offset of code point `n` of `text` (text.size() past the end).
size_t ByteOfCodePoint(std::string_view text, size_t n) {
  size_t pos = 0;
  for (size_t i = 0; i < n && pos < text.size(); ++i) DecodeUtf8(text, &pos);
  return pos;
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Moves `pos` back to the start of the UTF-8 character it is inside.
size_t CharStart(std::string_view text, size_t pos) {
  while (pos > 0 && pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80)
    --pos;
  return pos;
}

}  // namespace

std::string SentenceAround(std::string_view text, size_t begin, size_t end) {
  const size_t b = ByteOfCodePoint(text, begin);
  const size_t e = std::max(b, ByteOfCodePoint(text, end));
  const size_t line_start = b == 0 ? 0 : text.rfind('\n', b - 1);
  size_t from = line_start == std::string_view::npos || b == 0 ? 0 : line_start + 1;
  size_t to = text.find('\n', e > b ? e - 1 : e);
  if (to == std::string_view::npos) to = text.size();
  if (to < e) to = e;
  bool cut_front = false, cut_back = false;
  if (to - from > kMaxSentenceBytes) {
    // Keep the span and as much around it as fits, the span's start first.
    const size_t room = kMaxSentenceBytes > e - b ? (kMaxSentenceBytes - (e - b)) / 2 : 0;
    if (b - from > room) {
      from = CharStart(text, b - room);
      cut_front = true;
    }
    if (to - e > room) {
      to = CharStart(text, e + room);
      cut_back = true;
    }
  }
  while (from < to && IsBlank(text[from])) ++from;
  while (to > from && IsBlank(text[to - 1])) --to;
  return (cut_front ? "…" : "") + std::string(text.substr(from, to - from)) + (cut_back ? "…" : "");
}

Status AddSentences(Store* store, ResultTable* table) {
  const size_t n = table->columns.size();
  if (n < 3 || table->columns[n - 3] != "_document") {
    return Status::Internal("no span columns to quote from");
  }
  std::map<std::string, std::string> texts;  // document id -> text
  for (size_t r = 0; r < table->rows.size(); ++r) {
    auto& row = table->rows[r];
    std::string sentence;
    if (row[n - 3] && row[n - 2] && row[n - 1]) {
      const std::string& id = *row[n - 3];
      auto it = texts.find(id);
      if (it == texts.end()) {
        ResultTable text;
        const Status s = store->Query("SELECT text FROM documents WHERE id = ?1",
                                      {static_cast<int64_t>(std::atoll(id.c_str()))}, &text);
        if (!s.ok()) return s;
        it = texts.emplace(id, text.rows.empty() || !text.rows[0][0] ? "" : *text.rows[0][0]).first;
      }
      sentence = SentenceAround(it->second, std::strtoull(row[n - 2]->c_str(), nullptr, 10),
                                std::strtoull(row[n - 1]->c_str(), nullptr, 10));
    }
    row.resize(n - 3);
    row.emplace_back(std::move(sentence));
    if (r < table->kinds.size()) {
      table->kinds[r].resize(n - 3);
      table->kinds[r].push_back(ResultTable::Kind::kText);
    }
  }
  table->columns.resize(n - 3);
  table->columns.push_back("sentence");
  return Status::Ok();
}

}  // namespace ntmx
