// See report_data.h.
#include "report/report_data.h"

#include <cstdlib>
#include <set>
#include <tuple>

namespace ntmx {
namespace {

// Code points of context fetched on each side of a quote, and kept of its line.
constexpr int kWindow = 240;
constexpr size_t kContextChars = 140;

// A year, criterion or group: small integers, stored as INTEGER.
std::optional<int> OptSmallInt(const ResultRow& r, std::string_view column) {
  const std::optional<int64_t> v = r.OptInt(column);
  if (!v) return std::nullopt;
  return static_cast<int>(*v);
}

std::string Anchor(const std::string& kind, const std::string& id) {
  return "src-" + kind + "-" + id;
}

// Byte offset of the code point `n` from the end of `s` (0 = s.size()).
size_t ByteFromEnd(const std::string& s, size_t n) {
  size_t i = s.size();
  while (i > 0 && n > 0) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    --n;
  }
  return i;
}

size_t ByteFromStart(const std::string& s, size_t n) {
  size_t i = 0;
  while (i < s.size() && n > 0) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    --n;
  }
  return i;
}

size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

class Loader {
 public:
  Loader(Store* store, const CriteriaCatalogue& catalogue, CopyScope scope, ReportData* out)
      : store_(store), catalogue_(catalogue), in_scope_(InScope(scope, "d.id")), out_(out) {}

  Status Run() {
    Status s = Columns("documents", &document_columns_);
    if (s.ok()) s = Columns("criteria_status", &status_columns_);
    if (s.ok()) s = Columns("targets", &target_columns_);
    if (s.ok()) s = Documents();
    if (s.ok()) s = Sources();
    if (s.ok()) s = Statuses();
    if (s.ok()) s = Claims();
    if (s.ok()) s = Targets();
    return s;
  }

 private:
  Status Columns(const std::string& table, std::set<std::string>* out) {
    ResultTable t;
    Status s = store_->Query("PRAGMA table_info(" + table + ")", &t);
    if (!s.ok()) return s;
    for (size_t i = 0; i < t.rows.size(); ++i) out->insert(ResultRow(t, i).Str("name"));
    return s;
  }

  // `alias.column AS column`, or NULL AS column when an older database lacks it.
  static std::string Optional(const std::set<std::string>& columns, const std::string& alias,
                              const std::string& column) {
    return (columns.count(column) ? alias + "." + column : "NULL") + " AS " + column;
  }

  Status Documents() {
    auto count = [](const std::string& table) {
      return "(SELECT count(*) FROM " + table + " x WHERE x.document_id = d.id) AS " + table;
    };
    ResultTable t;
    Status s = store_->Query(
        "SELECT d.id, d.source, d.format, d.doc_type, d.doc_number, d.doc_symbol, d.issue_date, "
        "d.year, d.title, d.issuer_level, d.issuer_name, d.province, d.district, d.commune, " +
            Optional(document_columns_, "d", "period") + ", d.signer_name, d.signer_position, " +
            count("legal_bases") + ", " + count("criteria_status") + ", " +
            count("criteria_counts") + ", " + count("targets") + ", " + count("tasks") + ", " +
            count("responsibilities") + ", " + count("findings") +
            ", p.copies, p.formats AS copy_formats FROM documents d"
            " LEFT JOIN plan_documents p ON p.plan_id = d.plan_id WHERE " +
            in_scope_ + " ORDER BY d.year IS NULL, d.year, d.id",
        &t);
    if (!s.ok()) return s;
    for (size_t i = 0; i < t.rows.size(); ++i) {
      const ResultRow r(t, i);
      ReportDocument d;
      d.id = r.Int("id");
      d.source = r.Str("source");
      d.format = r.Str("format");
      d.doc_type = r.Str("doc_type");
      d.doc_number = r.Str("doc_number");
      d.doc_symbol = r.Str("doc_symbol");
      d.issue_date = r.Str("issue_date");
      d.year = OptSmallInt(r, "year");
      d.title = r.Str("title");
      d.issuer_level = r.Str("issuer_level");
      d.issuer_name = r.Str("issuer_name");
      d.province = r.Str("province");
      d.district = r.Str("district");
      d.commune = r.Str("commune");
      d.period = r.Str("period");
      d.signer_name = r.Str("signer_name");
      d.signer_position = r.Str("signer_position");
      d.legal_bases = r.Int("legal_bases");
      d.criteria_status = r.Int("criteria_status");
      d.criteria_counts = r.Int("criteria_counts");
      d.targets = r.Int("targets");
      d.tasks = r.Int("tasks");
      d.responsibilities = r.Int("responsibilities");
      d.findings = r.Int("findings");
      d.copies = r.OptInt("copies").value_or(1);
      d.copy_formats = r.Str("copy_formats");
      out_->documents.push_back(std::move(d));
    }
    return s;
  }

  Status Sources() {
    const std::string w = std::to_string(kWindow);
    ResultTable t;
    Status s = store_->Query(
        "SELECT r.kind, r.record_id, r.document_id, r.source, r.span_begin, r.span_end, r.rule_id, "
        "r.quote, substr(d.text, max(1, r.span_begin + 1 - " +
            w + "), min(" + w +
            ", r.span_begin)) AS context_before, substr(d.text, r.span_end + 1, " + w +
            ") AS context_after FROM record_spans r JOIN documents d ON d.id = r.document_id "
            "WHERE r.kind IN ('criteria_status', 'criteria_counts', 'targets') AND " +
            in_scope_ +
            " "
            "ORDER BY d.year IS NULL, d.year, d.id, r.span_begin, r.kind, r.record_id",
        &t);
    if (!s.ok()) return s;
    for (size_t i = 0; i < t.rows.size(); ++i) {
      const ResultRow r(t, i);
      SourceRef ref;
      ref.kind = r.Str("kind");
      ref.anchor = Anchor(ref.kind, r.Str("record_id"));
      ref.record_id = r.Int("record_id");
      ref.document_id = r.Int("document_id");
      ref.source = r.Str("source");
      ref.span_begin = r.Int("span_begin");
      ref.span_end = r.Int("span_end");
      ref.rule_id = r.Str("rule_id");
      ref.quote = r.Str("quote");
      ref.before = LineTail(r.Str("context_before"), kContextChars);
      ref.after = LineHead(r.Str("context_after"), kContextChars);
      out_->sources.push_back(std::move(ref));
    }
    return s;
  }

  MatrixRow* RowFor(const std::string& set, const std::string& subject, int64_t document_id,
                    std::optional<int> year) {
    CriteriaMatrix& m = matrices_[set];
    m.set = set;
    const auto key = std::make_tuple(set, subject, document_id);
    auto it = row_index_.find(key);
    if (it != row_index_.end()) return &m.rows[it->second];
    row_index_[key] = m.rows.size();
    MatrixRow row;
    row.subject = subject;
    row.document_id = document_id;
    row.year = year;
    m.rows.push_back(std::move(row));
    return &m.rows.back();
  }

  Status Statuses() {
    ResultTable t;
    Status s = store_->Query(
        "SELECT cs.id, cs.document_id, cs.subject, cs.criteria_set, cs.criterion, cs.status, "
        "d.year, " +
            Optional(status_columns_, "cs", "commune_group") +
            " FROM criteria_status cs JOIN documents d ON d.id = cs.document_id WHERE " +
            in_scope_ + " ORDER BY cs.criteria_set, d.year IS NULL, d.year, d.id, cs.ord",
        &t);
    if (!s.ok()) return s;
    for (size_t i = 0; i < t.rows.size(); ++i) {
      const ResultRow r(t, i);
      MatrixRow* row = RowFor(r.Str("criteria_set"), r.Str("subject"), r.Int("document_id"),
                              OptSmallInt(r, "year"));
      if (!row->commune_group) row->commune_group = OptSmallInt(r, "commune_group");
      row->cells[static_cast<int>(r.Int("criterion"))].push_back(
          StatusMark{r.Str("status"), Anchor("criteria_status", r.Str("id"))});
    }
    return s;
  }

  Status Claims() {
    ResultTable t;
    Status s = store_->Query(
        "SELECT cc.id, cc.document_id, cc.subject, cc.criteria_set, cc.status, cc.count, "
        "cc.total, d.year FROM criteria_counts cc JOIN documents d ON d.id = cc.document_id "
        "WHERE " +
            in_scope_ + " ORDER BY cc.criteria_set, d.year IS NULL, d.year, d.id, cc.ord",
        &t);
    if (!s.ok()) return s;
    for (size_t i = 0; i < t.rows.size(); ++i) {
      const ResultRow r(t, i);
      MatrixRow* row = RowFor(r.Str("criteria_set"), r.Str("subject"), r.Int("document_id"),
                              OptSmallInt(r, "year"));
      CountClaim claim;
      claim.status = r.Str("status");
      claim.count = r.Int("count");
      if (const std::optional<int64_t> total = r.OptInt("total")) claim.total = *total;
      claim.anchor = Anchor("criteria_counts", r.Str("id"));
      row->claims.push_back(std::move(claim));
    }
    // The matrices in set order, each with its columns.
    for (auto& [set, m] : matrices_) {
      const CriteriaSetInfo* info = catalogue_.Set(set);
      m.label = info ? info->label : set;
      std::set<int> numbers;
      for (const CriterionEntry* c : catalogue_.Criteria(set)) {
        numbers.insert(c->number);
        m.criterion_names[c->number] = c->name;
      }
      for (const MatrixRow& row : m.rows) {
        for (const auto& [number, marks] : row.cells) {
          numbers.insert(number);
          if (!m.criterion_names.count(number)) {
            const CriterionEntry* c = catalogue_.ByNumber(set, number);
            if (c) m.criterion_names[number] = c->name;
          }
        }
      }
      m.criteria.assign(numbers.begin(), numbers.end());
      out_->matrices.push_back(std::move(m));
    }
    return s;
  }

  Status Targets() {
    ResultTable t;
    Status s = store_->Query(
        "SELECT t.id, t.document_id, t.subject, t.criteria_set, t.criterion, t.indicator, "
        "t.metric, t.comparator, t.value, t.value_max, t.of_total, t.unit, t.actual, "
        "coalesce(t.year, d.year) AS year, " +
            Optional(target_columns_, "t", "commune_group") +
            ", d.province FROM targets t JOIN documents d ON d.id = t.document_id WHERE " +
            in_scope_ + " ORDER BY d.year IS NULL, d.year, d.id, t.ord",
        &t);
    if (!s.ok()) return s;
    for (size_t i = 0; i < t.rows.size(); ++i) {
      const ResultRow r(t, i);
      ReportTarget target;
      target.id = r.Int("id");
      target.document_id = r.Int("document_id");
      target.subject = r.Str("subject");
      target.criteria_set = r.Str("criteria_set");
      target.criterion = OptSmallInt(r, "criterion");
      if (target.criterion) {
        const CriterionEntry* c = catalogue_.ByNumber(target.criteria_set, *target.criterion);
        if (c) target.criterion_name = c->name;
      }
      target.indicator = r.Str("indicator");
      target.metric = r.Str("metric");
      target.comparator = r.Str("comparator");
      target.value = r.OptDouble("value").value_or(0);
      target.value_max = r.OptDouble("value_max");
      target.of_total = r.OptDouble("of_total");
      target.unit = r.Str("unit");
      target.actual = r.OptDouble("actual");
      target.year = OptSmallInt(r, "year");
      target.commune_group = OptSmallInt(r, "commune_group");
      target.province = r.Str("province");
      target.anchor = Anchor("targets", r.Str("id"));
      out_->targets.push_back(std::move(target));
    }
    return s;
  }

  Store* store_;
  const CriteriaCatalogue& catalogue_;
  const std::string in_scope_;  // SQL: document d is one the report shows (plan_scope.h)
  ReportData* out_;
  std::set<std::string> document_columns_, status_columns_, target_columns_;
  std::map<std::string, CriteriaMatrix> matrices_;
  std::map<std::tuple<std::string, std::string, int64_t>, size_t> row_index_;
};

}  // namespace

const ReportDocument* ReportData::Document(int64_t id) const {
  for (const ReportDocument& d : documents) {
    if (d.id == id) return &d;
  }
  return nullptr;
}

const SourceRef* ReportData::Source(const std::string& anchor) const {
  for (const SourceRef& s : sources) {
    if (s.anchor == anchor) return &s;
  }
  return nullptr;
}

// A cut line ends at a word: no more than this many bytes are given up to find a space.
constexpr size_t kWordSlack = 24;

std::string LineTail(const std::string& window, size_t max_chars) {
  const size_t nl = window.rfind('\n');
  std::string line = nl == std::string::npos ? window : window.substr(nl + 1);
  if (CodePoints(line) > max_chars) {
    size_t cut = ByteFromEnd(line, max_chars);
    const size_t space = line.find(' ', cut);
    if (space != std::string::npos && space - cut <= kWordSlack) cut = space + 1;
    line = "…" + line.substr(cut);
  }
  return line;
}

std::string LineHead(const std::string& window, size_t max_chars) {
  std::string line = window.substr(0, window.find('\n'));
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  if (CodePoints(line) > max_chars) {
    size_t cut = ByteFromStart(line, max_chars);
    const size_t space = line.rfind(' ', cut);
    if (space != std::string::npos && space > 0 && cut - space <= kWordSlack) cut = space;
    line = line.substr(0, cut) + "…";
  }
  return line;
}

Status LoadReportData(Store* store, const CriteriaCatalogue& catalogue, CopyScope scope,
                      ReportData* out) {
  *out = ReportData();
  return Loader(store, catalogue, scope, out).Run();
}

}  // namespace ntmx
