// See copy_mismatch.h. Each compared list is described once (Aspect: which table,
// what must agree, the value, how to name it to a person); one query per aspect
// reads the records of every plan with more than one copy, and Compare does the rest.
#include "query/copy_mismatch.h"

#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "query/record_quote.h"

namespace ntmx {
namespace {

struct Aspect {
  std::string_view table;
  std::string_view key;    // SQL: what the copies must agree on
  std::string_view label;  // SQL: that, in words ("the number of met criteria of xa_ntm")
  std::string_view value;  // SQL: the value stated
  std::string_view where;  // SQL: records compared
};

constexpr Aspect kAspects[] = {
    {.table = "criteria_counts",
     .key = "r.subject || '|' || r.criteria_set || '|' || r.status",
     .label = "'the number of ' || r.status || ' criteria of ' || r.criteria_set",
     .value = "r.count || coalesce('/' || r.total, '')",
     .where = "1"},
    {.table = "criteria_status",
     .key = "r.subject || '|' || r.criteria_set || '|' || r.criterion",
     .label = "'criterion ' || r.criterion || ' of ' || r.criteria_set",
     .value = "r.status",
     .where = "1"},
    {.table = "targets",
     .key = "coalesce(r.subject, '') || '|' || coalesce(r.criteria_set, '') || '|' || r.criterion"
            " || '|' || coalesce(r.indicator, '') || '|' || coalesce(r.unit, '') || '|' ||"
            " coalesce(r.year, '')",
     .label =
         "'the target of criterion ' || r.criterion || coalesce(' (' || r.indicator || ')', '')"
         " || coalesce(' in ' || r.unit, '') || coalesce(' for ' || r.year, '')",
     .value = "r.comparator || ' ' || printf('%g', r.value) || coalesce('-' || printf('%g', "
              "r.value_max), '')",
     .where = "r.criterion IS NOT NULL"},
};

// The quote of a record and its PDF page.
struct Quoted {
  std::string quote;  // "source: «line»"
  std::optional<int> page;
};

// What one copy states about one key: each value with the quote of its first record.
struct CopyStatement {
  std::string source;
  std::optional<int64_t> year;
  std::optional<std::string> subject;
  std::string label;
  std::map<std::string, Quoted> quotes;  // value -> its first record's quote
};

// (plan, key) -> copy_rank -> what that copy states; ordered, so findings come out
// plan by plan, key by key, against the best-ranked copy.
using Statements = std::map<std::pair<int64_t, std::string>, std::map<int64_t, CopyStatement>>;

std::string AspectSql(const Aspect& a) {
  return "SELECT pc.plan_id, pc.copy_rank, d.source, d.year, r.subject, " + std::string(a.key) +
         " AS key, " + std::string(a.label) + " AS label, " + std::string(a.value) + " AS value, " +
         WindowSql("r", "d") + " FROM " + std::string(a.table) +
         " r JOIN documents d ON d.id = r.document_id"
         " JOIN plan_copies pc ON pc.document_id = d.id"
         " WHERE d.ocr = 0 AND " +
         std::string(a.where) +
         " AND d.plan_id IN (SELECT plan_id FROM documents GROUP BY plan_id HAVING count(*) > 1)"
         " ORDER BY pc.plan_id, pc.copy_rank, r.ord";
}

// The first value of `a` that `b` does not state, or nullptr.
const std::pair<const std::string, Quoted>* OnlyIn(const CopyStatement& a, const CopyStatement& b) {
  for (const auto& entry : a.quotes)
    if (!b.quotes.contains(entry.first)) return &entry;
  return nullptr;
}

void Compare(const Statements& statements, std::vector<AuditFinding>* out) {
  for (const auto& [plan_key, copies] : statements) {
    const CopyStatement& reference = copies.begin()->second;
    for (auto it = std::next(copies.begin()); it != copies.end(); ++it) {
      const CopyStatement& other = it->second;
      const auto* ours = OnlyIn(reference, other);
      const auto* theirs = OnlyIn(other, reference);
      if (ours == nullptr || theirs == nullptr) continue;  // one copy only says less
      AuditFinding f;
      f.check = "copy_mismatch";
      f.subject = reference.subject;
      if (reference.year) f.year = static_cast<int>(*reference.year);
      f.severity = "warning";
      f.documents = {reference.source, other.source};
      f.quotes = {ours->second.quote, theirs->second.quote};
      f.pages = {ours->second.page, theirs->second.page};
      f.message = (reference.subject ? *reference.subject + ": " : std::string()) +
                  "copies of one plan disagree on " + reference.label + ": " + ours->first +
                  " in " + reference.source + " but " + theirs->first + " in " + other.source + ".";
      out->push_back(std::move(f));
    }
  }
}

}  // namespace

Status FindCopyMismatches(Store* store, std::vector<AuditFinding>* out) {
  for (const Aspect& aspect : kAspects) {
    ResultTable t;
    Status s = store->Query(AspectSql(aspect), &t);
    if (!s.ok()) return Status::Internal("audit query failed: " + s.message());
    Statements statements;
    for (size_t i = 0; i < t.rows.size(); ++i) {
      const ResultRow row(t, i);
      CopyStatement& c = statements[{row.Int("plan_id"), row.Str("key")}][row.Int("copy_rank")];
      if (c.source.empty()) {
        c.source = row.Str("source");
        c.year = row.OptInt("year");
        c.subject = row.Cell("subject");
        c.label = row.Str("label");
      }
      c.quotes.try_emplace(row.Str("value"),
                           Quoted{QuoteOf(row, c.source, "r"), QuotePage(row, "r")});
    }
    Compare(statements, out);
  }
  return Status::Ok();
}

}  // namespace ntmx
