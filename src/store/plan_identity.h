// Plan identity: whether two stored files are copies of one plan (the .docx draft,
// the signed PDF, a scan, a TCVN3 copy), from the facts of their headers and, where
// the headers leave it open, from how alike their texts are.
//
// The rule (its numbers and look-alike letters in schemas/plan_copies.toml,
// knowledge/plan_copy_rules.h):
//   - both numbered: the same plan when the numbers are equal once normalised
//     (NormalizedNumber: folded, no spaces, OCR look-alikes read as digits) and
//     the issue dates and the issuers (folded) are equal; when a date is missing
//     or the issuers read differently (an OCR or mis-decoded header), only if the
//     texts resemble each other too (min_resemblance_same_number). Different
//     numbers: never one plan.
//   - either unnumbered (a draft): the same plan when the issuers (folded) and the
//     years are equal, the titles share most of their words (an OCR copy's title
//     may lose or misread one) and the texts are near-identical (min_resemblance).
// The header is compared first (CompareHeaders), so the texts, which cost far
// more, are compared only for the pairs it leaves open.
//
//   PlanCopyFacts draft{.issuer_name = "A", .title = "Xây dựng xã A", .year = 2024};
//   CompareHeaders(draft, signed_copy, rules) == HeaderVerdict::kDraftIfTextsAlike
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "knowledge/plan_copy_rules.h"

namespace ntmx {

class WordShingles;

// The header facts of one stored file (documents' columns of the same names).
struct PlanCopyFacts {
  std::optional<std::string> doc_number;  // "03/KH-UBND"; nullopt: unnumbered
  std::optional<std::string> issue_date;  // ISO
  std::optional<std::string> issuer_level;
  std::optional<std::string> issuer_name;
  std::optional<std::string> title;
  std::optional<int> year;
};

// The keys under which a file's possible copies are looked up (table plan_keys):
// candidates share one of them, and CompareHeaders then decides.
struct PlanKeys {
  std::optional<std::string> number_key;  // "03/kh-ubnd|2023": number and year
  std::optional<std::string> draft_key;   // "commune|huong son|2023": issuer and year
};

// "03 / KH-UBND" and "O3/KH-UBND" (OCR) -> "03/kh-ubnd": folded, without
// whitespace, and in the part before the first "/", when it holds a digit, every
// look-alike letter of `rules` read as its digit. nullopt for an empty number.
std::optional<std::string> NormalizedNumber(std::string_view number, const PlanCopyRules& rules);

PlanKeys KeysOf(const PlanCopyFacts& facts, const PlanCopyRules& rules);

enum class HeaderVerdict {
  kDifferent,  // not one plan, whatever the texts say
  kSame,       // one plan on the header alone
  // The same number, but an issuer that reads differently or a date missing: one
  // plan if the texts resemble each other at least min_resemblance_same_number.
  kNumberIfTextsAlike,
  // A draft (a number missing) with the issuer, year and title of the other: one
  // plan if the texts resemble each other at least min_resemblance.
  kDraftIfTextsAlike,
};

HeaderVerdict CompareHeaders(const PlanCopyFacts& a, const PlanCopyFacts& b,
                             const PlanCopyRules& rules);

// The resemblance the texts need after `verdict`: 0 for kSame, above 1 (never
// reached) for kDifferent.
double RequiredResemblance(HeaderVerdict verdict, const PlanCopyRules& rules);

// The whole rule: the header, then, when it asks for it, the texts' resemblance
// (RequiredResemblance). `a_text` and `b_text` are the shingles of the two texts with
// rules.shingle_words words each.
bool SamePlan(const PlanCopyFacts& a, const WordShingles& a_text, const PlanCopyFacts& b,
              const WordShingles& b_text, const PlanCopyRules& rules);

}  // namespace ntmx
