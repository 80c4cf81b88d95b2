// CriteriaReadingPass (criteria_pass.h): criterion references ("tiêu chí số 02
// về giao thông", "TC số 10", a catalogue name) and the enumerations that follow
// a claim or a heading — "gồm: …" in the line, the items under a line ending in
// ":", a parenthesis after a count ("còn 02 tiêu chí chưa đạt (Y tế, Văn hóa)").
#include <algorithm>
#include <cctype>
#include <set>

#include "criteria/catalogue.h"
#include "extract/criteria_pass.h"
#include "extract/criterion_refs.h"
#include "text/fold.h"

namespace ntmx {

// ---- criterion references -------------------------------------------------------

// A criterion name of `set` starting at folded byte `at` (before `end`).
std::optional<CriteriaReadingPass::Ref> CriteriaReadingPass::NameAt(const std::string& set,
                                                                    size_t at, size_t end) const {
  while (at < end && (f_[at] == ' ' || f_[at] == '*' || f_[at] == '"')) ++at;
  if (at >= end) return std::nullopt;
  if (auto extra = ExtraNameAt(set, at, end)) return extra;
  size_t key_length = 0;
  const std::string_view rest(f_.data() + at, end - at);
  const CriterionEntry* e =
      catalogue_.ByNameAtStart(set, NameKeyWindow(rest, longest_name_key_), &key_length);
  if (e == nullptr || key_length == 0) return std::nullopt;
  Ref ref;
  ref.number = e->number;
  ref.named_number = e->number;
  ref.begin = at;
  ref.end = at + FoldedLengthOfKey(rest, key_length);
  return ref;
}

// A reference that starts with the criteria word matched at [wb, we).
std::optional<CriteriaReadingPass::Ref> CriteriaReadingPass::RefAfterWord(const std::string& set,
                                                                          size_t wb, size_t we,
                                                                          size_t end) const {
  // "tc số 10" is matched with its digit: step back to the number.
  size_t at = we;
  while (at > wb && IsDigit(f_[at - 1])) --at;
  auto skip = [&](std::string_view chars) {
    while (at < end && chars.find(f_[at]) != std::string_view::npos) ++at;
  };
  skip(" *:");
  if (f_.compare(at, 3, "so ") == 0 || f_.compare(at, 3, "so:") == 0) at += 3;
  skip(" *:");
  Ref ref;
  ref.begin = wb;
  if (at < end && IsDigit(f_[at])) {
    size_t d = at;
    while (d < end && IsDigit(f_[d])) ++d;
    if (d - at > 2) return std::nullopt;
    if (d + 1 < end && (f_[d] == '.' || f_[d] == ',') && IsDigit(f_[d + 1])) return std::nullopt;
    if (d < end && f_[d] == '/') return std::nullopt;
    ref.written_number = std::stoi(f_.substr(at, d - at));
    ref.number = *ref.written_number;
    ref.end = d;
    at = d;
    // The name after the number: "về Giao thông", "- Y tế", "(Quy hoạch)".
    size_t n = at;
    while (n < end && (f_[n] == ' ' || f_[n] == '-' || f_[n] == ':' || f_[n] == '(' ||
                       f_[n] == '*' || f_[n] == '.'))
      ++n;
    if (f_.compare(n, 3, "ve ") == 0) n += 3;
    if (auto named = NameAt(set, n, end)) {
      // A short form of the numbered criterion's own name ("Tiêu chí số 14 về
      // Giáo dục" for Giáo dục và Đào tạo) is that criterion, even where the
      // short form is another criterion's alias.
      const CriterionEntry* numbered = catalogue_.ByNumber(set, *ref.written_number);
      if (named->number != *ref.written_number && numbered != nullptr &&
          FoldKey(numbered->name)
                  .rfind(FoldKey(f_.substr(named->begin, named->end - named->begin)), 0) == 0) {
        named->number = *ref.written_number;
      }
      ref.named_number = named->number;
      ref.end = named->end;
      ref.number = named->number;
    }
    return ref;
  }
  if (f_.compare(at, 3, "ve ") == 0) at += 3;
  auto named = NameAt(set, at, end);
  if (!named) return std::nullopt;
  named->begin = wb;
  return named;
}

// Every criterion listed in [b, e): "Tiêu chí số 02 về giao thông; Tiêu chí số
// 03 …", "Giao thông, Điện và Y tế", names with the criteria word or without;
// parenthesised remarks are skipped.
std::vector<CriteriaReadingPass::Ref> CriteriaReadingPass::ListIn(const std::string& set, size_t b,
                                                                  size_t e) const {
  std::vector<Ref> out;
  const Rule* word = rules_.word;
  size_t at = b;
  auto to_separator = [&]() {
    while (at < e && !IsSeparator(at)) ++at;
  };
  while (at < e) {
    const char c = f_[at];
    if (c == ' ' || c == ';' || c == ',' || c == '.' || c == '-' || c == '*' || c == ':' ||
        c == '+' || c == '\n' || c == '"') {
      ++at;
      continue;
    }
    if (c == '(') {
      int depth = 0;
      while (at < e) {
        if (f_[at] == '(') ++depth;
        if (f_[at] == ')' && --depth == 0) break;
        ++at;
      }
      ++at;
      continue;
    }
    if (f_.compare(at, 3, "va ") == 0) {
      at += 3;
      continue;
    }
    // "tiêu chí số 5, 9 và 10", "tiêu chí số 1, số 2": bare numbers after a
    // numbered criterion.
    if (f_.compare(at, 3, "so ") == 0 && at + 3 < e && IsDigit(f_[at + 3])) {
      if (!out.empty() && out.back().written_number) {
        at += 3;
        continue;
      }
      // "Chưa đạt 04/15 tiêu chí: số 2 (Giao thông), số 7 …": the list's first item.
      if (auto ref = RefAfterWord(set, at, at, e)) {
        out.push_back(*ref);
        at = std::max(ref->end, at + 1);
        continue;
      }
    }
    if (IsDigit(c) && !out.empty() && out.back().written_number) {
      size_t d = at;
      while (d < e && IsDigit(f_[d])) ++d;
      const bool bare = d - at <= 2 && (d == e || f_[d] == ' ' || f_[d] == ',' || f_[d] == ';' ||
                                        f_[d] == ')' || f_[d] == '.');
      if (bare && !(d + 1 < e && f_[d] == '.' && IsDigit(f_[d + 1]))) {
        Ref ref;
        ref.number = std::stoi(f_.substr(at, d - at));
        ref.written_number = ref.number;
        ref.begin = at;
        ref.end = d;
        out.push_back(ref);
        at = d;
        continue;
      }
    }
    RuleMatch m;
    std::optional<Ref> ref;
    if (word->MatchAt(text_, at, e, &m)) {
      ref = RefAfterWord(set, m.folded_begin, m.folded_end, e);
      if (!ref) {
        at = m.folded_end;
        // "tiêu chí về X" not in the catalogue: move on to the next item.
        to_separator();
        continue;
      }
    } else {
      ref = NameAt(set, at, e);
      // "TC Thu nhập": the abbreviation before a name.
      if (!ref && f_.compare(at, 3, "tc ") == 0) {
        ref = NameAt(set, at + 3, e);
        if (ref) ref->begin = at;
      }
    }
    if (ref) {
      out.push_back(*ref);
      at = std::max(ref->end, at + 1);
      // Skip the rest of the item ("Nhà ở dân cư (còn 03 nhà tạm)" keeps its
      // parenthesis for the loop; "… và Tiêu chí số 7" stops at "và tiêu chí").
      while (at < e && !IsSeparator(at)) {
        if (f_.compare(at, 4, " va ") == 0) break;
        ++at;
      }
      continue;
    }
    to_separator();
    if (at == b) ++at;
  }
  return out;
}

// Where an item's words start: after its marker ("1.", "a)", "-", "2.1.").
size_t CriteriaReadingPass::ItemTextBegin(int id) const {
  const ntmx::Node& n = Node(id);
  size_t b = LineBegin(id);
  const size_t line_end = LineEnd(id);
  if (!n.marker.empty() || n.kind == NodeKind::kSection || n.kind == NodeKind::kListItem ||
      n.kind == NodeKind::kLettered) {
    while (b < line_end && (IsDigit(f_[b]) || f_[b] == '.' || f_[b] == ')' || f_[b] == '-' ||
                            f_[b] == '+' || f_[b] == '*' || f_[b] == ' ' ||
                            (f_[b] >= 'a' && f_[b] <= 'z' && b + 1 < line_end && f_[b + 1] == ')')))
      ++b;
  }
  return b;
}

// The first criterion an item names near its start (before its first ":").
std::optional<CriteriaReadingPass::Ref> CriteriaReadingPass::ItemRef(const std::string& set,
                                                                     int id) const {
  const size_t b = ItemTextBegin(id);
  const size_t line_end = LineEnd(id);
  size_t e = f_.find(':', b);
  if (e == std::string::npos || e > line_end) e = line_end;
  e = std::min(e, b + 160);
  if (auto name = NameAt(set, b, e)) return name;
  RuleMatch m;
  if (rules_.word->FindIn(text_, b, e, &m)) {
    if (Any(*rules_.indicator_of, b, m.folded_end + 8)) return std::nullopt;
    return RefAfterWord(set, m.folded_begin, m.folded_end, e);
  }
  return std::nullopt;
}

// A short paragraph that is one criterion's name and little else.
bool CriteriaReadingPass::IsCriterionLine(const std::string& set, int id) const {
  if (Node(id).kind != NodeKind::kParagraph) return false;
  const size_t b = LineBegin(id), e = LineEnd(id);
  if (e - b > 100) return false;
  auto ref = ItemRef(set, id);
  return ref && ref->begin <= b + 2 && ref->end + 3 >= e;
}

bool CriteriaReadingPass::IsItem(int id) const {
  const NodeKind k = Node(id).kind;
  return k == NodeKind::kSection || k == NodeKind::kLettered || k == NodeKind::kListItem;
}

// The criteria the items under (or, for a paragraph, after) node `head` list,
// with the statuses each receives. Sub-headings with the same primary status
// ("2.1. Các tiêu chí chưa đạt:" under "thực hiện hoàn thành 05/20 tiêu chí
// chưa đạt, cụ thể:") add their items; others are read on their own.
void CriteriaReadingPass::ItemsOf(int head, const StatusSet& status, const std::string& set,
                                  std::vector<std::pair<Ref, int>>* refs, int depth) const {
  std::vector<int> candidates;
  const ntmx::Node& h = Node(head);
  bool has_items = false;
  for (int c : h.children) has_items |= IsItem(c);
  if (has_items) {
    candidates = h.children;
  } else if (h.parent >= 0) {
    const auto& siblings = Node(h.parent).children;
    auto it = std::find(siblings.begin(), siblings.end(), head);
    // Items, or short lines that are each one criterion ("Giao thông;").
    for (++it; it != siblings.end(); ++it) {
      if (IsItem(*it) || IsCriterionLine(set, *it)) {
        candidates.push_back(*it);
      } else {
        break;
      }
    }
  }
  for (int c : candidates) {
    if (!IsItem(c) && !IsCriterionLine(set, c)) continue;
    if (auto ref = ItemRef(set, c)) {
      refs->push_back({*ref, c});
      continue;
    }
    if (depth > 0) continue;
    const StatusSet sub = StatusIn(LineBegin(c), LineEnd(c));
    if (sub.any() && sub.primary() == status.primary() &&
        Any(*rules_.word, LineBegin(c), LineEnd(c))) {
      ItemsOf(c, status, set, refs, depth + 1);
    }
  }
}

// ---- criteria a document adds ----------------------------------------------------

// "Bộ tiêu chí … của tỉnh, ngoài các tiêu chí quốc gia, có thêm tiêu chí số 20 về
// Khu dân cư nông thôn mới kiểu mẫu": the document's own catalogue entry, so that a
// table row or list naming it is read (the catalogue may know the number only for
// another province, under another name).
void CriteriaReadingPass::ReadExtraCriteria() {
  for (const RuleMatch& m : All(*rules_.extra, 0, f_.size())) {
    Extra x;
    x.number = std::stoi(std::string(text_.FoldedSlice(m.group("number"))));
    x.set = SetIn(ClauseBegin(0, m.folded_begin), m.folded_begin).value_or(default_set_);
    const std::string_view name = text_.FoldedSlice(m.group("name"));
    for (char c : name) {
      if (c == ' ' || c == '\t' || c == '\n') {
        if (!x.key.empty() && x.key.back() != ' ') x.key += ' ';
      } else {
        x.key += c;
      }
    }
    while (!x.key.empty() && x.key.back() == ' ') x.key.pop_back();
    if (x.key.size() >= 3) extras_.push_back(std::move(x));
  }
}

// An added criterion of `set` named at folded byte `at`.
std::optional<CriteriaReadingPass::Ref> CriteriaReadingPass::ExtraNameAt(const std::string& set,
                                                                         size_t at,
                                                                         size_t end) const {
  for (const Extra& x : extras_) {
    if (x.set != set || at + x.key.size() > end || f_.compare(at, x.key.size(), x.key) != 0)
      continue;
    const size_t e = at + x.key.size();
    if (e < end && std::isalnum(static_cast<unsigned char>(f_[e]))) continue;
    Ref ref;
    ref.number = x.number;
    ref.named_number = x.number;
    ref.begin = at;
    ref.end = e;
    return ref;
  }
  return std::nullopt;
}

// ---- enumerations ---------------------------------------------------------------

// Whether folded byte `i` separates the items of a list: ";", "(", or a "," that
// is not a decimal comma ("4,7 km").
bool CriteriaReadingPass::IsSeparator(size_t i) const {
  const char c = f_[i];
  if (c == ';' || c == '(') return true;
  if (c != ',') return false;
  return !(i > 0 && IsDigit(f_[i - 1]) && i + 1 < f_.size() && IsDigit(f_[i + 1]));
}

// Where a list written in a line, starting at `b`, ends: at the end of its
// sentence (". " after a word or a parenthesis, or after a criterion's number
// "số 15. "), not at a list marker ("gồm: 1. Quy hoạch"), else at `e`.
size_t CriteriaReadingPass::ListSentenceEnd(size_t b, size_t e) const {
  for (size_t i = b; i + 1 < e; ++i) {
    if (f_[i] != '.' || f_[i + 1] != ' ') continue;
    if (i > b && IsDigit(f_[i - 1])) {
      size_t d = i;
      while (d > b && IsDigit(f_[d - 1])) --d;
      if (!(d >= 3 && f_.compare(d - 3, 3, "so ") == 0)) continue;  // a marker
    }
    return i;
  }
  return e;
}

// Where the lead of an opener at `opener_begin` starts: the clause before it.
// "các tiêu chí chưa đạt (07 tiêu chí):": the lead runs on before the
// parenthesis that ends it.
size_t CriteriaReadingPass::LeadBegin(size_t lb, size_t opener_begin) const {
  size_t lead_b = ClauseBegin(lb, opener_begin);
  size_t p = opener_begin;
  while (p > lead_b && f_[p - 1] == ' ') --p;
  if (p == lead_b && p > lb && f_[p - 1] == ')') {
    int depth = 0;
    size_t q = p - 1;
    for (;; --q) {
      if (f_[q] == ')') ++depth;
      if (f_[q] == '(' && --depth == 0) break;
      if (q == lb) break;
    }
    if (f_[q] == '(') lead_b = ClauseBegin(lb, q);
  }
  return lead_b;
}

// The list must follow the criteria it introduces closely: "các tiêu chí
// chưa đạt gồm:", "14/19 tiêu chí, gồm:" — not "các tiêu chí chưa đạt
// chuẩn, trong Kế hoạch cần … như:" (a list of works, not of criteria).
bool CriteriaReadingPass::ListFollowsLead(const Line& line, size_t lead_b, size_t lead_e,
                                          const std::vector<RuleMatch>& lead_words) const {
  size_t last_ref_end = lead_b;
  for (const RuleMatch& w : lead_words) last_ref_end = std::max(last_ref_end, w.folded_end);
  for (const Claim& c : line.claims)
    if (c.begin >= lead_b && c.end <= lead_e) last_ref_end = std::max(last_ref_end, c.end);
  if (last_ref_end > lead_b) {
    size_t gap_end = lead_e;
    while (gap_end > last_ref_end && (f_[gap_end - 1] == ' ' || f_[gap_end - 1] == ',')) --gap_end;
    if (gap_end > last_ref_end + 60 ||
        f_.substr(last_ref_end, gap_end - last_ref_end).find(',') != std::string::npos)
      return false;
  }
  return true;
}

// Enumerations opened by "gồm", "cụ thể", ":".
// A line without a claim or a criteria word opens nothing and is not searched:
// a lead (a clause of the line, which starts after a boundary character) would
// need one of them. (A line without ":" or "gồm" is skipped by the rule
// prefilter: patterns/criteria.toml says every opener holds one.)
void CriteriaReadingPass::ReadEnumerations(Line* line) {
  const int id = line->id;
  const size_t lb = line->lb, le = line->le;
  std::vector<Claim>& claims = line->claims;
  const Rule* opener = rules_.enumeration;
  const bool may_open = !claims.empty() || !line->words.empty();
  size_t at = lb;
  RuleMatch om;
  while (may_open && at < le && opener->FindIn(text_, at, le, &om)) {
    at = std::max(om.folded_end, om.folded_begin + 1);
    const size_t lead_b = LeadBegin(lb, om.folded_begin);
    const size_t lead_e = om.folded_begin;
    bool inside_used = false;
    for (auto [ub, ue] : line->used) inside_used |= om.folded_begin >= ub && om.folded_begin < ue;
    if (inside_used) continue;
    Claim* claim = nullptr;
    for (Claim& c : claims) {
      if (c.begin >= lead_b && c.end <= lead_e) claim = &c;
    }
    // A lead without the criteria word or a claim introduces no criteria: the
    // status and the rest are not asked (most ":" of a plan end here).
    const std::vector<RuleMatch> lead_words = All(*rules_.word, lead_b, lead_e);
    const bool has_word = !lead_words.empty();
    if (!has_word && claim == nullptr) continue;
    if (!ListFollowsLead(*line, lead_b, lead_e, lead_words)) continue;
    StatusSet status = StatusIn(lead_b, lead_e);
    if (claim != nullptr) {
      // The claim's own words decide ("05/20 … chưa đạt"), with a promise kept.
      const bool planned = status.planned || claim->status.planned;
      status = claim->status;
      status.planned = planned && status.unmet ? true : status.planned;
    }
    if (!status.any()) continue;
    // The region: up to the ")" closing a "(" before the lead, else the line end.
    size_t region_e = le;
    if (lead_b > lb && f_[lead_b - 1] == '(') {
      int depth = 1;
      for (size_t i = om.folded_end; i < le; ++i) {
        if (f_[i] == '(') ++depth;
        if (f_[i] == ')' && --depth == 0) {
          region_e = i;
          break;
        }
      }
    }
    const std::string set = SetAt(id, lead_b, lead_e);
    const std::string subject = SubjectAt(id, lead_b, set);
    // A list in the line ends with its sentence: what follows is read on its own.
    const size_t list_e = ListSentenceEnd(om.folded_end, region_e);
    std::vector<Ref> refs = ListIn(set, om.folded_end, list_e);
    if (!refs.empty()) region_e = list_e;
    // A claim after the opener ("gồm 08 tiêu chí:") belongs to this list too.
    if (claim == nullptr) {
      for (Claim& c : claims) {
        if (c.begin >= om.folded_end && c.end <= region_e) claim = &c;
      }
    }
    // Items that are status lines ("- Tiêu chí số 5 (Trường học): Đạt.") give their
    // own verdicts when they are read; the claim lists those with its status.
    const std::string listed_status = claim != nullptr ? claim->status.primary() : status.primary();
    std::set<int> own;
    if (refs.empty()) {
      size_t tail = region_e;
      while (tail > om.folded_end && (f_[tail - 1] == ' ' || f_[tail - 1] == '*')) --tail;
      const bool ends_colon = tail > lb && f_[tail - 1] == ':';
      if (ends_colon || region_e == le) {
        std::vector<std::pair<Ref, int>> item_refs;
        ItemsOf(id, status, set, &item_refs);
        for (const auto& [ref, item] : item_refs) {
          if (auto own_line = StatusLineAt(item); own_line && own_line->lead == id) {
            if (own_line->status == listed_status) own.insert(own_line->ref.number);
            continue;
          }
          refs.push_back(ref);
        }
        line->used_items = true;
      }
    }
    line->used.push_back({lead_b, region_e});
    size_t distinct = RecordList(subject, set, refs, status.given());
    if (!own.empty()) {
      for (const Ref& r : refs) own.insert(r.number);
      distinct = own.size();
    }
    if (!refs.empty()) line->named.push_back({subject, set, refs, status.unmet, lead_b});
    if (claim != nullptr && !claim->attached) {
      claim->attached = true;
      std::optional<int> listed;
      if (distinct > 0) {
        listed = static_cast<int>(distinct);
      } else if (EndsWithColon(om.folded_begin, region_e)) {
        // "đạt 06/10 tiêu chí, gồm:" and a table below.
        listed = ListedInTableAfter(id, claim->status.primary());
      }
      if (!claim->change || listed) AddCount(id, *claim, listed);
    }
    if (region_e == le) break;
    at = std::max(at, region_e);
  }
}

// Gives each criterion of `refs` the statuses `given`; returns how many distinct
// criteria the list names.
size_t CriteriaReadingPass::RecordList(const std::string& subject, const std::string& set,
                                       const std::vector<Ref>& refs,
                                       const std::vector<std::string>& given) {
  std::set<int> distinct;
  for (const Ref& ref : refs) {
    distinct.insert(ref.number);
    for (const std::string& s : given)
      AddStatus(subject, set, ref, s, ref.begin, ref.end, "criteria.enumeration");
  }
  return distinct.size();
}

// A heading without an opener whose items are criteria ("12. Xây dựng thị trấn
// Tam Đường đạt chuẩn đô thị văn minh" + "- Tiêu chí số 1 …").
void CriteriaReadingPass::ReadHeadingItems(Line* line) {
  const int id = line->id;
  const ntmx::Node& n = Node(id);
  const size_t lb = line->lb, le = line->le;
  if (line->used_items || n.kind == NodeKind::kParagraph) return;
  bool has_items = false;
  for (int c : n.children) has_items |= IsItem(c);
  const StatusSet status = has_items ? StatusIn(lb, le) : StatusSet();
  if (has_items && status.any() && (!line->words.empty() || SetIn(lb, le).has_value()) &&
      !Any(*rules_.aggregate, lb, le)) {
    const std::string set = SetAt(id, lb, le);
    const std::string subject = SubjectAt(id, le, set);
    std::vector<std::pair<Ref, int>> item_refs;
    ItemsOf(id, status, set, &item_refs);
    for (const auto& [ref, item] : item_refs) {
      if (StatusLineAt(item)) continue;  // its own verdict
      for (const std::string& s : status.given())
        AddStatus(subject, set, ref, s, ref.begin, ref.end, "criteria.heading");
    }
    if (!item_refs.empty()) line->used.push_back({lb, le});
  }
}

// A list in parentheses right after a claim: "còn 02 tiêu chí chưa đạt (Y tế,
// Văn hóa)". Not when the parenthesis makes claims of its own ("6/9 tiêu chí
// (tăng 03 tiêu chí … gồm: …)": that list is the inner claim's).
void CriteriaReadingPass::ReadParenthesisLists(Line* line) {
  const int id = line->id;
  const size_t lb = line->lb, le = line->le;
  std::vector<Claim>& claims = line->claims;
  for (Claim& c : claims) {
    if (c.attached) continue;
    size_t p = c.end;
    while (p < le && p < c.end + 25 && f_[p] != '(' && !HardBoundary(f_, p) && f_[p] != ',') ++p;
    if (p >= le || f_[p] != '(') continue;
    size_t close = p;
    int depth = 0;
    for (; close < le; ++close) {
      if (f_[close] == '(') ++depth;
      if (f_[close] == ')' && --depth == 0) break;
    }
    bool inner_claim = false;
    for (const Claim& other : claims) inner_claim |= other.begin > p && other.begin < close;
    if (inner_claim) continue;
    const std::string set = SetAt(id, ClauseBegin(lb, c.begin), c.end);
    const std::string subject = SubjectAt(id, c.begin, set);
    const std::vector<Ref> refs = ListIn(set, p + 1, close);
    if (refs.empty()) continue;
    const size_t distinct = RecordList(subject, set, refs, c.status.given());
    line->named.push_back({subject, set, refs, c.status.unmet, c.begin});
    line->used.push_back({p, close});
    c.attached = true;
    AddCount(id, c, static_cast<int>(distinct));
  }
}
}  // namespace ntmx
