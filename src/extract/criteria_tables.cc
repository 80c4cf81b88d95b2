// CriteriaReadingPass (criteria_pass.h): status tables — consecutive pipe or tab
// rows with a header naming a status column ("Đạt", "Chưa đạt", "Kết quả",
// "Kế hoạch"), one row per criterion.
#include <algorithm>
#include <map>
#include <set>

#include "criteria/catalogue.h"
#include "extract/criteria_pass.h"

namespace ntmx {

std::vector<std::pair<size_t, size_t>> CriteriaReadingPass::Cells(std::string_view f, size_t b,
                                                                  size_t e) {
  std::vector<std::pair<size_t, size_t>> cells;
  const bool pipes = f.substr(b, e - b).find('|') != std::string_view::npos;
  const char sep = pipes ? '|' : '\t';
  size_t start = b;
  if (pipes) {
    while (start < e && f[start] != '|') ++start;
    ++start;
  }
  for (size_t i = start; i <= e; ++i) {
    if (i == e || f[i] == sep) {
      size_t cb = start, ce = i;
      while (cb < ce && (f[cb] == ' ' || f[cb] == '*')) ++cb;
      while (ce > cb && (f[ce - 1] == ' ' || f[ce - 1] == '*')) --ce;
      if (!(pipes && i == e && cb == ce)) cells.push_back({cb, ce});
      start = i + 1;
    }
  }
  if (pipes && !cells.empty() && cells.back().first == cells.back().second) cells.pop_back();
  return cells;
}

// Consecutive rows (pipe rows, or lines with tabs) form one table.
void CriteriaReadingPass::FindTables() {
  const auto& nodes = doc_.tree.nodes;
  int previous = -1;
  for (size_t id = 1; id < nodes.size(); ++id) {
    const size_t lb = LineBegin(static_cast<int>(id)), le = LineEnd(static_cast<int>(id));
    const bool row = nodes[id].kind == NodeKind::kTableRow || Holds(lb, le, "\t");
    if (!row) continue;
    if (previous < 0 || nodes[id].parent != nodes[static_cast<size_t>(previous)].parent ||
        id != static_cast<size_t>(previous) + 1)
      tables_.emplace_back();
    tables_.back().rows.push_back(static_cast<int>(id));
    previous = static_cast<int>(id);
  }
  for (Table& t : tables_) t = ReadTableRows(t.rows);
}

void CriteriaReadingPass::ReadTables() {
  for (const Table& t : tables_) {
    for (const TableRow& row : t.read) {
      const int id = row.id;
      const size_t lb = LineBegin(id), le = LineEnd(id);
      const std::string set = row.village ? VillageSet(SetAt(id, lb, lb)) : SetAt(id, lb, lb);
      const std::string subject = row.village ? *row.village : SubjectAt(id, lb, set);
      for (const std::string& s : row.statuses)
        AddStatus(subject, set, row.ref, s, lb, le, "criteria.table");
    }
  }
}

// The village set when `set` is not one already.
std::string CriteriaReadingPass::VillageSet(const std::string& set) const {
  const CriteriaSetInfo* info = catalogue_.Set(set);
  if (info != nullptr && info->subject_level == "village") return set;
  for (const CriteriaSetInfo& s : catalogue_.sets())
    if (s.subject_level == "village") return s.id;
  return set;
}

// The columns of a status table's header row.
struct CriteriaReadingPass::Columns {
  int met = -1, unmet = -1, result = -1, plan = -1, village = -1;
  bool any_status() const { return met >= 0 || unmet >= 0 || result >= 0 || plan >= 0; }
  bool is_status(int c) const {
    return c == met || c == unmet || c == result || c == plan || c == village;
  }
};

CriteriaReadingPass::Columns CriteriaReadingPass::HeaderColumns(int row) const {
  Columns cols;
  const auto cells = Cells(f_, LineBegin(row), LineEnd(row));
  for (size_t c = 0; c < cells.size(); ++c) {
    const std::string_view cell =
        std::string_view(f_).substr(cells[c].first, cells[c].second - cells[c].first);
    const int i = static_cast<int>(c);
    if (rules_.met_column->MatchFolded(cell, nullptr))
      cols.met = i;
    else if (rules_.unmet_column->MatchFolded(cell, nullptr))
      cols.unmet = i;
    else if (rules_.result_column->MatchFolded(cell, nullptr))
      cols.result = i;
    else if (rules_.plan_column->MatchFolded(cell, nullptr))
      cols.plan = i;
    else if (rules_.village_column->Matches(
                 std::string(text_.Slice(text_.SpanOfFolded(cells[c].first, cells[c].second)))))
      cols.village = i;
  }
  return cols;
}

// The rows of a table that name a criterion, with the statuses each gives: a
// header row names the status columns ("Đạt", "Chưa đạt", "Kết quả", "Kế hoạch")
// and, in a table with one row per village, the village column ("Thôn", "Tên bản").
CriteriaReadingPass::Table CriteriaReadingPass::ReadTableRows(const std::vector<int>& rows) const {
  Table table;
  table.rows = rows;
  if (rows.size() < 2) return table;
  Columns cols;
  size_t header = rows.size();
  for (size_t r = 0; r < rows.size() && header == rows.size(); ++r) {
    cols = HeaderColumns(rows[r]);
    if (cols.any_status()) header = r;
  }
  // Without a status column the rows still list criteria (for a claim right
  // before the table), with no status of their own.
  table.has_status_column = header < rows.size();
  if (!table.has_status_column) cols = Columns();
  for (size_t r = table.has_status_column ? header + 1 : 0; r < rows.size(); ++r) {
    const int id = rows[r];
    const size_t lb = LineBegin(id), le = LineEnd(id);
    const auto cells = Cells(f_, lb, le);
    if (cells.empty() || rules_.table_rule->Matches(std::string(text_.Slice(Node(id).line))))
      continue;
    const std::string set = SetAt(id, lb, lb);
    std::optional<Ref> ref;
    for (size_t c = 0; c < cells.size() && !ref; ++c) {
      const auto [cb, ce] = cells[c];
      if (cols.is_status(static_cast<int>(c))) continue;
      RuleMatch m;
      if (rules_.word->FindIn(text_, cb, ce, &m)) {
        ref = RefAfterWord(set, m.folded_begin, m.folded_end, ce);
      } else if (auto name = NameAt(set, cb, ce)) {
        // A name cell must be the name (and little more), not a sentence.
        if (name->end + 3 >= ce) ref = name;
      }
    }
    if (!ref) continue;
    auto cell_text = [&](int c) -> std::string {
      if (c < 0 || static_cast<size_t>(c) >= cells.size()) return {};
      return f_.substr(cells[static_cast<size_t>(c)].first,
                       cells[static_cast<size_t>(c)].second - cells[static_cast<size_t>(c)].first);
    };
    auto marked = [](const std::string& v) { return !v.empty() && v != "-" && v != "0"; };
    auto value_status = [this](const std::string& v) -> std::string {
      std::map<std::string, std::string_view, std::less<>> said;
      if (!rules_.cell_status->MatchFolded(v, &said)) return {};
      return said.contains("unmet") ? "unmet" : "met";
    };
    TableRow row;
    row.id = id;
    row.ref = *ref;
    if (const std::string s = value_status(cell_text(cols.result)); !s.empty())
      row.statuses.push_back(s);
    if (marked(cell_text(cols.met)) && value_status(cell_text(cols.met)) != "unmet")
      row.statuses.push_back("met");
    if (marked(cell_text(cols.unmet))) row.statuses.push_back("unmet");
    if (value_status(cell_text(cols.plan)) == "met" &&
        std::find(row.statuses.begin(), row.statuses.end(), "met") == row.statuses.end())
      row.statuses.push_back("planned");
    if (cols.village >= 0 && static_cast<size_t>(cols.village) < cells.size()) {
      const auto [vb, ve] = cells[static_cast<size_t>(cols.village)];
      row.village = VillageIn(vb, ve);
      if (!row.village && vb < ve)
        row.village = std::string(text_.Slice(text_.SpanOfFolded(vb, ve)));
    }
    table.read.push_back(std::move(row));
  }
  return table;
}

// Whether the words [b, e) end with ":" (markdown stars and spaces aside).
bool CriteriaReadingPass::EndsWithColon(size_t b, size_t e) const {
  while (e > b && (f_[e - 1] == ' ' || f_[e - 1] == '*')) --e;
  return e > b && f_[e - 1] == ':';
}

std::optional<int> CriteriaReadingPass::ListedInTableAfter(int id,
                                                           const std::string& status) const {
  for (const Table& t : tables_) {
    if (t.rows.empty() || t.rows.front() != id + 1) continue;
    std::set<int> distinct;
    for (const TableRow& row : t.read) {
      if (!t.has_status_column ||
          std::find(row.statuses.begin(), row.statuses.end(), status) != row.statuses.end())
        distinct.insert(row.ref.number);
    }
    // A table that names none with that status does not enumerate the claim's.
    if (distinct.empty()) return std::nullopt;
    return static_cast<int>(distinct.size());
  }
  return std::nullopt;
}

}  // namespace ntmx
