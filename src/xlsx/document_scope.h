// DocumentScope: which stored documents the workbook may show -- the one place that
// decides it, so that every sheet shows rows of the same documents.
//
// A plan stored as several files (copies of one plan: a .pdf and its .docx) is shown
// once, through its primary copy, unless every copy is asked for (query/plan_scope.h);
// that choice is made in ChooseDocuments and nowhere else: each sheet keeps a row only
// when Shows(its document) is true.
// Filters a person typed (--province, --year) are not the scope: they are applied
// by each sheet's query (query/query_sql.h), as `ntmx query` applies them.
//
//   DocumentScope scope;
//   Status s = ChooseDocuments(&store, CopyScope::kPrimaryCopies, &scope);
//   if (scope.Shows(row_document_id)) ...
#pragma once

#include <cstdint>
#include <set>

#include "query/plan_scope.h"
#include "store/store.h"
#include "util/status.h"

namespace ntmx {

class DocumentScope {
 public:
  bool Shows(int64_t document_id) const { return ids_.count(document_id) > 0; }
  size_t size() const { return ids_.size(); }
  void Add(int64_t document_id) { ids_.insert(document_id); }

 private:
  std::set<int64_t> ids_;
};

// Fills `out` with the documents of `store` the export shows: those in `copies`.
// Fails only when the query fails.
Status ChooseDocuments(Store* store, CopyScope copies, DocumentScope* out);

}  // namespace ntmx
