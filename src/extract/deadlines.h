// Deadlines: a time phrase of a plan ("Hoàn thành trong quý III năm 2024") read
// into the contract's kind and period.
//
//   kind     by ("hoàn thành", "trước", "vào"), during ("trong năm/quý …"),
//            ongoing ("thường xuyên"), periodic ("định kỳ", "hằng quý")
//   start/end  the period the words name: "năm 2024" -> 2024-01-01..2024-12-31,
//            "quý IV/2024" -> 2024-10-01..2024-12-31, "tháng 12 năm 2024",
//            "6 tháng đầu năm 2025" -> 2025-01-01..2025-06-30, "trước ngày
//            30/6/2024" -> ..2024-06-30; no year -> the plan year; ongoing and
//            periodic without a period span the plan year.
#pragma once

#include <optional>
#include <string_view>

#include "model/records.h"

namespace ntmx {

// Reads `phrase` (as written; folded inside). `plan_year` fills a missing year.
// nullopt when the phrase names neither a period nor a recurrence.
std::optional<Deadline> ParseDeadline(std::string_view phrase, std::optional<int> plan_year);

}  // namespace ntmx
