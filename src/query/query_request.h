// QueryRequest: what `ntmx query` was asked, before it becomes SQL.
//
// One kind of row (documents, criteria, targets, tasks, units, findings), the
// filters a person typed (names as typed: "binh phuoc", "tỉnh Bình Phước"), and the
// extras: --why (where each row came from), --compare (targets lined up by metric)
// and --summary (criteria counted per criterion), and whether to show every copy
// of a plan (--all-copies) or each plan once. query_sql.h turns it into one
// SELECT with bound parameters.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ntmx {

enum class QueryKind { kDocuments, kCriteria, kTargets, kTasks, kUnits, kFindings };

// "documents" -> kDocuments, ...; false for anything else.
bool ParseQueryKind(std::string_view name, QueryKind* out);
const char* QueryKindName(QueryKind kind);

struct QueryFilters {
  std::optional<std::string> province;  // any spelling, with or without "tỉnh"
  std::optional<std::string> district;
  std::optional<std::string> commune;
  std::optional<int> year;
  std::optional<std::string> set;  // a catalogue id: xa_ntm
  std::optional<int> criterion;
  std::optional<std::string> indicator;  // "13.3"
  std::optional<std::string> status;     // met, unmet, planned (criteria)
  std::optional<std::string> unit;       // part of a responsible unit's name, folded
  std::optional<std::string> role;       // lead, support (units)
};

struct QueryRequest {
  QueryKind kind = QueryKind::kDocuments;
  QueryFilters filters;
  bool why = false;      // add source, page, rule and quote
  bool compare = false;  // targets: the same metric across subjects
  bool summary = false;  // criteria: met/unmet/planned per criterion
  // Every stored file; by default each plan once, through its primary copy
  // (plan_scope.h).
  bool all_copies = false;
};

}  // namespace ntmx
