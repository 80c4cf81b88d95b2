// QuerySql: the one SELECT that answers a QueryRequest (query_request.h), with every
// value the person typed bound as a parameter.
//
// The SQL text is assembled only from fixed fragments chosen by which filters are
// set; what was typed goes into `parameters` (?1, ?2, ...), so no name, however
// spelt, can change the statement. Record kinds read the views of
// schemas/sql/0003_views.sql (criteria_matrix, targets_located, tasks_assigned,
// findings_quoted), so `ntmx query` and an analyst's SQL see the same rows.
//
// Place filters (--province, --district, --commune) compare BarePlaceKey
// (places/bare_place_key.h) of the typed name, computed in the statement by the SQL
// function ntmx_place_key, with, for each document,
//   1. document_place_keys: every name its locality goes by in either scheme
//      (filled at ingest from the gazetteer; a 2025 Hớn Quản plan is found by
//      "Đồng Nai" and by "Bình Phước");
//   2. its own locality column (documents.province, .district, .commune), keyed by
//      the SQL function ntmx_place_key (store/query_functions.h);
//   3. for rows with a subject (criteria, targets, tasks, findings), the subject:
//      a district plan's rows about one commune match --commune of that commune.
// A row matches when any of the three does.
//
// Unless request.all_copies, only rows of each plan's primary copy are selected
// (plan_scope.h): a plan stored as a draft, a PDF and a scan shows its rows once.
//
//   QuerySql q;
//   Status s = BuildQuerySql(request, &q);
//   s = store.Query(q.sql, q.parameters, &table);
#pragma once

#include <string>
#include <vector>

#include "query/query_request.h"
#include "store/read_only_query.h"
#include "util/status.h"

namespace ntmx {

struct QuerySql {
  std::string sql;
  std::vector<QueryParameter> parameters;
};

// Fails with kInvalidInput, naming the option, when a filter or extra does not
// apply to the kind (--status on targets, --compare on tasks, --why with
// --summary, ...) or has a value outside its vocabulary (--status done).
Status BuildQuerySql(const QueryRequest& request, QuerySql* out);

}  // namespace ntmx
