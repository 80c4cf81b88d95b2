// See fold.h. The folded form of every code point below U+2500 is computed once
// with ICU (NFD decomposition, keep the base letter, lower-case it) and kept in a
// table; characters above that range fold to their ICU lower case.
#include "text/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

#include "text/utf8.h"

namespace ntmx {
namespace {

constexpr char32_t kTableSize = 0x2500;
constexpr char32_t kDrop = 0xFFFFFFFF;

char32_t ComputeFold(char32_t cp, const icu::Normalizer2* nfd) {
  switch (cp) {
    case U'đ':
    case U'Đ':
    case U'\u00D0':
    case U'\u0189':
      return U'd';
    case U'\u01A3':
    case U'\u01A2':  // ƣ/Ƣ, a broken font's ư
      return U'u';
    case U'\u2010':
    case U'\u2011':
    case U'\u2012':
    case U'\u2013':
    case U'\u2014':
    case U'\u2015':
    case U'\u2212':
      return U'-';
    case U'\u2018':
    case U'\u2019':
    case U'\u201A':
    case U'\u201B':
    case U'\u2032':
      return U'\'';
    case U'\u201C':
    case U'\u201D':
    case U'\u201E':
    case U'\u201F':
    case U'\u00AB':
    case U'\u00BB':
      return U'"';
    case U'\u00A0':
    case U'\u2007':
    case U'\u202F':
      return U' ';
    default:
      break;
  }
  const int8_t type = u_charType(static_cast<UChar32>(cp));
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK) return kDrop;
  icu::UnicodeString decomposition;
  char32_t base = cp;
  if (nfd->getDecomposition(static_cast<UChar32>(cp), decomposition) &&
      decomposition.length() > 0) {
    base = static_cast<char32_t>(decomposition.char32At(0));
  }
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(base)));
}

struct FoldTable {
  std::array<char32_t, kTableSize> folded;
  FoldTable() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    for (char32_t cp = 0; cp < kTableSize; ++cp) {
      folded[cp] = U_SUCCESS(status) ? ComputeFold(cp, nfd) : cp;
    }
  }
};

const FoldTable& Table() {
  static const FoldTable* const table = new FoldTable();
  return *table;
}

}  // namespace

void AppendFoldedCodePoint(char32_t cp, std::string* out) {
  // Every dash, quote and space variant is below kTableSize; above it only case
  // remains to fold.
  const char32_t f = cp < kTableSize ? Table().folded[cp]
                                     : static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
  if (f == kDrop) return;
  if (f < 0x80) {
    out->push_back(static_cast<char>(f));
  } else {
    AppendUtf8(f, out);
  }
}

std::string Fold(std::string_view utf8) {
  // Written in place into a buffer of the input's size (an ASCII byte folds to one
  // byte, and most letters to fewer bytes than they take), grown only by a code
  // point whose folded form is longer than it is.
  std::string out(utf8.size(), '\0');
  size_t written = 0;
  std::string one;  // the folded form of one non-ASCII code point
  size_t pos = 0;
  while (pos < utf8.size()) {
    if (static_cast<unsigned char>(utf8[pos]) < 0x80) {
      // Behind the input until a longer form (an invalid byte's U+FFFD) got ahead.
      if (written == out.size()) out.resize(2 * out.size());
      out[written++] = FoldAscii(utf8[pos++]);
      continue;
    }
    one.clear();
    AppendFoldedCodePoint(DecodeUtf8(utf8, &pos), &one);
    if (written + one.size() > out.size())
      out.resize(std::max(written + one.size(), 2 * out.size()));
    std::memcpy(out.data() + written, one.data(), one.size());
    written += one.size();
  }
  out.resize(written);
  return out;
}

std::string FoldKey(std::string_view utf8) {
  const std::string folded = Fold(utf8);
  std::string out;
  out.reserve(folded.size());
  bool pending_space = false;
  for (char c : folded) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace ntmx
