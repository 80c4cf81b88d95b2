// Quoted sentence: the line of a document around a record's span, for --why.
//
// A span is often a few words ("Quy hoạch", "45 triệu đồng/người/năm"); a reader
// deciding whether to trust the row wants the sentence it sits in. Plans put one
// item, one sentence or one table row per line, so the line holding the span is
// that sentence; a very long line is cut to kMaxBytes around the span with "…".
// Done in C++ rather than SQL because SQLite cannot search a string backwards for
// the line start.
//
//   SentenceAround("a\n1. Thu nhập đạt 45 triệu\nb", 18, 20) == "1. Thu nhập đạt 45 triệu"
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "store/result_table.h"
#include "store/store.h"
#include "util/status.h"

namespace ntmx {

inline constexpr size_t kMaxSentenceBytes = 600;

// The line of `text` holding code points [begin, end), trimmed.
std::string SentenceAround(std::string_view text, size_t begin, size_t end);

// For a table whose last three columns are "_document", "_span_begin" and
// "_span_end": drops them and appends column "sentence", read from each
// document's stored text.
Status AddSentences(Store* store, ResultTable* table);

}  // namespace ntmx
