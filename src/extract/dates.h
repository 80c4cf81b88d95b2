// Dates as Vietnamese plans write them, to ISO strings.
//
//   IsoDate("13", "07", "2022") == "2022-07-13"
//   IsoDate("", "", "2024")     == std::nullopt   (a draft's blank day and month)
//   IsoDate("31", "2", "2024")  == std::nullopt   (no such day)
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ntmx {

// The ISO date for day/month/year digits as written ("05", "7", "2023"), or
// nullopt when a part is blank or the date does not exist.
std::optional<std::string> IsoDate(std::string_view day, std::string_view month,
                                   std::string_view year);

// Leading zeros dropped from a run of digits; nullopt when it is not one.
std::optional<int> ParseSmallInt(std::string_view digits);

}  // namespace ntmx
