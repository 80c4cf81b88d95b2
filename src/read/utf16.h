// UTF-16 to UTF-8 for the Read stage: files that Windows tools saved as "Unicode".
//
// Notepad and Word's "Unicode text" write UTF-16 with a byte-order mark. The Read stage
// strips the mark and hands the rest here, together with where it started in the file,
// so that an error names a byte offset the user can find with a hex viewer:
//
//   Utf16ToUtf8("\x4B\x00\xBF\x1E", /*big_endian=*/false, /*base_offset=*/2, &s)
//     -> OK, s == "Kế"
//   Utf16ToUtf8("\x00\xD8\x41\x00", false, 2, &s)
//     -> InvalidInput("invalid UTF-16 at byte 2 (unpaired surrogate D800)")
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "util/status.h"

namespace ntmx {

// Converts `bytes`, UTF-16 code units in the given byte order without a BOM, to
// UTF-8 in *utf8 using ICU. A U+FEFF inside the text is kept (only the file's first
// one is a BOM). Returns InvalidInput("invalid UTF-16 at byte N (...)") for an
// unpaired surrogate or an odd trailing byte, N being base_offset plus the offset in
// `bytes`; *utf8 is then empty. Linear, any length. REQUIRES: utf8 != nullptr.
Status Utf16ToUtf8(std::string_view bytes, bool big_endian, size_t base_offset, std::string* utf8);

}  // namespace ntmx
