// See document_scope.h.
#include "xlsx/document_scope.h"

namespace ntmx {

Status ChooseDocuments(Store* store, CopyScope copies, DocumentScope* out) {
  *out = DocumentScope();
  ResultTable t;
  const Status s =
      store->Query("SELECT id FROM documents WHERE " + InScope(copies, "id") + " ORDER BY id", &t);
  if (!s.ok()) return s;
  for (size_t i = 0; i < t.rows.size(); ++i) out->Add(ResultRow(t, i).Int("id"));
  return s;
}

}  // namespace ntmx
