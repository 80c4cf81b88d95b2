// Letter case for Vietnamese text (ICU, Vietnamese locale): lower/upper case and
// sentence case ("ỦY BAN NHÂN DÂN" -> "Ủy ban nhân dân").
#pragma once

#include <string>
#include <string_view>

namespace ntmx {

std::string ToLower(std::string_view utf8);
std::string ToUpper(std::string_view utf8);
// Lower case with the first letter upper case.
std::string SentenceCase(std::string_view utf8);
// Every word's first letter upper case, the rest lower ("KON PLÔNG" -> "Kon Plông").
std::string TitleCase(std::string_view utf8);

}  // namespace ntmx
