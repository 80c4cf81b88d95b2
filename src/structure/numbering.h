// Numbering: which level a heading's number gives it, read from the scheme the
// whole document numbers its headings with.
//
// Plans number the same outline in different ways:
//
//   Roman      I. MỤC TIÊU          1. Mục tiêu chung     1.1. …      a) …
//   decimal    1. MỤC TIÊU          1.1. Mục tiêu chung   1.1.1. …    a) …
//   words      Phần I. MỤC TIÊU     1. Mục tiêu chung     …   ("Phần I" / "A." over
//              I., II. when a plan has both; "Mục 1" as "1.")
//   capitals   1. MỤC TIÊU          1. Mục tiêu chung     a) …
//
// A "1." means a part in the decimal scheme and a section under a part in the
// Roman one, so no line can be read on its own: the scheme is decided once for the
// document, from all its numbered headings in order, and each heading then gets
// the role and level the tree is built from, so the same tree comes out whichever
// scheme the author chose. The structure stage (structurer.cc) classifies the lines
// and builds the tree; this file only decides roles and levels, on plain values, so
// it can be tested without rules or text.
#pragma once

#include <string>
#include <vector>

namespace ntmx {

// How a heading is numbered, as the line classifier read it.
enum class HeadingForm {
  kPart,      // a Roman numeral: "IV."
  kPartWord,  // a part named by a word or a capital letter: "Phần II", "Chương 3", "B."
  kArabic,    // "2.", "2.1.", "2.1.3)"
  kLetter,    // "a)", "đ)"
};

struct NumberedHeading {
  HeadingForm form = HeadingForm::kArabic;
  std::string marker;        // as written, without the closing mark: "IV", "2.1", "b"
  bool capitals = false;     // the heading's words are all capitals ("3. NHIỆM VỤ")
  bool after_colon = false;  // the line before ends with ':' (a list may start here)
};

enum class NumberingScheme {
  kRoman,         // parts are explicit (I., II. or "Phần I"); "1." is a section under one
  kDecimal,       // no explicit parts; "1.", "2." open the parts, "1.1." their sections
  kCapitalParts,  // no explicit parts nor deeper numbers of their own; "1. MỤC TIÊU" in
                  // capitals opens a part, "1. Mục tiêu chung" under it is a section
};

enum class HeadingRole {
  kPart,
  kSection,       // "1." under a part, "1.1.", "5.2.1."
  kLettered,      // "a)"
  kNumberedItem,  // in a decimal document, a "1." that opens no part: a numbered list
};

struct HeadingPlace {
  HeadingRole role = HeadingRole::kSection;
  int level = 2;  // the depth the tree nests it at: 0-1 parts, 2-5 sections, 6 a), 10 items
};

// Tree levels of the headings (bullets, tables and paragraphs go below them).
constexpr int kVolumeLevel = 0;  // "Phần I" of a document whose parts are "I.", "II."
constexpr int kPartLevel = 1;
constexpr int kLetteredLevel = 6;
constexpr int kNumberedItemLevel = 10;

// The scheme of a document, from its numbered headings in order: decimal when it
// has no explicit part and at least one single number owns the deeper numbers after
// it (see DecimalRoles); capital parts when, without either, two single numbers
// are headings in capitals; Roman otherwise.
NumberingScheme ReadScheme(const std::vector<NumberedHeading>& headings);

// The roles of the headings of a decimal document. A single number "k." opens a
// part when it is the last "k." before the first deeper number ("k.1.", …) that
// follows it, or is written in capitals, or is the next part's number where no
// numbered list goes on or starts (after a colon); numbers of parts only go up.
// Another single number is the part's next section written with its own number
// only ("3.7." then "8."), or else an item of a numbered list.
std::vector<HeadingRole> DecimalRoles(const std::vector<NumberedHeading>& headings);

// The role and level of every heading, in the scheme the document uses.
std::vector<HeadingPlace> PlaceHeadings(const std::vector<NumberedHeading>& headings);

// The number of parts of a marker: 1 for "2", 3 for "2.1.3".
int MarkerDepth(const std::string& marker);

// The last number of a marker: 3 for "2.1.3", 0 when there is none.
int LastNumber(const std::string& marker);

// A numbered list written among numbered sections. A number that restarts at 1
// below an open section of its own depth, right after a line that ends with a
// colon, starts a list ("2. Chỉ tiêu:" then "1. …", "2. …"; in a decimal outline
// "2.2. Nhiệm vụ, gồm:" then "2.1. …", "2.2. …"); the next number with the same
// prefix continues it. Anything else that is not an item ends it (Reset).
class NumberedList {
 public:
  // Whether the heading numbered `marker` is an item of the list; `open_number`
  // is the last number of the innermost open section as deep as `marker` (0 when
  // none), `after_colon` whether the line before ends with ':'.
  bool Take(const std::string& marker, int open_number, bool after_colon);
  // An item of a plain numbered list the numbering already decided on.
  void TakeItem(const std::string& marker);
  void Reset() { last_ = 0; }
  bool going_on() const { return last_ > 0; }

 private:
  std::string prefix_;  // the marker without its last number: "2." for "2.1", "" for "3"
  int last_ = 0;        // the last item's number, 0 = no list going on
};

}  // namespace ntmx
