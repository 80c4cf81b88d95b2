// See query_sql.h. Each kind is described once (KindShape: where its rows come from
// and which expression each filter compares); one function adds the WHERE clause
// for all of them.
#include "query/query_sql.h"

#include <string_view>

#include "places/place_key.h"
#include "query/plan_scope.h"
#include "text/fold.h"

namespace ntmx {
namespace {

// Task units and responsibilities as one list of (unit, role, what) rows.
constexpr std::string_view kUnitRows =
    "(SELECT u.unit, u.role, 'task' AS source_kind, t.criterion, t.indicator, t.title AS task,"
    " t.document_id, t.subject, t.span_begin, t.span_end, t.rule_id, t.id AS task_id,"
    " NULL AS responsibility_id FROM task_units u JOIN tasks t ON t.id = u.task_id"
    " UNION ALL"
    " SELECT r.unit, r.role, 'responsibility', c.criterion,"
    " (SELECT group_concat(i.indicator, ', ') FROM responsibility_indicators i"
    " WHERE i.responsibility_id = r.id), NULL, r.document_id, NULL, r.span_begin, r.span_end,"
    " r.rule_id, NULL, r.id FROM responsibilities r"
    " LEFT JOIN responsibility_criteria c ON c.responsibility_id = r.id) v"
    " JOIN documents d ON d.id = v.document_id";

// Where a kind's rows come from and what each filter compares; an empty expression
// means the filter does not apply to the kind.
struct KindShape {
  std::string_view from = {};
  std::string_view columns = {};
  // source, page, rule, quote, then what AddSentences (quoted_sentence.h) reads.
  std::string_view why_columns = {};
  std::string_view order_by = {};
  std::string_view document_id = {};
  std::string_view locality = {};  // table alias holding province/district/commune
  std::string_view subject = {};
  std::string_view year = {};
  std::string_view set = {};
  std::string_view criterion = {};
  std::string_view indicator = {};
  std::string_view status = {};
  std::string_view unit = {};  // folded name contains the parameter
  std::string_view role = {};
};

constexpr KindShape kDocuments = {
    .from = "documents d",
    .columns =
        "d.id, d.source, d.year, d.doc_type AS type, d.doc_number AS number,"
        " d.issuer_level AS level, d.province, d.district, d.commune, d.title,"
        " (SELECT count(*) FROM documents c WHERE c.plan_id = d.plan_id) AS copies",
    .why_columns = "",
    .order_by = "d.province, d.district, d.commune, d.year, d.source",
    .document_id = "d.id",
    .locality = "d",
    .year = "d.year",
};

// --why over a view: every view of 0003_views.sql carries the same provenance columns.
constexpr const char* kViewWhyColumns =
    "v.source, v.page, v.rule_id AS rule, v.quote, v.document_id AS _document,"
    " v.span_begin AS _span_begin, v.span_end AS _span_end";

constexpr KindShape kCriteria = {
    .from = "criteria_matrix v",
    .columns =
        "v.year, v.province, v.district, v.subject, v.criteria_set AS \"set\","
        " v.criterion, v.criterion_name AS name, v.status",
    .why_columns = kViewWhyColumns,
    .order_by =
        "v.province, v.district, v.subject, v.year, v.criteria_set, v.criterion,"
        " v.status_id",
    .document_id = "v.document_id",
    .locality = "v",
    .subject = "v.subject",
    .year = "v.year",
    .set = "v.criteria_set",
    .criterion = "v.criterion",
    .status = "v.status",
};

constexpr KindShape kTargets = {
    .from = "targets_located v",
    .columns =
        "v.year, v.province, v.subject, v.criterion, v.indicator, v.metric,"
        " v.comparator AS cmp, v.value, v.value_max AS max, v.of_total AS \"of\", v.unit,"
        " v.actual",
    .why_columns = kViewWhyColumns,
    .order_by =
        "v.province, v.district, v.subject, v.year, v.criterion IS NULL, v.criterion,"
        " v.indicator, v.target_id",
    .document_id = "v.document_id",
    .locality = "v",
    .subject = "v.subject",
    .year = "v.year",
    .set = "v.criteria_set",
    .criterion = "v.criterion",
    .indicator = "v.indicator",
};

constexpr KindShape kTasks = {
    .from = "tasks_assigned v",
    .columns =
        "v.year, v.province, v.subject, v.criterion, v.indicator, v.title, v.lead,"
        " v.support, v.deadline_text AS deadline, v.deadline_end AS \"by\"",
    .why_columns = kViewWhyColumns,
    .order_by = "v.province, v.district, v.source, v.task_id",
    .document_id = "v.document_id",
    .locality = "v",
    .subject = "v.subject",
    .year = "v.year",
    .criterion = "v.criterion",
    .indicator = "v.indicator",
    .unit =
        "EXISTS (SELECT 1 FROM task_units u WHERE u.task_id = v.task_id"
        " AND instr(ntmx_fold(u.unit), ?) > 0)",
};

constexpr KindShape kUnits = {
    .from = kUnitRows,
    .columns =
        "d.year, d.province, d.district, v.unit, v.role, v.source_kind AS \"from\","
        " v.criterion, v.indicator, v.task",
    // page as in the views: the count of page starts at or before the span's start.
    .why_columns =
        "d.source, CASE WHEN d.pages IS NULL THEN NULL ELSE (SELECT count(*)"
        " FROM json_each(d.pages) p WHERE p.value <= v.span_begin) END AS page,"
        " v.rule_id AS rule,"
        " substr(d.text, v.span_begin + 1, v.span_end - v.span_begin) AS quote,"
        " d.id AS _document, v.span_begin AS _span_begin, v.span_end AS _span_end",
    .order_by =
        "v.unit, v.role, d.province, d.district, d.source, v.criterion IS NULL,"
        " v.criterion, v.span_begin",
    .document_id = "d.id",
    .locality = "d",
    .subject = "v.subject",
    .year = "d.year",
    .criterion = "v.criterion",
    .indicator =
        "(v.indicator = ? AND v.task_id IS NOT NULL OR EXISTS (SELECT 1 FROM"
        " responsibility_indicators i WHERE i.responsibility_id = v.responsibility_id"
        " AND i.indicator = ?))",
    .unit = "instr(ntmx_fold(v.unit), ?) > 0",
    .role = "v.role",
};

constexpr KindShape kFindings = {
    .from = "findings_quoted v",
    .columns = "v.year, v.province, v.subject, v.check_id AS \"check\", v.severity, v.message",
    .why_columns = kViewWhyColumns,
    .order_by = "v.province, v.district, v.source, v.finding_id",
    .document_id = "v.document_id",
    .locality = "v",
    .subject = "v.subject",
    .year = "v.year",
};

const KindShape& ShapeOf(QueryKind kind) {
  switch (kind) {
    case QueryKind::kCriteria:
      return kCriteria;
    case QueryKind::kTargets:
      return kTargets;
    case QueryKind::kTasks:
      return kTasks;
    case QueryKind::kUnits:
      return kUnits;
    case QueryKind::kFindings:
      return kFindings;
    case QueryKind::kDocuments:
      break;
  }
  return kDocuments;
}

// Builds the WHERE clause: each condition a fixed fragment, each value a parameter.
class WhereClause {
 public:
  explicit WhereClause(QuerySql* out) : out_(out) {}

  // "?N" for a new parameter holding `value`.
  std::string Bind(QueryParameter value) {
    out_->parameters.push_back(std::move(value));
    return "?" + std::to_string(out_->parameters.size());
  }

  // Adds `fragment` with every "?" replaced by "?N" of the one parameter `value`.
  void Add(std::string_view fragment, QueryParameter value) {
    const std::string p = Bind(std::move(value));
    std::string condition;
    for (char c : fragment) {
      if (c == '?') {
        condition += p;
      } else {
        condition += c;
      }
    }
    AddCondition(condition);
  }

  void AddCondition(std::string condition) {
    out_->sql += conditions_ == 0 ? " WHERE " : " AND ";
    out_->sql += "(" + condition + ")";
    ++conditions_;
  }

 private:
  QuerySql* out_;
  int conditions_ = 0;
};

Status NotFor(std::string_view option, QueryKind kind) {
  return Status::InvalidInput(std::string(option) + " does not apply to `ntmx query " +
                              QueryKindName(kind) + "`");
}

void AddPlaceFilter(const KindShape& shape, std::string_view level, const std::string& name,
                    WhereClause* where) {
  // The typed name's bare key is computed by the same SQL function as the columns'
  // (store/query_functions.h), from the type words the store was opened with.
  const std::string bare = "ntmx_place_key(" + where->Bind(name) + ")";
  const std::string whole = where->Bind(PlaceKey(name));
  std::string condition = "EXISTS (SELECT 1 FROM document_place_keys k WHERE k.document_id = ";
  condition += shape.document_id;
  condition += " AND k.level = '";
  condition += level;
  condition += "' AND k.name_key IN (" + bare + ", " + whole + "))";
  condition += " OR ntmx_place_key(" + std::string(shape.locality) + "." + std::string(level) +
               ") = " + bare;
  if (!shape.subject.empty()) {
    condition += " OR ntmx_place_key(" + std::string(shape.subject) + ") = " + bare;
  }
  where->AddCondition(std::move(condition));
}

// Applies every filter of `f` to `shape`, or says which does not apply.
Status AddFilters(QueryKind kind, const KindShape& shape, const QueryFilters& f,
                  WhereClause* where) {
  if (f.province) AddPlaceFilter(shape, "province", *f.province, where);
  if (f.district) AddPlaceFilter(shape, "district", *f.district, where);
  if (f.commune) AddPlaceFilter(shape, "commune", *f.commune, where);
  if (f.year) where->Add(std::string(shape.year) + " = ?", int64_t{*f.year});
  if (f.set) {
    if (shape.set.empty()) return NotFor("--set", kind);
    where->Add(std::string(shape.set) + " = ?", *f.set);
  }
  if (f.criterion) {
    if (shape.criterion.empty()) return NotFor("--criterion", kind);
    where->Add(std::string(shape.criterion) + " = ?", int64_t{*f.criterion});
  }
  if (f.indicator) {
    if (shape.indicator.empty()) return NotFor("--indicator", kind);
    const std::string_view fragment = shape.indicator;
    where->Add(fragment.find('?') == std::string_view::npos ? std::string(fragment) + " = ?"
                                                            : std::string(fragment),
               *f.indicator);
  }
  if (f.status) {
    if (shape.status.empty()) return NotFor("--status", kind);
    if (*f.status != "met" && *f.status != "unmet" && *f.status != "planned") {
      return Status::InvalidInput("--status " + *f.status + ": expected met, unmet or planned");
    }
    where->Add(std::string(shape.status) + " = ?", *f.status);
  }
  if (f.unit) {
    if (shape.unit.empty()) return NotFor("--unit", kind);
    where->Add(shape.unit, FoldKey(*f.unit));
  }
  if (f.role) {
    if (shape.role.empty()) return NotFor("--role", kind);
    if (*f.role != "lead" && *f.role != "support") {
      return Status::InvalidInput("--role " + *f.role + ": expected lead or support");
    }
    where->Add(std::string(shape.role) + " = ?", *f.role);
  }
  return Status::Ok();
}

}  // namespace

Status BuildQuerySql(const QueryRequest& request, QuerySql* out) {
  *out = QuerySql();
  const QueryKind kind = request.kind;
  const KindShape& shape = ShapeOf(kind);
  if (request.compare && kind != QueryKind::kTargets) return NotFor("--compare", kind);
  if (request.summary && kind != QueryKind::kCriteria) return NotFor("--summary", kind);
  if (request.why && shape.why_columns.empty()) return NotFor("--why", kind);
  if (request.why && request.summary) {
    return Status::InvalidInput("--why shows where each row came from; --summary counts rows");
  }

  std::string& sql = out->sql;
  if (request.summary) {
    sql =
        "SELECT v.criteria_set AS \"set\", v.criterion, v.criterion_name AS name,"
        " sum(v.status = 'unmet') AS unmet, sum(v.status = 'planned') AS planned,"
        " sum(v.status = 'met') AS met, count(DISTINCT v.subject) AS subjects";
  } else if (request.compare) {
    sql =
        "SELECT v.criteria_set AS \"set\", v.criterion, v.indicator, v.metric, v.subject,"
        " v.province, v.year, v.comparator AS cmp, v.value, v.value_max AS max, v.unit";
  } else {
    sql = "SELECT " + std::string(shape.columns);
  }
  if (request.why) sql += ", " + std::string(shape.why_columns);
  sql += " FROM " + std::string(shape.from);

  WhereClause where(out);
  Status s = AddFilters(kind, shape, request.filters, &where);
  if (!s.ok()) {
    *out = QuerySql();
    return s;
  }
  if (!request.all_copies) {
    where.AddCondition(InScope(CopyScope::kPrimaryCopies, shape.document_id));
  }
  if (request.summary) {
    sql +=
        " GROUP BY v.criteria_set, v.criterion"
        " ORDER BY unmet DESC, planned DESC, met, v.criteria_set, v.criterion";
  } else if (request.compare) {
    sql +=
        " ORDER BY v.criterion IS NULL, v.criteria_set, v.criterion, v.indicator IS NULL,"
        " v.indicator, v.unit, v.value DESC, v.province, v.subject, v.target_id";
  } else {
    sql += " ORDER BY " + std::string(shape.order_by);
  }
  return Status::Ok();
}

}  // namespace ntmx
