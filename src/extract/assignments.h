// Assignments: what the tasks and responsibilities extractors share — the units
// an assignment names, read through the units registry, and the unit sections of
// the "Tổ chức thực hiện" part.
//
//   VI. TỔ CHỨC THỰC HIỆN                      <- rule tasks.organisation_part
//   1. Phòng Nông nghiệp và PTNT:               <- a UnitSection: units, then
//   - Chủ trì … tiêu chí số 3 …; (*Phối hợp với Phòng TN&MT*)   its paragraphs
//
// Unit lists are split on ";" and "," (and on "và" before a unit word), each
// piece mapped to its canonical name; a list that carries a footnote mark
// ("các cơ quan, đơn vị phụ trách các tiêu chí¹") is read from the footnote.
// Pieces the registry does not know are kept as written only where a unit is
// certain to be named (block lines, headings) and counted in Diagnostics.
#pragma once

#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor.h"
#include "knowledge/unit_registry.h"
#include "rules/rule_binding.h"

namespace ntmx {

struct UnitSection {
  int node = 0;                    // the section heading's node
  std::vector<std::string> units;  // canonical
  Span rest;                       // words after the heading's colon (may be empty)
  std::vector<Span> paragraphs;    // `rest` (when not empty) and every descendant line
};

// One row of an assignment table ("| TT | Tiêu chí | Đơn vị chủ trì | Đơn vị phối
// hợp | Thời gian |"): the columns are found by their header words.
struct AssignmentRow {
  Span span;                             // the row
  std::string title;                     // the criterion cell as written
  std::optional<int> criterion;          // "Tiêu chí số 10 - Thu nhập", "Quy hoạch"
  std::optional<std::string> indicator;  // "13.2"
  std::vector<std::string> lead;
  std::vector<std::string> support;
  std::string when;                  // the time cell as written; may be empty
  bool when_is_completion = false;   // the time column says "hoàn thành"
  std::optional<std::string> place;  // the village cell, type word removed ("Bản X" -> "X")
  // The table lists work (it has a time or a content column), not only who leads
  // which criterion: a table of roles gives responsibilities, never tasks.
  bool work = false;
  // The row lies in the part that assigns work to units ("Tổ chức thực hiện").
  bool in_organisation_part = false;
};

// The units named at the head of a clause ("Ban quản lý NTM xã tổng hợp …",
// "UBND xã An Bình chủ trì, phối hợp với …"), found by AssignmentReader::ClauseLead.
struct ClauseUnits {
  std::vector<std::string> units;  // canonical
  Span span;                       // the words that name them
  Span verb;                       // the verb after them
};

class AssignmentReader {
 public:
  explicit AssignmentReader(const Resources& resources);  // needs resources.units
  // Binds its rules (kRules, patterns/tasks.toml); call once before any reading.
  Status Bind(const RuleSet& rules);
  // Its rules, one table (assignments.cc).
  static const RuleField<AssignmentReader> kRules[];

  // The canonical units of a list as written in `span` of the document.
  // `keep_unknown`: keep pieces the registry does not know (counted).
  // `exact`: only names the registry knows whole (a partner in a sentence:
  // "các phòng, ban, ngành liên quan" is too vague to be one).
  std::vector<std::string> Units(const DocumentView& doc, Span span, std::string_view commune,
                                 bool keep_unknown, Diagnostics* diagnostics,
                                 bool exact = false) const;

  // The canonical units of `span` when its words are a list of units and nothing
  // else ("Công chức A và Công chức B", "Công an xã"): every piece a name the
  // registry knows whole or, with `allow_unknown`, a name that opens with a unit
  // word (kept as written, abbreviations expanded). Empty otherwise.
  std::vector<std::string> WholeUnitList(const DocumentView& doc, Span span,
                                         std::string_view commune, bool allow_unknown) const;

  // The unit sections of the organisation part(s), in document order.
  std::vector<UnitSection> UnitSections(const DocumentView& doc, std::string_view commune,
                                        Diagnostics* diagnostics) const;

  // Known partners named by "phối hợp với …" in `span`; `in_parentheses` selects
  // the ones inside "( … )" (true) or outside (false).
  std::vector<std::string> Partners(const DocumentView& doc, Span span, std::string_view commune,
                                    bool in_parentheses) const;

  // The units that open the clause starting at `clause.begin` (after an optional
  // "Giao", "Đề nghị" or "Đối với"), ended by a verb of rule tasks.clause_verb;
  // every piece must be a unit the registry knows whole. nullopt otherwise.
  std::optional<ClauseUnits> ClauseLead(const DocumentView& doc, Span clause,
                                        std::string_view commune) const;

  // The rows of every table whose header names a lead column ("chủ trì",
  // "phụ trách"); criteria resolve in `set`.
  std::vector<AssignmentRow> TableRows(const DocumentView& doc, std::string_view commune,
                                       std::string_view set, Diagnostics* diagnostics) const;

  const UnitRegistry& registry() const { return registry_; }

 private:
  // A unit section whose heading has no colon and is running text that opens
  // with its units ("2. Ban quản lý NTM xã tổng hợp …, báo cáo … hằng quý."): the
  // units are the clause's head, the line after them its first paragraph.
  // A village cell's name without its type word ("Bản Nà Lầu" -> "Nà Lầu").
  std::optional<std::string> VillageName(const IndexedText& text, Span cell) const;
  std::optional<UnitSection> RunningSection(const DocumentView& doc, int node, Span units_span,
                                            std::string_view commune) const;

  const Resources& resources_;
  const UnitRegistry& registry_;  // resources.units
  const Rule* organisation_part_ = nullptr;
  const Rule* unit_heading_ = nullptr;
  const Rule* partners_ = nullptr;
  const Rule* clause_verb_ = nullptr;
  const Rule* village_column_ = nullptr;
  const Rule* village_prefix_ = nullptr;
  const Rule* criterion_cell_ = nullptr;
  // The header words of an assignment table's columns (patterns/tasks.toml).
  const Rule* lead_column_ = nullptr;
  const Rule* support_column_ = nullptr;
  const Rule* subject_column_ = nullptr;
  const Rule* when_column_ = nullptr;
  const Rule* work_column_ = nullptr;
  const Rule* completion_column_ = nullptr;
  // tasks.unit_heading's params.units_max_chars; no bound when the rule has none.
  size_t max_unit_heading_chars_ = std::numeric_limits<size_t>::max();
};

// Views of out.plan (extract/plan_context.h), which the caller built with
// PlanContextOf: the plan's commune (else empty), its default subject, and the
// criteria set names resolve in (the title's set, in the document's period).
std::string PlanCommune(const Extraction& out);
std::string PlanSubject(const Extraction& out);
std::string PlanCriteriaSet(const Extraction& out);

}  // namespace ntmx
