// CriteriaReadingPass (criteria_pass.h): status tables — consecutive pipe or tab
// rows with a header naming a status column ("Đạt", "Chưa đạt", "Kết quả",
// "Kế hoạch"), one row per criterion.
#include <algorithm>

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

void CriteriaReadingPass::ReadTables() {
  // Consecutive rows (pipe rows, or lines with tabs) form one table.
  const auto& nodes = doc_.tree.nodes;
  std::vector<std::vector<int>> tables;
  int previous = -1;
  for (size_t id = 1; id < nodes.size(); ++id) {
    const size_t lb = LineBegin(static_cast<int>(id)), le = LineEnd(static_cast<int>(id));
    const bool row = nodes[id].kind == NodeKind::kTableRow || Holds(lb, le, "\t");
    if (!row) continue;
    if (previous < 0 || nodes[id].parent != nodes[static_cast<size_t>(previous)].parent ||
        id != static_cast<size_t>(previous) + 1)
      tables.emplace_back();
    tables.back().push_back(static_cast<int>(id));
    previous = static_cast<int>(id);
  }
  for (const std::vector<int>& rows : tables) ReadTable(rows);
}

void CriteriaReadingPass::ReadTable(const std::vector<int>& rows) {
  if (rows.size() < 2) return;
  // The header: the first row with a status column.
  int met_col = -1, unmet_col = -1, result_col = -1, plan_col = -1;
  size_t header = rows.size();
  for (size_t r = 0; r < rows.size() && header == rows.size(); ++r) {
    const auto cells = Cells(f_, LineBegin(rows[r]), LineEnd(rows[r]));
    for (size_t c = 0; c < cells.size(); ++c) {
      const std::string cell = f_.substr(cells[c].first, cells[c].second - cells[c].first);
      if (cell == "dat" || cell == "da dat")
        met_col = static_cast<int>(c);
      else if (cell == "chua dat")
        unmet_col = static_cast<int>(c);
      else if (cell.find("ket qua") != std::string::npos ||
               cell.find("danh gia") != std::string::npos ||
               cell.find("hien trang") != std::string::npos ||
               cell.find("thuc trang") != std::string::npos ||
               cell.find("tinh trang") != std::string::npos)
        result_col = static_cast<int>(c);
      else if (cell.find("ke hoach") != std::string::npos ||
               cell.find("phan dau") != std::string::npos ||
               cell.find("muc tieu") != std::string::npos)
        plan_col = static_cast<int>(c);
    }
    if (met_col >= 0 || unmet_col >= 0 || result_col >= 0 || plan_col >= 0) header = r;
  }
  if (header == rows.size()) return;
  for (size_t r = header + 1; r < rows.size(); ++r) {
    const int id = rows[r];
    const size_t lb = LineBegin(id), le = LineEnd(id);
    const auto cells = Cells(f_, lb, le);
    if (cells.empty() || rules_.table_rule->Matches(std::string(text_.Slice(Node(id).line))))
      continue;
    const std::string set = SetAt(id, lb, lb);
    std::optional<Ref> ref;
    for (size_t c = 0; c < cells.size() && !ref; ++c) {
      const auto [cb, ce] = cells[c];
      if (static_cast<int>(c) == met_col || static_cast<int>(c) == unmet_col ||
          static_cast<int>(c) == result_col || static_cast<int>(c) == plan_col)
        continue;
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
    std::vector<std::string> statuses;
    auto value_status = [](const std::string& v) -> std::string {
      if (v.rfind("chua dat", 0) == 0 || v.rfind("khong dat", 0) == 0) return "unmet";
      if (v.rfind("dat", 0) == 0 || v.rfind("da dat", 0) == 0) return "met";
      return {};
    };
    if (const std::string s = value_status(cell_text(result_col)); !s.empty())
      statuses.push_back(s);
    if (marked(cell_text(met_col)) && value_status(cell_text(met_col)) != "unmet")
      statuses.push_back("met");
    if (marked(cell_text(unmet_col))) statuses.push_back("unmet");
    if (value_status(cell_text(plan_col)) == "met" &&
        std::find(statuses.begin(), statuses.end(), "met") == statuses.end())
      statuses.push_back("planned");
    const std::string subject = SubjectAt(id, lb, set);
    for (const std::string& s : statuses)
      AddStatus(subject, set, *ref, s, lb, le, "criteria.table");
  }
}

}  // namespace ntmx
