// OCR repair: what Tesseract does to Vietnamese plans, undone line by line where the
// repair cannot be wrong. Applied only to lines read by OCR (pdf_ocr.h), before they are
// put into paragraphs, so page offsets stay exact.
//
//   OcrRepair repair;
//   Status s = OcrRepair::Create(rewrite_rows, phrase_rows, &repair);
//   repair.Apply("đạt 1 9 tiêu chi nông thôn mởi, ngày 0 4/1 1/2015")
//     == "đạt 19 tiêu chí nông thôn mới, ngày 04/11/2015"
//
// Two kinds of repair, both data a domain expert edits (schemas/ocr_repair.tsv and
// schemas/ocr_words.tsv):
//   * rewrites: an RE2 pattern on the line as read (not folded: "O" and "0" differ
//     there) and its replacement (\1 ... for groups), with an example and what it must
//     become, checked when the file is loaded. Broken numbers ("1 9 tiêu chí"), "O" for
//     "0" between digits, spaces inside dates, table rules read as "|". Each rewrite is
//     applied until the line no longer changes (at most a few times).
//   * known phrases (two syllables or more: criteria names, unit names, "Ủy ban nhân
//     dân", "nông thôn mới"): a run of words that folds (text/fold.h) to a known phrase
//     gets the phrase's letters and marks, keeping each word's case as read ("NÔNG THÔN
//     MƠI" -> "NÔNG THÔN MỚI"). A word whose letters and marks are already the phrase's,
//     the tone mark merely on another vowel ("hoá"/"hóa"), is left as it is. One
//     syllable alone is never restored: "mơi"/"mới"/"mối" are all words.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/status.h"
#include "util/tsv.h"

namespace re2 {
class RE2;
}

namespace ntmx {

class OcrRepair {
 public:
  OcrRepair();
  ~OcrRepair();
  OcrRepair(OcrRepair&&) noexcept;
  OcrRepair& operator=(OcrRepair&&) noexcept;

  // Builds the repair from the rows of the two files: rewrites are
  // (id, pattern, replacement, example, repaired[, note]), phrases (phrase[, note]).
  // A pattern that does not compile, or an example that does not become its
  // `repaired` text, is an error naming `rewrites_name`:line and the rule id.
  static Status Create(const std::vector<TsvRow>& rewrites, const std::vector<TsvRow>& phrases,
                       const std::string& rewrites_name, OcrRepair* out);

  // The line repaired. Linear in the line for each rule.
  std::string Apply(std::string_view line) const;

  size_t rewrite_count() const { return rewrites_.size(); }
  size_t phrase_count() const { return phrase_count_; }

 private:
  struct Rewrite;
  struct Phrase {
    std::vector<std::string> folded;         // one per syllable, punctuation aside
    std::vector<std::string> words;          // as the list spells them, punctuation aside
    std::vector<std::string> before, after;  // punctuation around each ("phòng," -> ",")
  };
  std::string RestorePhrases(std::string_view line) const;

  std::vector<std::unique_ptr<Rewrite>> rewrites_;
  // Phrases by their first folded syllable, longest first.
  std::unordered_map<std::string, std::vector<Phrase>> phrases_;
  size_t phrase_count_ = 0;
};

}  // namespace ntmx
