// TasksExtractor ("tasks"): the work items a plan assigns.
//
// Three forms:
//  - solution blocks: a heading ("2.1. Tiêu chí số 1 (Quy hoạch)") whose lines say
//    "Đơn vị chủ trì: …", "Đơn vị phối hợp: …", "Thời gian thực hiện: …"
//    (rules tasks.lead_line / support_line / deadline_line); the criterion comes
//    from the heading;
//  - the unit sections of "Tổ chức thực hiện" (assignments.h): one task per
//    paragraph, led by the section's units, supported by the partners named
//    outside parentheses ("Phối hợp với Phòng …"), with a periodic or ongoing
//    deadline when the paragraph sets a reporting rhythm (tasks.report_recurrence)
//    and a criterion when it completes one by a date (tasks.by_when);
//  - assignment tables ("| Tiêu chí | Đơn vị chủ trì | Đơn vị phối hợp | Thời
//    gian |"), one task per row;
//  - elsewhere, a line that completes something by a date under a criterion
//    heading ("hoàn thành Quy hoạch chung của xã vào đầu quý I năm 2023"), or
//    assigns it in a sentence ("Giao Phòng Kinh tế chủ trì, phối hợp với … thực
//    hiện, hoàn thành trong quý III năm 2026", rule tasks.assign_sentence).
// Deadlines are read by deadlines.h; a phrase without a year takes the plan year.
#include <set>

#include "criteria/catalogue.h"
#include "extract/assignments.h"
#include "extract/criterion_refs.h"
#include "extract/deadlines.h"
#include "extract/extractor.h"
#include "extract/plan_context.h"
#include "places/gazetteer.h"
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

class TasksExtractor : public Extractor {
 public:
  TasksExtractor(const Resources& resources, AssignmentReader reader,
                 std::unique_ptr<DeadlineReader> deadlines)
      : resources_(resources),
        reader_(std::move(reader)),
        deadlines_(std::move(deadlines)),
        lead_line_(resources.rules.Find("tasks.lead_line")),
        support_line_(resources.rules.Find("tasks.support_line")),
        deadline_line_(resources.rules.Find("tasks.deadline_line")),
        deadline_inline_(resources.rules.Find("tasks.deadline_inline")),
        assign_(resources.rules.Find("tasks.assign_sentence")),
        report_(resources.rules.Find("tasks.report_recurrence")),
        by_when_(resources.rules.Find("tasks.by_when")),
        recurring_(resources.rules.Find("tasks.recurring_item")) {}

  std::string_view name() const override { return "tasks"; }

  void Extract(const DocumentView& doc, Extraction* out, Diagnostics* diagnostics) const override {
    PlanContextOf(doc, resources_, out);
    const IndexedText& text = doc.text;
    const DocumentTree& tree = doc.tree;
    const std::string commune = PlanCommune(*out);
    const std::string subject = PlanSubject(*out);
    const std::string set =
        resources_.catalogue->InPeriod(PlanCriteriaSet(*out), out->document.period.value_or(""));
    const std::optional<int> year = out->document.year;
    const CriteriaCatalogue& catalogue = *resources_.catalogue;

    // Solution blocks, grouped by the heading they sit under.
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
      task.subject = subject;
      {
        const std::string_view hf = text.FoldedSlice(heading.line);
        const std::string_view bare = WithoutMarker(hf);
        task.title = Trimmed(text.Slice(
            text.SpanOfFolded(text.FoldedByteOf(heading.line.begin) + (bare.data() - hf.data()),
                              text.FoldedByteOf(heading.line.end))));
        task.criterion = HeadingCriterion(hf, catalogue, set);
      }
      for (int child : heading.children) {
        const Span line = tree.nodes[child].line;
        // One line may carry both roles: "Chủ trì: …; phối hợp: …".
        // Most lines are none of these: ask whether before asking where.
        auto found = [&](const Rule* rule) {
          return rule->MatchesIn(text, line) && rule->FindIn(text, line, &m);
        };
        const bool lead = found(lead_line_);
        if (lead) task.lead = reader_.Units(doc, m.group("units"), commune, true, diagnostics);
        const bool support = found(support_line_);
        if (support)
          task.support = reader_.Units(doc, m.group("units"), commune, true, diagnostics);
        if (!lead && !support && found(deadline_line_)) {
          task.deadline = deadlines_->Parse(Trimmed(text.Slice(m.group("when"))), year);
        } else if ((lead || support) && found(deadline_inline_)) {
          task.deadline = deadlines_->Parse(Trimmed(text.Slice(m.group("when"))), year);
        }
      }
      task.prov = Provenance{heading.span, lead_line_->id()};
      out->tasks.push_back(std::move(task));
    }

    // Communes named in the text: a task about one commune is that commune's.
    std::vector<PlaceMention> communes;
    {
      for (const PlaceMention& p : doc.places) {
        if (p.level == PlaceLevel::kCommune) communes.push_back(p);
      }
    }
    auto subject_of = [&](Span paragraph) {
      std::set<std::string> named;
      for (const PlaceMention& p : communes) {
        if (p.full_span.begin >= paragraph.begin && p.full_span.end <= paragraph.end) {
          named.insert(p.candidates.empty() ? std::string(p.name)
                                            : std::string(p.candidates.front()->name));
        }
      }
      return named.size() == 1 ? *named.begin() : subject;
    };

    // The unit sections of "Tổ chức thực hiện".
    const std::vector<UnitSection> sections = reader_.UnitSections(doc, commune, diagnostics);
    for (const UnitSection& section : sections) {
      for (const Span& paragraph : section.paragraphs) {
        Task task;
        task.subject = subject_of(paragraph);
        task.title = Shortened(Trimmed(text.Slice(paragraph)));
        if (task.title.empty()) continue;
        task.lead = section.units;
        for (const std::string& u : reader_.Partners(doc, paragraph, commune, false)) {
          if (std::find(task.lead.begin(), task.lead.end(), u) == task.lead.end())
            task.support.push_back(u);
        }
        if (report_->FindIn(text, paragraph, &m)) {
          task.deadline = deadlines_->Parse(
              text.Slice(m.has("when") ? m.group("when") : m.group("when2")), year);
        }
        if (by_when_->FindIn(text, paragraph, &m)) {
          task.deadline = deadlines_->Parse(Trimmed(text.Slice(m.group("when"))), year);
          for (const CriterionRef& r :
               FindCriterionRefs(text.FoldedSlice(paragraph), catalogue, set)) {
            if (r.number && !r.indicator && !r.named_only) {
              task.criterion = r.number;
              break;
            }
          }
        }
        task.prov = Provenance{paragraph, "tasks.unit_heading"};
        out->tasks.push_back(std::move(task));
      }
    }

    // Assignment tables: one task per row.
    for (const AssignmentRow& row : reader_.TableRows(doc, commune, set, diagnostics)) {
      Task task;
      task.subject = subject;
      task.criterion = row.criterion;
      task.indicator = row.indicator;
      task.title = Shortened(Trimmed(row.title));
      if (task.title.empty()) task.title = Shortened(Trimmed(text.Slice(row.span)));
      task.lead = row.lead;
      task.support = row.support;
      if (!row.when.empty()) task.deadline = deadlines_->Parse(Trimmed(row.when), year);
      task.prov = Provenance{row.span, "tasks.table"};
      out->tasks.push_back(std::move(task));
    }

    // Elsewhere: items that open with their rhythm ("Thường xuyên tăng cường …").
    for (size_t id = 1; id < tree.nodes.size(); ++id) {
      const Node& node = tree.nodes[id];
      if (node.kind != NodeKind::kSection && node.kind != NodeKind::kListItem &&
          node.kind != NodeKind::kLettered) {
        continue;
      }
      bool inside = blocks_done.count(node.parent) > 0;
      for (const UnitSection& section : sections) {
        const Span s = tree.nodes[section.node].span;
        inside |= node.line.begin >= s.begin && node.line.end <= s.end;
      }
      if (inside || !recurring_->FindIn(text, node.line, &m)) continue;
      Task task;
      task.subject = subject;
      task.title = Shortened(Trimmed(WithoutMarkerText(text, node.line)));
      task.deadline = deadlines_->Parse(text.Slice(m.group("when")), year);
      if (!task.deadline) continue;
      for (int h : tree.PathTo(static_cast<int>(id))) {
        if (h == static_cast<int>(id)) continue;
        if (auto c = HeadingCriterion(text.FoldedSlice(tree.nodes[h].line), catalogue, set)) {
          task.criterion = c;
        }
      }
      task.prov = Provenance{node.line, recurring_->id()};
      out->tasks.push_back(std::move(task));
    }

    // Elsewhere: "hoàn thành … vào đầu quý I năm 2023" under a criterion heading.
    std::vector<Span> section_spans;
    for (const UnitSection& section : sections) {
      section_spans.push_back(tree.nodes[section.node].span);
    }
    for (size_t id = 1; id < tree.nodes.size(); ++id) {
      const Node& node = tree.nodes[id];
      if (node.kind == NodeKind::kPart) continue;
      bool inside = blocks_done.count(node.parent) > 0;
      for (const Span& s : section_spans)
        inside |= node.line.begin >= s.begin && node.line.end <= s.end;
      RuleMatch assigned;
      const bool assign = !inside && assign_->FindIn(text, node.line, &assigned);
      const bool by_when = !inside && by_when_->FindIn(text, node.line, &m);
      if (!assign && !by_when) continue;
      std::optional<int> criterion;
      for (int h : tree.PathTo(static_cast<int>(id))) {
        if (h == static_cast<int>(id)) continue;
        if (auto c = HeadingCriterion(text.FoldedSlice(tree.nodes[h].line), catalogue, set))
          criterion = c;
      }
      if (!criterion) continue;
      Task task;
      task.subject = subject;
      task.criterion = criterion;
      task.title = Shortened(Trimmed(text.Slice(node.line)));
      if (by_when) {
        task.deadline = deadlines_->Parse(Trimmed(text.Slice(m.group("when"))), year);
        // "hoàn thành trong quý III": to be done by the end of it.
        if (task.deadline && task.deadline->kind == "during") task.deadline->kind = "by";
      } else if (assigned.has("when")) {
        task.deadline = deadlines_->Parse(Trimmed(text.Slice(assigned.group("when"))), year);
      }
      if (assign) {
        // "Giao X chủ trì, phối hợp với Y thực hiện": the units, as in a block.
        if (node.parent > 0) {
          const Node& heading = tree.nodes[static_cast<size_t>(node.parent)];
          task.title = Trimmed(WithoutMarkerText(text, heading.line));
        }
        task.lead = reader_.Units(doc, assigned.group("lead"), commune, true, diagnostics);
        if (assigned.has("support"))
          task.support = reader_.Units(doc, assigned.group("support"), commune, true, diagnostics);
      } else if (!task.deadline) {
        continue;
      }
      task.prov =
          assign ? Provenance{assigned.span, assign_->id()} : Provenance{m.span, by_when_->id()};
      out->tasks.push_back(std::move(task));
    }
  }

 private:
  const Resources& resources_;
  AssignmentReader reader_;
  std::unique_ptr<DeadlineReader> deadlines_;
  const Rule* lead_line_;
  const Rule* support_line_;
  const Rule* deadline_line_;
  const Rule* deadline_inline_;
  const Rule* assign_;
  const Rule* report_;
  const Rule* by_when_;
  const Rule* recurring_;
};

}  // namespace

Status MakeTasksExtractor(const Resources& resources, std::unique_ptr<Extractor>* out) {
  for (const char* id :
       {"tasks.lead_line", "tasks.support_line", "tasks.deadline_line", "tasks.deadline_inline",
        "tasks.assign_sentence", "tasks.organisation_part", "tasks.unit_heading", "tasks.partners",
        "tasks.report_recurrence", "tasks.by_when", "tasks.lead_words", "tasks.recurring_item"}) {
    if (resources.rules.Find(id) == nullptr) {
      return Status::InvalidInput(std::string("the tasks extractor needs rule '") + id +
                                  "' (patterns/tasks.toml)");
    }
  }
  if (!resources.catalogue)
    return Status::InvalidInput("the tasks extractor needs the criteria catalogue");
  std::unique_ptr<DeadlineReader> deadlines;
  Status status = DeadlineReader::Create(resources.rules, &deadlines);
  if (!status.ok()) return status;
  UnitRegistry registry;
  status = registry.Load(resources.data_dir / "schemas" / "units.tsv");
  if (!status.ok()) return status;
  *out = std::make_unique<TasksExtractor>(
      resources, AssignmentReader(resources, std::move(registry)), std::move(deadlines));
  return Status::Ok();
}

}  // namespace ntmx
