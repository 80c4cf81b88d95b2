// DocumentScope: which stored documents the workbook may show -- the one place that
// decides it, so that every sheet shows rows of the same documents.
//
// Today that is every document in the database. When a plan can be stored as several
// files (copies of one plan: a .pdf and its .docx), the read side will show each plan
// once unless asked for every copy; that choice belongs in ChooseDocuments and
// nowhere else: each sheet keeps a row only when Shows(its document) is true.
// Filters a person typed (--province, --year) are not the scope: they are applied
// by each sheet's query (query/query_sql.h), as `ntmx query` applies them.
//
//   DocumentScope scope;
//   Status s = ChooseDocuments(&store, &scope);
//   if (scope.Shows(row_document_id)) ...
#pragma once

#include <cstdint>
#include <set>

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

// Fills `out` with the documents of `store` the export shows. Fails only when the
// query fails.
Status ChooseDocuments(Store* store, DocumentScope* out);

}  // namespace ntmx
