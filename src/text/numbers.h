// Numbers as Vietnamese plans write them, read from FOLDED text (text/fold.h).
//
// Vietnamese digits group thousands with "." and mark decimals with ",", and
// plans pad counts with zeros, so one parser reads them all:
//
//   ParseNumber("4.342")   == 4342      ParseNumber("52,77") == 52.77
//   ParseNumber("1.250,5") == 1250.5    ParseNumber("05")    == 5
//
// FindNumbers() scans a folded line for number expressions — a number, a range
// ("47-49", "01 - 03", "từ 3 đến 5"), a pair ("52,77/75" = actual/target when a
// percent sign follows, "12/12" = value/of otherwise) and small numbers written
// in words ("hai mươi") — and reports each with its folded byte range. It does
// not decide what the number measures: quantities.h adds comparators and units.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace ntmx {

// The value of one Vietnamese-written number ("4.342", "52,77", "1.250,5",
// "05", "2,5"); nullopt when `s` is not exactly one number. A single "." followed
// by other than three digits ("2.5") is read as a decimal point, as English
// copies write it.
std::optional<double> ParseNumber(std::string_view s);

// The value of a number written in words at the start of folded `s` ("mot",
// "hai muoi", "muoi lam", "mot tram"); `length` receives the folded bytes read.
// Only whole words count; nullopt when `s` does not start with one.
std::optional<double> ParseNumberWords(std::string_view s, size_t* length);

struct NumberExpr {
  enum class Form { kSingle, kRange, kPair };
  Form form = Form::kSingle;
  size_t begin = 0;  // folded bytes [begin, end) of the whole expression
  size_t end = 0;
  double value = 0;                 // the number; a range's low end; a pair's second part
  std::optional<double> value_max;  // kRange: the high end
  std::optional<double> first;      // kPair: the part before "/"
  bool from_words = false;          // written in words ("hai")
  bool from_tu_den = false;         // "từ 3 đến 5"
};

// Every number expression in folded `s`, left to right. Digits glued to letters
// before them ("b2", "qd15") and citation numbers ("416/QĐ-UBND"), date-like runs ("30/6/2024",
// "12/2023") and indicator or section numbers ("15.2", "2.3.1") are skipped. Letters glued after a
// number are left to the caller ("100ha" is a quantity, "3a" is not).
std::vector<NumberExpr> FindNumbers(std::string_view s);

}  // namespace ntmx
