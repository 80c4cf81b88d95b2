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

using Row = std::vector<std::optional<std::string>>;

std::string Str(const Row& row, size_t i) { return row[i].value_or(""); }
int64_t Int(const Row& row, size_t i) { return row[i] ? std::atoll(row[i]->c_str()) : 0; }
std::optional<int> OptInt(const Row& row, size_t i) {
  if (!row[i]) return std::nullopt;
  return std::atoi(row[i]->c_str());
}
std::optional<double> OptDouble(const Row& row, size_t i) {
  if (!row[i]) return std::nullopt;
  return std::strtod(row[i]->c_str(), nullptr);
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
  Loader(Store* store, const CriteriaCatalogue& catalogue, ReportData* out)
      : store_(store), catalogue_(catalogue), out_(out) {}

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
    for (const Row& row : t.rows) out->insert(Str(row, 1));
    return s;
  }

  // `alias.column`, or NULL when an older database lacks the column.
  static std::string Optional(const std::set<std::string>& columns, const std::string& alias,
                              const std::string& column) {
    return columns.count(column) ? alias + "." + column : "NULL";
  }

  Status Documents() {
    auto count = [](const std::string& table) {
      return "(SELECT count(*) FROM " + table + " x WHERE x.document_id = d.id)";
    };
    ResultTable t;
    Status s = store_->Query(
        "SELECT d.id, d.source, d.format, d.doc_type, d.doc_number, d.doc_symbol, d.issue_date, "
        "d.year, d.title, d.issuer_level, d.issuer_name, d.province, d.district, d.commune, " +
            Optional(document_columns_, "d", "period") + ", d.signer_name, d.signer_position, " +
            count("legal_bases") + ", " + count("criteria_status") + ", " +
            count("criteria_counts") + ", " + count("targets") + ", " + count("tasks") + ", " +
            count("responsibilities") + ", " + count("findings") +
            " FROM documents d ORDER BY d.year IS NULL, d.year, d.id",
        &t);
    if (!s.ok()) return s;
    for (const Row& r : t.rows) {
      ReportDocument d;
      d.id = Int(r, 0);
      d.source = Str(r, 1);
      d.format = Str(r, 2);
      d.doc_type = Str(r, 3);
      d.doc_number = Str(r, 4);
      d.doc_symbol = Str(r, 5);
      d.issue_date = Str(r, 6);
      d.year = OptInt(r, 7);
      d.title = Str(r, 8);
      d.issuer_level = Str(r, 9);
      d.issuer_name = Str(r, 10);
      d.province = Str(r, 11);
      d.district = Str(r, 12);
      d.commune = Str(r, 13);
      d.period = Str(r, 14);
      d.signer_name = Str(r, 15);
      d.signer_position = Str(r, 16);
      d.legal_bases = Int(r, 17);
      d.criteria_status = Int(r, 18);
      d.criteria_counts = Int(r, 19);
      d.targets = Int(r, 20);
      d.tasks = Int(r, 21);
      d.responsibilities = Int(r, 22);
      d.findings = Int(r, 23);
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
            w + "), min(" + w + ", r.span_begin)), substr(d.text, r.span_end + 1, " + w +
            ") FROM record_spans r JOIN documents d ON d.id = r.document_id "
            "WHERE r.kind IN ('criteria_status', 'criteria_counts', 'targets') "
            "ORDER BY d.year IS NULL, d.year, d.id, r.span_begin, r.kind, r.record_id",
        &t);
    if (!s.ok()) return s;
    for (const Row& r : t.rows) {
      SourceRef ref;
      ref.kind = Str(r, 0);
      ref.anchor = Anchor(ref.kind, Str(r, 1));
      ref.record_id = Int(r, 1);
      ref.document_id = Int(r, 2);
      ref.source = Str(r, 3);
      ref.span_begin = Int(r, 4);
      ref.span_end = Int(r, 5);
      ref.rule_id = Str(r, 6);
      ref.quote = Str(r, 7);
      ref.before = LineTail(Str(r, 8), kContextChars);
      ref.after = LineHead(Str(r, 9), kContextChars);
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
            " FROM criteria_status cs JOIN documents d ON d.id = cs.document_id "
            "ORDER BY cs.criteria_set, d.year IS NULL, d.year, d.id, cs.ord",
        &t);
    if (!s.ok()) return s;
    for (const Row& r : t.rows) {
      MatrixRow* row = RowFor(Str(r, 3), Str(r, 2), Int(r, 1), OptInt(r, 6));
      if (!row->commune_group) row->commune_group = OptInt(r, 7);
      row->cells[static_cast<int>(Int(r, 4))].push_back(
          StatusMark{Str(r, 5), Anchor("criteria_status", Str(r, 0))});
    }
    return s;
  }

  Status Claims() {
    ResultTable t;
    Status s = store_->Query(
        "SELECT cc.id, cc.document_id, cc.subject, cc.criteria_set, cc.status, cc.count, "
        "cc.total, d.year FROM criteria_counts cc JOIN documents d ON d.id = cc.document_id "
        "ORDER BY cc.criteria_set, d.year IS NULL, d.year, d.id, cc.ord",
        &t);
    if (!s.ok()) return s;
    for (const Row& r : t.rows) {
      MatrixRow* row = RowFor(Str(r, 3), Str(r, 2), Int(r, 1), OptInt(r, 7));
      CountClaim claim;
      claim.status = Str(r, 4);
      claim.count = Int(r, 5);
      if (r[6]) claim.total = Int(r, 6);
      claim.anchor = Anchor("criteria_counts", Str(r, 0));
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
        "coalesce(t.year, d.year), " +
            Optional(target_columns_, "t", "commune_group") +
            ", d.province FROM targets t JOIN documents d ON d.id = t.document_id "
            "ORDER BY d.year IS NULL, d.year, d.id, t.ord",
        &t);
    if (!s.ok()) return s;
    for (const Row& r : t.rows) {
      ReportTarget target;
      target.id = Int(r, 0);
      target.document_id = Int(r, 1);
      target.subject = Str(r, 2);
      target.criteria_set = Str(r, 3);
      target.criterion = OptInt(r, 4);
      if (target.criterion) {
        const CriterionEntry* c = catalogue_.ByNumber(target.criteria_set, *target.criterion);
        if (c) target.criterion_name = c->name;
      }
      target.indicator = Str(r, 5);
      target.metric = Str(r, 6);
      target.comparator = Str(r, 7);
      target.value = OptDouble(r, 8).value_or(0);
      target.value_max = OptDouble(r, 9);
      target.of_total = OptDouble(r, 10);
      target.unit = Str(r, 11);
      target.actual = OptDouble(r, 12);
      target.year = OptInt(r, 13);
      target.commune_group = OptInt(r, 14);
      target.province = Str(r, 15);
      target.anchor = Anchor("targets", Str(r, 0));
      out_->targets.push_back(std::move(target));
    }
    return s;
  }

  Store* store_;
  const CriteriaCatalogue& catalogue_;
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

Status LoadReportData(Store* store, const CriteriaCatalogue& catalogue, ReportData* out) {
  *out = ReportData();
  return Loader(store, catalogue, out).Run();
}

}  // namespace ntmx
