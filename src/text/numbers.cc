// Numbers as Vietnamese plans write them: see numbers.h.
#include "text/numbers.h"

#include <cctype>
#include <string>

#include "text/fold.h"

namespace ntmx {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsWordByte(char c) { return IsFoldedWordByte(c); }

std::optional<double> Digits(std::string_view s) {
  if (s.empty()) return std::nullopt;
  double v = 0;
  for (char c : s) {
    if (!IsDigit(c)) return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

// `whole` plus the decimals `s` ("7" -> 0.7), rounded once: 1 + 0.7 summed digit by
// digit gives 1.7000000000000002, which compares unequal to the 1.7 a reader means.
double WithDecimals(double whole, std::string_view s) {
  if (s.empty()) return whole;
  if (s.size() > 9) s = s.substr(0, 9);
  double scale = 1, digits = 0;
  for (char c : s) {
    digits = digits * 10 + (c - '0');
    scale *= 10;
  }
  if (whole * scale > 9e15) return whole + digits / scale;  // beyond exact integers
  return (whole * scale + digits) / scale;
}

// The end of a run of digits with "." and "," between digits, from `i`.
size_t TokenEnd(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size()) {
    if (IsDigit(s[j])) {
      ++j;
    } else if ((s[j] == '.' || s[j] == ',') && j + 1 < s.size() && IsDigit(s[j + 1])) {
      ++j;
    } else {
      break;
    }
  }
  return j;
}

size_t SkipSpaces(std::string_view s, size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}

// The word (run of word bytes) that starts at s[i]; empty when none does.
std::string_view WordAt(std::string_view s, size_t i) {
  size_t e = i;
  while (e < s.size() && IsWordByte(s[e])) ++e;
  return s.substr(i, e - i);
}

// "15.2", "2.3.1": an indicator or section number, not a quantity.
bool IsIdLike(std::string_view token) {
  if (token.find(',') != std::string_view::npos) return false;
  size_t start = token.find('.');
  if (start == std::string_view::npos) return false;
  while (start != std::string_view::npos) {
    const size_t next = token.find('.', start + 1);
    const size_t len = (next == std::string_view::npos ? token.size() : next) - start - 1;
    if (len != 3) return true;
    start = next;
  }
  return false;
}

bool LooksLikeYear(std::string_view token) {
  return token.size() == 4 && (token.substr(0, 2) == "19" || token.substr(0, 2) == "20");
}

}  // namespace

std::optional<double> ParseNumber(std::string_view s) {
  if (s.empty() || !IsDigit(s.front()) || !IsDigit(s.back())) return std::nullopt;
  const size_t comma = s.find(',');
  std::string_view integer = s.substr(0, comma);
  std::string_view decimals =
      comma == std::string_view::npos ? std::string_view() : s.substr(comma + 1);
  if (decimals.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  if (comma != std::string_view::npos && decimals.empty()) return std::nullopt;
  double value = 0;
  const size_t dot = integer.find('.');
  if (dot == std::string_view::npos) {
    auto v = Digits(integer);
    if (!v) return std::nullopt;
    value = *v;
  } else {
    // Thousands groups: every group after the first has three digits.
    bool grouped = dot >= 1 && dot <= 3;
    std::string digits(integer.substr(0, dot));
    size_t at = dot;
    while (grouped && at < integer.size()) {
      const size_t next = integer.find('.', at + 1);
      const std::string_view group = integer.substr(
          at + 1, next == std::string_view::npos ? std::string_view::npos : next - at - 1);
      if (group.size() != 3 || !Digits(group)) grouped = false;
      digits += group;
      at = next == std::string_view::npos ? integer.size() : next;
    }
    if (grouped) {
      value = *Digits(digits);
    } else if (comma == std::string_view::npos &&
               integer.find('.', dot + 1) == std::string_view::npos) {
      // "2.5": an English decimal point.
      auto whole = Digits(integer.substr(0, dot));
      auto frac = integer.substr(dot + 1);
      if (!whole || !Digits(frac)) return std::nullopt;
      return WithDecimals(*whole, frac);
    } else {
      return std::nullopt;
    }
  }
  return WithDecimals(value, decimals);
}

std::optional<double> ParseNumberWords(std::string_view s, size_t* length) {
  struct Word {
    std::string_view word;
    int value;
    // why: the numerals of the language (numbers.h's grammar of written numbers), not a
    // plan's vocabulary.
  };
  // "năm" (five) and "tám" (eight) are left out: folded, they are far more often
  // "year" ("năm 2025 xã …") and "tâm" ("trung tâm xã").
  static constexpr Word kDigits[] = {{"mot", 1}, {"hai", 2}, {"ba", 3},  {"bon", 4},
                                     {"sau", 6}, {"bay", 7}, {"chin", 9}};
  // Whole words are compared, so a word of another length costs no byte compare:
  // this runs at every word start of a document.
  auto digit_of = [](std::string_view word) -> std::optional<int> {
    for (const Word& w : kDigits) {
      if (word.size() == w.word.size() && word[0] == w.word[0] && word == w.word) return w.value;
    }
    return std::nullopt;
  };
  const std::string_view first = WordAt(s, 0);
  size_t i = 0;
  double value = 0;
  if (std::optional<int> d = digit_of(first)) {
    value = *d;
    i = first.size();
    const size_t j = SkipSpaces(s, i);
    const std::string_view next = WordAt(s, j);
    if (next == "muoi") {
      value *= 10;
      // why: the numerals of the language, as above.
    } else if (next == "tram") {
      value *= 100;
    } else if (next == "nghin" || next == "ngan") {
      value *= 1000;
    } else {
      if (length) *length = i;
      return value;
    }
    i = j + next.size();
  } else if (first == "muoi") {
    value = 10;
    i = first.size();
  } else {
    return std::nullopt;
  }
  // A units word after "mươi": "hai mươi lăm", "mười một".
  const size_t j = SkipSpaces(s, i);
  const std::string_view unit = WordAt(s, j);
  // why: the numerals of the language, as above.
  if (unit == "lam") {
    value += 5;
    i = j + unit.size();
  } else if (unit == "mot" && value >= 10) {
    value += 1;
    i = j + unit.size();
  } else if (auto u = digit_of(unit); u && value >= 10 && *u != 1 && *u != 5) {
    value += *u;
    i = j + unit.size();
  }
  if (length) *length = i;
  return value;
}

std::vector<NumberExpr> FindNumbers(std::string_view s) {
  std::vector<NumberExpr> out;
  size_t i = 0;
  while (i < s.size()) {
    const bool word_start = i == 0 || !IsWordByte(s[i - 1]);
    if (!IsDigit(s[i])) {
      size_t len = 0;
      if (word_start && IsAlpha(s[i])) {
        if (auto v = ParseNumberWords(s.substr(i), &len)) {
          NumberExpr e;
          e.begin = i;
          e.end = i + len;
          e.value = *v;
          e.from_words = true;
          out.push_back(e);
          i += len;
          continue;
        }
      }
      // Skip the rest of a word.
      if (IsWordByte(s[i])) {
        while (i < s.size() && IsWordByte(s[i])) ++i;
      } else {
        ++i;
      }
      continue;
    }
    const size_t a_end = TokenEnd(s, i);
    const std::string_view a = s.substr(i, a_end - i);
    // Digits glued to letters on either side: "b2", "15qd", "3a".
    const bool glued_before = i > 0 && (IsAlpha(s[i - 1]) || s[i - 1] == '/' ||
                                        (s[i - 1] == '-' && i > 1 && IsAlpha(s[i - 2])));
    size_t next = a_end;
    auto a_value = ParseNumber(a);
    if (glued_before || !a_value || IsIdLike(a)) {
      while (next < s.size() &&
             (IsWordByte(s[next]) || s[next] == '/' || s[next] == '-' || s[next] == '.'))
        ++next;
      i = std::max(next, i + 1);
      continue;
    }
    // A unit glued to the number ("100ha") is fine: the unit matcher decides.
    NumberExpr e;
    e.begin = i;
    e.end = a_end;
    e.value = *a_value;
    // A citation number: "416/qđ-ubnd".
    if (a_end + 1 < s.size() && s[a_end] == '/' && IsAlpha(s[a_end + 1])) {
      next = a_end;
      while (next < s.size() &&
             (IsWordByte(s[next]) || s[next] == '/' || s[next] == '-' || s[next] == '.'))
        ++next;
      i = next;
      continue;
    }
    // Dates and pairs: a/b, a/b/c.
    if (a_end < s.size() && (s[a_end] == '/' || s[a_end] == '-' || s[a_end] == '.') &&
        a_end + 1 < s.size() && IsDigit(s[a_end + 1])) {
      const char sep = s[a_end];
      const size_t b_begin = a_end + 1;
      const size_t b_end = TokenEnd(s, b_begin);
      const std::string_view b = s.substr(b_begin, b_end - b_begin);
      const bool third = b_end + 1 < s.size() && s[b_end] == sep && IsDigit(s[b_end + 1]);
      const bool month_year = LooksLikeYear(b) && a.size() <= 2;
      const bool citation = b_end < s.size() && (IsAlpha(s[b_end]) || s[b_end] == '/');
      if (third || month_year || citation) {
        next = b_end;
        while (next < s.size() &&
               (IsWordByte(s[next]) || s[next] == '/' || s[next] == '-' || s[next] == '.'))
          ++next;
        i = next;
        continue;
      }
      auto b_value = ParseNumber(b);
      if (sep == '/' && b_value) {
        e.form = NumberExpr::Form::kPair;
        e.first = e.value;
        e.value = *b_value;
        e.end = b_end;
        out.push_back(e);
        i = b_end;
        continue;
      }
      if (sep == '-' && b_value && *b_value > e.value) {
        e.form = NumberExpr::Form::kRange;
        e.value_max = *b_value;
        e.end = b_end;
        out.push_back(e);
        i = b_end;
        continue;
      }
    }
    // "01 - 03", "3 đến 5", "3 tới 5".
    size_t j = SkipSpaces(s, a_end);
    size_t after_sep = std::string_view::npos;
    bool tu_den = false;
    // A hyphen with a space on at least one side ("01 - 03", "1- 2"); "1-2"
    // without spaces was read above.
    if (j < s.size() && s[j] == '-' && (j > a_end || (j + 1 < s.size() && s[j + 1] == ' '))) {
      after_sep = SkipSpaces(s, j + 1);
      // why: the range words of the number grammar.
    } else if (StartsWordAt(s, j, "den") || StartsWordAt(s, j, "toi")) {
      after_sep = SkipSpaces(s, j + 3);
      tu_den = true;
    }
    if (after_sep != std::string_view::npos && after_sep < s.size() && IsDigit(s[after_sep])) {
      const size_t b_end = TokenEnd(s, after_sep);
      auto b_value = ParseNumber(s.substr(after_sep, b_end - after_sep));
      if (b_value && *b_value > e.value) {
        e.form = NumberExpr::Form::kRange;
        e.value_max = *b_value;
        e.end = b_end;
        e.from_tu_den = tu_den;
        out.push_back(e);
        i = b_end;
        continue;
      }
    }
    out.push_back(e);
    i = a_end;
  }
  return out;
}

}  // namespace ntmx
