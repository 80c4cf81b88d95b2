// Legacy Vietnamese encodings: the hook where the Read stage will recognise them.
//
// Older offices still type in 8-bit Vietnamese encodings: TCVN3 (ABC, fonts .VnTime),
// VNI (fonts VNI-Times), VISCII and Windows-1258. Their bytes are rarely valid UTF-8,
// so today such a file is refused as "invalid UTF-8 at byte N". DecodeBytes calls
// DetectLegacyVietnameseEncoding on every input that is not valid UTF-8; once this
// returns something other than kNone, DecodeBytes converts the bytes (glibc iconv
// knows TCVN5712-1, VISCII and CP1258; VNI needs a table; CP1258 arrives decomposed,
// so normalise afterwards) and continues with the UTF-8.
//
// Not in scope here: mojibake that is already valid UTF-8 ("KÕ ho¹ch", a TCVN3 text
// re-read as Windows-1252 by an export tool). Read passes that through unchanged; the
// normalize stage detects and repairs it.
#pragma once

#include <string_view>

namespace ntmx {

enum class LegacyEncoding { kNone, kTcvn3, kVni, kViscii, kCp1258 };

// NOT IMPLEMENTED YET: always returns kNone.
// Will return the legacy encoding `bytes` are most likely in, or kNone when none fits
// well enough to convert without guessing. `bytes` is the file without a UTF-8 BOM
// and is known not to be valid UTF-8.
LegacyEncoding DetectLegacyVietnameseEncoding(std::string_view bytes);

}  // namespace ntmx
