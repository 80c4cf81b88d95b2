// TasksExtractor ("tasks"): the work items a plan assigns.
//
// The forms:
//  - solution blocks: a heading ("2.1. Tiêu chí số 1 (Quy hoạch)") whose lines say
//    "Đơn vị chủ trì: …", "Đơn vị phối hợp: …", "Thời gian thực hiện: …"
//    (rules tasks.lead_line / support_line / deadline_line); the criterion comes
//    from the heading;
//  - the unit sections of "Tổ chức thực hiện" (assignments.h): one task per
//    paragraph, led by the section's units, supported by the partners named
//    outside parentheses ("Phối hợp với Phòng …"), with a periodic or ongoing
//    deadline when the paragraph sets a reporting rhythm (tasks.report_recurrence)
//    and a criterion when it completes one by a date (tasks.by_when);
//    A paragraph that only names criteria a unit leads ("chủ trì tiêu chí số 1,
//    2, 9", rule tasks.role_clause) is a responsibility, not a task;
//  - task tables ("| Tiêu chí | Nội dung | Bản | Chủ trì | Phối hợp | Thời gian |"),
//    one task per row, for the row's village when a column names it; a table with
//    neither a time nor a content column only assigns roles and gives no task;
//  - elsewhere, a line that completes something by a date under a criterion
//    heading ("hoàn thành Quy hoạch chung của xã vào đầu quý I năm 2023"), or
//    assigns it in a sentence ("Giao Phòng Kinh tế chủ trì, phối hợp với … thực
//    hiện, hoàn thành trong quý III năm 2026", rule tasks.assign_sentence);
//  - anywhere else, a sentence that opens with a unit and either leads ("UBND xã
//    An Bình chủ trì, phối hợp với …", "Sở Tư pháp là đầu mối chủ trì …") or
//    names a time ("Ban quản lý xã tổng hợp …, trình huyện trước ngày 15/11"):
//    AssignmentReader::ClauseLead, rules tasks.when_phrase / tasks.when_rhythm.
//    Its subject is the commune the line or a heading above it names.
// Deadlines are read by deadlines.h; a phrase without a year takes the plan year.
#include <map>
#include <set>

#include "criteria/catalogue.h"
#include "extract/assignments.h"
#include "extract/criterion_refs.h"
#include "extract/deadlines.h"
#include "extract/extractor.h"
#include "extract/plan_context.h"
#include "places/gazetteer.h"
#include "rules/rule_binding.h"
#include "text/fold.h"
#include "text/strings.h"

namespace ntmx {
namespace {

// A phrase without its bullet or marker at the start and its punctuation at the end.
std::string Trimmed(std::string_view s) { return TrimPhrase(s, " 	.,;:*-+"); }

std::string Shortened(std::string s) {
  if (s.size() <= 200) return s;
  size_t cut = 200;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…";
}

// The words of `line` after its marker ("7. ", "- ").
std::string_view WithoutMarkerText(const IndexedText& text, Span line) {
  const std::string_view folded = text.FoldedSlice(line);
  const std::string_view bare = WithoutMarker(folded);
  const size_t base = text.FoldedByteOf(line.begin);
  return text.Slice(text.SpanOfFolded(base + (bare.data() - folded.data()), base + folded.size()));
}

// A label that says "hoàn thành" ("Thời gian hoàn thành: trong quý IV") makes
// the time a deadline to be done by.
void CompletionMeansBy(bool completion, std::optional<Deadline>* deadline) {
  if (completion && *deadline && (*deadline)->kind == "during") (*deadline)->kind = "by";
}

bool Inside(Span s, const std::vector<Span>& spans) {
  for (const Span& o : spans) {
    if (s.begin >= o.begin && s.end <= o.end) return true;
  }
  return false;
}

// What every form needs of the plan.
struct Plan {
  const DocumentView& doc;
  Extraction* out;
  Diagnostics* diagnostics;
  std::string commune;
  std::string subject;
  std::string set;
  std::optional<int> year;
  std::vector<const PlaceMention*> communes;  // communes named in the text
};

class TasksExtractor : public Extractor {
 public:
  TasksExtractor(const Resources& resources, AssignmentReader reader,
                 std::unique_ptr<DeadlineReader> deadlines)
      : resources_(resources), reader_(std::move(reader)), deadlines_(std::move(deadlines)) {}

  // Its rules, one table (defined below the class), bound by its factory.
  static const RuleField<TasksExtractor> kRules[];

  std::string_view name() const override { return "tasks"; }

  void Extract(const DocumentView& doc, Extraction* out, Diagnostics* diagnostics) const override {
    PlanContextOf(doc, resources_, out);
    Plan plan{
        doc,
        out,
        diagnostics,
        PlanCommune(*out),
        PlanSubject(*out),
        resources_.catalogue->InPeriod(PlanCriteriaSet(*out), out->document.period.value_or("")),
        out->document.year,
        {}};
    for (const PlaceMention& p : doc.places) {
      if (p.level == PlaceLevel::kCommune) plan.communes.push_back(&p);
    }
    const std::set<int> blocks = SolutionBlocks(plan);
    const std::vector<UnitSection> sections = reader_.UnitSections(doc, plan.commune, diagnostics);
    std::vector<Span> section_spans;
    for (const UnitSection& section : sections)
      section_spans.push_back(doc.tree.nodes[section.node].span);
    UnitSectionTasks(plan, sections);
    TableTasks(plan);
    std::set<size_t> done;
    RecurringItems(plan, blocks, section_spans, &done);
    CriterionLines(plan, blocks, section_spans, &done);
    LeadSentences(plan, blocks, section_spans, done);
  }

 private:
  // The one commune `span` names, if it names exactly one.
  std::optional<std::string> NamedCommune(const Plan& plan, Span span) const {
    std::set<std::string> named;
    for (const PlaceMention* p : plan.communes) {
      if (p->full_span.begin >= span.begin && p->full_span.end <= span.end) {
        named.insert(p->candidates.empty() ? std::string(p->name)
                                           : std::string(p->candidates.front()->name));
      }
    }
    if (named.size() != 1) return std::nullopt;
    return *named.begin();
  }

  // The subject of the work at node `id`: in a district or province plan, the
  // commune its line names, else the one the nearest heading above it names
  // ("a) Xã An Bình"); else the plan's. (A commune plan's line that names a
  // commune names where, "các thôn thuộc xã X cũ", not whose.)
  std::string SubjectAt(const Plan& plan, int id) const {
    if (!plan.commune.empty()) return plan.subject;
    const std::vector<int> path = plan.doc.tree.PathTo(id);
    for (auto h = path.rbegin(); h != path.rend(); ++h) {
      if (auto c = NamedCommune(plan, plan.doc.tree.nodes[*h].line)) return *c;
    }
    return plan.subject;
  }

  // The criterion a solution block's heading names: "Tiêu chí số 10 (Thu nhập)",
  // also abbreviated "TC Thu nhập (TC số 10)".
  std::optional<int> BlockCriterion(std::string_view folded_heading, const Plan& plan) const {
    const CriteriaCatalogue& catalogue = *resources_.catalogue;
    if (auto c = HeadingCriterion(folded_heading, catalogue, plan.set)) return c;
    std::map<std::string, std::string_view, std::less<>> g;
    if (!abbreviated_->MatchFolded(folded_heading, &g)) return std::nullopt;
    return std::stoi(std::string(g["number"]));
  }

  // The criterion of a line: its headings', else the one criterion it names.
  std::optional<int> LineCriterion(const Plan& plan, size_t id, Span words) const {
    const DocumentTree& tree = plan.doc.tree;
    std::optional<int> criterion;
    for (int h : tree.PathTo(static_cast<int>(id))) {
      if (h == static_cast<int>(id)) continue;
      if (auto c = BlockCriterion(plan.doc.text.FoldedSlice(tree.nodes[h].line), plan))
        criterion = c;
    }
    if (criterion) return criterion;
    std::set<int> named;
    for (const CriterionRef& r :
         FindCriterionRefs(plan.doc.text.FoldedSlice(words), *resources_.catalogue, plan.set)) {
      if (r.number && !r.indicator && !r.named_only) named.insert(*r.number);
    }
    if (named.size() == 1) return *named.begin();
    return std::nullopt;
  }

  // The time a sentence of work names, most specific first: a completion, a
  // labelled time ("; thời gian: …"), a named day or period, a reporting rhythm,
  // any other rhythm.
  std::optional<Deadline> WhenIn(const Plan& plan, Span span) const {
    const IndexedText& text = plan.doc.text;
    RuleMatch m;
    std::optional<Deadline> d;
    if (by_when_->FindIn(text, span, &m)) {
      d = deadlines_->Parse(Trimmed(text.Slice(m.group("when"))), plan.year);
      CompletionMeansBy(true, &d);
      if (d) return d;
    }
    if (deadline_inline_->FindIn(text, span, &m)) {
      d = deadlines_->Parse(Trimmed(text.Slice(m.group("when"))), plan.year);
      // why: which label of tasks.deadline_inline matched ("hoàn thành" means by that
      // date).
      CompletionMeansBy(text.FoldedSlice(m.group("label")).find("hoan thanh") != std::string::npos,
                        &d);
      if (d) return d;
    }
    if (when_phrase_->FindIn(text, span, &m)) {
      d = deadlines_->Parse(Trimmed(text.Slice(m.group("when"))), plan.year);
      if (d) return d;
    }
    if (report_->FindIn(text, span, &m)) {
      d = deadlines_->Parse(text.Slice(m.has("when") ? m.group("when") : m.group("when2")),
                            plan.year);
      if (d) return d;
    }
    if (when_rhythm_->FindIn(text, span, &m)) {
      d = deadlines_->Parse(text.Slice(m.has("when") ? m.group("when") : m.group("when2")),
                            plan.year);
    }
    return d;
  }

  bool NamesATime(const IndexedText& text, Span span) const {
    for (const Rule* r : {by_when_, deadline_inline_, when_phrase_, report_, when_rhythm_}) {
      if (r->MatchesIn(text, span)) return true;
    }
    return false;
  }

  // Whether every clause of `span` only names criteria a unit leads or supports.
  bool RoleOnly(const Plan& plan, Span span) const {
    const std::string_view folded = plan.doc.text.FoldedSlice(span);
    size_t start = 0;
    bool any = false;
    for (size_t i = 0; i <= folded.size(); ++i) {
      const bool end = i == folded.size();
      const bool cut = end || folded[i] == ';' ||
                       (folded[i] == '.' && (i + 1 == folded.size() || folded[i + 1] == ' '));
      if (!cut) continue;
      const std::string_view clause = folded.substr(start, i - start);
      start = i + 1;
      if (clause.find_first_not_of(" /.*-") == std::string_view::npos) continue;
      std::map<std::string, std::string_view, std::less<>> g;
      if (!role_clause_->MatchFolded(clause, &g)) return false;
      // The words before the role (the unit) and after the criteria must name no
      // work and no time.
      const std::string_view head = clause.substr(0, g["role"].data() - clause.data());
      if (work_verb_->MatchFolded(head, nullptr)) return false;
      std::string tail;
      int depth = 0;
      for (char c : clause.substr(g["role"].data() + g["role"].size() - clause.data())) {
        depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        if (depth == 0 && c != ')') tail += c;
      }
      if (work_verb_->MatchFolded(tail, nullptr) || when_phrase_->MatchFolded(tail, nullptr) ||
          when_rhythm_->MatchFolded(tail, nullptr)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  std::set<int> SolutionBlocks(const Plan& plan) const;
  void UnitSectionTasks(const Plan& plan, const std::vector<UnitSection>& sections) const;
  void TableTasks(const Plan& plan) const;
  void RecurringItems(const Plan& plan, const std::set<int>& blocks,
                      const std::vector<Span>& sections, std::set<size_t>* done) const;
  void CriterionLines(const Plan& plan, const std::set<int>& blocks,
                      const std::vector<Span>& sections, std::set<size_t>* done) const;
  void LeadSentences(const Plan& plan, const std::set<int>& blocks,
                     const std::vector<Span>& sections, const std::set<size_t>& done) const;

  const Resources& resources_;
  AssignmentReader reader_;
  std::unique_ptr<DeadlineReader> deadlines_;
  const Rule* lead_line_ = nullptr;
  const Rule* support_line_ = nullptr;
  const Rule* deadline_line_ = nullptr;
  const Rule* deadline_inline_ = nullptr;
  const Rule* assign_ = nullptr;
  const Rule* report_ = nullptr;
  const Rule* by_when_ = nullptr;
  const Rule* recurring_ = nullptr;
  const Rule* when_phrase_ = nullptr;
  const Rule* when_rhythm_ = nullptr;
  const Rule* role_clause_ = nullptr;
  const Rule* abbreviated_ = nullptr;
  const Rule* work_verb_ = nullptr;
  const Rule* report_part_ = nullptr;
  const Rule* closing_ = nullptr;
  const Rule* lead_inline_ = nullptr;
};

// Solution blocks, grouped by the heading they sit under; returns the headings.
std::set<int> TasksExtractor::SolutionBlocks(const Plan& plan) const {
  const IndexedText& text = plan.doc.text;
  const DocumentTree& tree = plan.doc.tree;
  std::set<int> blocks_done;
  RuleMatch m;
  for (size_t id = 1; id < tree.nodes.size(); ++id) {
    const Node& node = tree.nodes[id];
    if (!lead_line_->MatchesIn(text, node.line) && !support_line_->MatchesIn(text, node.line))
      continue;
    const int parent = node.parent;
    if (parent <= 0 || !blocks_done.insert(parent).second) continue;
    const Node& heading = tree.nodes[parent];
    Task task;
    task.subject = SubjectAt(plan, parent);
    {
      const std::string_view hf = text.FoldedSlice(heading.line);
      const std::string_view bare = WithoutMarker(hf);
      task.title = Trimmed(text.Slice(
          text.SpanOfFolded(text.FoldedByteOf(heading.line.begin) + (bare.data() - hf.data()),
                            text.FoldedByteOf(heading.line.end))));
      task.criterion = BlockCriterion(hf, plan);
      if (lead_inline_->MatchesIn(text, heading.line) &&
          lead_inline_->FindIn(text, heading.line, &m))
        task.lead = reader_.Units(plan.doc, m.group("units"), plan.commune, true, plan.diagnostics);
    }
    for (int child : heading.children) {
      const Span line = tree.nodes[child].line;
      // One line may carry both roles: "Chủ trì: …; phối hợp: …".
      // Most lines are none of these: ask whether before asking where.
      auto found = [&](const Rule* rule) {
        return rule->MatchesIn(text, line) && rule->FindIn(text, line, &m);
      };
      const bool lead = found(lead_line_);
      if (lead)
        task.lead = reader_.Units(plan.doc, m.group("units"), plan.commune, true, plan.diagnostics);
      const bool support = found(support_line_);
      if (support)
        task.support =
            reader_.Units(plan.doc, m.group("units"), plan.commune, true, plan.diagnostics);
      const bool label = (!lead && !support && found(deadline_line_)) ||
                         ((lead || support) && found(deadline_inline_));
      if (label) {
        task.deadline = deadlines_->Parse(Trimmed(text.Slice(m.group("when"))), plan.year);
        CompletionMeansBy(
            // why: as above, for tasks.deadline_line.
            text.FoldedSlice(m.group("label")).find("hoan thanh") != std::string::npos,
            &task.deadline);
      }
    }
    task.prov = Provenance{heading.span, lead_line_->id()};
    plan.out->tasks.push_back(std::move(task));
  }
  return blocks_done;
}

// The unit sections of "Tổ chức thực hiện": a task per paragraph that does more
// than name the criteria the unit leads.
void TasksExtractor::UnitSectionTasks(const Plan& plan,
                                      const std::vector<UnitSection>& sections) const {
  const IndexedText& text = plan.doc.text;
  RuleMatch m;
  for (const UnitSection& section : sections) {
    for (const Span& paragraph : section.paragraphs) {
      if (RoleOnly(plan, paragraph) || closing_->MatchesIn(text, paragraph)) continue;
      Task task;
      task.subject = NamedCommune(plan, paragraph).value_or(plan.subject);
      task.title = Shortened(Trimmed(text.Slice(paragraph)));
      if (task.title.empty()) continue;
      task.lead = section.units;
      for (const std::string& u : reader_.Partners(plan.doc, paragraph, plan.commune, false)) {
        if (std::find(task.lead.begin(), task.lead.end(), u) == task.lead.end())
          task.support.push_back(u);
      }
      task.deadline = WhenIn(plan, paragraph);
      if (by_when_->FindIn(text, paragraph, &m)) {
        for (const CriterionRef& r :
             FindCriterionRefs(text.FoldedSlice(paragraph), *resources_.catalogue, plan.set)) {
          if (r.number && !r.indicator && !r.named_only) {
            task.criterion = r.number;
            break;
          }
        }
      }
      task.prov = Provenance{paragraph, "tasks.unit_heading"};
      plan.out->tasks.push_back(std::move(task));
    }
  }
}

// Task tables: one task per row, for the row's village when the table names one.
void TasksExtractor::TableTasks(const Plan& plan) const {
  const IndexedText& text = plan.doc.text;
  for (const AssignmentRow& row :
       reader_.TableRows(plan.doc, plan.commune, plan.set, plan.diagnostics)) {
    if (!row.work) continue;
    Task task;
    task.subject = row.place.value_or(plan.subject);
    task.criterion = row.criterion;
    task.indicator = row.indicator;
    task.title = Shortened(Trimmed(row.title));
    if (task.title.empty()) task.title = Shortened(Trimmed(text.Slice(row.span)));
    task.lead = row.lead;
    task.support = row.support;
    if (!row.when.empty()) {
      task.deadline = deadlines_->Parse(Trimmed(row.when), plan.year);
      CompletionMeansBy(row.when_is_completion, &task.deadline);
    }
    task.prov = Provenance{row.span, "tasks.table"};
    plan.out->tasks.push_back(std::move(task));
  }
}

// Items that open with their rhythm ("Thường xuyên tăng cường …").
void TasksExtractor::RecurringItems(const Plan& plan, const std::set<int>& blocks,
                                    const std::vector<Span>& sections,
                                    std::set<size_t>* done) const {
  const IndexedText& text = plan.doc.text;
  const DocumentTree& tree = plan.doc.tree;
  RuleMatch m;
  for (size_t id = 1; id < tree.nodes.size(); ++id) {
    const Node& node = tree.nodes[id];
    if (node.kind != NodeKind::kSection && node.kind != NodeKind::kListItem &&
        node.kind != NodeKind::kLettered && node.kind != NodeKind::kParagraph) {
      continue;
    }
    if (blocks.count(node.parent) > 0 || Inside(node.line, sections)) continue;
    if (!recurring_->FindIn(text, node.line, &m)) continue;
    Task task;
    task.subject = plan.subject;
    task.title = Shortened(Trimmed(WithoutMarkerText(text, node.line)));
    task.deadline = deadlines_->Parse(text.Slice(m.group("when")), plan.year);
    if (!task.deadline) continue;
    for (int h : tree.PathTo(static_cast<int>(id))) {
      if (h == static_cast<int>(id)) continue;
      if (auto c = BlockCriterion(text.FoldedSlice(tree.nodes[h].line), plan)) task.criterion = c;
    }
    task.prov = Provenance{node.line, recurring_->id()};
    plan.out->tasks.push_back(std::move(task));
    done->insert(id);
  }
}

// "hoàn thành … vào đầu quý I năm 2023" or "Giao X chủ trì …" under a criterion heading.
void TasksExtractor::CriterionLines(const Plan& plan, const std::set<int>& blocks,
                                    const std::vector<Span>& sections,
                                    std::set<size_t>* done) const {
  const IndexedText& text = plan.doc.text;
  const DocumentTree& tree = plan.doc.tree;
  RuleMatch m;
  for (size_t id = 1; id < tree.nodes.size(); ++id) {
    const Node& node = tree.nodes[id];
    if (node.kind == NodeKind::kPart || done->count(id) > 0) continue;
    const bool inside = blocks.count(node.parent) > 0 || Inside(node.line, sections);
    RuleMatch assigned;
    const bool assign = !inside && assign_->FindIn(text, node.line, &assigned);
    const bool by_when = !inside && by_when_->FindIn(text, node.line, &m);
    if (!assign && !by_when) continue;
    std::optional<int> criterion;
    for (int h : tree.PathTo(static_cast<int>(id))) {
      if (h == static_cast<int>(id)) continue;
      if (auto c = BlockCriterion(text.FoldedSlice(tree.nodes[h].line), plan)) criterion = c;
    }
    if (!criterion) continue;
    Task task;
    task.subject = plan.subject;
    task.criterion = criterion;
    task.title = Shortened(Trimmed(text.Slice(node.line)));
    if (by_when) {
      task.deadline = deadlines_->Parse(Trimmed(text.Slice(m.group("when"))), plan.year);
      // "hoàn thành trong quý III": to be done by the end of it.
      CompletionMeansBy(true, &task.deadline);
    } else if (assigned.has("when")) {
      task.deadline = deadlines_->Parse(Trimmed(text.Slice(assigned.group("when"))), plan.year);
    }
    if (assign) {
      // "Giao X chủ trì, phối hợp với Y thực hiện": the units, as in a block.
      if (node.parent > 0) {
        const Node& heading = tree.nodes[static_cast<size_t>(node.parent)];
        task.title = Trimmed(WithoutMarkerText(text, heading.line));
      }
      task.lead =
          reader_.Units(plan.doc, assigned.group("lead"), plan.commune, true, plan.diagnostics);
      if (assigned.has("support"))
        task.support = reader_.Units(plan.doc, assigned.group("support"), plan.commune, true,
                                     plan.diagnostics);
    } else if (!task.deadline) {
      continue;
    }
    task.prov =
        assign ? Provenance{assigned.span, assign_->id()} : Provenance{m.span, by_when_->id()};
    plan.out->tasks.push_back(std::move(task));
    done->insert(id);
  }
}

// A sentence that opens with its unit and leads ("X chủ trì, phối hợp với Y …",
// "X là đầu mối …") or names a time ("X tổng hợp …, trình huyện trước ngày …").
void TasksExtractor::LeadSentences(const Plan& plan, const std::set<int>& blocks,
                                   const std::vector<Span>& sections,
                                   const std::set<size_t>& done) const {
  const IndexedText& text = plan.doc.text;
  const DocumentTree& tree = plan.doc.tree;
  bool reporting = false;  // inside a part that reports the past
  std::vector<bool> reporting_part(tree.nodes.size(), false);  // by id; "Phần I. KẾT QUẢ"
                                                               // reports in all its parts
  for (size_t id = 1; id < tree.nodes.size(); ++id) {
    const Node& node = tree.nodes[id];
    if (node.kind == NodeKind::kPart) {
      const size_t parent = static_cast<size_t>(node.parent);
      reporting =
          report_part_->MatchesIn(text, node.line) ||
          (node.parent > 0 && tree.nodes[parent].kind == NodeKind::kPart && reporting_part[parent]);
      reporting_part[id] = reporting;
    }
    if (reporting || node.kind == NodeKind::kPart || node.kind == NodeKind::kTableRow ||
        done.count(id) > 0)
      continue;
    if (blocks.count(node.parent) > 0 || blocks.count(static_cast<int>(id)) > 0 ||
        Inside(node.line, sections)) {
      continue;
    }
    // The clause that opens with a unit: the line's start, or after ":;,.".
    const std::string_view folded = text.FoldedSlice(node.line);
    // why: a prefilter with the lead verbs of tasks.lead ("chủ trì", "đầu mối"), skipping
    // most lines before the clause search; the rule decides.
    if (folded.find("chu tri") == std::string_view::npos &&
        folded.find("dau moi") == std::string_view::npos && !NamesATime(text, node.line)) {
      continue;  // most lines: neither leads nor names a time
    }
    if (RoleOnly(plan, node.line)) continue;
    const size_t base = text.FoldedByteOf(node.line.begin);
    std::optional<ClauseUnits> lead;
    for (size_t at = 0; at < folded.size() && !lead; ++at) {
      if (at > 0 && std::string_view(":;,.").find(folded[at - 1]) == std::string_view::npos)
        continue;
      if (at > 0 && folded[at - 1] == '.' && folded[at] != ' ') continue;  // "18.1"
      const uint32_t begin = text.SpanOfFolded(base + at, base + at).begin;
      lead = reader_.ClauseLead(plan.doc, Span{begin, node.line.end}, plan.commune);
    }
    if (!lead) continue;
    const Span from_lead{lead->span.begin, node.line.end};
    const std::string_view rest = text.FoldedSlice(Span{lead->verb.begin, node.line.end});
    // why: the same lead verbs, after the unit the rule found.
    const bool leads = rest.find("chu tri") != std::string_view::npos ||
                       rest.find("dau moi") != std::string_view::npos;
    std::optional<Deadline> deadline = WhenIn(plan, from_lead);
    if (!deadline && !leads) continue;
    Task task;
    task.subject = SubjectAt(plan, static_cast<int>(id));
    task.criterion = LineCriterion(plan, id, from_lead);
    task.title = Shortened(Trimmed(WithoutMarkerText(text, node.line)));
    task.lead = lead->units;
    for (const std::string& u : reader_.Partners(plan.doc, from_lead, plan.commune, false)) {
      if (std::find(task.lead.begin(), task.lead.end(), u) == task.lead.end())
        task.support.push_back(u);
    }
    task.deadline = std::move(deadline);
    task.prov = Provenance{from_lead, "tasks.clause_verb"};
    plan.out->tasks.push_back(std::move(task));
  }
}

const RuleField<TasksExtractor> TasksExtractor::kRules[] = {
    {&TasksExtractor::lead_line_, "tasks.lead_line"},
    {&TasksExtractor::support_line_, "tasks.support_line"},
    {&TasksExtractor::deadline_line_, "tasks.deadline_line"},
    {&TasksExtractor::deadline_inline_, "tasks.deadline_inline"},
    {&TasksExtractor::assign_, "tasks.assign_sentence"},
    {&TasksExtractor::report_, "tasks.report_recurrence"},
    {&TasksExtractor::by_when_, "tasks.by_when"},
    {&TasksExtractor::recurring_, "tasks.recurring_item"},
    {&TasksExtractor::when_phrase_, "tasks.when_phrase"},
    {&TasksExtractor::when_rhythm_, "tasks.when_rhythm"},
    {&TasksExtractor::role_clause_, "tasks.role_clause"},
    {&TasksExtractor::abbreviated_, "tasks.abbreviated_criterion"},
    {&TasksExtractor::work_verb_, "tasks.work_verb"},
    {&TasksExtractor::report_part_, "tasks.report_part"},
    {&TasksExtractor::closing_, "tasks.closing"},
    {&TasksExtractor::lead_inline_, "tasks.lead_inline"},
};

}  // namespace

Status MakeTasksExtractor(const Resources& resources, std::unique_ptr<Extractor>* out) {
  if (!resources.catalogue)
    return Status::InvalidInput("the tasks extractor needs the criteria catalogue");
  std::unique_ptr<DeadlineReader> deadlines;
  Status status = DeadlineReader::Create(resources.rules, &deadlines);
  if (!status.ok()) return status;
  if (!resources.units) return Status::InvalidInput("the tasks extractor needs the unit registry");
  AssignmentReader reader(resources);
  if (status = reader.Bind(resources.rules); !status.ok()) return status;
  auto extractor =
      std::make_unique<TasksExtractor>(resources, std::move(reader), std::move(deadlines));
  if (status = BindRules<TasksExtractor>(resources.rules, TasksExtractor::kRules,
                                         "the tasks extractor", extractor.get());
      !status.ok()) {
    return status;
  }
  *out = std::move(extractor);
  return Status::Ok();
}

}  // namespace ntmx
