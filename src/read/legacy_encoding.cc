// See legacy_encoding.h.
#include "read/legacy_encoding.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace ntmx {
namespace {

#include "read/legacy_tables.inc"

constexpr char32_t kAcute = 0x301, kGrave = 0x300, kHook = 0x309, kTilde = 0x303, kDot = 0x323;
constexpr char32_t kCircumflex = 0x302, kBreve = 0x306, kHorn = 0x31B;

bool IsTone(char32_t c) {
  return c == kAcute || c == kGrave || c == kHook || c == kTilde || c == kDot;
}

std::u32string ToU32(std::string_view utf8) {
  std::u32string out;
  size_t pos = 0;
  while (pos < utf8.size()) out.push_back(DecodeUtf8(utf8, &pos));
  return out;
}

std::string ToUtf8(std::u32string_view text) {
  std::string out;
  for (char32_t c : text) AppendUtf8(c, &out);
  return out;
}

std::string Normalize(std::string_view utf8, bool compose) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n =
      compose ? icu::Normalizer2::getNFCInstance(status) : icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString r = n->normalize(s, status);
  if (U_FAILURE(status)) return std::string(utf8);
  std::string out;
  r.toUTF8String(out);
  return out;
}

// --- VNI ----------------------------------------------------------------------------
// A VNI letter is an ASCII base followed by one mark byte; ơ ư đ and the i/ỵ letters
// are bytes of their own. Upper-case mark bytes are the lower-case ones minus 0x20.

struct VniMark {
  unsigned char byte;  // lower-case form
  char32_t shape;      // 0, kCircumflex or kBreve
  char32_t tone;       // 0 or a tone mark
};
constexpr VniMark kVniMarks[] = {
    {0xF9, 0, kAcute},
    {0xF8, 0, kGrave},
    {0xFB, 0, kHook},
    {0xF5, 0, kTilde},
    {0xEF, 0, kDot},
    {0xE2, kCircumflex, 0},
    {0xE1, kCircumflex, kAcute},
    {0xE0, kCircumflex, kGrave},
    {0xE5, kCircumflex, kHook},
    {0xE3, kCircumflex, kTilde},
    {0xE4, kCircumflex, kDot},
    {0xEA, kBreve, 0},
    {0xE9, kBreve, kAcute},
    {0xE8, kBreve, kGrave},
    {0xFA, kBreve, kHook},
    {0xFC, kBreve, kTilde},
    {0xEB, kBreve, kDot},
};

struct VniLetter {
  unsigned char byte;  // lower-case form
  char32_t lower;
};
constexpr VniLetter kVniLetters[] = {
    {0xF4, U'ơ'}, {0xF6, U'ư'}, {0xF1, U'đ'}, {0xED, U'í'}, {0xEC, U'ì'},
    {0xE6, U'ỉ'}, {0xF3, U'ĩ'}, {0xF2, U'ị'}, {0xEE, U'ỵ'},
};

const VniMark* FindVniMark(unsigned char b, bool* upper) {
  for (const VniMark& m : kVniMarks) {
    if (m.byte == b || m.byte - 0x20 == b) {
      *upper = m.byte != b;
      return &m;
    }
  }
  return nullptr;
}

bool IsVowelBase(char32_t c) {
  switch (u_tolower(static_cast<UChar32>(c))) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
      return true;
    default:
      return false;
  }
}

std::u32string DecodeVni(std::string_view bytes) {
  std::u32string out;
  // The base letter the next mark byte may attach to, and the marks it already has.
  char32_t base = 0;
  bool has_shape = false, has_tone = false;
  for (unsigned char b : bytes) {
    if (b < 0x80) {
      out.push_back(b);
      base = IsVowelBase(b) ? b : 0;
      has_shape = has_tone = false;
      continue;
    }
    bool upper = false;
    if (const VniMark* m = FindVniMark(b, &upper); m != nullptr && base != 0) {
      const char32_t lower_base = u_tolower(static_cast<UChar32>(base));
      const bool shape_fits = m->shape == 0 ||
                              (m->shape == kCircumflex &&
                               (lower_base == 'a' || lower_base == 'e' || lower_base == 'o')) ||
                              (m->shape == kBreve && lower_base == 'a');
      if (shape_fits && !has_tone && !(m->shape != 0 && has_shape)) {
        if (m->shape != 0) out.push_back(m->shape);
        if (m->tone != 0) out.push_back(m->tone);
        has_shape = has_shape || m->shape != 0;
        has_tone = m->tone != 0;
        continue;
      }
    }
    bool letter = false;
    for (const VniLetter& l : kVniLetters) {
      if (l.byte == b || l.byte - 0x20 == b) {
        const char32_t c = l.byte == b ? l.lower : u_toupper(static_cast<UChar32>(l.lower));
        out.push_back(c);
        // ơ and ư take a tone byte after them; the others are complete letters.
        base = (l.lower == U'ơ' || l.lower == U'ư') ? c : 0;
        has_shape = true;
        has_tone = false;
        letter = true;
        break;
      }
    }
    if (letter) continue;
    out.push_back(kCp1252Table[b]);
    base = 0;
  }
  return out;
}

void EncodeVniChar(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
    return;
  }
  const std::u32string d = ToU32(Normalize(ToUtf8(std::u32string(1, c)), /*compose=*/false));
  const char32_t base = d[0];
  const bool upper = u_isupper(static_cast<UChar32>(base));
  const auto cased = [upper](unsigned b) { return static_cast<char>(upper ? b - 0x20 : b); };
  char32_t shape = 0, tone = 0;
  for (size_t i = 1; i < d.size(); ++i) (IsTone(d[i]) ? tone : shape) = d[i];
  const char32_t lower = u_tolower(static_cast<UChar32>(base));
  if (lower == U'đ') {
    out->push_back(cased(0xF1));
    return;
  }
  if (!IsVowelBase(base) || d.size() == 1) {
    for (int b = 0x80; b < 0x100; ++b) {
      if (kCp1252Table[b] == c) {
        out->push_back(static_cast<char>(b));
        return;
      }
    }
    out->push_back('?');
    return;
  }
  auto tone_byte = [&](char32_t t) -> unsigned {
    for (const VniMark& m : kVniMarks)
      if (m.shape == 0 && m.tone == t) return m.byte;
    return 0;
  };
  if (shape == kHorn) {
    out->push_back(cased(lower == 'o' ? 0xF4 : 0xF6));
    if (tone != 0) out->push_back(cased(tone_byte(tone)));
    return;
  }
  if (shape == kCircumflex || shape == kBreve) {
    out->push_back(static_cast<char>(base));
    for (const VniMark& m : kVniMarks) {
      if (m.shape == shape && m.tone == tone) out->push_back(cased(m.byte));
    }
    return;
  }
  if (lower == 'i' || (lower == 'y' && tone == kDot)) {
    for (const VniLetter& l : kVniLetters) {
      if (l.lower ==
          (lower == 'y' ? U'ỵ' : ToU32(Normalize(ToUtf8(std::u32string{U'i', tone}), true))[0])) {
        out->push_back(cased(l.byte));
        return;
      }
    }
  }
  out->push_back(static_cast<char>(base));
  out->push_back(cased(tone_byte(tone)));
}

// --- single-byte tables ---------------------------------------------------------------

const char32_t* TableOf(LegacyEncoding encoding) {
  switch (encoding) {
    case LegacyEncoding::kTcvn3:
      return kTcvn3Table;
    case LegacyEncoding::kViscii:
      return kVisciiTable;
    case LegacyEncoding::kCp1258:
      return kCp1258Table;
    default:
      return nullptr;
  }
}

bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsWordChar(char32_t c) {
  return u_isalpha(static_cast<UChar32>(c)) || (c >= 0x300 && c <= 0x36F);
}

bool HasToneMark(char32_t c) {
  const std::u32string d = ToU32(Normalize(ToUtf8(std::u32string(1, c)), /*compose=*/false));
  for (char32_t m : d)
    if (IsTone(m)) return true;
  return false;
}

// .VnTimeH capitals: see the header. Works on NFC text. Also a sentence that opens with
// a toned vowel ("ủy ban" at the start of a line or after ". ") gets its capital back:
// TCVN3 has no code for "Ủ", so the typist's capital was lost, while every capital
// TCVN3 does have (Ă Â Ê Ô Ơ Ư Đ) came through as typed.
std::u32string RecaseTcvn3(std::u32string text) {
  struct Word {
    size_t begin, end, line;
    int ascii_upper = 0, ascii_lower = 0, other_lower = 0;
  };
  std::vector<Word> words;
  size_t line = 0;
  for (size_t i = 0; i < text.size();) {
    if (!IsWordChar(text[i])) {
      if (text[i] == '\n') ++line;
      ++i;
      continue;
    }
    // Sentence start: line start (spaces aside) or after ". ", "! ", "? ".
    size_t k = i;
    while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t')) --k;
    const bool sentence_start =
        k == 0 || text[k - 1] == '\n' ||
        (k < i && (text[k - 1] == '.' || text[k - 1] == '!' || text[k - 1] == '?'));
    if (sentence_start && u_islower(static_cast<UChar32>(text[i])) && !IsAsciiLetter(text[i]) &&
        HasToneMark(text[i])) {
      text[i] = u_toupper(static_cast<UChar32>(text[i]));
    }
    Word w{i, i, line};
    while (i < text.size() && IsWordChar(text[i])) {
      const char32_t c = text[i];
      if (IsAsciiLetter(c)) {
        (c <= 'Z' ? w.ascii_upper : w.ascii_lower)++;
      } else if (u_islower(static_cast<UChar32>(c))) {
        w.other_lower++;
      }
      ++i;
    }
    w.end = i;
    words.push_back(w);
  }
  // An upper-case word next to word k, with nothing but spaces between them ("Uỷ BAN",
  // not "Số: 03/KH").
  auto upper_neighbour = [&](size_t k, size_t other) {
    if (other >= words.size() || words[other].ascii_upper < 2 || words[other].ascii_lower > 0) {
      return false;
    }
    const size_t from = std::min(words[k].end, words[other].end);
    const size_t to = std::max(words[k].begin, words[other].begin);
    for (size_t i = from; i < to; ++i)
      if (text[i] != ' ') return false;
    return true;
  };
  for (size_t k = 0; k < words.size(); ++k) {
    const Word& w = words[k];
    if (w.other_lower == 0 || w.ascii_lower > 0 || w.ascii_upper == 0) continue;
    const bool neighbour = (k > 0 && upper_neighbour(k, k - 1)) || upper_neighbour(k, k + 1);
    if (w.ascii_upper < 2 && !neighbour) continue;
    for (size_t i = w.begin; i < w.end; ++i) text[i] = u_toupper(static_cast<UChar32>(text[i]));
  }
  return text;
}

// The vowel nuclei of Vietnamese (glides included), marks removed: "ươi" is "uoi".
bool IsNucleus(std::string_view v) {
  static constexpr std::string_view kNuclei[] = {
      // why: the vowel nuclei of Vietnamese syllables (the language's phonology, used to
      // tell encodings apart).
      "a",   "e",   "i",   "o",   "u",   "y",   "ai",  "ao",  "au",  "ay",  "eo",
      "eu",  "ia",  "ie",  "iu",  "oa",  "oe",  "oi",  "oo",  "ua",  "ue",  "ui",
      "uo",  "uu",  "uy",  "ya",  "ye",  "yu",  "ieu", "yeu", "oai", "oao", "oay",
      "oeo", "uay", "uoi", "uou", "uya", "uye", "uyu", "uai", "uao"};
  for (std::string_view n : kNuclei)
    if (n == v) return true;
  return false;
}

// Well-formed Vietnamese syllable? `word` is lower case NFD.
bool IsSyllable(std::u32string_view word) {
  std::string base;
  int tones = 0;
  for (char32_t c : word) {
    if (IsTone(c)) {
      ++tones;
    } else if (c == kCircumflex || c == kBreve || c == kHorn) {
      if (base.empty()) return false;
      const char v = base.back();
      if (c == kCircumflex && v != 'a' && v != 'e' && v != 'o') return false;
      if (c == kBreve && v != 'a') return false;
      if (c == kHorn && v != 'o' && v != 'u') return false;
    } else if (c == U'đ') {
      base.push_back('d');
    } else if (c >= 'a' && c <= 'z') {
      base.push_back(static_cast<char>(c));
    } else {
      return false;
    }
  }
  if (tones > 1 || base.empty()) return false;
  static constexpr std::string_view kOnsets[] = {
      "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d",
      "g",   "h",  "k",  "l",  "m",  "n",  "p",  "r",  "s",  "t",  "v",  "x", ""};
  static constexpr std::string_view kCodas[] = {"ng", "nh", "ch", "c", "m", "n", "p", "t", ""};
  const std::string_view s(base);
  for (std::string_view onset : kOnsets) {
    if (!s.starts_with(onset)) continue;
    for (std::string_view coda : kCodas) {
      if (s.size() < onset.size() + coda.size() || !s.ends_with(coda)) continue;
      const std::string_view nucleus =
          s.substr(onset.size(), s.size() - onset.size() - coda.size());
      if (IsNucleus(nucleus)) return true;
    }
  }
  return false;
}

// Maps a mojibake line back to bytes through Windows-1252 (Latin-1 for C1 controls).
// False when a character has no byte.
bool ToCp1252Bytes(std::u32string_view line, std::string* bytes) {
  bytes->clear();
  for (char32_t c : line) {
    if (c < 0x80 || (c >= 0x80 && c <= 0x9F) || (c >= 0xA0 && c <= 0xFF)) {
      bytes->push_back(static_cast<char>(c));
      continue;
    }
    bool found = false;
    for (int b = 0x80; b < 0xA0 && !found; ++b) {
      if (kCp1252Table[b] == c) {
        bytes->push_back(static_cast<char>(b));
        found = true;
      }
    }
    if (!found) return false;
  }
  return true;
}

bool HasHighByte(std::string_view utf8) {
  for (char c : utf8)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

}  // namespace

std::string_view LegacyEncodingName(LegacyEncoding encoding) {
  switch (encoding) {
    case LegacyEncoding::kTcvn3:
      return "tcvn3";
    case LegacyEncoding::kVni:
      return "vni";
    case LegacyEncoding::kViscii:
      return "viscii";
    case LegacyEncoding::kCp1258:
      return "cp1258";
    case LegacyEncoding::kNone:
      break;
  }
  return "none";
}

bool ParseLegacyEncodingName(std::string_view name, LegacyEncoding* out) {
  std::string n;
  for (char c : name) {
    if (c == '-' || c == '_' || c == ' ') continue;
    n.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  }
  if (n == "tcvn3" || n == "abc" || n == "tcvn" || n == "tcvn5712" || n == "tcvn57121") {
    *out = LegacyEncoding::kTcvn3;
  } else if (n == "vni" || n == "vniwindows") {
    *out = LegacyEncoding::kVni;
  } else if (n == "viscii") {
    *out = LegacyEncoding::kViscii;
  } else if (n == "cp1258" || n == "windows1258") {
    *out = LegacyEncoding::kCp1258;
  } else if (n == "utf8" || n == "none") {
    *out = LegacyEncoding::kNone;
  } else {
    return false;
  }
  return true;
}

std::string DecodeLegacy(std::string_view bytes, LegacyEncoding encoding) {
  if (encoding == LegacyEncoding::kNone) return std::string(bytes);
  std::u32string text;
  if (encoding == LegacyEncoding::kVni) {
    text = DecodeVni(bytes);
  } else {
    const char32_t* table = TableOf(encoding);
    text.reserve(bytes.size());
    for (unsigned char b : bytes) text.push_back(table[b]);
  }
  std::string nfc = Normalize(ToUtf8(text), /*compose=*/true);
  if (encoding == LegacyEncoding::kTcvn3) nfc = ToUtf8(RecaseTcvn3(ToU32(nfc)));
  return nfc;
}

std::string EncodeLegacy(std::string_view utf8, LegacyEncoding encoding) {
  std::string out;
  const std::u32string text = ToU32(Normalize(utf8, /*compose=*/true));
  if (encoding == LegacyEncoding::kVni) {
    for (char32_t c : text) EncodeVniChar(c, &out);
    return out;
  }
  const char32_t* table = TableOf(encoding);
  if (table == nullptr) return std::string(utf8);
  auto find = [&](char32_t c) -> int {
    for (int b = 0; b < 256; ++b)
      if (table[b] == c) return b;
    return -1;
  };
  for (char32_t c : text) {
    int b = find(c);
    if (b < 0 && encoding == LegacyEncoding::kTcvn3) b = find(u_tolower(static_cast<UChar32>(c)));
    if (b < 0 && encoding == LegacyEncoding::kCp1258) {
      // CP1258 holds some letters whole and the rest as a letter and a tone mark.
      const std::u32string d = ToU32(Normalize(ToUtf8(std::u32string(1, c)), false));
      std::u32string base;
      char32_t tone = 0;
      for (char32_t m : d) {
        if (IsTone(m)) {
          tone = m;
        } else {
          base.push_back(m);
        }
      }
      const std::u32string composed = ToU32(Normalize(ToUtf8(base), true));
      const int bb = composed.size() == 1 ? find(composed[0]) : -1;
      const int tb = tone != 0 ? find(tone) : 0;
      if (bb >= 0 && tb >= 0) {
        out.push_back(static_cast<char>(bb));
        if (tone != 0) out.push_back(static_cast<char>(tb));
        continue;
      }
    }
    out.push_back(b >= 0 ? static_cast<char>(b) : '?');
  }
  return out;
}

double VietnameseScore(std::string_view utf8, int* words) {
  const std::u32string text = ToU32(Normalize(utf8, /*compose=*/false));
  int scored = 0, good = 0;
  size_t i = 0;
  while (i < text.size()) {
    // A word: a run of anything but white space, ASCII punctuation and digits, so that
    // mojibake such as "ho¹ch" stays one (bad) word.
    auto separator = [](char32_t c) {
      return c < 0x80 ? !IsAsciiLetter(c) : (u_isUWhiteSpace(static_cast<UChar32>(c)) != 0);
    };
    if (separator(text[i])) {
      ++i;
      continue;
    }
    std::u32string word;
    bool high = false;
    while (i < text.size() && !separator(text[i])) {
      high = high || text[i] >= 0x80;
      word.push_back(u_tolower(static_cast<UChar32>(text[i])));
      ++i;
    }
    if (!high) continue;
    ++scored;
    if (IsSyllable(word)) ++good;
  }
  if (words != nullptr) *words = scored;
  return scored == 0 ? 0.0 : static_cast<double>(good) / scored;
}

LegacyEncoding DetectLegacyVietnameseEncoding(std::string_view bytes) {
  LegacyEncoding best = LegacyEncoding::kNone;
  double best_score = 0;
  for (LegacyEncoding candidate : {LegacyEncoding::kTcvn3, LegacyEncoding::kVni,
                                   LegacyEncoding::kViscii, LegacyEncoding::kCp1258}) {
    int words = 0;
    const double score = VietnameseScore(DecodeLegacy(bytes, candidate), &words);
    if (words >= 3 && score > best_score) {
      best_score = score;
      best = candidate;
    }
  }
  return best_score >= kMinLegacyScore ? best : LegacyEncoding::kNone;
}

std::string RepairMojibake(std::string_view utf8, LegacyEncoding forced, LegacyEncoding* found) {
  if (found != nullptr) *found = LegacyEncoding::kNone;
  // Split into lines; remember which can be mapped back to bytes.
  struct Line {
    std::string_view text;
    std::string bytes;
    bool candidate = false;
  };
  std::vector<Line> lines;
  bool any = false;
  for (size_t begin = 0; begin <= utf8.size();) {
    size_t end = utf8.find('\n', begin);
    if (end == std::string_view::npos) end = utf8.size();
    Line line{utf8.substr(begin, end - begin), {}, false};
    // A line of ASCII only (a character >= 0x80 has a byte >= 0x80) is no candidate;
    // it is not decoded at all, so a large ASCII file costs one scan here.
    if (HasHighByte(line.text)) line.candidate = ToCp1252Bytes(ToU32(line.text), &line.bytes);
    any = any || line.candidate;
    lines.push_back(std::move(line));
    begin = end + 1;
  }
  if (!any) return std::string(utf8);

  LegacyEncoding encoding = forced;
  if (encoding == LegacyEncoding::kNone) {
    // Decide over all candidate lines together: one line says little.
    std::string original, joined;
    for (const Line& l : lines) {
      if (!l.candidate) continue;
      original.append(l.text).push_back('\n');
      joined.append(l.bytes).push_back('\n');
    }
    const double before = VietnameseScore(original, nullptr);
    double best = 0;
    for (LegacyEncoding candidate : {LegacyEncoding::kTcvn3, LegacyEncoding::kVni}) {
      int words = 0;
      const double score = VietnameseScore(DecodeLegacy(joined, candidate), &words);
      if (words >= 3 && score >= kMinLegacyScore && score - before >= kMinGain && score > best) {
        best = score;
        encoding = candidate;
      }
    }
    if (encoding == LegacyEncoding::kNone) return std::string(utf8);
  }

  std::string out;
  bool changed = false;
  for (size_t k = 0; k < lines.size(); ++k) {
    const Line& l = lines[k];
    if (k > 0) out.push_back('\n');
    if (l.candidate) {
      std::string decoded = DecodeLegacy(l.bytes, encoding);
      int words = 0;
      const double score = VietnameseScore(decoded, &words);
      if (words > 0 && score >= VietnameseScore(l.text, nullptr)) {
        out += decoded;
        changed = true;
        continue;
      }
    }
    out.append(l.text);
  }
  if (changed && found != nullptr) *found = encoding;
  return out;
}

}  // namespace ntmx
