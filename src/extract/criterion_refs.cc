// Criterion references: see criterion_refs.h.
#include "extract/criterion_refs.h"

#include <algorithm>
#include <string>

#include "criteria/catalogue.h"
#include "text/fold.h"

namespace ntmx {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// `w` as whole words at s[i]: a word break before it and after it.
bool WordAt(std::string_view s, size_t i, std::string_view w) {
  return (i == 0 || !IsFoldedWordByte(s[i - 1])) && StartsWordAt(s, i, w);
}

size_t SkipFiller(std::string_view s, size_t i) {
  // why: a hand-written scanner for criterion references ("tiêu chí số 17"), the hottest
  // loop of extraction: words between the marker and its number that it skips; a rule per
  // byte here cost 3x the pass.
  static constexpr std::string_view kFiller[] = {
      "nong thon moi", "ntm", "nang cao", "dat chuan", "ve", "cua", "thuoc", "xa", "thon", "ban"};
  for (;;) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '-' || s[i] == ':' || s[i] == '(' ||
                            s[i] == '*' || s[i] == '"')) {
      ++i;
    }
    bool skipped = false;
    for (std::string_view f : kFiller) {
      if (WordAt(s, i, f)) {
        i += f.size();
        skipped = true;
        break;
      }
    }
    if (!skipped) return i;
  }
}

// The catalogue's ByNameAtStart, also trying "&" as "và" ("Thông tin & Truyền
// thông"); `length` is in bytes of `text` as given.
const CriterionEntry* NameAtStart(const CriteriaCatalogue& catalogue, std::string_view set,
                                  std::string_view text, size_t* length) {
  if (const CriterionEntry* e = catalogue.ByNameAtStart(set, text, length)) return e;
  const size_t amp = text.find('&');
  if (amp == std::string_view::npos || amp > 80) return nullptr;
  std::string spelled;
  std::vector<size_t> origin;  // byte of `text` each byte of `spelled` came from
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '&') {
      const bool space_before = i > 0 && text[i - 1] == ' ';
      const bool space_after = i + 1 < text.size() && text[i + 1] == ' ';
      // why: "&" read as the conjunction it abbreviates.
      for (char c : std::string(space_before ? "" : " ") + "va" + (space_after ? "" : " ")) {
        spelled += c;
        origin.push_back(i);
      }
    } else {
      spelled += text[i];
      origin.push_back(i);
    }
  }
  size_t spelled_length = 0;
  const CriterionEntry* e = catalogue.ByNameAtStart(set, spelled, &spelled_length);
  if (e != nullptr && length != nullptr) {
    *length = spelled_length == 0 ? 0 : origin[spelled_length - 1] + 1;
  }
  return e;
}

}  // namespace

size_t LongestNameKey(const CriteriaCatalogue& catalogue) {
  auto key_bound = [](const std::string& name) {
    const std::string key = FoldKey(name);
    return key.size() + 3 * static_cast<size_t>(std::count(key.begin(), key.end(), '&'));
  };
  size_t longest = 0;
  for (const CriterionEntry& e : catalogue.entries()) {
    longest = std::max(longest, key_bound(e.name));
    for (const std::string& alias : e.aliases) longest = std::max(longest, key_bound(alias));
  }
  return longest;
}

std::string_view NameKeyWindow(std::string_view rest, size_t longest_key) {
  size_t key_bytes = 0;
  for (size_t i = 0; i < rest.size(); ++i) {
    const char c = rest[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (key_bytes > longest_key) return rest.substr(0, i);
    } else if (static_cast<unsigned char>(c) < 0x80) {
      ++key_bytes;
    }
  }
  return rest;
}

std::string_view WithoutMarker(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  size_t j = i;
  if (j < s.size() && (s[j] == '-' || s[j] == '+' || s[j] == '*')) {
    ++j;
  } else {
    while (j < s.size() &&
           (IsDigit(s[j]) || s[j] == '.' || (s[j] >= 'a' && s[j] <= 'z' && j - i < 4)))
      ++j;
    if (j < s.size() && (s[j] == ')' || s[j] == '.') && j > i) {
      ++j;
    } else if (j > i && s[j - 1] == '.') {
      // "2.3." already consumed
    } else {
      j = i;
    }
  }
  while (j < s.size() && s[j] == ' ') ++j;
  return s.substr(j);
}

std::vector<CriterionRef> FindCriterionRefs(std::string_view s, const CriteriaCatalogue& catalogue,
                                            std::string_view set) {
  std::vector<CriterionRef> out;
  for (size_t i = 0; i < s.size(); ++i) {
    // Most bytes start none of the three words below: skip them without a compare.
    if (s[i] != 't' && s[i] != 'c') continue;
    // why: the three markers of a criterion reference, matched by the scanner above (see
    // SkipFiller).
    const bool tc = WordAt(s, i, "tieu chi") || WordAt(s, i, "tieu tri");
    const bool ct = !tc && WordAt(s, i, "chi tieu");
    // "TC số 10", "TC Thu nhập": the abbreviation counts only with a number or a
    // criterion name after it ("Phòng TC-KH" is an office).
    const bool abbreviated =
        !tc && !ct && WordAt(s, i, "tc") && !(i + 2 < s.size() && s[i + 2] == '-');
    if (!tc && !ct && !abbreviated) continue;
    if (i >= 3 && s.substr(i - 3, 3) == "bo ") continue;  // "Bộ tiêu chí": a set
    CriterionRef ref;
    ref.begin = i;
    size_t j = i + (abbreviated ? 2 : 8);
    while (j < s.size() && s[j] == ' ') ++j;
    // why: the scanner's optional words between marker and number (see SkipFiller).
    if (WordAt(s, j, "thanh phan")) {
      j += 10;
      while (j < s.size() && s[j] == ' ') ++j;
    }
    if (WordAt(s, j, "so")) {
      j += 2;
      while (j < s.size() && s[j] == ' ') ++j;
    }
    if (j < s.size() && s[j] == '(') ++j;
    size_t d = j;
    while (d < s.size() && IsDigit(s[d])) ++d;
    if (d > j && d - j <= 2) {
      const int number = std::stoi(std::string(s.substr(j, d - j)));
      if (d + 1 < s.size() && s[d] == '.' && IsDigit(s[d + 1])) {
        size_t e = d + 1;
        while (e < s.size() && IsDigit(s[e])) ++e;
        ref.indicator = std::string(s.substr(j, e - j));
        d = e;
      }
      ref.number = number;
      ref.end = d;
      if (ct && !ref.indicator) continue;  // "chỉ tiêu 5" alone is not an indicator id
      out.push_back(ref);
      i = d;
      continue;
    }
    if (ct) continue;
    const size_t name_at = SkipFiller(s, j);
    size_t length = 0;
    if (const CriterionEntry* e = NameAtStart(catalogue, set, s.substr(name_at), &length)) {
      ref.number = e->number;
      ref.named_only = true;
      ref.end = name_at + length;
    } else if (abbreviated) {
      continue;
    } else {
      ref.end = j;
    }
    out.push_back(ref);
    i = ref.end > i ? ref.end - 1 : i;
  }
  return out;
}

std::optional<int> HeadingCriterion(std::string_view heading, const CriteriaCatalogue& catalogue,
                                    std::string_view set) {
  heading = WithoutMarker(heading);
  auto refs = FindCriterionRefs(heading, catalogue, set);
  if (!refs.empty() && refs.front().begin < 4 && refs.front().number && !refs.front().indicator) {
    return refs.front().number;
  }
  size_t at = 0;
  while (at < heading.size() && (heading[at] == '*' || heading[at] == ' ')) ++at;
  // "Về phát triển kinh tế nông thôn (tiêu chí số 3)": the name after "Về".
  if (heading.substr(at, 3) == "ve ") at += 3;
  size_t length = 0;
  if (const CriterionEntry* e = NameAtStart(catalogue, set, heading.substr(at), &length)) {
    size_t end = at + length;
    while (end < heading.size() && heading[end] == ' ' && end + 1 < heading.size() &&
           heading[end + 1] == '(')
      ++end;
    // The name must be the heading ("Giáo dục:"), not the start of a sentence.
    if (end == heading.size() || heading[end] == ':' || heading[end] == '(' ||
        heading.substr(end).find_first_not_of(" :*.") == std::string_view::npos) {
      return e->number;
    }
  }
  return std::nullopt;
}

}  // namespace ntmx
