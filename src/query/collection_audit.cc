// See collection_audit.h.
#include "query/collection_audit.h"

#include "rules/rule_binding.h"

#include <map>
#include <set>

#include "criteria/catalogue.h"
#include "places/gazetteer.h"
#include "query/copy_mismatch.h"
#include "query/record_quote.h"
#include "text/indexed_text.h"

namespace ntmx {
namespace {

std::string Sql(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

class CollectionAuditor {
 public:
  CollectionAuditor(Store* store, const Resources& r, CopyScope scope,
                    std::vector<AuditFinding>* out)
      : store_(store), r_(r), scope_(scope), out_(out) {}

  Status Run() {
    Status s = StoredFindings();
    if (s.ok()) s = StatusAcrossDocuments();
    if (s.ok()) s = DistrictClaims();
    if (s.ok()) s = FindCopyMismatches(store_, out_);
    return s;
  }

 private:
  Status Query(const std::string& sql, ResultTable* t) {
    Status s = store_->Query(sql, t);
    if (!s.ok()) return Status::Internal("audit query failed: " + s.message());
    return s;
  }

  Status StoredFindings() {
    ResultTable t;
    Status s = Query("SELECT f.check_id, f.subject, d.year, f.severity, f.message, d.source, " +
                         WindowSql("f", "d") +
                         " FROM findings f JOIN documents d ON d.id = f.document_id WHERE " +
                         InScope(scope_, "d.id") + " ORDER BY d.source, f.ord",
                     &t);
    if (!s.ok()) return s;
    for (size_t i = 0; i < t.rows.size(); ++i) {
      const ResultRow row(t, i);
      AuditFinding f;
      f.check = row.Str("check_id");
      f.subject = row.Cell("subject");
      if (const auto year = row.OptInt("year")) f.year = static_cast<int>(*year);
      f.severity = row.Str("severity");
      f.message = row.Str("message");
      f.documents.push_back(row.Str("source"));
      f.quotes.push_back(QuoteOf(row, row.Str("source"), "f"));
      f.pages.push_back(QuotePage(row, "f"));
      out_->push_back(std::move(f));
    }
    return Status::Ok();
  }

  // Met in one document, unmet in another of the same year (conflict) or of a
  // later year (regression). One finding per subject, set and pair of documents,
  // naming every criterion concerned. Two copies of one plan are never such a pair
  // (their disagreements are copy_mismatch).
  Status StatusAcrossDocuments() {
    ResultTable t;
    // why: da and db are SQL table aliases (the documents of a and b), not words.
    Status s = Query(
        "SELECT a.subject, a.criteria_set, a.criterion, da.year AS met_year,"
        " da.source AS met_source, " +
            WindowSql("a", "da") + ", db.year AS unmet_year, db.source AS unmet_source, " +
            WindowSql("b", "db") +
            " FROM criteria_status a JOIN documents da ON da.id = a.document_id"
            " JOIN criteria_status b ON b.subject = a.subject AND b.criteria_set = a.criteria_set"
            "  AND b.criterion = a.criterion AND b.document_id <> a.document_id"
            " JOIN documents db ON db.id = b.document_id"
            " WHERE a.status = 'met' AND b.status = 'unmet' AND da.year IS NOT NULL"
            "  AND db.year IS NOT NULL AND da.year <= db.year AND da.plan_id IS NOT db.plan_id"
            "  AND " +
            InScope(scope_, "da.id") + " AND " + InScope(scope_, "db.id") +
            " ORDER BY a.subject, a.criteria_set, da.source, db.source, a.criterion",
        &t);
    if (!s.ok()) return s;
    struct Group {
      AuditFinding finding;
      std::vector<int> criteria;
      std::string set;
      int met_year = 0, unmet_year = 0;
    };
    std::map<std::string, Group> groups;
    std::vector<std::string> order;
    for (size_t i = 0; i < t.rows.size(); ++i) {
      const ResultRow row(t, i);
      const int met_year = static_cast<int>(row.Int("met_year"));
      const int unmet_year = static_cast<int>(row.Int("unmet_year"));
      const bool same_year = met_year == unmet_year;
      const std::string met_source = row.Str("met_source");
      const std::string unmet_source = row.Str("unmet_source");
      const std::string key = row.Str("subject") + "|" + row.Str("criteria_set") + "|" +
                              met_source + "|" + unmet_source;
      auto [it, inserted] = groups.try_emplace(key);
      Group& g = it->second;
      if (inserted) {
        order.push_back(key);
        g.finding.check = same_year ? "cross_status_conflict" : "regression";
        g.finding.subject = row.Cell("subject");
        g.finding.year = unmet_year;
        g.finding.severity = "warning";
        g.finding.documents = {met_source, unmet_source};
        g.set = row.Str("criteria_set");
        g.met_year = met_year;
        g.unmet_year = unmet_year;
      }
      const int criterion = static_cast<int>(row.Int("criterion"));
      if (std::find(g.criteria.begin(), g.criteria.end(), criterion) != g.criteria.end()) continue;
      g.criteria.push_back(criterion);
      if (g.finding.quotes.size() < 6) {
        g.finding.quotes.push_back(QuoteOf(row, met_source, "a"));
        g.finding.quotes.push_back(QuoteOf(row, unmet_source, "b"));
        g.finding.pages.push_back(QuotePage(row, "a"));
        g.finding.pages.push_back(QuotePage(row, "b"));
      }
    }
    for (const std::string& key : order) {
      Group& g = groups[key];
      std::string list;
      for (int c : g.criteria) {
        const CriterionEntry* e = r_.catalogue->ByNumber(g.set, c);
        list += (list.empty() ? "" : ", ") + std::to_string(c) + (e ? " (" + e->name + ")" : "");
      }
      const std::string what =
          std::string(g.criteria.size() == 1 ? "criterion " : "criteria ") + list + " of " + g.set;
      if (g.met_year == g.unmet_year) {
        g.finding.message = *g.finding.subject + ": " + what + " is met in " +
                            g.finding.documents[0] + " but unmet in " + g.finding.documents[1] +
                            ", both plans for " + std::to_string(g.met_year) + ".";
      } else {
        g.finding.message = *g.finding.subject + ": " + what + " was met in the " +
                            std::to_string(g.met_year) + " plan " + g.finding.documents[0] +
                            " but is unmet in the " + std::to_string(g.unmet_year) + " plan " +
                            g.finding.documents[1] + ".";
      }
      out_->push_back(std::move(g.finding));
    }
    return Status::Ok();
  }

  // How many communes the gazetteer lists in `district` (of `province`).
  int CommunesOf(const std::string& district, const std::string& province) const {
    const PlaceRecord* d = r_.gazetteer->ResolveDistrict(district, province);
    if (d == nullptr) return 0;
    int n = 0;
    for (const PlaceRecord& rec : r_.gazetteer->records()) n += rec.parent_code == d->code;
    return n;
  }

  Status DistrictClaims() {
    ResultTable docs;
    Status s = Query(
        "SELECT id, source, year, district, province, text, pages FROM documents"
        " WHERE commune IS NULL AND district IS NOT NULL AND year IS NOT NULL AND " +
            InScope(scope_, "id") + " ORDER BY source",
        &docs);
    if (!s.ok()) return s;
    const Rule* rule = r_.rules.Find("audit.district_claim");
    for (size_t i = 0; i < docs.rows.size(); ++i) {
      const ResultRow row(docs, i);
      const IndexedText text(row.Str("text"));
      const std::string source = row.Str("source");
      const int year = static_cast<int>(row.Int("year"));
      const std::string district = row.Str("district");
      const std::string province = row.Str("province");
      for (const RuleMatch& m : rule->FindAll(text, Span{0, text.size()})) {
        if (m.has("advanced")) continue;  // "đạt chuẩn nông thôn mới nâng cao": another set
        if (!m.has("had") && !m.has("past")) continue;  // "phấn đấu 10 xã đạt chuẩn": a goal
        const int claimed = std::atoi(std::string(text.FoldedSlice(m.group("count"))).c_str());
        int of = m.has("total") ? std::atoi(std::string(text.FoldedSlice(m.group("total"))).c_str())
                                : CommunesOf(district, province);
        const std::string quote = source + ": «" + LineOf(text, m.span) + "»";
        const std::optional<int> page = PageFromJson(row.Str("pages"), m.span.begin);
        s = CheckDistrictClaim(row.Int("id"), source, year, district, claimed, of, quote, page);
        if (!s.ok()) return s;
      }
    }
    return Status::Ok();
  }

  static std::string LineOf(const IndexedText& text, Span span) {
    const std::string& t = text.text();
    size_t b = text.ByteOf(span.begin), e = text.ByteOf(span.end);
    while (b > 0 && t[b - 1] != '\n') --b;
    while (e < t.size() && t[e] != '\n') ++e;
    return t.substr(b, e - b);
  }

  // The records of document alias `d` that CheckDistrictClaim may hold against the
  // district plan `document_id`: those of the documents in scope, and never those
  // of another copy of the same plan (the plan's own records are kept).
  std::string ComparableTo(int64_t document_id) const {
    const std::string id = std::to_string(document_id);
    return InScope(scope_, "d.id") + " AND (d.id = " + id +
           " OR d.plan_id IS NOT (SELECT plan_id FROM documents WHERE id = " + id + "))";
  }

  Status CheckDistrictClaim(int64_t document_id, const std::string& source, int year,
                            const std::string& district, int claimed, int of,
                            const std::string& quote, std::optional<int> page) {
    // Communes of the district stored with unmet xa_ntm criteria in a plan of the
    // same year: not up to standard that year.
    ResultTable unmet;
    Status s =
        Query("SELECT s.subject, min(d.source) AS source, " + WindowSql("s", "d") +
                  " FROM criteria_status s JOIN documents d ON d.id = s.document_id"
                  " WHERE s.status = 'unmet' AND s.criteria_set = 'xa_ntm' AND d.district = " +
                  Sql(district) + " AND d.year = " + std::to_string(year) + " AND s.subject <> " +
                  Sql(district) + " AND " + ComparableTo(document_id) +
                  " GROUP BY s.subject ORDER BY s.subject",
              &unmet);
    if (!s.ok()) return s;
    // Communes stored as meeting every criterion ("đã đạt 19/19 tiêu chí") by then.
    ResultTable met;
    s = Query("SELECT c.subject, min(d.source) AS source, " + WindowSql("c", "d") +
                  " FROM criteria_counts c JOIN documents d ON d.id = c.document_id"
                  " WHERE c.status = 'met' AND c.criteria_set = 'xa_ntm' AND c.total IS NOT NULL"
                  " AND c.count >= c.total AND d.district = " +
                  Sql(district) + " AND d.year <= " + std::to_string(year) + " AND c.subject <> " +
                  Sql(district) + " AND " + ComparableTo(document_id) +
                  " GROUP BY c.subject ORDER BY c.subject",
              &met);
    if (!s.ok()) return s;
    // `t`: the record alias of the query's WindowSql ("s" or "c").
    auto describe = [](const ResultTable& table, const std::string& t, AuditFinding* f) {
      std::string names;
      for (size_t i = 0; i < table.rows.size(); ++i) {
        const ResultRow row(table, i);
        const std::string source = row.Str("source");
        names += (names.empty() ? "" : ", ") + row.Str("subject");
        if (std::find(f->documents.begin(), f->documents.end(), source) == f->documents.end())
          f->documents.push_back(source);
        f->quotes.push_back(QuoteOf(row, source, t));
        f->pages.push_back(QuotePage(row, t));
      }
      return names;
    };
    const int not_met = static_cast<int>(unmet.rows.size());
    if (of > 0 && claimed + not_met > of && not_met > 0) {
      AuditFinding f;
      f.check = "district_claim_mismatch";
      f.subject = district;
      f.year = year;
      f.severity = "warning";
      f.documents.push_back(source);
      f.quotes.push_back(quote);
      f.pages.push_back(page);
      const std::string names = describe(unmet, "s", &f);
      f.message = district + ": the district plan says " + std::to_string(claimed) + " of its " +
                  std::to_string(of) + " communes are up to standard, but " +
                  std::to_string(not_met) + " commune(s) have unmet criteria in " +
                  std::to_string(year) + " plans (" + names + "): at most " +
                  std::to_string(of - not_met) + " can be.";
      out_->push_back(std::move(f));
    }
    if (static_cast<int>(met.rows.size()) > claimed) {
      AuditFinding f;
      f.check = "district_claim_mismatch";
      f.subject = district;
      f.year = year;
      f.severity = "warning";
      f.documents.push_back(source);
      f.quotes.push_back(quote);
      f.pages.push_back(page);
      const std::string names = describe(met, "c", &f);
      f.message = district + ": the district plan says " + std::to_string(claimed) +
                  " communes are up to standard, but " + std::to_string(met.rows.size()) +
                  " communes are stored as meeting every criterion (" + names + ").";
      out_->push_back(std::move(f));
    }
    return Status::Ok();
  }

  Store* store_;
  const Resources& r_;
  const CopyScope scope_;
  std::vector<AuditFinding>* out_;
};

}  // namespace

Status AuditCollection(Store* store, const Resources& resources, CopyScope scope,
                       std::vector<AuditFinding>* out) {
  if (resources.rules.Find("audit.district_claim") == nullptr) {
    return MissingRule("ntmx audit", "audit.district_claim");
  }
  return CollectionAuditor(store, resources, scope, out).Run();
}

ResultTable AuditTable(const std::vector<AuditFinding>& findings) {
  ResultTable t;
  t.columns = {"check", "subject", "year", "severity", "documents", "message", "quotes"};
  auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (const std::string& x : v) s += (s.empty() ? "" : " | ") + x;
    return s;
  };
  for (const AuditFinding& f : findings) {
    std::vector<std::optional<std::string>> row = {
        f.check,
        f.subject,
        f.year ? std::optional<std::string>(std::to_string(*f.year)) : std::nullopt,
        f.severity,
        join(f.documents),
        f.message,
        join(f.quotes)};
    std::vector<ResultTable::Kind> kinds = {
        ResultTable::Kind::kText,
        f.subject ? ResultTable::Kind::kText : ResultTable::Kind::kNull,
        f.year ? ResultTable::Kind::kInteger : ResultTable::Kind::kNull,
        ResultTable::Kind::kText,
        ResultTable::Kind::kText,
        ResultTable::Kind::kText,
        ResultTable::Kind::kText};
    t.rows.push_back(std::move(row));
    t.kinds.push_back(std::move(kinds));
  }
  return t;
}

}  // namespace ntmx
