// See number_format.h.
#include "report/number_format.h"

#include <cmath>
#include <cstdio>

namespace ntmx {

std::string FormatNumberVi(double value) {
  if (!std::isfinite(value)) return "?";
  if (std::fabs(value) >= 1e15) {  // beyond what hundredths in a long long hold exactly
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g", value);
    return buf;
  }
  const bool negative = value < 0;
  const long long hundredths = std::llround(std::fabs(value) * 100.0);
  const long long whole = hundredths / 100;
  int fraction = static_cast<int>(hundredths % 100);

  std::string digits = std::to_string(whole);
  std::string grouped;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += '.';
    grouped += digits[i];
  }
  std::string out = (negative && hundredths != 0 ? "-" : "") + grouped;
  if (fraction != 0) {
    char buf[4];
    std::snprintf(buf, sizeof buf, "%02d", fraction);
    std::string decimals = buf;
    if (decimals.back() == '0') decimals.pop_back();
    out += ',' + decimals;
  }
  return out;
}

}  // namespace ntmx
