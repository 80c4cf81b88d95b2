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
  const size_t floor = std::max(line_begin, at > kBoundaryWindow ? at - kBoundaryWindow : 0);
  while (at > floor + 1 && !(f_[at - 2] == '.' && f_[at - 1] == ' ')) --at;
  return at > floor + 1 ? at : floor;
}

// Where the sentence around `at` ends: at the next ". " (or the line's end).
size_t CriteriaReadingPass::SentenceEnd(size_t at, size_t line_end) const {
  const size_t ceil = std::min(line_end, at + kBoundaryWindow);
  while (at + 1 < ceil && !(f_[at] == '.' && f_[at + 1] == ' ')) ++at;
  return at + 1 < ceil ? at : ceil;
}

size_t CriteriaReadingPass::ClauseBegin(size_t line_begin, size_t at) const {
  const size_t floor = std::max(line_begin, at > kBoundaryWindow ? at - kBoundaryWindow : 0);
  while (at > floor && !HardBoundary(f_, at - 1)) --at;
  return at;
}

size_t CriteriaReadingPass::ClauseEnd(size_t at, size_t line_end) const {
  const size_t ceil = std::min(line_end, at + kBoundaryWindow);
  while (at < ceil && !HardBoundary(f_, at)) ++at;
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
        // "chưa đạt 05/19", "nâng lên 08/10": a status verb must come right before.
        size_t w = m.folded_begin;
        while (w > b && (f_[w - 1] == ' ' || f_[w - 1] == ':')) --w;  // "Số tiêu chí đạt: 15/19"
        // why: the last syllable of the claim verbs ("đạt", "nâng lên") checked in place
        // before the figure the rule criteria.claim_count found; the rule holds the claim's
        // words.
        if (w < 3 || (f_.compare(w - 3, 3, "dat") != 0 && f_.compare(w - 3, 3, "len") != 0))
          continue;
      }
      // "dưới 15 tiêu chí", "từ 17 – 18 tiêu chí", "bình quân … đạt 18 tiêu chí":
      // a floor, a range or an average, not a claim.
      const size_t window = m.folded_begin > b + 80 ? m.folded_begin - 80 : b;
      if (EndsRightBefore(*rules_.not_before, window, m.folded_begin)) continue;
      if (ReachedByMany(b, m.folded_begin, m.folded_end, e)) continue;
      c.change = EndsRightBefore(*rules_.change, window, m.folded_begin);
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
    // A heading before ":" is not the claim's ("Xã An Phú - phấn đấu đạt chuẩn
    // năm 2024: hiện xã đạt 15/19"), unless the claim has no words of its own.
    while (wb > floor && !HardBoundary(f_, wb - 1) && f_[wb - 1] != ',' && f_[wb - 1] != ':') --wb;
    size_t we = claims[i].end;
    const size_t ceil = i + 1 < claims.size() ? claims[i + 1].begin : e;
    while (we < ceil && !HardBoundary(f_, we) && f_[we] != ',' && f_[we] != ':') {
      if (f_.compare(we, 5, " gom ") == 0 || f_.compare(we, 7, " cu the") == 0) break;
      ++we;
    }
    claims[i].status = StatusIn(wb, we);
    if (!claims[i].status.any() && wb > floor && f_[wb - 1] == ':') {
      --wb;
      while (wb > floor && !HardBoundary(f_, wb - 1) && f_[wb - 1] != ',') --wb;
      claims[i].status = StatusIn(wb, we);
    }
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

// "Có 3/8 xã đạt 19/19 tiêu chí", "xã đạt chuẩn (đủ 19 tiêu chí) là 20 xã": a
// count [cb, ce) of line [b, e) that several places reach, no one subject's claim
// (criteria.claim.many_before / many_after) — unless a commune is named between
// the places and the count ("Các xã còn lại như Phú Mỹ đạt 14 tiêu chí").
bool CriteriaReadingPass::ReachedByMany(size_t b, size_t cb, size_t ce, size_t e) const {
  const size_t window = cb > b + 160 ? cb - 160 : b;
  RuleMatch m;
  if (rules_.many_after->MatchAt(text_, ce, e, &m)) return true;
  if (!rules_.many_before->FindIn(text_, window, cb, &m)) return false;
  return !BareNameEndingAt(b, cb) && !CommuneIn(m.folded_begin, cb, /*town_only=*/false);
}

// Whether `rule` matches in [b, at) up to `at` (its pattern ends with "$").
bool CriteriaReadingPass::EndsRightBefore(const Rule& rule, size_t b, size_t at) const {
  RuleMatch m;
  return b < at && rule.FindIn(text_, b, at, &m);
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
  // "- Tiêu chí số 5 (Trường học): Đạt.": the line is its verdict, nothing more.
  if (ReadStatusLine(id)) return;
  line.claims = ClaimsIn(line.lb, line.le);
  // The criteria words of the line, asked once for the enumerations, the heading
  // and the single statements below.
  line.words = All(*rules_.word, line.lb, line.le);

  ReadEnumerations(&line);
  ReadHeadingItems(&line);
  ReadParenthesisLists(&line);

  // Claims with no list: a table right after a line ending in ":" is their list
  // ("đạt 13/20 tiêu chí, còn 07/20 tiêu chí chưa đạt. Kết quả cụ thể như sau:");
  // a change ("tăng 3 tiêu chí") without a list is no claim.
  const bool table_follows = EndsWithColon(line.lb, line.le);
  for (Claim& c : line.claims) {
    if (c.attached) continue;
    c.attached = true;
    std::optional<int> listed;
    if (table_follows) listed = ListedInTableAfter(id, c.status.primary());
    if (table_follows && !listed) listed = ListedInStatusLinesAfter(id, c.status.primary());
    if (c.change && !listed) continue;
    AddCount(id, c, listed);
  }

  ReadStatements(&line);
}

// Single statements: "Duy trì chuẩn tiêu chí số 3 …", "huyện hoàn thành tiêu
// chí số 1 về quy hoạch", one clause at a time; and words that point back at
// criteria the line named before ("Phấn đấu hoàn thành các tiêu chí này").
void CriteriaReadingPass::ReadStatements(Line* line) {
  struct Found {
    size_t cb = 0;
    std::string set;
    std::optional<Ref> ref;  // nullopt: the words point back
    size_t word_b = 0, word_e = 0;
    StatusSet before;
    Verdict verdict;
  };
  const int id = line->id;
  const size_t lb = line->lb, le = line->le;
  std::vector<Found> found;
  for (const RuleMatch& m : line->words) {
    bool inside_used = false;
    for (auto [ub, ue] : line->used) inside_used |= m.folded_begin >= ub && m.folded_begin < ue;
    if (inside_used) continue;
    size_t cb = m.folded_begin;
    const size_t cb_floor = std::max(lb, cb > kBoundaryWindow ? cb - kBoundaryWindow : 0);
    while (cb > cb_floor && !HardBoundary(f_, cb - 1) && f_[cb - 1] != ':') --cb;
    size_t ce = m.folded_end;
    const size_t ce_ceil = std::min(le, ce + kBoundaryWindow);
    while (ce < ce_ceil && !HardBoundary(f_, ce) && f_[ce] != ':') ++ce;
    // The cue must stand close before the criterion, in the same comma-separated
    // part: "Duy trì chuẩn tiêu chí số 3", not "…, đạt hiệu quả cao, hướng dẫn
    // xã thực hiện tiêu chí số 2".
    size_t cue_b = m.folded_begin;
    while (cue_b > cb && f_[cue_b - 1] != ',' && m.folded_begin - cue_b < 60) --cue_b;
    if (Any(*rules_.aggregate, cb, m.folded_begin) ||
        Any(*rules_.indicator_of, cb, std::min(ce, m.folded_end + 12)))
      continue;
    // "là xã … đáp ứng 11 tiêu chí về giao thông, …": the count's word, whose count
    // several places reach, is no statement about one criterion.
    {
      size_t nb = m.folded_begin;
      while (nb > lb && f_[nb - 1] == ' ') --nb;
      const size_t ne = nb;
      while (nb > lb && IsDigit(f_[nb - 1])) --nb;
      if (nb < ne && ReachedByMany(lb, nb, m.folded_end, le)) continue;
    }
    Found f;
    f.cb = cb;
    f.word_b = m.folded_begin;
    f.word_e = m.folded_end;
    f.before = StatusIn(cue_b, m.folded_begin);
    f.set = SetAt(id, cb, ce);
    f.ref = RefAfterWord(f.set, m.folded_begin, m.folded_end, ce);
    if (!f.ref) {
      if (Anaphor(f.word_e, le) == 0) continue;
    } else {
      f.verdict.given = f.before.given();
      f.verdict.span_end = f.ref->end;
      if (f.verdict.given.empty()) f.verdict = VerdictAfter(*line, *f.ref);
    }
    found.push_back(std::move(f));
  }
  // "tiêu chí số 9 … và tiêu chí số 15 … tuy đã đạt": the verdict after the last
  // of criteria joined by "và" or "," is each one's.
  for (size_t i = found.size(); i-- > 1;) {
    Found& f = found[i - 1];
    const Found& next = found[i];
    if (!f.ref || !next.ref || !f.verdict.given.empty() || !f.before.given().empty()) continue;
    std::string_view between(f_.data() + f.ref->end, next.word_b - f.ref->end);
    while (!between.empty() && (between.front() == ' ' || between.front() == ','))
      between.remove_prefix(1);
    if (between == "va " || between.empty()) f.verdict = next.verdict;
  }
  for (const Found& f : found) {
    if (!f.ref) {
      // Only a promise points back: "Phấn đấu hoàn thành các tiêu chí này".
      const Named* named = PointsBack(*line, f.word_b, f.word_e);
      if (named == nullptr || !f.before.planned || f.before.met || f.before.unmet) continue;
      for (const Ref& r : named->refs)
        AddStatus(named->subject, named->set, r, "planned", f.word_b, f.word_e,
                  "criteria.statement");
      continue;
    }
    if (f.verdict.given.empty()) continue;
    // The statement starts at its first word: a clause that opens a sentence starts
    // after ". ", and its sentence is that one, not the one before.
    size_t at = f.cb;
    while (at < f.word_b && f_[at] == ' ') ++at;
    const std::string subject = SubjectAt(id, at, f.set);
    for (const std::string& s : f.verdict.given)
      AddStatus(subject, f.set, *f.ref, s, std::min(f.cb, f.ref->begin), f.verdict.span_end,
                "criteria.statement");
    const bool unmet =
        std::find(f.verdict.given.begin(), f.verdict.given.end(), "unmet") != f.verdict.given.end();
    line->named.push_back({subject, f.set, {*f.ref}, unmet, f.ref->begin});
  }
}

// The verdict after a criterion's name: "Tiêu chí số 1 về Quy hoạch: Đạt",
// "tiêu chí Y tế chưa đạt", "tiêu chí số 8 hiện chưa đạt", "… tuy đã đạt nhưng
// chưa bền vững" (rule criteria.verdict_after), or later in its sentence "…, hiện
// chưa đạt do …". A bare "đạt" must end the clause ("đạt 90%" is a target).
CriteriaReadingPass::Verdict CriteriaReadingPass::VerdictAfter(const Line& line,
                                                               const Ref& ref) const {
  const size_t le = line.le;
  Verdict v;
  v.span_end = ref.end;
  size_t a = ref.end;
  while (a < le && (f_[a] == ' ' || f_[a] == ':' || f_[a] == '-' || f_[a] == '(')) ++a;
  std::map<std::string, std::string_view, std::less<>> groups;
  const std::string_view after = std::string_view(f_).substr(a, le > a ? le - a : 0);
  if (rules_.verdict_after->MatchFolded(after, &groups)) {  // criteria.verdict_after
    const bool unmet = groups.count("unmet") > 0 && !groups["unmet"].empty();
    const std::string_view said = unmet ? groups["unmet"] : groups["met"];
    v.given = {unmet ? "unmet" : "met"};
    v.span_end = static_cast<size_t>(said.data() + said.size() - f_.data());
  } else {
    // Later in the sentence, before any other criterion.
    size_t end = SentenceEnd(ref.end, le);
    for (const RuleMatch& w : line.words)
      if (w.folded_begin > ref.end) end = std::min(end, w.folded_begin);
    // Only within the sentence and 120 bytes: a search of the rest of the document
    // for every criterion was quadratic in a long document.
    const std::string_view window = std::string_view(f_).substr(
        ref.end, std::min(end, ref.end + 120 + 13) - std::min(end, ref.end));
    // why: one fixed phrase ("hiện chưa đạt") searched in a bounded window; a rule run here
    // per criterion cost more than the whole pass.
    const size_t found = window.find("hien chua dat");
    const size_t at = found == std::string_view::npos ? std::string::npos : ref.end + found;
    if (at != std::string::npos && at + 13 <= end && at < ref.end + 120) {
      v.given = {"unmet"};
      v.span_end = at + 13;
    }
  }
  return v;
}

// Whether the words after a criteria word ending at `we` point back: 1 for "này",
// 2 for "còn thiếu" / "chưa đạt", 0 for neither.
int CriteriaReadingPass::Anaphor(size_t we, size_t le) const {
  size_t a = we;
  while (a < le && f_[a] == ' ') ++a;
  // why: the three anaphors the criteria reader resolves are code paths (1: "này", 2: "còn
  // thiếu"/"chưa đạt"), not a list a user extends.
  if (f_.compare(a, 3, "nay") == 0 &&
      (a + 3 >= le || !std::isalnum(static_cast<unsigned char>(f_[a + 3]))))
    return 1;
  if (f_.compare(a, 9, "con thieu") == 0 || f_.compare(a, 8, "chua dat") == 0) return 2;
  return 0;
}

// What "các tiêu chí này" (the criteria named last before it in the line) or
// "các tiêu chí còn thiếu / chưa đạt" (the unmet ones named last) at the criteria
// word [wb, we) points back at, or nullptr.
const CriteriaReadingPass::Named* CriteriaReadingPass::PointsBack(const Line& line, size_t wb,
                                                                  size_t we) const {
  const int anaphor = Anaphor(we, line.le);
  if (anaphor == 0) return nullptr;
  const bool missing = anaphor == 2;
  const Named* last = nullptr;
  for (const Named& n : line.named) {
    if (n.at >= wb || (missing && !n.unmet)) continue;
    if (last == nullptr || n.at > last->at) last = &n;
  }
  return last;
}
}  // namespace ntmx
