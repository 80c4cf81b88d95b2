// TargetsExtractor ("targets"): the numeric goals a plan sets.
//
// Every line of the body is scanned for quantities (quantities.h: a number with
// a known unit, its comparator and range/pair form). A quantity becomes a target
// unless the words before it say it reports the present ("hiện tại mới đạt
// 97,74%", "còn 03 nhà tạm", rule targets.present) — then it is the `actual` of
// the target beside it — or it is the first of "từ 0,15% xuống còn 0%"
// (targets.transition), whose second figure is the target.
//
// Each target is linked to a criterion: the criteria named after it in its clause
// ("12/12 xã đạt tiêu chí số 2", several names give one target each), else the
// nearest one named before it on its line, else the enclosing heading
// ("1.10. Tiêu chí Thu nhập", "b) Giáo dục:"). The set follows what is counted
// (thôn/bản -> thon_ntm), "nâng cao" in the sentence or headings, "đô thị văn
// minh" in the headings, else the plan's own (xa_ntm; the advanced set for a
// "nâng cao" plan). The subject is a commune named just before the figure ("xã
// Sơn Bình 05 bản") or in a heading ("… – Tân Lợi:"), else the plan's locality.
// Dates, citations, section numbers and criteria counts have no unit and never
// become quantities.
#include <re2/re2.h>

#include "criteria/catalogue.h"
#include "criteria/commune_group.h"
#include "extract/assignments.h"
#include "extract/criterion_refs.h"
#include "extract/extractor.h"
#include "extract/plan_context.h"
#include "extract/quantities.h"
#include "places/gazetteer.h"
#include "text/case.h"
#include "text/fold.h"

namespace ntmx {
namespace {

bool IsClauseBreak(char c) {
  return c == ';' || c == '.' || c == '(' || c == ')' || c == ':' || c == ',';
}

// Folded bytes where the clause around `at` starts (after ; . ( ) : ,).
size_t ClauseStart(std::string_view s, size_t at) {
  while (at > 0) {
    const char c = s[at - 1];
    if (IsClauseBreak(c) && !(c == '.' && at < s.size() && s[at] != ' ')) break;
    --at;
  }
  return at;
}

size_t SentenceStart(std::string_view s, size_t at) {
  while (at > 0) {
    if (s[at - 1] == '.' && (at == s.size() || s[at] == ' ')) break;
    --at;
  }
  return at;
}

// Where the clause after `at` ends (; or a full stop).
size_t ClauseEnd(std::string_view s, size_t at) {
  while (at < s.size()) {
    if (s[at] == ';' || (s[at] == '.' && (at + 1 == s.size() || s[at + 1] == ' '))) break;
    ++at;
  }
  return at;
}

class TargetsExtractor : public Extractor {
 public:
  TargetsExtractor(const Resources& resources, QuantityReader reader)
      : resources_(resources),
        reader_(std::move(reader)),
        present_(resources.rules.Find("targets.present")),
        transition_(resources.rules.Find("targets.transition")),
        not_a_quantity_(resources.rules.Find("targets.not_a_quantity")),
        in_citation_(resources.rules.Find("targets.in_citation")),
        past_year_(resources.rules.Find("targets.past_year")),
        present_section_(resources.rules.Find("targets.present_section")),
        advanced_set_(resources.rules.Find("targets.advanced_set")),
        remaining_(resources.rules.Find("targets.remaining")),
        urban_set_(resources.rules.Find("targets.urban_set")),
        year_(resources.rules.Find("targets.year")),
        group_(resources.rules.Find("criteria.group")) {}

  std::string_view name() const override { return "targets"; }

  void Extract(const DocumentView& doc, Extraction* out, Diagnostics*) const override {
    PlanContextOf(doc, resources_, out);
    const IndexedText& text = doc.text;
    const DocumentTree& tree = doc.tree;
    const CriteriaCatalogue& catalogue = *resources_.catalogue;
    const DocumentFacts& facts = out->document;
    const std::string default_subject = PlanSubject(*out);
    const std::string period = out->document.period.value_or("");
    const std::string plan_set = catalogue.InPeriod(PlanCriteriaSet(*out), period);
    const std::optional<int> document_group =
        CommuneGroupIn(*group_, text, 0, text.folded().size());

    // Commune mentions, for subjects.
    std::vector<PlaceMention> communes;
    {
      for (const PlaceMention& m : doc.places) {
        if (m.level == PlaceLevel::kCommune) communes.push_back(m);
      }
    }

    for (size_t id = 1; id < tree.nodes.size(); ++id) {
      const Node& node = tree.nodes[id];
      if (node.kind == NodeKind::kPart || node.kind == NodeKind::kRoot) continue;
      const Span line = node.line;
      const std::string_view folded = text.FoldedSlice(line);
      const size_t base = text.FoldedByteOf(line.begin);
      std::vector<Quantity> quantities = reader_.Find(folded);
      if (quantities.empty()) continue;

      // A section that reports the present ("III. THỰC TRẠNG …") sets no targets.
      bool present_section = false;
      for (int h : tree.PathTo(static_cast<int>(id))) {
        present_section |=
            h != static_cast<int>(id) &&
            RE2::PartialMatch(text.FoldedSlice(tree.nodes[h].line), present_section_->re());
      }
      if (present_section) continue;
      const size_t first_new = out->targets.size();

      // Heading context, innermost first.
      std::optional<int> heading_criterion;
      std::optional<std::string> heading_subject;
      bool heading_nang_cao = false, heading_urban = false;
      std::vector<int> path = tree.PathTo(static_cast<int>(id));
      for (auto it = path.rbegin(); it != path.rend(); ++it) {
        if (*it == static_cast<int>(id)) continue;  // headings only, not the line itself
        const std::string_view hf = text.FoldedSlice(tree.nodes[*it].line);
        if (RE2::PartialMatch(hf, advanced_set_->re())) heading_nang_cao = true;
        if (RE2::PartialMatch(hf, urban_set_->re())) heading_urban = true;
      }
      const std::string context_set = catalogue.InPeriod(heading_urban      ? "do_thi_van_minh"
                                                         : heading_nang_cao ? "xa_ntm_nang_cao"
                                                                            : plan_set,
                                                         period);
      for (auto it = path.rbegin(); it != path.rend(); ++it) {
        const Node& h = tree.nodes[*it];
        const std::string_view hf = text.FoldedSlice(h.line);
        if (!heading_criterion && (*it != static_cast<int>(id) || h.kind != NodeKind::kParagraph)) {
          heading_criterion = HeadingCriterion(hf, catalogue, context_set);
        }
        if (!heading_subject && *it != static_cast<int>(id))
          heading_subject = HeadingSubject(doc, h.line, communes, facts);
      }

      std::vector<CriterionRef> refs_cache;
      std::string refs_set;
      size_t first_target = out->targets.size();
      std::optional<double> pending_actual;  // "từ A xuống còn B": A
      for (size_t qi = 0; qi < quantities.size(); ++qi) {
        const Quantity& q = quantities[qi];
        const size_t clause_begin = ClauseStart(folded, q.number_begin);
        const std::string_view before = folded.substr(clause_begin, q.begin - clause_begin);
        if (RE2::PartialMatch(folded.substr(0, q.number_begin), not_a_quantity_->re())) continue;
        if (RE2::PartialMatch(folded.substr(SentenceStart(folded, q.number_begin), q.number_begin),
                              in_citation_->re())) {
          continue;
        }
        bool present = RE2::PartialMatch(before, present_->re()) ||
                       (!q.comparator_written && RE2::PartialMatch(before, remaining_->re()) &&
                        !RE2::PartialMatch(folded.substr(0, q.begin), xuong_con_));
        int past = 0;
        if (!present && facts.year &&
            RE2::PartialMatch(folded.substr(clause_begin, q.number_begin - clause_begin),
                              past_year_->re(), &past)) {
          present = past < *facts.year;
        }
        if (present) {
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
        target.actual = q.actual;
        if (pending_actual) {
          target.actual = pending_actual;
          pending_actual.reset();
        }
        target.year = facts.year;
        if (facts.year) {
          // "đến năm 2026 đạt 60%" in a 2024 plan is a 2026 target.
          const size_t sentence_begin = SentenceStart(folded, q.number_begin);
          for (const RuleMatch& y : year_->FindAll(
                   text, text.SpanOfFolded(base + sentence_begin, base + q.number_begin))) {
            const int named = std::stoi(std::string(text.FoldedSlice(y.group("year"))));
            if (named >= *facts.year && named <= *facts.year + 10) target.year = named;
          }
        }
        // Subject.
        target.subject = default_subject;
        if (heading_subject) target.subject = heading_subject;
        if (q.unit != "xã") {
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
          while (!metric.empty() && (metric.back() == ' ' || metric.back() == ':'))
            metric.pop_back();
          size_t b = metric.find_first_not_of(" -+*");
          metric = b == std::string::npos ? std::string() : metric.substr(b);
          if (!metric.empty()) target.metric = metric;
        }
        target.prov =
            Provenance{text.SpanOfFolded(base + q.begin, base + q.end), "targets.quantity"};

        // Criterion and set.
        std::string set = context_set;
        const size_t sentence = SentenceStart(folded, q.number_begin);
        const size_t clause_end = ClauseEnd(folded, q.end);
        const size_t next_q = qi + 1 < quantities.size() ? quantities[qi + 1].begin : folded.size();
        const size_t after_end = std::min(clause_end, next_q);
        // The set is read up to this figure's own words (the next figure may be the
        // advanced-set one: "12/12 xã …, trong đó 01/12 xã đạt tiêu chí nâng cao").
        const std::string_view sentence_text = folded.substr(sentence, after_end - sentence);
        if (q.unit == "bản" || q.unit == "thôn" || q.unit == "ấp") {
          set = "thon_ntm";
        } else if (!heading_urban && RE2::PartialMatch(sentence_text, advanced_set_->re())) {
          set = "xa_ntm_nang_cao";
        }
        set = catalogue.InPeriod(set, period);
        if (refs_set != set) {
          refs_cache = FindCriterionRefs(folded, catalogue, set);
          refs_set = set;
        }
        std::vector<const CriterionRef*> after, before_refs;
        for (const CriterionRef& r : refs_cache) {
          if (!r.number) continue;
          if (r.begin >= q.end && r.begin < after_end) after.push_back(&r);
          if (r.end <= q.number_begin) before_refs.push_back(&r);
        }
        // A line that opens with an indicator id: "+ (3.3). Số hộ … 100%".
        std::string opening_major, opening_minor;
        if (RE2::PartialMatch(folded, opening_indicator_, &opening_major, &opening_minor)) {
          const int major = std::stoi(opening_major);
          if (after.empty() && (!heading_criterion || *heading_criterion == major)) {
            target.criteria_set = set;
            target.criterion = major;
            target.indicator = opening_major + "." + opening_minor;
            out->targets.push_back(std::move(target));
            continue;
          }
        }
        std::vector<const CriterionRef*> chosen = after;
        if (chosen.empty() && !before_refs.empty()) chosen.push_back(before_refs.back());
        if (chosen.empty()) {
          if (heading_criterion) {
            target.criteria_set = set;
            target.criterion = heading_criterion;
          }
          out->targets.push_back(std::move(target));
          continue;
        }
        for (const CriterionRef* r : chosen) {
          Target t = target;
          t.criteria_set = set;
          t.criterion = r->number;
          t.indicator = r->indicator;
          out->targets.push_back(std::move(t));
        }
      }
      // The commune group (2026-2030): the line's, a heading's, else the plan's
      // own for targets about the plan's commune.
      if (out->targets.size() > first_new && !period.empty()) {
        std::optional<int> group = CommuneGroupIn(*group_, text, base, base + folded.size());
        for (auto it = path.rbegin(); !group && it != path.rend(); ++it) {
          const Span h = tree.nodes[*it].line;
          group =
              CommuneGroupIn(*group_, text, text.FoldedByteOf(h.begin), text.FoldedByteOf(h.end));
        }
        for (size_t i = first_new; i < out->targets.size(); ++i) {
          Target& t = out->targets[i];
          const CriteriaSetInfo* info = t.criteria_set ? catalogue.Set(*t.criteria_set) : nullptr;
          if (info != nullptr && info->period != period) continue;
          if (group) {
            t.group = group;
          } else if (t.subject && *t.subject == default_subject) {
            t.group = document_group;
          }
        }
      }
    }
  }

 private:
  std::string PlaceName(const PlaceMention& m) const {
    return m.candidates.empty() ? std::string(m.name) : std::string(m.candidates.front()->name);
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
  QuantityReader reader_;
  const Rule* present_;
  const Rule* transition_;
  const Rule* not_a_quantity_;
  const Rule* in_citation_;
  const Rule* past_year_;
  const Rule* present_section_;
  const Rule* advanced_set_;
  const Rule* remaining_;
  const Rule* urban_set_;
  const Rule* year_;
  const Rule* group_;  // patterns/criteria.toml: "xã nhóm 3"
  const RE2 xuong_con_{"(?:xuong|giam) con\\s*$"};
  // Parenthesised only: "2.3. Cấp bản: …" is a section number, "(3.3)." an indicator.
  const RE2 opening_indicator_{"^\\s*(?:[-+*]\\s*)?\\((\\d{1,2})\\.(\\d{1,2})\\)"};
};

}  // namespace

Status MakeTargetsExtractor(const Resources& resources, std::unique_ptr<Extractor>* out) {
  for (const char* id :
       {"targets.present", "targets.transition", "targets.not_a_quantity", "targets.in_citation",
        "targets.past_year", "targets.present_section", "targets.advanced_set", "targets.remaining",
        "targets.urban_set", "targets.year", "criteria.group"}) {
    if (resources.rules.Find(id) == nullptr) {
      return Status::InvalidInput(std::string("the targets extractor needs rule '") + id +
                                  "' (patterns/targets.toml, patterns/criteria.toml)");
    }
  }
  if (!resources.catalogue)
    return Status::InvalidInput("the targets extractor needs the criteria catalogue");
  QuantityReader reader;
  Status status = reader.Load(resources.data_dir / "schemas");
  if (!status.ok()) return status;
  *out = std::make_unique<TargetsExtractor>(resources, std::move(reader));
  return Status::Ok();
}

}  // namespace ntmx
