// Role lines: see role_lines.h.
#include "extract/role_lines.h"

#include <algorithm>

#include <re2/re2.h>

#include "criteria/catalogue.h"
#include "extract/criterion_refs.h"
#include "text/fold.h"

namespace ntmx {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The group of `re` named `name`, or -1.
int GroupIndex(const RE2& re, const std::string& name) {
  const auto& groups = re.NamedCapturingGroups();
  auto it = groups.find(name);
  return it == groups.end() ? -1 : it->second;
}

// Every match of `re` in `s`: [begin, end) and whether group `flag` took part.
struct Found {
  size_t begin, end;
  bool flag;
};
std::vector<Found> FindEvery(const RE2& re, std::string_view s, const std::string& flag = {}) {
  std::vector<Found> out;
  const int n = re.NumberOfCapturingGroups();
  const int flag_index = flag.empty() ? -1 : GroupIndex(re, flag);
  std::vector<re2::StringPiece> sub(static_cast<size_t>(n) + 1);
  size_t pos = 0;
  while (pos <= s.size() && re.Match(re2::StringPiece(s.data(), s.size()), pos, s.size(),
                                     RE2::UNANCHORED, sub.data(), n + 1)) {
    const size_t b = static_cast<size_t>(sub[0].data() - s.data());
    const size_t e = b + sub[0].size();
    out.push_back({b, e, flag_index > 0 && sub[flag_index].data() != nullptr});
    pos = e > b ? e : b + 1;
  }
  return out;
}

// "18.1" -> {18, 1}; "5" -> {5, -1}.
std::pair<int, int> NumberOf(std::string_view s) {
  const size_t dot = s.find('.');
  if (dot == std::string_view::npos) return {std::stoi(std::string(s)), -1};
  return {std::stoi(std::string(s.substr(0, dot))), std::stoi(std::string(s.substr(dot + 1)))};
}

// Whether a folded cell holds only numbers and list separators ("1, 2 và 9").
bool OnlyNumbers(std::string_view s) {
  bool digit = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (IsDigit(c)) {
      digit = true;
      // why: the conjunction between listed numbers, part of the number-list grammar.
    } else if (s.compare(i, 2, "va") == 0) {
      ++i;
    } else if (std::string_view(" .,;/-").find(c) == std::string_view::npos) {
      return false;
    }
  }
  return digit;
}

}  // namespace

const RuleField<RoleReader> RoleReader::kRules[] = {
    {&RoleReader::lead_word_, "responsibilities.lead_word"},
    {&RoleReader::support_word_, "responsibilities.support_word"},
    {&RoleReader::references_, "responsibilities.references"},
    {&RoleReader::named_object_, "responsibilities.named_object"},
    {&RoleReader::unit_table_, "responsibilities.unit_table"},
    {&RoleReader::lead_column_, "responsibilities.column.lead"},
    {&RoleReader::support_column_, "responsibilities.column.support"},
    {&RoleReader::work_column_, "responsibilities.column.work"},
};

RoleReader::RoleReader(const Resources& resources) : resources_(resources) {}

Status RoleReader::Bind(const RuleSet& rules) {
  return BindRules<RoleReader>(rules, kRules, "the role reader", this);
}

RefSet RoleReader::ListOf(std::string_view list, bool indicators_only) const {
  // Numbers and what separates them; a dash or "đến" between two makes a range.
  RefSet out;
  std::optional<std::pair<int, int>> previous;
  bool range = false;
  size_t i = 0;
  while (i < list.size()) {
    if (!IsDigit(list[i])) {
      size_t j = i;
      while (j < list.size() && !IsDigit(list[j])) ++j;
      const std::string sep = FoldKey(list.substr(i, j - i));
      // why: the range words of the number-list grammar (as text/numbers.cc reads ranges).
      range = sep == "-" || sep == "den" || sep == "toi" || sep == "- den";
      i = j;
      continue;
    }
    size_t j = i;
    while (j < list.size() && (IsDigit(list[j]) || (list[j] == '.' && j + 1 < list.size() &&
                                                    IsDigit(list[j + 1]) && j > i))) {
      ++j;
    }
    const auto [major, minor] = NumberOf(list.substr(i, j - i));
    i = j;
    auto add = [&](int ma, int mi) {
      if (ma < 1 || ma > 20) return;
      if (mi < 0) {
        if (!indicators_only) out.criteria.insert(ma);
      } else if (mi >= 1 && mi <= 30) {
        out.indicators.insert(std::to_string(ma) + "." + std::to_string(mi));
      }
    };
    if (range && previous) {
      const auto [pa, pi] = *previous;
      if (pi < 0 && minor < 0 && pa < major && major <= 20) {
        for (int k = pa + 1; k < major; ++k) add(k, -1);
      } else if (pi >= 0 && minor >= 0 && pa == major && pi < minor && minor - pi <= 20) {
        for (int k = pi + 1; k < minor; ++k) add(major, k);
      }
    }
    add(major, minor);
    previous = std::make_pair(major, minor);
    range = false;
  }
  return out;
}

std::vector<PlacedRefs> RoleReader::References(std::string_view s) const {
  std::vector<PlacedRefs> out;
  const RE2& re = references_->re();
  const int marker = GroupIndex(re, "marker"), list = GroupIndex(re, "list");
  const int n = re.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> sub(static_cast<size_t>(n) + 1);
  size_t pos = 0;
  while (pos < s.size() && re.Match(re2::StringPiece(s.data(), s.size()), pos, s.size(),
                                    RE2::UNANCHORED, sub.data(), n + 1)) {
    const size_t b = static_cast<size_t>(sub[0].data() - s.data());
    const size_t e = b + sub[0].size();
    pos = e > b ? e : b + 1;
    if (b >= 3 && s.substr(b - 3, 3) == "bo ") continue;  // "Bộ tiêu chí": a set
    const bool indicators_only =
        // why: which marker of the rule matched ("chỉ tiêu": indicators only); the rule
        // holds the words.
        std::string_view(sub[marker].data(), sub[marker].size()) == "chi tieu";
    RefSet refs = ListOf(std::string_view(sub[list].data(), sub[list].size()), indicators_only);
    if (!refs.empty()) out.push_back({b, e, std::move(refs)});
  }
  return out;
}

bool RoleReader::HasLeadWord(std::string_view s) const {
  return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), lead_word_->re());
}

std::vector<RoleRefs> RoleReader::Roles(std::string_view clause, std::string_view set,
                                        bool fallback_lead, std::optional<bool>* carried) const {
  // Role words, in order. "chủ trì, phối hợp với …" and "chủ trì, phối hợp" are
  // one lead: a support word right after a lead word adds nothing.
  std::vector<Found> events;
  for (Found f : FindEvery(lead_word_->re(), clause)) events.push_back({f.begin, f.end, true});
  for (const Found& f : FindEvery(support_word_->re(), clause, "partner")) {
    if (!f.flag) events.push_back({f.begin, f.end, false});
  }
  std::sort(events.begin(), events.end(),
            [](const Found& a, const Found& b) { return a.begin < b.begin; });
  std::vector<Found> roles;
  for (const Found& f : events) {
    if (!f.flag && !roles.empty() && roles.back().flag) {
      const std::string between =
          FoldKey(clause.substr(roles.back().end, f.begin - roles.back().end));
      // why: the conjunction between two roles of one unit.
      if (between.empty() || between == "," || between == "va") continue;
    }
    roles.push_back(f);
  }
  std::vector<PlacedRefs> refs = References(clause);
  // Criteria named right after a role word: "chủ trì TC Thu nhập và TC Nghèo đa chiều".
  for (const Found& r : roles) {
    for (size_t from = r.end; from < clause.size();) {
      re2::StringPiece after(clause.data() + from, clause.size() - from);
      re2::StringPiece consumed = after;
      if (!RE2::Consume(&consumed, named_object_->re())) break;
      const size_t at = from + (after.size() - consumed.size());
      if (std::any_of(refs.begin(), refs.end(),
                      [&](const PlacedRefs& p) { return p.begin >= from && p.begin <= at; })) {
        break;  // a numbered reference
      }
      size_t length = 0;
      const CriterionEntry* entry =
          resources_.catalogue->ByNameAtStart(set, clause.substr(at), &length);
      if (entry == nullptr || length == 0) break;
      PlacedRefs named{from, at + length, {}};
      named.refs.criteria.insert(entry->number);
      refs.push_back(std::move(named));
      from = at + length;
    }
  }
  std::sort(refs.begin(), refs.end(),
            [](const PlacedRefs& a, const PlacedRefs& b) { return a.begin < b.begin; });
  std::vector<RoleRefs> out;
  for (PlacedRefs& p : refs) {
    std::optional<bool> role;
    for (const Found& r : roles) {
      if (r.begin < p.begin) role = r.flag;
    }
    if (!role) role = carried->has_value() ? **carried : fallback_lead;
    out.push_back({*role, std::move(p)});
  }
  if (!roles.empty()) *carried = roles.back().flag;
  return out;
}

std::optional<RoleReader::LeadIn> RoleReader::ReadLeadIn(const DocumentView& doc, Span clause,
                                                         const AssignmentReader& reader,
                                                         std::string_view commune) const {
  const IndexedText& text = doc.text;
  const std::string_view folded = text.FoldedSlice(clause);
  const size_t base = text.FoldedByteOf(clause.begin);
  size_t start = folded.size() - WithoutMarker(folded).size();
  while (start < folded.size() && (folded[start] == '*' || folded[start] == ' ')) ++start;
  // Where the units may end: the first colon, or a role word.
  std::vector<std::pair<size_t, bool>> cuts;  // (folded byte, after a colon)
  int depth = 0;
  for (size_t i = start; i < folded.size(); ++i) {
    if (folded[i] == '(') ++depth;
    if (folded[i] == ')' && depth > 0) --depth;
    if (folded[i] == ':' && depth == 0) {
      cuts.push_back({i, true});
      break;
    }
  }
  const std::string_view rest = folded.substr(start);
  for (const Found& f : FindEvery(lead_word_->re(), rest)) cuts.push_back({start + f.begin, false});
  for (const Found& f : FindEvery(support_word_->re(), rest, "partner")) {
    if (!f.flag) cuts.push_back({start + f.begin, false});
  }
  std::sort(cuts.begin(), cuts.end());
  for (const auto& [cut, colon] : cuts) {
    size_t end = cut;
    while (end > start && (folded[end - 1] == ' ' || folded[end - 1] == '*')) --end;
    if (end < start + 3 || end - start > 200) continue;
    const Span units_span = text.SpanOfFolded(base + start, base + end);
    std::vector<std::string> units = reader.WholeUnitList(doc, units_span, commune, colon);
    if (!units.empty()) return LeadIn{std::move(units), colon ? cut + 1 : cut};
  }
  return std::nullopt;
}

std::vector<UnitRoleRow> RoleReader::UnitTableRows(const DocumentView& doc,
                                                   const AssignmentReader& reader,
                                                   std::string_view commune) const {
  std::vector<UnitRoleRow> out;
  const IndexedText& text = doc.text;
  auto cells_of = [&](Span line) {
    std::vector<Span> cells;
    const std::string_view written = text.Slice(line);
    if (written.find('|') == std::string_view::npos) return cells;
    const size_t base = text.ByteOf(line.begin);
    size_t start = 0;
    for (size_t i = 0; i <= written.size(); ++i) {
      if (i < written.size() && written[i] != '|') continue;
      cells.push_back(text.SpanOfBytes(base + start, base + i));
      start = i + 1;
    }
    // "| a | b |": the edges are not cells.
    if (!cells.empty() && FoldKey(text.Slice(cells.front())).empty()) cells.erase(cells.begin());
    if (!cells.empty() && FoldKey(text.Slice(cells.back())).empty()) cells.pop_back();
    return cells;
  };
  int unit_col = -1, lead_col = -1, support_col = -1;
  int previous = -1;
  for (size_t id = 1; id < doc.tree.nodes.size(); ++id) {
    const Node& node = doc.tree.nodes[id];
    if (node.kind != NodeKind::kTableRow || previous != static_cast<int>(id) - 1) unit_col = -1;
    if (node.kind != NodeKind::kTableRow) continue;
    previous = static_cast<int>(id);
    const std::vector<Span> cells = cells_of(node.line);
    int u = -1, l = -1, s = -1;
    bool criterion_col = false;
    for (size_t i = 0; i < cells.size(); ++i) {
      const std::string f = FoldKey(text.Slice(cells[i]));
      if (f.size() > 60) continue;
      const bool lead = RE2::PartialMatch(f, lead_column_->re());
      const bool support = RE2::PartialMatch(f, support_column_->re());
      if (lead && l < 0) {
        l = static_cast<int>(i);
      } else if (support && s < 0) {
        s = static_cast<int>(i);
      } else if (u < 0 && RE2::PartialMatch(f, unit_table_->re())) {
        u = static_cast<int>(i);
      } else if (RE2::PartialMatch(f, work_column_->re())) {
        criterion_col = true;
      }
    }
    if (u >= 0 && (l >= 0 || s >= 0) && !criterion_col) {
      unit_col = u, lead_col = l, support_col = s;
      continue;
    }
    if (unit_col < 0 || static_cast<int>(cells.size()) <= unit_col) continue;
    auto refs_of = [&](int col) {
      RefSet refs;
      if (col < 0 || col >= static_cast<int>(cells.size())) return refs;
      const std::string f = FoldKey(text.Slice(cells[col]));
      for (const PlacedRefs& p : References(f)) refs.Add(p.refs);
      if (refs.empty() && OnlyNumbers(f)) refs = ListOf(f, false);
      return refs;
    };
    UnitRoleRow row;
    row.span = node.line;
    row.lead = refs_of(lead_col);
    row.support = refs_of(support_col);
    if (row.lead.empty() && row.support.empty()) continue;
    row.units = reader.Units(doc, cells[unit_col], commune, true, nullptr);
    if (!row.units.empty()) out.push_back(std::move(row));
  }
  return out;
}

}  // namespace ntmx
