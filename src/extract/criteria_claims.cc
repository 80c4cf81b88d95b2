// CriteriaReadingPass (criteria_pass.h): count claims ("đạt 14/19 tiêu chí",
// "chưa đạt 05/19", "gồm 08 tiêu chí") and the clauses they sit in, and the
// reading of one line: its enumerations (criteria_lists.cc), its claims, and the
// single statements about one criterion ("Duy trì chuẩn tiêu chí số 3").
#include <algorithm>
#include <cctype>

#include "extract/criteria_pass.h"

namespace ntmx {

// ---- clauses ------------------------------------------------------------------

bool CriteriaReadingPass::HardBoundary(std::string_view f, size_t i) {
  const char c = f[i];
  if (c == ';' || c == '(' || c == ')' || c == '\n') return true;
  if (c == '.') return !(i > 0 && IsDigit(f[i - 1]) && i + 1 < f.size() && IsDigit(f[i + 1]));
  return false;
}

// Where the sentence around `at` starts: after the last ". " before it.
size_t CriteriaReadingPass::SentenceBegin(size_t line_begin, size_t at) const {
  while (at > line_begin + 1 && !(f_[at - 2] == '.' && f_[at - 1] == ' ')) --at;
  return at > line_begin + 1 ? at : line_begin;
}

// Where the sentence around `at` ends: at the next ". " (or the line's end).
size_t CriteriaReadingPass::SentenceEnd(size_t at, size_t line_end) const {
  while (at + 1 < line_end && !(f_[at] == '.' && f_[at + 1] == ' ')) ++at;
  return at + 1 < line_end ? at : line_end;
}

size_t CriteriaReadingPass::ClauseBegin(size_t line_begin, size_t at) const {
  while (at > line_begin && !HardBoundary(f_, at - 1)) --at;
  return at;
}

size_t CriteriaReadingPass::ClauseEnd(size_t at, size_t line_end) const {
  while (at < line_end && !HardBoundary(f_, at)) ++at;
  return at;
}

// Count claims in [b, e).
std::vector<CriteriaReadingPass::Claim> CriteriaReadingPass::ClaimsIn(size_t b, size_t e) const {
  std::vector<Claim> claims;
  const Rule* not_count = rules_.not_count;
  auto preceded_by_number = [&](size_t at) {
    return at > 0 &&
           (IsDigit(f_[at - 1]) || ((f_[at - 1] == ',' || f_[at - 1] == '.' || f_[at - 1] == '/') &&
                                    at > 1 && IsDigit(f_[at - 2])));
  };
  for (const Rule* rule : {rules_.ratio, rules_.number}) {
    for (const RuleMatch& m : All(*rule, b, e)) {
      if (preceded_by_number(m.folded_begin)) continue;
      bool overlaps = false;
      for (const Claim& c : claims) overlaps |= m.folded_begin < c.end && c.begin < m.folded_end;
      if (overlaps) continue;
      RuleMatch nm;
      // "05/05 xã" counts communes; "19/19 tiêu chí xã nông thôn mới" names its set.
      if (!m.has("word") && not_count->MatchAt(text_, m.folded_end, e, &nm)) continue;
      Claim c;
      c.begin = m.folded_begin;
      c.end = m.folded_end;
      c.rule = rule;
      c.count = std::stoi(std::string(text_.FoldedSlice(m.group("count"))));
      if (m.has("total")) c.total = std::stoi(std::string(text_.FoldedSlice(m.group("total"))));
      if (m.has("total") && !m.has("word")) {
        // "chưa đạt 05/19": a status verb must come right before.
        size_t w = m.folded_begin;
        while (w > b && f_[w - 1] == ' ') --w;
        if (w < 3 || f_.compare(w - 3, 3, "dat") != 0) continue;
      }
      claims.push_back(c);
    }
  }
  std::sort(claims.begin(), claims.end(),
            [](const Claim& a, const Claim& c) { return a.begin < c.begin; });
  // Each claim's status: the words from the previous claim or boundary (a comma
  // too) to the next.
  for (size_t i = 0; i < claims.size(); ++i) {
    size_t wb = claims[i].begin;
    const size_t floor = i > 0 ? claims[i - 1].end : b;
    while (wb > floor && !HardBoundary(f_, wb - 1) && f_[wb - 1] != ',') --wb;
    size_t we = claims[i].end;
    const size_t ceil = i + 1 < claims.size() ? claims[i + 1].begin : e;
    while (we < ceil && !HardBoundary(f_, we) && f_[we] != ',' && f_[we] != ':') {
      if (f_.compare(we, 5, " gom ") == 0 || f_.compare(we, 7, " cu the") == 0) break;
      ++we;
    }
    claims[i].status = StatusIn(wb, we);
    // "các tiêu chí chưa đạt (07 tiêu chí)": the words before the parenthesis.
    if (!claims[i].status.any() && wb > b && f_[wb - 1] == '(') {
      claims[i].status = StatusIn(ClauseBegin(b, wb - 1), we);
    }
  }
  claims.erase(
      std::remove_if(claims.begin(), claims.end(), [](const Claim& c) { return !c.status.any(); }),
      claims.end());
  return claims;
}

// ---- one line -----------------------------------------------------------------

// One line: its enumerations first (they claim the criteria words inside them),
// then a heading whose items are criteria, lists in parentheses after a claim,
// the claims left without a list, and last the single statements.
void CriteriaReadingPass::ReadNode(int id) {
  current_node_ = id;
  const ntmx::Node& n = Node(id);
  if (n.kind == NodeKind::kTableRow) return;
  Line line;
  line.id = id;
  line.lb = LineBegin(id);
  line.le = LineEnd(id);
  if (line.lb >= line.le) return;
  line.claims = ClaimsIn(line.lb, line.le);
  // The criteria words of the line, asked once for the enumerations, the heading
  // and the single statements below.
  line.words = All(*rules_.word, line.lb, line.le);

  ReadEnumerations(&line);
  ReadHeadingItems(&line);
  ReadParenthesisLists(&line);

  // Claims with no list.
  for (Claim& c : line.claims) {
    if (!c.attached) {
      c.attached = true;
      AddCount(id, c, std::nullopt);
    }
  }

  ReadStatements(line);
}

// Single statements: "Duy trì chuẩn tiêu chí số 3 …", "huyện hoàn thành tiêu
// chí số 1 về quy hoạch", one clause at a time.
void CriteriaReadingPass::ReadStatements(const Line& line) {
  const int id = line.id;
  const size_t lb = line.lb, le = line.le;
  for (const RuleMatch& m : line.words) {
    bool inside_used = false;
    for (auto [ub, ue] : line.used) inside_used |= m.folded_begin >= ub && m.folded_begin < ue;
    if (inside_used) continue;
    size_t cb = m.folded_begin;
    while (cb > lb && !HardBoundary(f_, cb - 1) && f_[cb - 1] != ':') --cb;
    size_t ce = m.folded_end;
    while (ce < le && !HardBoundary(f_, ce) && f_[ce] != ':') ++ce;
    // The cue must stand close before the criterion, in the same comma-separated
    // part: "Duy trì chuẩn tiêu chí số 3", not "…, đạt hiệu quả cao, hướng dẫn
    // xã thực hiện tiêu chí số 2".
    size_t cue_b = m.folded_begin;
    while (cue_b > cb && f_[cue_b - 1] != ',' && m.folded_begin - cue_b < 60) --cue_b;
    if (Any(*rules_.aggregate, cb, m.folded_begin) ||
        Any(*rules_.indicator_of, cb, std::min(ce, m.folded_end + 12)))
      continue;
    const StatusSet before = StatusIn(cue_b, m.folded_begin);
    const std::string set = SetAt(id, cb, ce);
    auto ref = RefAfterWord(set, m.folded_begin, m.folded_end, ce);
    if (!ref) continue;
    std::vector<std::string> given = before.given();
    size_t span_end = ref->end;
    if (given.empty()) {
      // The verdict after the name: "Tiêu chí số 1 về Quy hoạch: Đạt", "tiêu
      // chí Y tế chưa đạt". A bare "đạt" must end the clause ("đạt 90%" is a
      // target).
      size_t a = ref->end;
      while (a < le && (f_[a] == ' ' || f_[a] == ':' || f_[a] == '-' || f_[a] == '(')) ++a;
      auto word_at = [&](size_t at, std::string_view w) {
        return f_.compare(at, w.size(), w) == 0 &&
               (at + w.size() >= le ||
                !std::isalnum(static_cast<unsigned char>(f_[at + w.size()])));
      };
      auto clause_ends = [&](size_t at) {
        while (at < le && f_[at] == ' ') ++at;
        return at >= le || f_[at] == '.' || f_[at] == ';' || f_[at] == ',' || f_[at] == ')' ||
               word_at(at, "chuan");
      };
      if (word_at(a, "chua dat") || word_at(a, "khong dat")) {
        given = {"unmet"};
        span_end = a + 8;
      } else if (word_at(a, "da dat") && clause_ends(a + 6)) {
        given = {"met"};
        span_end = a + 6;
      } else if (word_at(a, "dat") && clause_ends(a + 3)) {
        given = {"met"};
        span_end = a + 3;
      }
    }
    if (given.empty()) continue;
    const std::string subject = SubjectAt(id, cb, set);
    for (const std::string& s : given)
      AddStatus(subject, set, *ref, s, std::min(cb, ref->begin), span_end, "criteria.statement");
  }
}
}  // namespace ntmx
