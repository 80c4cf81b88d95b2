// See referee_fold.h. Works on UTF-32 (ICU for normalization and case folding),
// one step per line of score.py's fold().
#include "eval/referee_fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <string>

namespace ntmx {
namespace {

std::u32string ToU32(const icu::UnicodeString& s) {
  std::u32string out;
  out.reserve(static_cast<size_t>(s.length()));
  for (int32_t i = 0; i < s.length();) {
    const UChar32 c = s.char32At(i);
    out.push_back(static_cast<char32_t>(c));
    i += U16_LENGTH(c);
  }
  return out;
}

icu::UnicodeString FromU32(const std::u32string& s) {
  icu::UnicodeString out;
  for (char32_t c : s) out.append(static_cast<UChar32>(c));
  return out;
}

icu::UnicodeString Normalize(const icu::UnicodeString& s, bool compose) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n =
      compose ? icu::Normalizer2::getNFCInstance(status) : icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return s;
  icu::UnicodeString out = n->normalize(s, status);
  return U_SUCCESS(status) ? out : s;
}

bool IsTone(char32_t c) {
  return c == 0x0300 || c == 0x0301 || c == 0x0309 || c == 0x0303 || c == 0x0323;
}

// Python's re \w on str: letters and numbers (str.isalnum) and "_".
bool IsPythonWord(char32_t c) {
  if (c == U'_') return true;
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return true;
    default:
      return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_NUMERIC_TYPE) != U_NT_NONE;
  }
}

// OLD_TONE: ([oOuU])([aAeEyY])(tone)(?![\w\u0300-\u036f]) -> \1\3\2, left to right.
std::u32string MoveOldTones(const std::u32string& s) {
  std::u32string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    if (i + 2 < s.size() && std::u32string_view(U"oOuU").find(s[i]) != std::u32string::npos &&
        std::u32string_view(U"aAeEyY").find(s[i + 1]) != std::u32string::npos && IsTone(s[i + 2])) {
      const bool followed = i + 3 < s.size() &&
                            (IsPythonWord(s[i + 3]) || (s[i + 3] >= 0x0300 && s[i + 3] <= 0x036F));
      if (!followed) {
        out.push_back(s[i]);
        out.push_back(s[i + 2]);
        out.push_back(s[i + 1]);
        i += 3;
        continue;
      }
    }
    out.push_back(s[i++]);
  }
  return out;
}

bool IsDash(char32_t c) { return (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }

}  // namespace

bool IsPythonSpace(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

std::string RefereeFold(std::string_view utf8) {
  const icu::UnicodeString input = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  // 1. NFD, old tone placement.
  const std::u32string toned = MoveOldTones(ToU32(Normalize(input, false)));
  // 2. NFC, casefold.
  icu::UnicodeString composed = Normalize(FromU32(toned), true);
  composed.foldCase(U_FOLD_CASE_DEFAULT);
  const std::u32string s = ToU32(composed);

  // 3. Dashes, "&", spaces around a hyphen.
  std::u32string dashed;
  for (char32_t c : s) {
    if (IsDash(c)) {
      dashed.push_back(U'-');
    } else if (c == U'&') {
      dashed += U" và ";
    } else {
      dashed.push_back(c);
    }
  }
  std::u32string spaced;
  for (size_t i = 0; i < dashed.size();) {
    size_t j = i;
    while (j < dashed.size() && IsPythonSpace(dashed[j])) ++j;
    if (j < dashed.size() && dashed[j] == U'-') {  // \s*-\s*
      ++j;
      while (j < dashed.size() && IsPythonSpace(dashed[j])) ++j;
      spaced += U" - ";
      i = j;
    } else if (j > i) {
      spaced.append(dashed, i, j - i);
      i = j;
    } else {
      spaced.push_back(dashed[i++]);
    }
  }

  // 4. Markdown marks, whitespace runs, ends.
  std::u32string collapsed;
  bool in_space = false;
  for (char32_t c : spaced) {
    if (c == U'*' || c == U'_' || c == U'`' || c == U'#') continue;
    if (IsPythonSpace(c)) {
      if (!in_space) collapsed.push_back(U' ');
      in_space = true;
      continue;
    }
    in_space = false;
    collapsed.push_back(c);
  }
  auto strip = [](char32_t c) {
    return c == U' ' || c == U'.' || c == U',' || c == U';' || c == U':';
  };
  size_t begin = 0, end = collapsed.size();
  while (begin < end && strip(collapsed[begin])) ++begin;
  while (end > begin && strip(collapsed[end - 1])) --end;

  std::string out;
  FromU32(collapsed.substr(begin, end - begin)).toUTF8String(out);
  return out;
}

}  // namespace ntmx
