// See plan_context.h.
#include "extract/plan_context.h"

#include "criteria/catalogue.h"
#include "criteria/commune_group.h"
#include "places/place_schemes.h"

namespace ntmx {
namespace {

constexpr std::string_view kSetRulePrefix = "criteria.set.";

// The plan's place at each level: the locality, else the issuer at its level.
void DecidePlaces(const DocumentFacts& facts, PlanContext* plan) {
  const Locality& l = facts.locality;
  plan->commune = l.commune;
  plan->district = l.district;
  plan->province = l.province;
  if (facts.issuer && !facts.issuer->name.empty()) {
    const std::string& level = facts.issuer->level;
    if (level == "commune" && !plan->commune) plan->commune = facts.issuer->name;
    if (level == "district" && !plan->district) plan->district = facts.issuer->name;
    if (level == "province" && !plan->province) plan->province = facts.issuer->name;
  }
  plan->subject = plan->commune    ? *plan->commune
                  : plan->district ? *plan->district
                                   : plan->province.value_or("");
}

}  // namespace

bool IsHeaderless(const DocumentView& doc, const DocumentFacts& facts, const Rule& kind_opening) {
  const DocumentTree& tree = doc.tree;
  if (!tree.title_lines.empty() || tree.doc_type_line.end > tree.doc_type_line.begin ||
      !facts.doc_symbol.empty() || facts.issuer)
    return false;
  const Span first = FirstTextLine(tree);
  return first.end <= first.begin || !kind_opening.MatchesIn(doc.text, first);
}

Span FirstTextLine(const DocumentTree& tree) {
  if (!tree.header_lines.empty()) return tree.header_lines.front();
  if (tree.nodes.size() > 1) return tree.nodes[1].line;
  if (!tree.preamble_lines.empty()) return tree.preamble_lines.front();
  return Span{0, 0};
}

std::vector<std::pair<std::string, const Rule*>> SetRules(const Resources& resources) {
  std::vector<std::pair<std::string, const Rule*>> out;
  for (const Rule* rule : resources.rules.WithPrefix(kSetRulePrefix)) {
    std::string set = rule->id().substr(kSetRulePrefix.size());
    if (resources.catalogue && resources.catalogue->Set(set) != nullptr)
      out.emplace_back(std::move(set), rule);
  }
  return out;
}

std::optional<std::string> FirstSetCue(
    const std::vector<std::pair<std::string, const Rule*>>& set_rules, const IndexedText& text,
    size_t begin, size_t end) {
  struct Cue {
    size_t order, begin, end;
  };
  std::vector<Cue> cues;
  RuleMatch m;
  for (size_t i = 0; i < set_rules.size(); ++i) {
    if (set_rules[i].second->FindIn(text, begin, end, &m))
      cues.push_back({i, m.folded_begin, m.folded_end});
  }
  if (cues.empty()) return std::nullopt;
  const Cue* best = &cues[0];
  for (const Cue& c : cues) {
    if (c.begin < best->begin || (c.begin == best->begin && c.order < best->order)) best = &c;
  }
  const Cue first = *best;
  for (const Cue& c : cues) {
    if (c.begin < first.end && first.begin < c.end && c.order < best->order) best = &c;
  }
  return set_rules[best->order].first;
}

PlanContext BuildPlanContext(const DocumentView& doc, const Resources& resources,
                             const DocumentFacts& facts) {
  PlanContext plan;
  DecidePlaces(facts, &plan);
  plan.period = facts.period.value_or("");
  if (plan.period.size() >= 4) plan.period_first_year = std::stoi(plan.period.substr(0, 4));

  const IndexedText& text = doc.text;
  plan.criteria_set = "xa_ntm";
  const auto set_rules = SetRules(resources);
  for (const Span& line : doc.tree.title_lines) {
    if (auto set = FirstSetCue(set_rules, text, text.FoldedByteOf(line.begin),
                               text.FoldedByteOf(line.end))) {
      plan.criteria_set = *set;
      break;
    }
  }
  plan.numbered_set = "xa_ntm";
  if (resources.catalogue) {
    const CriteriaCatalogue& catalogue = *resources.catalogue;
    if (const CriteriaSetInfo* info = catalogue.Set(plan.criteria_set);
        info != nullptr && (info->subject_level == "commune" || info->subject_level == "village"))
      plan.numbered_set = plan.criteria_set;
    plan.criteria_set = catalogue.InPeriod(plan.criteria_set, plan.period);
    plan.numbered_set = catalogue.InPeriod(plan.numbered_set, plan.period);
  }
  if (const Rule* group = resources.rules.Find("criteria.group")) {
    plan.group = CommuneGroupIn(*group, text, 0, text.folded().size());
  }
  if (resources.place_schemes) {
    if (auto scheme = resources.place_schemes->OfDocument(facts.issue_date, facts.year))
      plan.place_scheme = std::string(SchemeName(*scheme));
  }
  return plan;
}

const PlanContext& PlanContextOf(const DocumentView& doc, const Resources& resources,
                                 Extraction* out) {
  if (!out->plan) out->plan = BuildPlanContext(doc, resources, out->document);
  return *out->plan;
}

}  // namespace ntmx
