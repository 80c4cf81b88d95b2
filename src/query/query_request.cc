// See query_request.h.
#include "query/query_request.h"

#include <array>
#include <utility>

namespace ntmx {
namespace {

constexpr std::array<std::pair<QueryKind, const char*>, 6> kNames = {{
    {QueryKind::kDocuments, "documents"},
    {QueryKind::kCriteria, "criteria"},
    {QueryKind::kTargets, "targets"},
    {QueryKind::kTasks, "tasks"},
    {QueryKind::kUnits, "units"},
    {QueryKind::kFindings, "findings"},
}};

}  // namespace

bool ParseQueryKind(std::string_view name, QueryKind* out) {
  for (const auto& [kind, kind_name] : kNames) {
    if (name == kind_name) {
      *out = kind;
      return true;
    }
  }
  return false;
}

const char* QueryKindName(QueryKind kind) {
  for (const auto& [k, name] : kNames)
    if (k == kind) return name;
  return "documents";
}

}  // namespace ntmx
