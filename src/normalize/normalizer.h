// Normalize: turn decoded text into the stored text every later stage indexes.
//
// Consumes valid UTF-8 as the reader produced it (any normalization form, CRLF,
// markdown or LaTeX marks); produces the display text that `documents.text`
// stores and spans point into:
//
//   "## **KẾ HOẠCH**\r\n"           -> "KẾ HOẠCH\n"
//   "tỷ lệ $\\leq 13\\%$"           -> "tỷ lệ ≤ 13%"
//   "Ho\u0300a Bi\u0300nh" (NFD)    -> "Hòa Bình" (NFC)
//   "đ\u01A3ợc" (broken PDF font)   -> "được"
//
// What it does, in order: line ends to "\n"; NFC (ICU); invisible characters
// removed (zero-width, soft hyphen, BOM) and space variants mapped to " "; the
// letter ƣ, which never occurs in Vietnamese, mapped to ư; markdown marks and
// inline LaTeX reduced to their text; spaces collapsed and lines trimmed.
// What it does not do: change letters as written ("hoà" stays "hoà" — folding
// equates it for matching) or reflow paragraphs (that is the structure stage's).
// An NFD copy of a document therefore normalizes to exactly its NFC original.
#pragma once

#include <string>
#include <string_view>

#include "util/deadline.h"
#include "util/diagnostics.h"

namespace ntmx {

struct NormalizeOptions {
  bool strip_markdown = true;  // "##", "**", "*", "***" marks and "\." escapes
  bool reduce_latex = true;    // "$\leq 13\%$" -> "≤ 13%"
  // A line longer than this many bytes is broken into lines at sentence ends (else at
  // spaces) by turning a space into a line end, so that no later stage, whose work
  // per match may grow with the line it is in, ever sees a line of unbounded length
  // (a .txt without line breaks, a PDF read as one paragraph). Offsets keep their
  // meaning: one space becomes one line end. 0: never.
  size_t max_line_bytes = 4096;
};

// Returns the normalized text. `diagnostics` (may be null) receives a warning
// when a share of the text looks garbled by a broken PDF font map. With a
// `deadline` (util/deadline.h), asked between the steps and every 64 KiB of lines,
// it stops once that has expired and returns what it has: the caller, which asks
// the same deadline, then discards the document.
std::string NormalizeText(std::string_view utf8, const NormalizeOptions& options,
                          Diagnostics* diagnostics, const WorkDeadline* deadline = nullptr);

// The single steps, exposed for tests and for other stages that normalize a
// fragment (a pattern's example, a name in a word list).
std::string ToNfc(std::string_view utf8);
std::string ReduceMarkdownLine(std::string_view line);
std::string ReduceLatex(std::string_view line);
// Breaks every line of `text` longer than `max_line_bytes` as NormalizeOptions says;
// returns how many line ends it added. Linear in the text.
size_t BreakLongLines(std::string* text, size_t max_line_bytes);

}  // namespace ntmx
