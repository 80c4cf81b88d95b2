// TargetsExtractor ("targets"): the numeric goals a plan sets.
//
// Every line of the body is scanned for quantities (quantities.h: a number with
// a known unit, its comparator and range/pair form). A quantity becomes a target
// unless the words around it say otherwise:
//   - it reports the present ("hiện tại mới đạt 97,74%", "còn 03 nhà tạm",
//     "năm 2024 ước đạt 49,3", "Theo thống kê, … có 120 xã": rules
//     targets.present, remaining, past_year, present_sentence) — then it is the
//     `actual` of the target beside it;
//   - it is the first of "từ 0,15% xuống còn 0%" (targets.transition), whose
//     second figure is the target;
//   - it is a change against a baseline or an achieved one ("tăng 6% so với năm
//     2023", "giảm được 2%": targets.change, compared) and nothing sets it as a
//     goal (targets.goal, a written comparator such as "ít nhất");
//   - it was achieved ("trồng được 34,5 ha": targets.achieved), or is a
//     comparison ("vượt 25% so với chỉ tiêu"), unless the sentence sets a goal;
//   - it is a share of a plan ("đạt 101% kế hoạch": targets.of_plan), layout
//     ("line-height:130%": targets.markup), where work happens ("tại 5 ấp":
//     targets.where), the article "một" ("của một xã"), or an id or a citation
//     (targets.not_a_quantity, in_citation).
// Context rules look only at a bounded window before or after the figure (the
// clause, or a few hundred bytes of the sentence), so a very long line costs
// linear time.
//
// Each target is linked to a criterion: the criteria named after it in its clause
// ("12/12 xã đạt tiêu chí số 2", several names give one target each), else the
// nearest one named before it on its line, else the one closing the line after
// every figure ("… đạt trên 75%; … không dưới 65% (tiêu chí số 17)"), else the
// enclosing heading ("1.10. Tiêu chí Thu nhập", "b) Giáo dục:"). The set follows
// what is counted (thôn/bản -> thon_ntm) or the village a heading names, "nâng
// cao" in the sentence or headings, "đô thị văn minh" in the headings, else the
// plan's own (xa_ntm; the advanced set for a "nâng cao" plan). The subject is a
// commune named just before the figure ("xã Sơn Bình 05 bản"), else the place
// the line or a heading opens with ("a) Xã An Bình - …:", "**1. Bản Nà Tăm:**",
// targets.place_heading) or names ("… – Tân Lợi:"), else the plan's locality.
// The year is one named before the figure in its sentence or right after it in
// its clause ("dưới 6% vào cuối năm 2025"), else the plan year.
#include <re2/re2.h>

#include <algorithm>

#include "criteria/catalogue.h"
#include "criteria/commune_group.h"
#include "extract/assignments.h"
#include "extract/criterion_refs.h"
#include "extract/extractor.h"
#include "extract/plan_context.h"
#include "knowledge/quantities.h"
#include "places/gazetteer.h"
#include "rules/rule_binding.h"
#include "text/case.h"
#include "text/fold.h"
#include "text/numbers.h"

namespace ntmx {
namespace {

// How far back a clause or a sentence is looked for (folded bytes): context words
// sit close to their figure, and a bound keeps a long line linear.
constexpr size_t kClauseWindow = 300;
constexpr size_t kSentenceWindow = 600;
// The window before a figure that rules ending in "$" read.
constexpr size_t kTailWindow = 80;
// The window after a figure that year_after, of_plan and compared read.
constexpr size_t kAfterWindow = 100;

bool IsClauseBreak(char c) {
  return c == ';' || c == '.' || c == '(' || c == ')' || c == ':' || c == ',';
}

// A start at most `window` bytes before `at`, moved forward to a word start (so
// "^" and "\b" in a rule do not see a cut word) when the window cuts the text.
size_t WindowStart(std::string_view s, size_t at, size_t window) {
  if (at <= window) return 0;
  size_t b = at - window;
  while (b < at && s[b - 1] != ' ') ++b;
  return b;
}

// Folded bytes where the clause around `at` starts (after ; . ( ) : ,).
size_t ClauseStart(std::string_view s, size_t at) {
  const size_t limit = WindowStart(s, at, kClauseWindow);
  while (at > limit) {
    const char c = s[at - 1];
    if (IsClauseBreak(c) && !(c == '.' && at < s.size() && s[at] != ' ')) break;
    --at;
  }
  return at;
}

size_t SentenceStart(std::string_view s, size_t at) {
  const size_t limit = WindowStart(s, at, kSentenceWindow);
  while (at > limit) {
    if (s[at - 1] == '.' && (at == s.size() || s[at] == ' ')) break;
    --at;
  }
  return at;
}

// Where the clause after `at` ends (; or a full stop), looking no further than
// `limit` (the next figure: what lies beyond it is that figure's).
size_t ClauseEnd(std::string_view s, size_t at, size_t limit) {
  limit = std::min(limit, s.size());
  while (at < limit) {
    if (s[at] == ';' || (s[at] == '.' && (at + 1 == s.size() || s[at + 1] == ' '))) break;
    ++at;
  }
  return at;
}

// The words that `window` bytes before `end` hold (for rules ending in "$").
std::string_view Tail(std::string_view s, size_t end, size_t window = kTailWindow) {
  const size_t b = WindowStart(s, end, window);
  return s.substr(b, end - b);
}

std::string_view Ahead(std::string_view s, size_t begin) {
  return s.substr(begin, std::min(kAfterWindow, s.size() - begin));
}

// A place a heading or a line opens with ("a) Xã An Bình - …", "1. Bản Nà Tăm:").
struct PlaceHeading {
  std::string name;
  bool village = false;
};

// What the headings above a line (and the line's own opening) say.
struct LineContext {
  std::optional<int> criterion;
  std::optional<std::string> subject;
  bool village = false;  // the subject is a village: thon_ntm
  bool nang_cao = false;
  bool urban = false;
  // The line is in a headerless text (plan_context.h) and no goal line ("Các chỉ
  // tiêu chủ yếu …") stands above it: its figures report unless their sentence
  // sets a goal.
  bool reports = false;
  std::string set;  // the set criteria resolve in: urban, advanced, else the plan's
};

class TargetsExtractor : public Extractor {
 public:
  explicit TargetsExtractor(const Resources& resources)
      : resources_(resources), reader_(*resources.quantities) {}

  // Its rules, one table (defined below the class), bound by its factory.
  static const RuleField<TargetsExtractor> kRules[];

  std::string_view name() const override { return "targets"; }

  void Extract(const DocumentView& doc, Extraction* out, Diagnostics*) const override {
    PlanContextOf(doc, resources_, out);
    const IndexedText& text = doc.text;
    const DocumentTree& tree = doc.tree;
    const std::string period = out->document.period.value_or("");
    const std::optional<int> document_group =
        CommuneGroupIn(*group_, text, 0, text.folded().size());
    std::vector<PlaceMention> communes;
    for (const PlaceMention& m : doc.places) {
      if (m.level == PlaceLevel::kCommune) communes.push_back(m);
    }
    const std::string default_subject = PlanSubject(*out);
    const std::vector<char> reports = ReportingLines(doc, *out);
    for (size_t id = 1; id < tree.nodes.size(); ++id) {
      const Node& node = tree.nodes[id];
      if (node.kind == NodeKind::kPart || node.kind == NodeKind::kRoot) continue;
      const std::string_view folded = text.FoldedSlice(node.line);
      std::vector<Quantity> quantities = reader_.Find(folded);
      AddAverages(text, node.line, &quantities);
      if (quantities.empty() || InPresentSection(doc, static_cast<int>(id))) continue;
      const size_t first_new = out->targets.size();
      LineContext context = ContextOf(doc, static_cast<int>(id), communes, *out, period);
      context.reports = reports[id] != 0;
      ReadLine(doc, static_cast<int>(id), quantities, context, communes, default_subject, out);
      if (out->targets.size() > first_new && !period.empty()) {
        SetGroups(doc, static_cast<int>(id), first_new, default_subject, document_group, period,
                  out);
      }
    }
  }

 private:
  // For each node, whether its figures report (LineContext::reports): in a
  // headerless text, every line until a goal line (targets.goal_line: "Các chỉ tiêu
  // chủ yếu (giai đoạn 2021-2025)", "Mục tiêu …") and again after a report line
  // (targets.report_line: "Kết quả …", "Thành tựu …"). Lines are read in text
  // order, the header lines the structure set apart first.
  std::vector<char> ReportingLines(const DocumentView& doc, const Extraction& out) const {
    const DocumentTree& tree = doc.tree;
    std::vector<char> reports(tree.nodes.size(), 0);
    if (!out.headerless) return reports;
    bool goals = false;
    auto read = [&](Span line) {
      if (goal_line_->MatchesIn(doc.text, line))
        goals = true;
      else if (report_line_->MatchesIn(doc.text, line))
        goals = false;
    };
    for (const Span& line : tree.header_lines) read(line);
    for (size_t id = 1; id < tree.nodes.size(); ++id) {
      read(tree.nodes[id].line);
      reports[id] = goals ? 0 : 1;
    }
    return reports;
  }

  // "bình quân mỗi xã đạt 19 tiêu chí" (targets.average_per_commune): a quantity
  // in tiêu chí/xã that needs a goal, where the reader found none at its number.
  void AddAverages(const IndexedText& text, Span line, std::vector<Quantity>* quantities) const {
    // Without a per_commune unit in schemas/measure_units.tsv there is nothing to add;
    // lines without the rule's words are skipped by the rule prefilter.
    if (reader_.UnitWithRole(MeasureRole::kPerCommune).empty()) return;
    const std::string_view folded = text.FoldedSlice(line);
    const size_t base = text.FoldedByteOf(line.begin);
    for (const RuleMatch& m : average_->FindAll(text, line)) {
      const Span v = m.group("value");
      Quantity q;
      q.number_begin = q.begin = text.FoldedByteOf(v.begin) - base;
      q.number_end = text.FoldedByteOf(v.end) - base;
      q.end = m.folded_end - base;
      const std::optional<double> value =
          ParseNumber(folded.substr(q.number_begin, q.number_end - q.number_begin));
      if (!value) continue;
      q.value = *value;
      q.comparator = "=";
      q.unit = reader_.UnitWithRole(MeasureRole::kPerCommune);
      q.unit_written = std::string(folded.substr(q.number_end, q.end - q.number_end));
      q.needs_goal = true;
      auto at = std::lower_bound(quantities->begin(), quantities->end(), q.number_begin,
                                 [](const Quantity& a, size_t b) { return a.number_begin < b; });
      if (at != quantities->end() && at->number_begin == q.number_begin) continue;
      quantities->insert(at, std::move(q));
    }
  }

  bool InPresentSection(const DocumentView& doc, int id) const {
    for (int h : doc.tree.PathTo(id)) {
      if (h != id &&
          RE2::PartialMatch(doc.text.FoldedSlice(doc.tree.nodes[h].line), present_section_->re())) {
        return true;  // "III. THỰC TRẠNG …": figures of the present
      }
    }
    return false;
  }

  // The heading context of line `id`: criterion, subject, set words.
  LineContext ContextOf(const DocumentView& doc, int id, const std::vector<PlaceMention>& communes,
                        const Extraction& out, const std::string& period) const {
    const IndexedText& text = doc.text;
    const DocumentTree& tree = doc.tree;
    LineContext c;
    const std::vector<int> path = tree.PathTo(id);
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
      if (*it == id) continue;  // headings only, not the line itself
      const std::string_view hf = text.FoldedSlice(tree.nodes[*it].line);
      c.nang_cao |= RE2::PartialMatch(hf, advanced_set_->re());
      c.urban |= RE2::PartialMatch(hf, urban_set_->re());
    }
    // A line that opens with a place ("a) Xã An Bình - phấn đấu … nâng cao: …"):
    // its subject, and its lead-in up to the colon is a heading.
    if (std::optional<PlaceHeading> own = PlaceHeadingOf(doc, tree.nodes[id].line, out)) {
      c.subject = own->name;
      c.village = own->village;
      const std::string_view lf = text.FoldedSlice(tree.nodes[id].line);
      const std::string_view lead = lf.substr(0, std::min(lf.find(':'), size_t{200}));
      c.nang_cao |= RE2::PartialMatch(lead, advanced_set_->re());
    }
    const CriteriaCatalogue& catalogue = *resources_.catalogue;
    c.set = catalogue.InPeriod(c.urban      ? "do_thi_van_minh"
                               : c.nang_cao ? "xa_ntm_nang_cao"
                                            : PlanCriteriaSet(out),
                               period);
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
      const Node& h = tree.nodes[*it];
      const std::string_view hf = text.FoldedSlice(h.line);
      if (!c.criterion && (*it != id || h.kind != NodeKind::kParagraph)) {
        c.criterion = HeadingCriterion(hf, catalogue, c.set);
      }
      if (c.subject || *it == id) continue;
      if (std::optional<PlaceHeading> p = PlaceHeadingOf(doc, h.line, out)) {
        c.subject = p->name;
        c.village = p->village;
      } else {
        c.subject = HeadingSubject(doc, h.line, communes, out.document);
      }
    }
    return c;
  }

  // Every target of one line.
  void ReadLine(const DocumentView& doc, int id, const std::vector<Quantity>& quantities,
                const LineContext& context, const std::vector<PlaceMention>& communes,
                const std::string& default_subject, Extraction* out) const {
    const IndexedText& text = doc.text;
    const Span line = doc.tree.nodes[id].line;
    const std::string_view folded = text.FoldedSlice(line);
    const size_t base = text.FoldedByteOf(line.begin);
    const DocumentFacts& facts = out->document;
    const std::string period = facts.period.value_or("");
    std::vector<CriterionRef> refs_cache;
    std::string refs_set;
    const size_t first_target = out->targets.size();
    std::optional<double> pending_actual;         // "từ A xuống còn B": A
    size_t present_end = std::string_view::npos;  // the end of the last figure of the present
    // A line that opens with an indicator id: "+ (3.3). Số hộ … 100%".
    std::optional<std::pair<int, std::string>> opening;
    {
      std::string major, minor;
      if (RE2::PartialMatch(folded, opening_indicator_, &major, &minor))
        opening.emplace(std::stoi(major), major + "." + minor);
    }
    for (size_t qi = 0; qi < quantities.size(); ++qi) {
      const Quantity& q = quantities[qi];
      const size_t clause_begin = ClauseStart(folded, q.number_begin);
      const size_t sentence_begin = SentenceStart(folded, q.number_begin);
      Verdict verdict = Judge(folded, q, clause_begin, sentence_begin, facts);
      if (verdict == Verdict::kSkip) continue;
      // A headerless text (a news item, a report's paragraph) reports its figures
      // ("cả nước có 50/60 xã", "dân số 12.450 người", "đạt 41/45 triệu đồng"): one
      // is a target only under a goal line or where its sentence sets a goal.
      if (verdict == Verdict::kTarget && context.reports &&
          !RE2::PartialMatch(folded.substr(sentence_begin, q.number_begin - sentence_begin),
                             goal_->re()))
        continue;
      // A multiplier ("tăng ít nhất 1,8 lần") is a goal only when bounded or set as one.
      if (verdict == Verdict::kTarget && reader_.RoleOf(q.unit) == MeasureRole::kMultiplier &&
          !IsBound(q) &&
          !RE2::PartialMatch(folded.substr(sentence_begin, q.number_begin - sentence_begin),
                             goal_->re()) &&
          YearOf(text, folded, base, q, sentence_begin, facts) == facts.year) {
        continue;  // "tăng gấp 1,7 lần so với năm 2015", "2 lần/năm"
      }
      if (verdict == Verdict::kTarget && q.needs_goal &&
          !RE2::PartialMatch(folded.substr(sentence_begin, q.number_begin - sentence_begin),
                             goal_->re()) &&
          YearOf(text, folded, base, q, sentence_begin, facts) == facts.year) {
        verdict = Verdict::kPresent;  // an average reported, not set
      }
      // "hiện có 120 xã (23%)": a figure in parentheses right after one of the
      // present restates it.
      if (verdict == Verdict::kTarget && present_end != std::string_view::npos &&
          q.begin > present_end &&
          folded.substr(present_end, q.begin - present_end).find_first_not_of(" (") ==
              std::string_view::npos) {
        verdict = Verdict::kPresent;
      }
      present_end = verdict == Verdict::kPresent ? q.end : std::string_view::npos;
      if (verdict == Verdict::kPresent) {
        // The actual of the nearest target before it on this line, same unit.
        for (size_t t = out->targets.size(); t-- > first_target;) {
          Target& target = out->targets[t];
          if (target.unit == q.unit && !target.actual) {
            target.actual = q.value;
            break;
          }
        }
        continue;
      }
      if (qi + 1 < quantities.size() && quantities[qi + 1].unit == q.unit &&
          RE2::PartialMatch(folded.substr(q.end, quantities[qi + 1].number_begin - q.end),
                            transition_->re())) {
        pending_actual = q.value;
        continue;
      }

      Target target;
      target.comparator = q.comparator;
      target.value = q.value;
      target.value_max = q.value_max;
      target.of = q.of;
      target.unit = q.unit;
      if (reader_.RoleOf(q.unit) == MeasureRole::kMoney &&
          !reader_.UnitWithRole(MeasureRole::kIncome).empty()) {
        // The words since the previous figure or ';' in the sentence ("Thu nhập
        // bình quân đầu người/năm đến năm 2025: 60 triệu đồng").
        size_t from = std::max(sentence_begin, qi > 0 ? quantities[qi - 1].end : size_t{0});
        const size_t semicolon = folded.substr(from, q.begin - from).rfind(';');
        if (semicolon != std::string_view::npos) from += semicolon + 1;
        if (PerHead(folded, q, folded.substr(from, q.begin - from)))
          target.unit = reader_.UnitWithRole(MeasureRole::kIncome);
      }
      target.actual = q.actual;
      if (pending_actual) {
        target.actual = pending_actual;
        pending_actual.reset();
      }
      target.year = YearOf(text, folded, base, q, sentence_begin, facts);
      // Subject: a commune named in the clause before the figure, else the context's.
      target.subject = context.subject ? *context.subject : default_subject;
      if (reader_.RoleOf(q.unit) != MeasureRole::kCommune) {
        for (const PlaceMention& m : communes) {
          const size_t mb = text.FoldedByteOf(m.full_span.begin);
          const size_t me = text.FoldedByteOf(m.full_span.end);
          if (mb >= base + clause_begin && me <= base + q.number_begin)
            target.subject = PlaceName(m);
        }
      }
      // Metric: the clause's words before the figure.
      {
        const Span ms = text.SpanOfFolded(base + clause_begin, base + q.begin);
        std::string metric = ToLower(text.Slice(ms));
        while (!metric.empty() && (metric.back() == ' ' || metric.back() == ':')) metric.pop_back();
        size_t b = metric.find_first_not_of(" -+*");
        metric = b == std::string::npos ? std::string() : metric.substr(b);
        if (!metric.empty()) target.metric = metric;
      }
      target.prov = Provenance{text.SpanOfFolded(base + q.begin, base + q.end), "targets.quantity"};

      // Criterion and set.
      std::string set = context.set;
      const size_t next_q = qi + 1 < quantities.size() ? quantities[qi + 1].begin : folded.size();
      const size_t after_end = ClauseEnd(folded, q.end, next_q);
      // The set is read up to this figure's own words (the next figure may be the
      // advanced-set one: "12/12 xã …, trong đó 01/12 xã đạt tiêu chí nâng cao").
      const std::string_view sentence_text =
          folded.substr(sentence_begin, after_end - sentence_begin);
      if (reader_.RoleOf(q.unit) == MeasureRole::kVillage || context.village) {
        set = "thon_ntm";
      } else if (!context.urban && RE2::PartialMatch(sentence_text, advanced_set_->re())) {
        set = "xa_ntm_nang_cao";
      }
      set = resources_.catalogue->InPeriod(set, period);
      if (refs_set != set) {
        refs_cache = FindCriterionRefs(folded, *resources_.catalogue, set);
        refs_set = set;
      }
      AddWithCriteria(std::move(target), set, q, after_end, quantities.back().end, refs_cache,
                      opening, context, out);
    }
  }

  enum class Verdict { kTarget, kPresent, kSkip };

  // Whether quantity `q` is a target, a figure of the present, or neither.
  Verdict Judge(std::string_view folded, const Quantity& q, size_t clause_begin,
                size_t sentence_begin, const DocumentFacts& facts) const {
    const std::string_view before = folded.substr(clause_begin, q.begin - clause_begin);
    const std::string_view after = Ahead(folded, q.end);
    // "của một xã", "trên một ha": "một" is mostly the article; it counts only
    // as a lower bound ("ít nhất một sản phẩm"). Other numbers in words count.
    if (q.from_words && q.value == 1 && q.comparator != ">=") return Verdict::kSkip;
    const std::string_view tail = Tail(folded, q.number_begin);
    if (RE2::PartialMatch(tail, not_a_quantity_->re()) || RE2::PartialMatch(tail, markup_->re()))
      return Verdict::kSkip;
    const std::string_view sentence =
        folded.substr(sentence_begin, q.number_begin - sentence_begin);
    if (RE2::PartialMatch(sentence, in_citation_->re())) return Verdict::kSkip;
    if (RE2::PartialMatch(after, of_plan_->re())) return Verdict::kSkip;
    const MeasureRole role = reader_.RoleOf(q.unit);
    if ((role == MeasureRole::kCommune || role == MeasureRole::kVillage) &&
        RE2::PartialMatch(before, where_->re())) {
      return Verdict::kSkip;  // "tại 5 ấp": where work happens
    }
    if (q.number_end - q.number_begin == 1 && RE2::PartialMatch(tail, split_decimal_->re()))
      return Verdict::kSkip;
    const bool goal = RE2::PartialMatch(sentence, goal_->re());
    // A change or a comparison: "tăng 6% so với năm 2023", "giảm được 2%",
    // "vượt 25% so với chỉ tiêu".
    if (!goal) {
      std::string achieved;
      const bool compared = RE2::PartialMatch(after, compared_->re());
      if (RE2::PartialMatch(before, change_->re(), &achieved) && (!achieved.empty() || compared) &&
          !IsBound(q)) {
        return Verdict::kSkip;
      }
      if (compared && (q.comparator == ">" || q.comparator == "<")) return Verdict::kSkip;
      if (RE2::PartialMatch(before, achieved_->re())) return Verdict::kPresent;
    }
    if (RE2::PartialMatch(before, present_->re())) return Verdict::kPresent;
    if (!q.comparator_written && RE2::PartialMatch(before, remaining_->re()) &&
        !RE2::PartialMatch(Tail(folded, q.begin), xuong_con_)) {
      return Verdict::kPresent;
    }
    int past = 0;
    if (facts.year &&
        RE2::PartialMatch(folded.substr(clause_begin, q.number_begin - clause_begin),
                          past_year_->re(), &past) &&
        past < *facts.year) {
      return Verdict::kPresent;
    }
    // "Theo thống kê, … có 120 xã": the sentence reports, unless this clause sets a goal.
    if (RE2::PartialMatch(sentence, present_sentence_->re()) &&
        !RE2::PartialMatch(folded.substr(clause_begin, q.number_begin - clause_begin),
                           goal_->re())) {
      return Verdict::kPresent;
    }
    return Verdict::kTarget;
  }

  // A written bound ("ít nhất", "dưới", "từ … trở lên") makes a change a goal.
  static bool IsBound(const Quantity& q) {
    return q.comparator == ">=" || q.comparator == ">" || q.comparator == "<=" ||
           q.comparator == "<";
  }

  // "Thu nhập bình quân đầu người đạt 45 triệu đồng" is per person and year.
  bool PerHead(std::string_view folded, const Quantity& q, std::string_view before) const {
    const std::string_view after = Ahead(folded, q.end);
    if (!after.empty() && after.front() == '/' && after.substr(0, 4) != "/nam") return false;
    return RE2::PartialMatch(before, per_head_->re());
  }

  // The year a target is for: one named before it in its sentence, else right
  // after it in its clause, within ten years from the plan year; else the plan year.
  std::optional<int> YearOf(const IndexedText& text, std::string_view folded, size_t base,
                            const Quantity& q, size_t sentence_begin,
                            const DocumentFacts& facts) const {
    if (!facts.year) return facts.year;
    const int plan = *facts.year;
    std::optional<int> named;
    for (const RuleMatch& y :
         year_->FindAll(text, text.SpanOfFolded(base + sentence_begin, base + q.number_begin))) {
      const int n = std::stoi(std::string(text.FoldedSlice(y.group("year"))));
      if (n >= plan && n <= plan + 10) named = n;
    }
    int after = 0;
    if (!named && RE2::PartialMatch(Ahead(folded, q.end), year_after_->re(), &after) &&
        after >= plan && after <= plan + 10) {
      named = after;
    }
    return named ? named : facts.year;
  }

  // Links `target` to the criteria named around quantity `q` (see the file
  // comment) and adds it, once per criterion named after it. `refs` are in text
  // order and do not overlap, so each lookup is a binary search, not a scan of the
  // line. `opening`: the indicator id the line opens with ("+ (3.3). Số hộ …").
  void AddWithCriteria(Target target, const std::string& set, const Quantity& q, size_t after_end,
                       size_t last_quantity_end, const std::vector<CriterionRef>& refs,
                       const std::optional<std::pair<int, std::string>>& opening,
                       const LineContext& context, Extraction* out) const {
    constexpr int kSkipMax = 16;  // unnamed "tiêu chí" mentions passed over at most
    const auto by_begin = [](const CriterionRef& r, size_t at) { return r.begin < at; };
    std::vector<const CriterionRef*> after;
    for (auto it = std::lower_bound(refs.begin(), refs.end(), q.end, by_begin);
         it != refs.end() && it->begin < after_end; ++it) {
      if (it->number) after.push_back(&*it);
    }
    const CriterionRef* before = nullptr;  // the nearest before the figure
    auto it = std::lower_bound(refs.begin(), refs.end(), q.number_begin, by_begin);
    for (int n = 0; it != refs.begin() && n < kSkipMax && before == nullptr; ++n) {
      --it;
      if (it->number && it->end <= q.number_begin) before = &*it;
    }
    const CriterionRef* closing = nullptr;  // after every figure of the line
    it = std::lower_bound(refs.begin(), refs.end(), last_quantity_end, by_begin);
    for (int n = 0; it != refs.end() && n < kSkipMax && closing == nullptr; ++n, ++it) {
      if (it->number) closing = &*it;
    }
    if (opening && after.empty() && (!context.criterion || *context.criterion == opening->first)) {
      target.criteria_set = set;
      target.criterion = opening->first;
      target.indicator = opening->second;
      out->targets.push_back(std::move(target));
      return;
    }
    std::vector<const CriterionRef*> chosen = after;
    if (chosen.empty() && before != nullptr) chosen.push_back(before);
    if (chosen.empty() && closing != nullptr) chosen.push_back(closing);
    if (chosen.empty()) {
      if (context.criterion) {
        target.criteria_set = set;
        target.criterion = context.criterion;
      }
      out->targets.push_back(std::move(target));
      return;
    }
    for (const CriterionRef* r : chosen) {
      Target t = target;
      t.criteria_set = set;
      t.criterion = r->number;
      t.indicator = r->indicator;
      out->targets.push_back(std::move(t));
    }
  }

  // The commune group (2026-2030): the line's, a heading's, else the plan's own
  // for targets about the plan's commune.
  void SetGroups(const DocumentView& doc, int id, size_t first_new,
                 const std::string& default_subject, std::optional<int> document_group,
                 const std::string& period, Extraction* out) const {
    const IndexedText& text = doc.text;
    const Span line = doc.tree.nodes[id].line;
    std::optional<int> group =
        CommuneGroupIn(*group_, text, text.FoldedByteOf(line.begin), text.FoldedByteOf(line.end));
    const std::vector<int> path = doc.tree.PathTo(id);
    for (auto it = path.rbegin(); !group && it != path.rend(); ++it) {
      const Span h = doc.tree.nodes[*it].line;
      group = CommuneGroupIn(*group_, text, text.FoldedByteOf(h.begin), text.FoldedByteOf(h.end));
    }
    for (size_t i = first_new; i < out->targets.size(); ++i) {
      Target& t = out->targets[i];
      const CriteriaSetInfo* info =
          t.criteria_set ? resources_.catalogue->Set(*t.criteria_set) : nullptr;
      if (info != nullptr && info->period != period) continue;
      if (group) {
        t.group = group;
      } else if (t.subject && *t.subject == default_subject) {
        t.group = document_group;
      }
    }
  }

  std::string PlaceName(const PlaceMention& m) const {
    return m.candidates.empty() ? std::string(m.name) : std::string(m.candidates.front()->name);
  }

  // The place `line` opens with (targets.place_heading): the words written with a
  // capital letter or a digit after the type word. A commune is spelt as the
  // gazetteer spells it when it resolves, else as written.
  std::optional<PlaceHeading> PlaceHeadingOf(const DocumentView& doc, Span line,
                                             const Extraction& out) const {
    RuleMatch m;
    if (!place_heading_->FindIn(doc.text, line, &m)) return std::nullopt;
    const std::string name = CapitalisedWords(doc.text.Slice(m.group("name")));
    if (name.empty()) return std::nullopt;
    PlaceHeading p{name, m.has("village")};
    if (!p.village && resources_.gazetteer) {
      const Locality& l = out.document.locality;
      if (const PlaceRecord* r = resources_.gazetteer->ResolveCommune(name, l.district.value_or(""),
                                                                      l.province.value_or(""))) {
        p.name = std::string(r->name);
      }
    }
    return p;
  }

  // The leading words of `words` written with a capital letter or a digit.
  static std::string CapitalisedWords(std::string_view words) {
    std::string name;
    size_t i = 0;
    while (i < words.size()) {
      size_t j = words.find(' ', i);
      if (j == std::string_view::npos) j = words.size();
      const std::string_view w = words.substr(i, j - i);
      if (w.empty() || !IsCapitalised(w)) break;
      name += (name.empty() ? "" : " ") + std::string(w);
      i = j + 1;
    }
    return name;
  }

  static bool IsCapitalised(std::string_view w) {
    const unsigned char c0 = static_cast<unsigned char>(w[0]);
    if ((c0 >= 'A' && c0 <= 'Z') || (c0 >= '0' && c0 <= '9')) return true;
    if (c0 < 0x80) return false;
    return ToLower(w) != w;  // a Vietnamese capital: lower-casing changes it
  }

  // A commune a heading names: "xã Tân Lợi", or a trailing "– Tân Lợi:".
  std::optional<std::string> HeadingSubject(const DocumentView& doc, Span line,
                                            const std::vector<PlaceMention>& communes,
                                            const DocumentFacts& facts) const {
    for (const PlaceMention& m : communes) {
      if (m.full_span.begin >= line.begin && m.full_span.end <= line.end) return PlaceName(m);
    }
    std::string_view s = doc.text.Slice(line);
    const size_t dash = s.rfind(" - ") != std::string_view::npos ? s.rfind(" - ") : s.rfind(" – ");
    if (dash == std::string_view::npos || !resources_.gazetteer) return std::nullopt;
    std::string name(s.substr(dash + (s.substr(dash, 3) == " - " ? 3 : 5)));
    while (!name.empty() &&
           (name.back() == ':' || name.back() == '*' || name.back() == ' ' || name.back() == '.')) {
      name.pop_back();
    }
    if (name.empty() || name.size() > 40) return std::nullopt;
    const PlaceRecord* r = resources_.gazetteer->ResolveCommune(
        name, facts.locality.district.value_or(""), facts.locality.province.value_or(""));
    if (r == nullptr) return std::nullopt;
    return std::string(r->name);
  }

  const Resources& resources_;
  const QuantityReader& reader_;  // resources.quantities
  const Rule* present_ = nullptr;
  const Rule* transition_ = nullptr;
  const Rule* not_a_quantity_ = nullptr;
  const Rule* in_citation_ = nullptr;
  const Rule* past_year_ = nullptr;
  const Rule* present_section_ = nullptr;
  const Rule* advanced_set_ = nullptr;
  const Rule* remaining_ = nullptr;
  const Rule* urban_set_ = nullptr;
  const Rule* year_ = nullptr;
  const Rule* year_after_ = nullptr;
  const Rule* change_ = nullptr;
  const Rule* compared_ = nullptr;
  const Rule* goal_ = nullptr;
  const Rule* goal_line_ = nullptr;
  const Rule* report_line_ = nullptr;
  const Rule* of_plan_ = nullptr;
  const Rule* present_sentence_ = nullptr;
  const Rule* markup_ = nullptr;
  const Rule* place_heading_ = nullptr;
  const Rule* per_head_ = nullptr;
  const Rule* average_ = nullptr;  // targets.average_per_commune
  const Rule* where_ = nullptr;
  const Rule* achieved_ = nullptr;
  const Rule* split_decimal_ = nullptr;
  const Rule* group_ = nullptr;  // patterns/criteria.toml: "xã nhóm 3"
  const RE2 xuong_con_{"(?:xuong|giam) con\\s*$"};
  // Parenthesised only: "2.3. Cấp bản: …" is a section number, "(3.3)." an indicator.
  const RE2 opening_indicator_{"^\\s*(?:[-+*]\\s*)?\\((\\d{1,2})\\.(\\d{1,2})\\)"};
};

const RuleField<TargetsExtractor> TargetsExtractor::kRules[] = {
    {&TargetsExtractor::present_, "targets.present"},
    {&TargetsExtractor::transition_, "targets.transition"},
    {&TargetsExtractor::not_a_quantity_, "targets.not_a_quantity"},
    {&TargetsExtractor::in_citation_, "targets.in_citation"},
    {&TargetsExtractor::past_year_, "targets.past_year"},
    {&TargetsExtractor::present_section_, "targets.present_section"},
    {&TargetsExtractor::advanced_set_, "targets.advanced_set"},
    {&TargetsExtractor::remaining_, "targets.remaining"},
    {&TargetsExtractor::urban_set_, "targets.urban_set"},
    {&TargetsExtractor::year_, "targets.year"},
    {&TargetsExtractor::year_after_, "targets.year_after"},
    {&TargetsExtractor::change_, "targets.change"},
    {&TargetsExtractor::compared_, "targets.compared"},
    {&TargetsExtractor::goal_, "targets.goal"},
    {&TargetsExtractor::goal_line_, "targets.goal_line"},
    {&TargetsExtractor::report_line_, "targets.report_line"},
    {&TargetsExtractor::of_plan_, "targets.of_plan"},
    {&TargetsExtractor::present_sentence_, "targets.present_sentence"},
    {&TargetsExtractor::markup_, "targets.markup"},
    {&TargetsExtractor::place_heading_, "targets.place_heading"},
    {&TargetsExtractor::per_head_, "targets.per_head"},
    {&TargetsExtractor::average_, "targets.average_per_commune"},
    {&TargetsExtractor::where_, "targets.where"},
    {&TargetsExtractor::achieved_, "targets.achieved"},
    {&TargetsExtractor::split_decimal_, "targets.split_decimal"},
    {&TargetsExtractor::group_, "criteria.group"},
};

}  // namespace

Status MakeTargetsExtractor(const Resources& resources, std::unique_ptr<Extractor>* out) {
  if (!resources.catalogue)
    return Status::InvalidInput("the targets extractor needs the criteria catalogue");
  if (!resources.quantities) {
    return Status::InvalidInput("the targets extractor needs the measure units and comparators");
  }
  auto extractor = std::make_unique<TargetsExtractor>(resources);
  if (Status s = BindRules<TargetsExtractor>(resources.rules, TargetsExtractor::kRules,
                                             "the targets extractor", extractor.get());
      !s.ok()) {
    return s;
  }
  *out = std::move(extractor);
  return Status::Ok();
}

}  // namespace ntmx
