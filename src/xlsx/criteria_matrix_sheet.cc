// The Tiêu chí sheets: `ntmx query criteria --why` pivoted, one sheet per criteria
// set, as the HTML report's matrix: a row per subject as one document rates it, a
// column per criterion (the catalogue's criteria of the set, then any other number
// a document gives), a coloured mark in each cell a document states, with a note
// quoting the words and page behind it. The row's Nguồn is its document, the first
// page its marks come from, and their distinct words.
#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "criteria/catalogue.h"
#include "xlsx/query_sheet.h"
#include "xlsx/sheet_builders.h"

namespace ntmx {
namespace {

struct Mark {
  std::string status;  // met, unmet, planned
  std::string quote;
  std::optional<int64_t> page;
};

// One subject as one document rates it against one set.
struct MatrixLine {
  std::vector<SheetCell> lead;  // year, province, district, subject
  std::string source;
  std::map<int, std::vector<Mark>> marks;  // criterion -> marks, in text order
};

struct Matrix {
  std::vector<MatrixLine> lines;
  std::map<std::pair<std::string, std::string>, size_t> line_of;  // (document, subject)
  std::set<int> criteria;                                         // every number stated
  std::map<int, std::string> names;                               // criterion -> name
};

// The leading columns of every matrix row, from the query's columns of that name.
constexpr std::string_view kLead[] = {"year", "province", "district", "subject"};
constexpr std::string_view kStatuses[] = {"met", "unmet", "planned"};

// The colour of a cell with these statuses: one status is itself; "unmet now,
// planned this year" is planned (as in the report); anything else is mixed.
std::string CellStatus(const std::set<std::string>& statuses) {
  if (statuses.size() == 1) return *statuses.begin();
  if (statuses == std::set<std::string>{"planned", "unmet"}) return "planned";
  return "mixed";
}

SheetCell MarkCell(const std::vector<Mark>& marks, const SheetLabels& labels) {
  std::set<std::string> statuses;
  std::string note;
  for (const Mark& m : marks) {
    statuses.insert(m.status);
    if (!note.empty()) note += "\n";
    note += labels.Get("note." + m.status) + ": «" + m.quote + "»";
    if (m.page) note += " (" + labels.Get("note.page") + " " + std::to_string(*m.page) + ")";
  }
  std::string symbols;  // met, unmet, planned: the same order in every cell
  for (std::string_view status : kStatuses) {
    if (statuses.count(std::string(status))) symbols += labels.Get("mark." + std::string(status));
  }
  return SheetCell::Mark(symbols, CellStatus(statuses), note);
}

std::vector<SheetCell> RowOf(const MatrixLine& line, const std::vector<int>& criteria,
                             const SheetLabels& labels) {
  std::vector<SheetCell> row = line.lead;
  std::map<std::string, int> counts;
  std::optional<int64_t> first_page;
  std::vector<std::string> quotes;
  for (int criterion : criteria) {
    const auto it = line.marks.find(criterion);
    if (it == line.marks.end()) {
      row.emplace_back();
      continue;
    }
    row.push_back(MarkCell(it->second, labels));
    std::set<std::string> statuses;
    for (const Mark& m : it->second) {
      if (statuses.insert(m.status).second) ++counts[m.status];
      if (m.page && (!first_page || *m.page < *first_page)) first_page = m.page;
      if (std::find(quotes.begin(), quotes.end(), m.quote) == quotes.end()) {
        quotes.push_back(m.quote);
      }
    }
  }
  for (std::string_view status : kStatuses) {
    row.push_back(SheetCell::Number(counts[std::string(status)]));
  }
  std::string joined;
  for (const std::string& q : quotes) joined += (joined.empty() ? "" : " | ") + q;
  row.push_back(SheetCell::Text(line.source));
  row.push_back(first_page ? SheetCell::Number(static_cast<double>(*first_page)) : SheetCell());
  row.push_back(SheetCell::Text(joined));
  return row;
}

// The sheet of one set: columns, then a row per line.
SheetTable SheetOf(const std::string& set, const Matrix& m, const CriteriaCatalogue& catalogue,
                   const SheetLabels& labels) {
  SheetTable t;
  t.name = labels.Get("sheet.criteria") + (set.empty() ? "" : " " + set);
  t.frozen_columns = static_cast<int>(std::size(kLead));
  for (std::string_view c : kLead) t.columns.push_back({labels.Header("criteria", c), ""});
  std::set<int> numbers;
  for (const CriterionEntry* c : catalogue.Criteria(set)) numbers.insert(c->number);
  numbers.insert(m.criteria.begin(), m.criteria.end());
  const std::vector<int> criteria(numbers.begin(), numbers.end());
  for (int number : criteria) {
    const CriterionEntry* entry = catalogue.ByNumber(set, number);
    const auto named = m.names.find(number);
    std::string note = entry ? entry->name : named != m.names.end() ? named->second : "";
    t.columns.push_back({std::to_string(number), note});
  }
  for (std::string_view s : kStatuses) t.columns.push_back({labels.Header("criteria", s), ""});
  for (std::string_view c : {"source", "page", "quote"}) {
    t.columns.push_back({labels.Header("criteria", c), ""});
  }
  for (const MatrixLine& line : m.lines) t.rows.push_back(RowOf(line, criteria, labels));
  return t;
}

}  // namespace

Status BuildCriteriaSheets(const ExportContext& context, std::vector<SheetTable>* out) {
  ResultTable table;
  const Status s = context.RunQuery(QueryKind::kCriteria, /*why=*/true, &table);
  if (!s.ok()) return s;
  const SheetLabels& labels = *context.labels;
  std::map<std::string, Matrix> matrices;
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const ResultRow row(table, r);
    const std::optional<int64_t> document = row.OptInt("_document");
    if (!document || !context.scope.Shows(*document)) continue;
    Matrix& m = matrices[row.Str("set")];
    const auto key = std::make_pair(row.Str("_document"), row.Str("subject"));
    auto [at, added] = m.line_of.try_emplace(key, m.lines.size());
    if (added) {
      MatrixLine line;
      for (std::string_view c : kLead) {
        line.lead.push_back(CellOf(table, r, ColumnIndex(table, c), ColumnType::kAuto, labels));
      }
      line.source = row.Str("source");
      m.lines.push_back(std::move(line));
    }
    const int criterion = static_cast<int>(row.Int("criterion"));
    m.criteria.insert(criterion);
    m.lines[at->second].marks[criterion].push_back(
        Mark{row.Str("status"), row.Str("quote"), row.OptInt("page")});
    if (!row.Str("name").empty()) m.names.try_emplace(criterion, row.Str("name"));
  }
  const CriteriaCatalogue& catalogue = *context.resources->catalogue;
  // With no statement at all, one sheet of headers says there is nothing to show.
  if (matrices.empty()) matrices[""];
  for (const auto& [set, m] : matrices) out->push_back(SheetOf(set, m, catalogue, labels));
  return Status::Ok();
}

}  // namespace ntmx
