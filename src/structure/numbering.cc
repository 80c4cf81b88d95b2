// See numbering.h. Two passes over the headings: one from the end finds, for each
// single number, whether the deeper numbers that follow it are its own ("2." then
// "2.1."); one from the start gives each heading its role, keeping part numbers
// rising and numbered lists going.
#include "structure/numbering.h"

#include <algorithm>
#include <cstdlib>
#include <set>

namespace ntmx {

namespace {

int FirstNumber(const std::string& marker) { return std::atoi(marker.c_str()); }

bool IsSingle(const NumberedHeading& h) {
  return h.form == HeadingForm::kArabic && MarkerDepth(h.marker) == 1;
}

bool IsDeeper(const NumberedHeading& h) {
  return h.form == HeadingForm::kArabic && MarkerDepth(h.marker) > 1;
}

// For each single number "k.": whether the first deeper number after it starts
// with "k." and no other "k." comes between (the later one would own it).
std::vector<bool> OwnsNextDeeper(const std::vector<NumberedHeading>& headings) {
  std::vector<bool> owns(headings.size(), false);
  int next_deeper = 0;    // first number of the nearest deeper heading below, 0 = none
  std::set<int> between;  // single numbers seen between here and that heading
  for (size_t i = headings.size(); i-- > 0;) {
    const NumberedHeading& h = headings[i];
    if (IsDeeper(h)) {
      next_deeper = FirstNumber(h.marker);
      between.clear();
    } else if (IsSingle(h)) {
      const int k = FirstNumber(h.marker);
      owns[i] = k > 0 && k == next_deeper && between.count(k) == 0;
      between.insert(k);
    }
  }
  return owns;
}

std::string Prefix(const std::string& marker) {
  const size_t dot = marker.rfind('.');
  return dot == std::string::npos ? std::string() : marker.substr(0, dot + 1);
}

}  // namespace

int LastNumber(const std::string& marker) {
  const size_t dot = marker.rfind('.');
  return std::atoi(marker.c_str() + (dot == std::string::npos ? 0 : dot + 1));
}

bool NumberedList::Take(const std::string& marker, int open_number, bool after_colon) {
  const int number = LastNumber(marker);
  const std::string prefix = Prefix(marker);
  const bool goes_on = last_ > 0 && number == last_ + 1 && prefix == prefix_;
  const bool starts = number == 1 && open_number >= 1 && after_colon;
  if (goes_on || starts) {
    prefix_ = prefix;
    last_ = number;
    return true;
  }
  last_ = 0;
  return false;
}

void NumberedList::TakeItem(const std::string& marker) {
  prefix_ = Prefix(marker);
  last_ = LastNumber(marker);
}

int MarkerDepth(const std::string& marker) {
  return 1 + static_cast<int>(std::count(marker.begin(), marker.end(), '.'));
}

std::vector<HeadingRole> DecimalRoles(const std::vector<NumberedHeading>& headings) {
  const std::vector<bool> owns = OwnsNextDeeper(headings);
  std::vector<HeadingRole> roles(headings.size(), HeadingRole::kSection);
  int last_part = 0;
  int last_section = 0;  // the last number of the part's last "k.n." section, 0 = none
  int list_last = 0;     // the last number of a numbered list going on, 0 = none
  for (size_t i = 0; i < headings.size(); ++i) {
    const NumberedHeading& h = headings[i];
    if (h.form == HeadingForm::kLetter) {
      roles[i] = HeadingRole::kLettered;
      list_last = 0;
      continue;
    }
    if (!IsSingle(h)) {
      if (MarkerDepth(h.marker) == 2 && FirstNumber(h.marker) == last_part)
        last_section = LastNumber(h.marker);
      list_last = 0;
      continue;
    }
    const int k = FirstNumber(h.marker);
    // A part: its own deeper numbers follow, or it is written in capitals, or it
    // is the next part's number where no numbered list goes on or starts.
    const bool next_in_list = list_last > 0 && k == list_last + 1;
    const bool opens = k > last_part && (owns[i] || h.capitals ||
                                         (k == last_part + 1 && !next_in_list && !h.after_colon));
    if (opens) {
      roles[i] = HeadingRole::kPart;
      last_part = k;
      last_section = 0;
      list_last = 0;
    } else if (!next_in_list && !h.after_colon && last_section > 0 && k == last_section + 1) {
      // "3.7." then "8.": the next section, written with its own number only.
      roles[i] = HeadingRole::kSection;
      last_section = k;
      list_last = 0;
    } else {
      roles[i] = HeadingRole::kNumberedItem;
      list_last = k;
    }
  }
  return roles;
}

NumberingScheme ReadScheme(const std::vector<NumberedHeading>& headings) {
  for (const NumberedHeading& h : headings) {
    if (h.form == HeadingForm::kPart || h.form == HeadingForm::kPartWord)
      return NumberingScheme::kRoman;
  }
  const std::vector<bool> owns = OwnsNextDeeper(headings);
  if (std::find(owns.begin(), owns.end(), true) != owns.end()) return NumberingScheme::kDecimal;
  const auto capital_single = [](const NumberedHeading& h) { return IsSingle(h) && h.capitals; };
  return std::count_if(headings.begin(), headings.end(), capital_single) >= 2
             ? NumberingScheme::kCapitalParts
             : NumberingScheme::kRoman;
}

namespace {

// Levels in a document with explicit parts: "Phần I" above "I." when it has both.
HeadingPlace RomanPlace(const NumberedHeading& h, bool volumes) {
  switch (h.form) {
    case HeadingForm::kPartWord:
      return {HeadingRole::kPart, volumes ? kVolumeLevel : kPartLevel};
    case HeadingForm::kPart:
      return {HeadingRole::kPart, kPartLevel};
    case HeadingForm::kLetter:
      return {HeadingRole::kLettered, kLetteredLevel};
    case HeadingForm::kArabic:
      break;
  }
  // Under a part, "1." is level 2, "1.1." level 3, …
  return {HeadingRole::kSection, std::min(1 + MarkerDepth(h.marker), kLetteredLevel - 1)};
}

// Levels in a decimal outline: the part's number leads, so "5.1." is level 2.
HeadingPlace DecimalPlace(const NumberedHeading& h, HeadingRole role) {
  switch (role) {
    case HeadingRole::kPart:
      return {role, kPartLevel};
    case HeadingRole::kLettered:
      return {role, kLetteredLevel};
    case HeadingRole::kNumberedItem:
      return {role, kNumberedItemLevel};
    case HeadingRole::kSection:
      break;
  }
  return {role, std::clamp(MarkerDepth(h.marker), 2, kLetteredLevel - 1)};
}

}  // namespace

std::vector<HeadingPlace> PlaceHeadings(const std::vector<NumberedHeading>& headings) {
  std::vector<HeadingPlace> out;
  out.reserve(headings.size());
  const NumberingScheme scheme = ReadScheme(headings);
  if (scheme == NumberingScheme::kDecimal) {
    const std::vector<HeadingRole> roles = DecimalRoles(headings);
    for (size_t i = 0; i < headings.size(); ++i) out.push_back(DecimalPlace(headings[i], roles[i]));
    return out;
  }
  if (scheme == NumberingScheme::kCapitalParts) {
    int last_part = 0;  // numbers of parts only go up
    for (const NumberedHeading& h : headings) {
      if (IsSingle(h) && h.capitals && FirstNumber(h.marker) > last_part) {
        last_part = FirstNumber(h.marker);
        out.push_back({HeadingRole::kPart, kPartLevel});
      } else {
        out.push_back(RomanPlace(h, false));
      }
    }
    return out;
  }
  bool words = false, numerals = false;
  for (const NumberedHeading& h : headings) {
    words = words || h.form == HeadingForm::kPartWord;
    numerals = numerals || h.form == HeadingForm::kPart;
  }
  for (const NumberedHeading& h : headings) out.push_back(RomanPlace(h, words && numerals));
  return out;
}

}  // namespace ntmx
