// See case.h.
#include "text/case.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace ntmx {
namespace {

icu::UnicodeString FromUtf8(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string ToUtf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

const icu::Locale& Vietnamese() {
  // why: the ICU locale id, not a word.
  static const icu::Locale locale("vi");
  return locale;
}

}  // namespace

std::string ToLower(std::string_view utf8) { return ToUtf8(FromUtf8(utf8).toLower(Vietnamese())); }

std::string ToUpper(std::string_view utf8) { return ToUtf8(FromUtf8(utf8).toUpper(Vietnamese())); }

std::string SentenceCase(std::string_view utf8) {
  icu::UnicodeString u = FromUtf8(utf8).toLower(Vietnamese());
  if (u.length() > 0) {
    const UChar32 first = u.char32At(0);
    icu::UnicodeString head(first);
    head.toUpper(Vietnamese());
    u.replace(0, U16_LENGTH(first), head);
  }
  return ToUtf8(u);
}

std::string TitleCase(std::string_view utf8) {
  icu::UnicodeString u = FromUtf8(utf8).toLower(Vietnamese());
  icu::UnicodeString out;
  bool word_start = true;
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    icu::UnicodeString piece(c);
    if (word_start) piece.toUpper(Vietnamese());
    out += piece;
    word_start = c == ' ' || c == '-' || c == '\t';
    i += U16_LENGTH(c);
  }
  return ToUtf8(out);
}

}  // namespace ntmx
