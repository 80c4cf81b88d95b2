// How the report writes a number: the Vietnamese way, as the plans themselves do
// ("23.198 triệu đồng", "18,5 tiêu chí/xã") -- "." groups thousands, "," marks
// decimals, at most two decimals, no trailing zeros.
//
//   FormatNumberVi(4342)   == "4.342"
//   FormatNumberVi(18.5)   == "18,5"
//   FormatNumberVi(-0.125) == "-0,13"
#pragma once

#include <string>

namespace ntmx {

std::string FormatNumberVi(double value);

}  // namespace ntmx
