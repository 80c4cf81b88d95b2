// Role lines: the words by which "Tổ chức thực hiện" says who leads or supports
// which criteria, read for the responsibilities extractor.
//
//   - Công chức Văn hóa - Xã hội: chủ trì TC số 5, 6 và 8; phối hợp chỉ tiêu 18.5.
//     ^ lead-in (units)           ^ role word  ^ references (a list)
//   - Công an xã chủ trì chỉ tiêu 19.2; Ban CHQS xã chủ trì chỉ tiêu 19.1.
//   | Đơn vị | Chủ trì | Phối hợp |        <- a table of units by role
//   | KT-HT  | 1, 2    | 4        |
//
// Each reference takes the role of the role word before it in its sentence
// ("chủ trì A; phối hợp B"), so one line may give both roles. The words are rules
// of patterns/responsibilities.toml (role words, the reference list with its
// ranges "18.1–18.5" and "19.1/19.2", a criterion named after a role word); which
// words name units is the registry's (schemas/units.tsv, AssignmentReader).
// Everything here reads FOLDED text (text/fold.h).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/assignments.h"
#include "extract/extractor.h"
#include "rules/rule_binding.h"

namespace ntmx {

// Criteria and indicators, sorted and without repeats.
struct RefSet {
  std::set<int> criteria;
  std::set<std::string> indicators;
  bool empty() const { return criteria.empty() && indicators.empty(); }
  void Add(const RefSet& o) {
    criteria.insert(o.criteria.begin(), o.criteria.end());
    indicators.insert(o.indicators.begin(), o.indicators.end());
  }
};

// A reference (or list of them) at folded bytes [begin, end) of a clause.
struct PlacedRefs {
  size_t begin = 0;
  size_t end = 0;
  RefSet refs;
};

// References of a clause with their role.
struct RoleRefs {
  bool lead = false;
  PlacedRefs refs;
};

// One row of a table of units by role.
struct UnitRoleRow {
  Span span;
  std::vector<std::string> units;
  RefSet lead;
  RefSet support;
};

class RoleReader {
 public:
  explicit RoleReader(const Resources& resources);
  // Binds its rules (kRules, patterns/responsibilities.toml); call once before any
  // reading.
  Status Bind(const RuleSet& rules);
  // Its rules, one table (role_lines.cc).
  static const RuleField<RoleReader> kRules[];

  // The criteria and indicators folded `s` names by number, left to right:
  // "tiêu chí số 5, 6 và 8", "TC số 3", "các chỉ tiêu 18.1–18.5", "19.1/19.2";
  // "Bộ tiêu chí" is a set and is skipped. Numbers outside 1..20 are dropped.
  std::vector<PlacedRefs> References(std::string_view s) const;

  // The references of one clause with their roles: each takes the role word before
  // it; those before any take `*carried` (the clause before's last role), else
  // `fallback_lead`. A criterion named right after a role word ("chủ trì TC Thu
  // nhập") resolves in `set`. `*carried` is updated to the clause's last role.
  std::vector<RoleRefs> Roles(std::string_view clause, std::string_view set, bool fallback_lead,
                              std::optional<bool>* carried) const;

  // Whether folded `s` holds a lead word.
  bool HasLeadWord(std::string_view s) const;

  // The units a clause opens with ("Công an xã chủ trì …", "Công chức A và Công
  // chức B: chủ trì …") and the folded byte of `clause` where the rest starts;
  // nullopt when the clause opens with no unit list. `clause` is a span of the text.
  struct LeadIn {
    std::vector<std::string> units;
    size_t rest = 0;  // folded bytes from the clause's start
  };
  std::optional<LeadIn> ReadLeadIn(const DocumentView& doc, Span clause,
                                   const AssignmentReader& reader, std::string_view commune) const;

  // The rows of every table whose header names a unit column and a lead or support
  // column ("| Đơn vị | Chủ trì | Phối hợp |"), the role cells read as reference lists.
  std::vector<UnitRoleRow> UnitTableRows(const DocumentView& doc, const AssignmentReader& reader,
                                         std::string_view commune) const;

 private:
  RefSet ListOf(std::string_view list, bool indicators_only) const;

  const Resources& resources_;
  const Rule* lead_word_ = nullptr;
  const Rule* support_word_ = nullptr;
  const Rule* references_ = nullptr;
  const Rule* named_object_ = nullptr;
  const Rule* unit_table_ = nullptr;
  // The header cells of a table of units by role: lead, support, and a work column
  // that makes it another kind of table.
  const Rule* lead_column_ = nullptr;
  const Rule* support_column_ = nullptr;
  const Rule* work_column_ = nullptr;
};

}  // namespace ntmx
