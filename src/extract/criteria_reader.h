// CriteriaReader: what a plan says about its criteria — which are met, unmet or
// planned for whom, and the counts it claims — read once and shared by the
// criteria_status and criteria_counts extractors.
//
// Consumes the structured document (tree + folded text), the header facts an
// earlier extractor wrote (year, locality, title, legal bases), the rules of
// patterns/criteria.toml and the criteria catalogue. Produces facts with spans:
//
//   "- Tiêu chí đã đạt 14/19 tiêu chí, gồm: Tiêu chí số 02 về giao thông; …"
//      -> count {met, 14, total 19, listed 14}, status {2, met}, …
//   "- Các tiêu chí chưa đạt gồm 11 tiêu chí:" + a numbered list below
//      -> count {unmet, 11, listed 11} and one unmet status per list item
//   "+ Cấp huyện: Duy trì chuẩn tiêu chí số 3 về thủy lợi…" -> huyen_ntm 3 met
//   "| 2 | Giao thông | Đạt |" under a "Kết quả" header -> 2 met
//
// How a statement is read:
//   - status from cue words (patterns criteria.status.*): unmet beats met beats
//     planned; "thực hiện hoàn thành các tiêu chí chưa đạt" is unmet and planned;
//   - criteria from the words after the claim ("gồm: …", prose split by ";"/","),
//     or the items under a heading or intro line ending in ":" (numbered, bulleted,
//     lettered, sub-sections), or table rows;
//   - the criteria set from the sentence, then the headings above it, then the
//     title (xa_ntm_2026 when the plan cites 51/2025/QĐ-TTg);
//   - the subject from a commune named in the sentence or a heading ("(xã Bản
//     Bo)", "… – Tân Lợi:"), else the document's commune, else its district;
//     district sets always take the district, town sets a "thị trấn" named nearby.
//   - a village (thôn, bản, ấp, tổ dân phố) named by the statement or opening its
//     sentence is the subject, under the village set; a table with a village
//     column gives each row's village;
//   - a bare "đạt" reports what is met or sets a goal by, in turn: a review date
//     or a year in the clause (before the plan year: met; from it on: a goal),
//     words of the present ("hiện", "đến nay"), the headings above, a place
//     named right before it ("xã An Phú đạt 14 tiêu chí");
//   - a list written in a line ends with its sentence; a table right after a line
//     ending in ":" is the list of the claims of that line (`listed` by status),
//     a table before a claim is not;
//   - "các tiêu chí này", "các tiêu chí còn thiếu" after a promise point back at
//     the criteria the line named last; a criterion the plan adds to its set
//     ("có thêm tiêu chí số 20 về …") is read by its name like the catalogue's.
// A count about many units ("12/12 xã đạt tiêu chí số 2") is a target, not a
// status, and an indicator ("chỉ tiêu 5.1 của tiêu chí số 5") is not its criterion.
// Floors, ranges, averages ("dưới 15 tiêu chí", "từ 17 – 18 tiêu chí", "bình quân
// … 18 tiêu chí") are no claims, nor a change ("tăng 3 tiêu chí") without its list.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "extract/extractor.h"

namespace ntmx {

class CriteriaCatalogue;
struct CriteriaRules;

struct CriteriaReading {
  std::vector<CriteriaStatus> statuses;  // one per (subject, set, criterion, status)
  std::vector<CriteriaCount> counts;     // one per (subject, set, status, count, total)
  // A criterion written with a number whose name is another criterion's.
  struct NameMismatch {
    std::string subject;
    std::string criteria_set;
    int written_number = 0;
    int named_number = 0;
    std::string written;  // the words as written
    Span span;
  };
  std::vector<NameMismatch> mismatches;
};

class CriteriaReader {
 public:
  // Fails when a rule of patterns/criteria.toml or the catalogue is missing.
  static Status Create(const Resources& resources, std::unique_ptr<CriteriaReader>* out);

  // Reads `doc`; `so_far` supplies the header facts (run after "header").
  CriteriaReading Read(const DocumentView& doc, const Extraction& so_far) const;

  ~CriteriaReader();

 private:
  friend class CriteriaReadingPass;
  CriteriaReader(const Resources& resources, std::unique_ptr<const CriteriaRules> rules);
  const Resources& resources_;
  std::unique_ptr<const CriteriaRules> rules_;  // the rules above, found once
  size_t longest_name_key_ = 0;                 // no catalogue name or alias has a longer key
};

}  // namespace ntmx
