// CriteriaReadingPass (criteria_pass.h): per-criterion status lines — a status
// table written as a list, one line per criterion with its verdict:
//
//   Kết quả rà soát, xã An Bình đạt 12/19 tiêu chí, cụ thể như sau:
//   - Tiêu chí số 1 (Quy hoạch): Đạt.
//   - TC số 2 - Giao thông: Chưa đạt (còn 1,5 km đường trục thôn chưa cứng hóa).
//   - Y tế: Đạt.
//
// A line is one when it starts with a criterion (by number, by name, or both;
// ItemRef) and the rule criteria.status_line matches right after it (past the
// name's ")" or a parenthesised name). Each line gives its own verdict, as a row
// of a status table does, so a list under "gồm:" or "cụ thể như sau:" with mixed
// verdicts is read line by line, not with the opener's status. The opener (the
// line ending in ":" above the run) gives the run its subject and set, a promise
// there makes a plain "Đạt" a goal, and its count claims are "listed" by the lines
// with their status (as by a table after them).
//
// Lines that merely mention a criterion ("Phấn đấu đạt tiêu chí số 5 …") do not
// start with it; targets ("Tiêu chí số 14 (Y tế): đạt 95% …") have no verdict
// that ends its clause. Both are left to the other readers.
#include <algorithm>
#include <cctype>
#include <set>

#include "extract/criteria_pass.h"

namespace ntmx {

namespace {
// A status line is short: a criterion, its verdict and a note. Longer lines are
// paragraphs, and the bound keeps a line without breaks from being searched.
constexpr size_t kMaxStatusLine = 600;
// How many lines of one list are walked back to find the run's opener.
constexpr int kMaxRun = 60;
}  // namespace

// The line that opens the run of lines node `id` belongs to: the nearest earlier
// sibling that ends with ":" past short lines of `id`'s own kind with a verdict
// word, or the parent when `id` is the first of its kind under it; -1 when that
// line does not end with ":".
int CriteriaReadingPass::StatusLineLead(int id) const {
  const ntmx::Node& n = Node(id);
  if (n.parent < 0) return -1;
  const std::vector<int>& siblings = Node(n.parent).children;
  auto it = std::find(siblings.begin(), siblings.end(), id);
  int lead = n.parent;
  for (int walked = 0; it != siblings.begin() && walked < kMaxRun; ++walked) {
    const int s = *--it;
    if (EndsWithColon(LineBegin(s), LineEnd(s))) {
      lead = s;
      break;
    }
    // Only lines that could be status lines themselves lie between.
    const size_t sb = LineBegin(s), se = LineEnd(s);
    // why: a prefilter ("đạt" is in every status word of criteria.status_line); the rule
    // decides.
    if (Node(s).kind != n.kind || se - sb > kMaxStatusLine || !Holds(sb, se, "dat")) return -1;
  }
  if (lead <= 0 || Node(lead).kind == NodeKind::kTableRow) return -1;
  return EndsWithColon(LineBegin(lead), LineEnd(lead)) ? lead : -1;
}

std::optional<CriteriaReadingPass::StatusLine> CriteriaReadingPass::StatusLineAt(int id) const {
  const ntmx::Node& n = Node(id);
  if (!IsItem(id) && n.kind != NodeKind::kParagraph) return std::nullopt;
  const size_t lb = LineBegin(id), le = LineEnd(id);
  // why: the same prefilter as above.
  if (lb >= le || le - lb > kMaxStatusLine || !Holds(lb, le, "dat")) return std::nullopt;
  // Cheap first: a criterion at the start, in the document's set.
  if (!ItemRef(default_set_, id)) return std::nullopt;
  StatusLine line;
  line.lead = StatusLineLead(id);
  // The opener's last sentence, up to its ":", names the run's subject and set.
  size_t colon = 0, sentence = 0;
  if (line.lead >= 0) {
    colon = LineEnd(line.lead);
    while (colon > LineBegin(line.lead) && f_[colon - 1] != ':') --colon;
    --colon;
    sentence = SentenceBegin(LineBegin(line.lead), colon);
    line.set = SetAt(line.lead, sentence, colon);
    line.subject = SubjectAt(line.lead, colon, line.set);
  } else {
    line.set = SetAt(id, lb, lb);
    line.subject = SubjectAt(id, lb, line.set);
  }
  const std::optional<Ref> ref = ItemRef(line.set, id);
  if (!ref) return std::nullopt;
  for (size_t i = ItemTextBegin(id); i < ref->begin; ++i)
    if (std::isalnum(static_cast<unsigned char>(f_[i]))) return std::nullopt;  // not at the start
  size_t at = ref->end;
  while (at < le && (f_[at] == ' ' || f_[at] == '*')) ++at;
  if (at < le && f_[at] == ')') {
    ++at;  // the end of "(Quy hoạch)"
  } else if (at < le && f_[at] == '(') {
    // A name the catalogue does not know: "Tiêu chí số 2 (Hạ tầng cơ sở): Chưa đạt".
    const size_t close = f_.find(')', at);
    if (close == std::string::npos || close >= le) return std::nullopt;
    at = close + 1;
  }
  RuleMatch m;
  if (!rules_.status_line->MatchAt(text_, at, le, &m)) {
    // A numbered criterion's own words before its ":" ("TC số 2 - Hạ tầng: Chưa đạt"),
    // when they hold no status of their own.
    const size_t c = f_.find(':', at);
    if (!ref->written_number || c == std::string::npos || c >= le || c > at + 100 ||
        StatusIn(at, c).any() || !rules_.status_line->MatchAt(text_, c, le, &m))
      return std::nullopt;
  }
  line.ref = *ref;
  line.end = m.folded_end;
  while (line.end > at && (f_[line.end - 1] == ' ' || f_[line.end - 1] == '(')) --line.end;
  if (m.has("unmet")) {
    line.status = "unmet";
  } else if (m.has("reported") || line.lead < 0) {
    line.status = "met";
  } else {
    // A plain "Đạt" under "Phấn đấu năm 2025 đạt các tiêu chí sau:" is a goal.
    const StatusSet opener = StatusIn(sentence, colon);
    line.status = opener.planned && !opener.met && !opener.unmet ? "planned" : "met";
  }
  return line;
}

// Reads node `id` when it is a status line; whether it was one.
bool CriteriaReadingPass::ReadStatusLine(int id) {
  const std::optional<StatusLine> line = StatusLineAt(id);
  if (!line) return false;
  AddStatus(line->subject, line->set, line->ref, line->status, line->ref.begin, line->end,
            rules_.status_line->id());
  return true;
}

std::optional<int> CriteriaReadingPass::ListedInStatusLinesAfter(int id,
                                                                 const std::string& status) const {
  const ntmx::Node& h = Node(id);
  std::vector<int> candidates;
  bool has_items = false;
  for (int c : h.children) has_items |= IsItem(c);
  if (has_items) {
    candidates = h.children;
  } else if (h.parent >= 0) {
    const std::vector<int>& siblings = Node(h.parent).children;
    auto it = std::find(siblings.begin(), siblings.end(), id);
    for (++it; it != siblings.end() && candidates.size() < static_cast<size_t>(kMaxRun); ++it)
      candidates.push_back(*it);
  }
  std::set<int> distinct;
  for (int c : candidates) {
    const std::optional<StatusLine> line = StatusLineAt(c);
    if (!line || line->lead != id) break;
    if (line->status == status) distinct.insert(line->ref.number);
  }
  if (distinct.empty()) return std::nullopt;
  return static_cast<int>(distinct.size());
}

}  // namespace ntmx
