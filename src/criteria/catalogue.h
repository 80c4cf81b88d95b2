// CriteriaCatalogue: the criteria sets of the programme, their criteria and
// indicators, from schemas/criteria/ (sets.tsv, criteria.tsv, indicators.tsv), so
// that a province's extra criterion or a new period's set is a row of data, not
// code. Indicators are numbered within their criterion ("2.1" belongs to 2).
//
// Criteria are found by number or by name. Names match after folding (case,
// diacritics, tone placement) and through their aliases, and a name may open a
// longer phrase ("Nhà ở dân cư (còn 03 nhà tạm)"):
//
//   catalogue.ByName("xa_ntm", "Cơ sở HTTM nông thôn")->number == 7
//   catalogue.ByNameAtStart("xa_ntm_nang_cao", "y tế (tỷ lệ …)")->number == 14
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace ntmx {

struct CriterionEntry {
  std::string set;   // "xa_ntm"
  int number = 0;    // 1..
  std::string name;  // "Thủy lợi và phòng, chống thiên tai"
  std::vector<std::string> aliases;
  std::string scope;  // empty: national; else the province that added it
};

struct IndicatorEntry {
  std::string set;  // "xa_ntm_2026"
  std::string id;   // "2.1"
  int criterion = 0;
  std::string name;
  std::vector<std::string> aliases;
};

struct CriteriaSetInfo {
  std::string id;             // "xa_ntm"
  std::string subject_level;  // commune, district, village, town, province
  std::string period;         // "2021-2025", "2026-2030"
  std::string decision;       // "318/QĐ-TTg"
  std::string label;
  std::string next;  // the set of the next period that replaces it, or empty
};

class CriteriaCatalogue {
 public:
  // Loads `dir`/sets.tsv, `dir`/criteria.tsv and `dir`/indicators.tsv; errors
  // name file:line (an indicator of an unknown set or criterion is an error).
  static Status Load(const std::filesystem::path& dir, CriteriaCatalogue* out);

  const std::vector<CriteriaSetInfo>& sets() const { return sets_; }
  const CriteriaSetInfo* Set(std::string_view id) const;

  // The criteria of `set` that apply in `province` (national ones, and those the
  // province added), in number order.
  std::vector<const CriterionEntry*> Criteria(std::string_view set,
                                              std::string_view province = {}) const;
  // How many criteria `set` has in `province` (0 for an unknown set).
  int Size(std::string_view set, std::string_view province = {}) const;

  // Every criterion of every set and scope, in file order.
  const std::vector<CriterionEntry>& entries() const { return criteria_; }

  const CriterionEntry* ByNumber(std::string_view set, int number) const;
  // The indicators of criterion `number` of `set`, in file order.
  std::vector<const IndicatorEntry*> Indicators(std::string_view set, int number) const;
  // The indicator `id` ("2.1") of `set`, or nullptr.
  const IndicatorEntry* Indicator(std::string_view set, std::string_view id) const;
  // The sets of `period` ("2026-2030") for subjects of `level` ("commune"), in
  // file order.
  std::vector<const CriteriaSetInfo*> SetsOf(std::string_view period, std::string_view level) const;

  // `set`, or the set of `period` that takes its place (sets.tsv `next`): in a
  // 2026-2030 document "xã nông thôn mới" is xa_ntm_2026. `set` when `period` is
  // empty or `set` has no successor in it.
  std::string InPeriod(const std::string& set, std::string_view period) const;

  // The criterion whose name or alias equals `name` (folded), or nullptr.
  const CriterionEntry* ByName(std::string_view set, std::string_view name) const;
  // The criterion whose name or alias is the longest one that `text` starts with
  // (ending at a word boundary); `length` (may be null) receives the number of
  // folded bytes matched.
  const CriterionEntry* ByNameAtStart(std::string_view set, std::string_view text,
                                      size_t* length = nullptr) const;

 private:
  std::vector<CriteriaSetInfo> sets_;
  std::vector<CriterionEntry> criteria_;
  std::vector<IndicatorEntry> indicators_;
  // set -> folded name or alias -> index in criteria_
  std::map<std::string, std::map<std::string, size_t>, std::less<>> names_;
};

}  // namespace ntmx
