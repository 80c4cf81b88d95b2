// Small UTF-8 helpers shared by the stages: decode one code point, count code
// points, encode. Thin wrappers over ICU's U8_* macros so callers stay readable.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ntmx {

// Decodes the code point starting at byte `*pos` and advances `*pos`. Returns
// U+FFFD (and advances one byte) on an invalid sequence.
char32_t DecodeUtf8(std::string_view s, size_t* pos);

void AppendUtf8(char32_t cp, std::string* out);

// Byte offset of the first invalid sequence, or npos when `s` is valid UTF-8.
size_t FindInvalidUtf8(std::string_view s);

size_t CountCodePoints(std::string_view s);

}  // namespace ntmx
