// DeadlineReader: a time phrase ("trong quý III năm 2024", "trước ngày 30/6/2024",
// "6 tháng đầu năm 2025", "hằng quý", "thường xuyên") to the contract's deadline:
// its kind (by, during, ongoing, periodic) and the period it names.
//
// The words are rules in patterns/deadlines.toml; this file holds only the
// calendar: quarters, month lengths, the plan year when the phrase names none.
//
//   reader.Parse("Hoàn thành trong quý III năm 2024", 2024)
//     -> {kind "by", start "2024-07-01", end "2024-09-30"}
//   reader.Parse("trước ngày 30/6/2024", 2024)   // a named day is that day
//     -> {kind "by", start "2024-06-30", end "2024-06-30"}
#pragma once

#include <memory>
#include <optional>
#include <string_view>

#include "model/records.h"
#include "rules/rule_binding.h"
#include "rules/rule_set.h"
#include "util/status.h"

namespace ntmx {

class DeadlineReader {
 public:
  // Fails when a deadline.* rule is missing from `rules` (which must outlive the reader).
  static Status Create(const RuleSet& rules, std::unique_ptr<DeadlineReader>* out);
  // Its rules, one table (deadlines.cc), bound by Create.
  static const RuleField<DeadlineReader> kRules[];

  // The deadline a phrase names, or nullopt when it names no time.
  std::optional<Deadline> Parse(std::string_view phrase, std::optional<int> plan_year) const;

 private:
  DeadlineReader() = default;
  const Rule* range_ = nullptr;
  const Rule* before_ = nullptr;
  const Rule* day_words_ = nullptr;
  const Rule* half_ = nullptr;
  const Rule* quarter_ = nullptr;
  const Rule* month_ = nullptr;
  const Rule* year_ = nullptr;
  const Rule* ongoing_ = nullptr;
  const Rule* periodic_ = nullptr;
  const Rule* by_ = nullptr;
  const Rule* during_ = nullptr;
};

}  // namespace ntmx
