// See legacy_encoding.h.
#include "read/legacy_encoding.h"

namespace ntmx {

LegacyEncoding DetectLegacyVietnameseEncoding(std::string_view /*bytes*/) {
  // TODO(read): score the bytes against TCVN3, VNI, VISCII and CP1258 tables (the share
  // of bytes that decode to Vietnamese letters in valid syllables) and return the best
  // one above a threshold.
  return LegacyEncoding::kNone;
}

}  // namespace ntmx
