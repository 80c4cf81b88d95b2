// PlanCopyRules: the parameters that decide when two stored files are copies of one
// plan, read from schemas/plan_copies.toml (the file says what each one means).
//
// They are numbers and look-alike letters a person may tune (how alike two texts
// must be, which OCR misreadings a document number forgives), so they live in a
// data file, not in C++; store/plan_identity.h applies them.
//
//   PlanCopyRules rules;
//   Status s = LoadPlanCopyRules(PlanCopiesFile(data_dir), &rules);
#pragma once

#include <filesystem>
#include <map>

#include "util/status.h"

namespace ntmx {

struct PlanCopyRules {
  int shingle_words = 0;                     // words per shingle of the text resemblance (>= 1)
  double min_resemblance = 0.0;              // 0 < ... <= 1: texts of an unnumbered draft
  double min_resemblance_same_number = 0.0;  // texts of two copies with one number
  double min_title_resemblance = 0.0;        // 0 < ... <= 1: titles (sets of words)
  // A letter OCR reads for a digit -> that digit, both folded ASCII ('o' -> '0').
  std::map<char, char> digit_lookalikes;
};

// Reads `file`. Fails with "file:line: problem" when a key is missing, has the
// wrong type or is out of range (shingle_words below 1, a resemblance outside
// (0, 1], a look-alike that is not one letter for one digit).
Status LoadPlanCopyRules(const std::filesystem::path& file, PlanCopyRules* out);

}  // namespace ntmx
