// See plan_identity.h.
#include "store/plan_identity.h"

#include "text/fold.h"
#include "text/shingles.h"

namespace ntmx {
namespace {

// The year a number belongs to: documents restart their numbers every year.
std::optional<int> YearOf(const PlanCopyFacts& f) {
  if (f.year) return f.year;
  if (!f.issue_date || f.issue_date->size() < 4) return std::nullopt;
  int year = 0;
  for (size_t i = 0; i < 4; ++i) {
    const char c = (*f.issue_date)[i];
    if (c < '0' || c > '9') return std::nullopt;
    year = year * 10 + (c - '0');
  }
  return year;
}

// Folded words separated by one space: "Kế hoạch: xây dựng…" -> "ke hoach xay dung".
std::string WordsKey(std::string_view text) {
  const std::string folded = Fold(text);
  std::string out;
  bool gap = false;
  for (char c : folded) {
    const auto u = static_cast<unsigned char>(c);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80) {
      if (gap && !out.empty()) out += ' ';
      out += c;
      gap = false;
    } else {
      gap = true;
    }
  }
  return out;
}

std::string IssuerKey(const PlanCopyFacts& f) {
  return FoldKey(f.issuer_level.value_or("")) + "|" + WordsKey(f.issuer_name.value_or(""));
}

// Whether both titles are known and share most of their words.
bool TitlesAlike(const PlanCopyFacts& a, const PlanCopyFacts& b, const PlanCopyRules& rules) {
  if (!a.title || !b.title) return false;
  const WordShingles words_a(*a.title, 1), words_b(*b.title, 1);
  return words_a.size() > 0 && words_a.Resemblance(words_b) >= rules.min_title_resemblance;
}

// Both known and different.
template <typename T>
bool Conflict(const std::optional<T>& a, const std::optional<T>& b) {
  return a && b && *a != *b;
}

}  // namespace

std::optional<std::string> NormalizedNumber(std::string_view number, const PlanCopyRules& rules) {
  std::string out;
  for (char c : Fold(number)) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out += c;
  }
  if (out.empty()) return std::nullopt;
  const size_t head = std::min(out.find('/'), out.size());
  bool has_digit = false;
  for (size_t i = 0; i < head; ++i) has_digit |= out[i] >= '0' && out[i] <= '9';
  if (!has_digit) return out;
  for (size_t i = 0; i < head; ++i) {
    const auto it = rules.digit_lookalikes.find(out[i]);
    if (it != rules.digit_lookalikes.end()) out[i] = it->second;
  }
  return out;
}

PlanKeys KeysOf(const PlanCopyFacts& facts, const PlanCopyRules& rules) {
  PlanKeys keys;
  const std::optional<int> year = YearOf(facts);
  if (!year) return keys;
  const std::string suffix = "|" + std::to_string(*year);
  if (facts.doc_number) {
    if (const auto number = NormalizedNumber(*facts.doc_number, rules)) {
      keys.number_key = *number + suffix;
    }
  }
  if (facts.issuer_name && !WordsKey(*facts.issuer_name).empty()) {
    keys.draft_key = IssuerKey(facts) + suffix;
  }
  return keys;
}

HeaderVerdict CompareHeaders(const PlanCopyFacts& a, const PlanCopyFacts& b,
                             const PlanCopyRules& rules) {
  const std::optional<std::string> number_a =
      a.doc_number ? NormalizedNumber(*a.doc_number, rules) : std::nullopt;
  const std::optional<std::string> number_b =
      b.doc_number ? NormalizedNumber(*b.doc_number, rules) : std::nullopt;
  if (Conflict(YearOf(a), YearOf(b))) return HeaderVerdict::kDifferent;
  if (number_a && number_b) {
    if (*number_a != *number_b || Conflict(a.issue_date, b.issue_date)) {
      return HeaderVerdict::kDifferent;
    }
    const bool dates_known = a.issue_date && b.issue_date;
    return dates_known && IssuerKey(a) == IssuerKey(b) ? HeaderVerdict::kSame
                                                       : HeaderVerdict::kNumberIfTextsAlike;
  }
  // A draft: nothing but the issuer, the year, the title and the text to go by.
  if (!YearOf(a) || !YearOf(b) || !a.issuer_name || IssuerKey(a) != IssuerKey(b)) {
    return HeaderVerdict::kDifferent;
  }
  return TitlesAlike(a, b, rules) ? HeaderVerdict::kDraftIfTextsAlike : HeaderVerdict::kDifferent;
}

double RequiredResemblance(HeaderVerdict verdict, const PlanCopyRules& rules) {
  switch (verdict) {
    case HeaderVerdict::kSame:
      return 0.0;
    case HeaderVerdict::kNumberIfTextsAlike:
      return rules.min_resemblance_same_number;
    case HeaderVerdict::kDraftIfTextsAlike:
      return rules.min_resemblance;
    case HeaderVerdict::kDifferent:
      break;
  }
  return 2.0;  // above any resemblance
}

bool SamePlan(const PlanCopyFacts& a, const WordShingles& a_text, const PlanCopyFacts& b,
              const WordShingles& b_text, const PlanCopyRules& rules) {
  const HeaderVerdict verdict = CompareHeaders(a, b, rules);
  if (verdict == HeaderVerdict::kSame) return true;
  if (verdict == HeaderVerdict::kDifferent) return false;
  return a_text.Resemblance(b_text) >= RequiredResemblance(verdict, rules);
}

}  // namespace ntmx
