// PlanContext: what a plan is about as a whole — its own place, criteria set,
// programme period, commune group and place scheme — decided once per document.
//
// Every extractor that writes a subject or a set falls back on these when a
// statement names neither ("đạt 16/19 tiêu chí" in a commune plan is about that
// commune, under the set its title names). Before this struct each extractor
// computed its own default and they disagreed (one took the issuer when the
// locality was unknown, another gave an empty subject). Headings refine the context
// for what lies under them (a district plan's "a) Xã An Bình"); that is each
// reader's business, starting from these values.
//
// Built by extract/plan_context.h after the header and period extractors; not part
// of the JSON contract.
#pragma once

#include <optional>
#include <string>

namespace ntmx {

struct PlanContext {
  // The plan's own place at each level, names as the records write them: the
  // locality the header resolved, else the issuer's place at its level (a name
  // the gazetteer does not know is kept as written, never dropped).
  std::optional<std::string> commune;
  std::optional<std::string> district;
  std::optional<std::string> province;
  // The default subject: the most specific of the three, or "" when the document
  // names no place at all.
  std::string subject;
  // The default criteria set id ("xa_ntm", "xa_ntm_nang_cao_2026"…): the first set
  // the title names, else the plain commune set, moved into the document's period.
  std::string criteria_set;
  // The set a bare "tiêu chí số N" of the plan's targets, tasks and responsibilities
  // resolves in: `criteria_set` when it is a commune or village set, else the
  // commune set of the period (a district plan's "12/12 xã đạt tiêu chí số 2" is
  // criterion 2 of xa_ntm, even under a title that names "đô thị văn minh").
  std::string numbered_set;
  // "2021-2025", "2026-2030" or "" (extractor "period"), and its first year (0 when
  // unknown).
  std::string period;
  int period_first_year = 0;
  // The document's commune group (the first "xã nhóm N" of the text), if any.
  std::optional<int> group;
  // The place scheme of the document's date: "2008", "2025" or "" when the date
  // does not decide.
  std::string place_scheme;
};

}  // namespace ntmx
