// Soft wraps: join the lines of a hard-wrapped text (a plan copied out of a PDF, a
// fixed-width export) back into the logical lines its author wrote, before the
// structure stage classifies them.
//
//   "- Chủ trì: Công chức Địa chính - Xây dựng; phối hợp: Phòng TN&MT huyện, Trạm Y\n"
//   "tế xã.\n"
//     -> "- Chủ trì: Công chức Địa chính - Xây dựng; phối hợp: Phòng TN&MT huyện, Trạm Y tế xã."
//
// Why a step of its own: every later reader (headings, role lines, criteria lists,
// targets) reads one line at a time, and a wrap anywhere — after "TC số", inside a
// unit's name — splits what they read. Deciding once, here, keeps them line-based.
//
// How it decides, in two steps:
//  1. The document: is it wrapped at all? Its body lines (after the document-type
//     line, tables aside) have a width W (the 95th percentile of their lengths); the
//     text is wrapped when W is a plausible page width (40 to 130 columns) and many of
//     the lines (a share, and a dozen at least) end close to it. A plan typed with one line a
//     paragraph has many lines far longer than any page, and nothing is joined.
//  2. Each line break of a wrapped document: the break after line A is soft when the
//     first word of the next line B would not have fitted on A (A is "full") and B
//     reads as a continuation: B does not open an item, heading, footnote, table row,
//     recipients list or signature (patterns/structure.toml), and either B starts in
//     lower case (or with a digit), or A does not end a sentence, or A ends a list
//     item run on in its paragraph ("…(Văn hóa);" / "TC số 18 …", but not before
//     "Căn cứ …"), or A introduces with a colon what B, its paragraph's last line,
//     says. A line ending in a word that takes a number ("TC số", "chỉ tiêu") is
//     continued by a number even when it looks like a section ("13.3 thực hiện …").
//
// Provenance: a join replaces the line end by one space, so the text keeps its length
// and every offset keeps its meaning (as in NormalizeOptions::max_line_bytes); spans
// computed later point into the joined text the structure stage stores.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "rules/rule_set.h"
#include "util/status.h"

namespace ntmx {

// The rules the decision reads (all of patterns/structure.toml); none may be null.
struct SoftWrapRules {
  const Rule* doc_type;      // where the body starts: lines above it are never joined
  const Rule* item_start;    // a line opening an item or heading: never a continuation
  const Rule* part;          // "II. …" (its numeral must be in capitals)
  const Rule* roman_period;  // "II/2025": a quarter written so, no part
  const Rule* footnote;      // "¹ …"
  const Rule* recipients;    // "Nơi nhận:"
  const Rule* signature;     // "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"
  const Rule* title_end;     // "(Ban hành kèm theo …)", "Kính gửi:"
  const Rule* sentence_end;  // a line ending . ; : ! ?
  const Rule* opener;  // "Căn cứ …", "Thực hiện …": a new sentence after one that ended
  const Rule* number_taker;    // a line ending in a word a number follows ("TC số")
  const Rule* continued_item;  // a number that continues such a line ("13.3 thực hiện")
};

// Finds the rules above in `rules` by their ids (structure.doc_type_line,
// structure.wrap_item_start, …); fails naming the first one missing.
Status FindSoftWrapRules(const RuleSet& rules, SoftWrapRules* out);

struct SoftWrapOptions {
  size_t max_width = 130;          // a wider "width" is no page: the text is not wrapped
  size_t min_width = 40;           // nor a narrower one: a short plan of short lines
  size_t min_lines = 10;           // fewer body lines tell nothing
  size_t min_near_lines = 12;      // fewer lines ending near the width tell nothing either
  double width_percentile = 0.95;  // W: this share of the lines is at most W long
  double near_width = 0.7;         // a line longer than near_width * W ends near W ...
  double min_near_share = 0.3;     // ... and at least this share of the lines does so
  double full_share = 0.75;        // A is full when A + " " + B's first word > full_share * W
};

// What step 1 found.
struct WrapProfile {
  bool wrapped = false;
  size_t width = 0;         // W, in code points (0 when there are too few lines)
  double near_share = 0.0;  // share of the body lines longer than near_width * W
  size_t body_begin = 0;    // byte offset of the first line that may be joined
};

WrapProfile MeasureWrapProfile(std::string_view text, const SoftWrapRules& rules,
                               const SoftWrapOptions& options = {});

// Joins the soft-wrapped lines of `text` (normalized: "\n" line ends, lines trimmed)
// by turning their line ends into spaces; returns how many it joined. Linear in the
// text; a text that is not wrapped is only measured.
size_t JoinSoftWraps(std::string* text, const SoftWrapRules& rules,
                     const SoftWrapOptions& options = {});

}  // namespace ntmx
