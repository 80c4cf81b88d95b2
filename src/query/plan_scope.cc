// See plan_scope.h.
#include "query/plan_scope.h"

namespace ntmx {

std::string InScope(CopyScope scope, std::string_view document_id) {
  if (scope == CopyScope::kAllCopies) return "(1)";
  return "(" + std::string(document_id) + " IN (SELECT primary_document_id FROM plans))";
}

}  // namespace ntmx
