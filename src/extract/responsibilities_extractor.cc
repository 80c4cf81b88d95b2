// ResponsibilitiesExtractor ("responsibilities"): which unit leads or supports
// which criteria and indicators, from the "Tổ chức thực hiện" part.
//
// Every line of that part is read sentence by sentence and clause by clause
// (";"). A clause may open with its units ("Công an xã chủ trì chỉ tiêu 19.2",
// "Công chức A và Công chức B: chủ trì …", role_lines.h); otherwise its units are
// the ones named before it on the line, else those of the unit section it sits in
// ("1. Phòng Nông nghiệp và PTNT:" and its bullets, assignments.h). The criteria and
// indicators a clause names ("tiêu chí số 5, 6 và 8", "chỉ tiêu 18.1–18.5") take the
// role of the role word before them ("chủ trì" lead, "phối hợp" support); with none
// in the sentence they are supported. A partner inside a parenthesis right after a
// criterion — "tiêu chí số 1 về Quy hoạch (*Phối hợp với Phòng Tài nguyên và Môi
// trường*)" — supports that criterion; a partner named in the running text of a
// paragraph ("phối hợp với phòng …, các xóm") supports every criterion the
// paragraph names. An assignment table ("| Tiêu chí | Đơn vị chủ trì | Đơn vị phối
// hợp |") gives one lead and support per row, and a table of units by role ("| Đơn
// vị | Chủ trì | Phối hợp |") the criteria of each role cell. One record per
// (unit, role), sorted.
#include <algorithm>
#include <map>
#include <set>

#include <re2/re2.h>

#include "criteria/catalogue.h"
#include "extract/assignments.h"
#include "extract/criterion_refs.h"
#include "extract/extractor.h"
#include "extract/plan_context.h"
#include "extract/role_lines.h"

namespace ntmx {
namespace {

using Refs = RefSet;

// A line of the organisation part with the units of the section it sits in.
struct RoleParagraph {
  Span line;
  const std::vector<std::string>* units;  // the section's, or an empty list
};

class ResponsibilitiesExtractor : public Extractor {
 public:
  ResponsibilitiesExtractor(const Resources& resources, AssignmentReader reader, RoleReader roles)
      : resources_(resources), reader_(std::move(reader)), roles_(std::move(roles)) {}

  // Its own rules, one table (defined below the class), bound by its factory; the
  // readers it holds bind theirs.
  static const RuleField<ResponsibilitiesExtractor> kRules[];

  std::string_view name() const override { return "responsibilities"; }

  void Extract(const DocumentView& doc, Extraction* out, Diagnostics* diagnostics) const override {
    PlanContextOf(doc, resources_, out);
    const IndexedText& text = doc.text;
    const std::string commune = PlanCommune(*out);
    const std::string set =
        resources_.catalogue->InPeriod(PlanCriteriaSet(*out), out->document.period.value_or(""));
    std::map<std::pair<std::string, std::string>, std::pair<Refs, Span>> records;  // (unit, role)
    std::vector<std::pair<std::string, std::string>> order;
    std::map<std::pair<std::string, std::string>, std::string> rule_of;
    auto add = [&](const std::string& unit, const std::string& role, const Refs& refs, Span span,
                   const char* rule) {
      if (refs.empty()) return;
      auto key = std::make_pair(unit, role);
      auto [it, fresh] = records.try_emplace(key, Refs{}, span);
      if (fresh) {
        order.push_back(key);
        rule_of[key] = rule;
      }
      it->second.first.Add(refs);
      it->second.second.end = std::max(it->second.second.end, span.end);
    };

    const std::vector<UnitSection> sections = reader_.UnitSections(doc, commune, diagnostics);
    for (const RoleParagraph& paragraph : Paragraphs(doc, sections)) {
      const std::string_view folded = text.FoldedSlice(paragraph.line);
      const size_t base = text.FoldedByteOf(paragraph.line.begin);
      std::vector<std::string> units = *paragraph.units;
      Refs paragraph_refs;
      std::vector<std::string> paragraph_units = units;
      // Sentences, then clauses.
      size_t start = 0;
      while (start < folded.size()) {
        const size_t end = Cut(folded, start, '.');
        std::optional<bool> carried;
        std::vector<PlacedRefs> sentence_refs;  // folded bytes of the text
        const std::string_view sentence = folded.substr(start, end - start);
        const bool sentence_lead = roles_.HasLeadWord(sentence);
        for (size_t c = start; c < end;) {
          const size_t c_end = std::min(Cut(folded, c, ';'), end);
          size_t from = c;
          if (auto lead_in = roles_.ReadLeadIn(doc, text.SpanOfFolded(base + c, base + c_end),
                                               reader_, commune)) {
            units = std::move(lead_in->units);
            from = c + lead_in->rest;
            carried.reset();
            for (const std::string& u : units) {
              if (std::find(paragraph_units.begin(), paragraph_units.end(), u) ==
                  paragraph_units.end())
                paragraph_units.push_back(u);
            }
          }
          if (!units.empty() && from < c_end) {
            ReadClause(doc, folded.substr(from, c_end - from), base + from, units, set,
                       sentence_lead, &carried, &paragraph_refs, &sentence_refs, add);
          }
          c = c_end + 1;
        }
        ReadParentheses(doc, sentence, base + start, sentence_refs, commune, add);
        start = end + 1;
      }
      if (!paragraph_refs.empty()) {
        for (const std::string& partner : reader_.Partners(doc, paragraph.line, commune, false)) {
          if (std::find(paragraph_units.begin(), paragraph_units.end(), partner) !=
              paragraph_units.end())
            continue;
          add(partner, "support", paragraph_refs, paragraph.line, "tasks.partners");
        }
      }
    }
    // Assignment tables: "| Tiêu chí | Đơn vị chủ trì | Đơn vị phối hợp |".
    for (const AssignmentRow& row : reader_.TableRows(doc, commune, set, diagnostics)) {
      if (!row.criterion) continue;
      // Responsibilities come from the organisation part (contract); a table of work
      // elsewhere ("Nhiệm vụ và giải pháp", one row per village) gives tasks only.
      if (row.work && !row.in_organisation_part) continue;
      Refs refs;
      if (row.indicator) {
        refs.indicators.insert(*row.indicator);
      } else {
        refs.criteria.insert(*row.criterion);
      }
      for (const std::string& u : row.lead)
        add(u, "lead", refs, row.span, lead_words_->id().c_str());
      for (const std::string& u : row.support)
        add(u, "support", refs, row.span, lead_words_->id().c_str());
    }
    // Tables of units by role: "| Đơn vị | Chủ trì | Phối hợp |".
    for (const UnitRoleRow& row : roles_.UnitTableRows(doc, reader_, commune)) {
      for (const std::string& u : row.units) {
        add(u, "lead", row.lead, row.span, "responsibilities.unit_table");
        add(u, "support", row.support, row.span, "responsibilities.unit_table");
      }
    }
    for (const auto& key : order) {
      const auto& [refs, span] = records[key];
      Responsibility r;
      r.unit = key.first;
      r.role = key.second;
      r.criteria.assign(refs.criteria.begin(), refs.criteria.end());
      r.indicators.assign(refs.indicators.begin(), refs.indicators.end());
      std::sort(
          r.indicators.begin(), r.indicators.end(), [](const std::string& a, const std::string& b) {
            const int ma = std::stoi(a), mb = std::stoi(b);
            if (ma != mb) return ma < mb;
            return std::stoi(a.substr(a.find('.') + 1)) < std::stoi(b.substr(b.find('.') + 1));
          });
      r.prov = Provenance{span, rule_of[key]};
      out->responsibilities.push_back(std::move(r));
    }
  }

 private:
  // The end of the piece of folded `s` that starts at `start` and ends before `stop`
  // outside parentheses ('.' only before a space or the end: "18.1" goes on).
  static size_t Cut(std::string_view s, size_t start, char stop) {
    int depth = 0;
    size_t end = start;
    for (; end < s.size(); ++end) {
      if (s[end] == '(') ++depth;
      if (s[end] == ')' && depth > 0) --depth;
      if (depth == 0 && s[end] == stop && (stop != '.' || end + 1 == s.size() || s[end + 1] == ' '))
        break;
    }
    return end;
  }

  // The lines to read, in document order: each unit section's, with its units,
  // and every other line of the organisation part (no units until a clause names
  // them). Table rows are read as tables.
  std::vector<RoleParagraph> Paragraphs(const DocumentView& doc,
                                        const std::vector<UnitSection>& sections) const {
    static const std::vector<std::string> kNone;
    std::vector<RoleParagraph> out;
    const DocumentTree& tree = doc.tree;
    size_t next_section = 0;
    for (size_t p = 1; p < tree.nodes.size(); ++p) {
      const Node& part = tree.nodes[p];
      if (part.kind != NodeKind::kPart) continue;
      RuleMatch m;
      if (!organisation_part_->FindIn(doc.text, part.line, &m)) continue;
      for (size_t d = p + 1; d < tree.nodes.size() && tree.nodes[d].line.begin < part.span.end;) {
        while (next_section < sections.size() && sections[next_section].node < static_cast<int>(d))
          ++next_section;
        if (next_section < sections.size() && sections[next_section].node == static_cast<int>(d)) {
          const UnitSection& s = sections[next_section];
          for (const Span& line : s.paragraphs) out.push_back({line, &s.units});
          const uint32_t end = tree.nodes[d].span.end;
          while (d < tree.nodes.size() && tree.nodes[d].line.begin < end) ++d;
          continue;
        }
        if (tree.nodes[d].kind != NodeKind::kTableRow) out.push_back({tree.nodes[d].line, &kNone});
        ++d;
      }
    }
    return out;
  }

  template <typename Add>
  void ReadClause(const DocumentView& doc, std::string_view clause, size_t folded_base,
                  const std::vector<std::string>& units, const std::string& set, bool sentence_lead,
                  std::optional<bool>* carried, Refs* paragraph_refs,
                  std::vector<PlacedRefs>* sentence_refs, Add& add) const {
    const IndexedText& text = doc.text;
    std::vector<RoleRefs> roles = roles_.Roles(clause, set, sentence_lead, carried);
    if (roles.empty()) return;
    // Bare indicator ids after a reference: "(*Chỉ tiêu số 17.2; 17.3; 17.6*)".
    {
      static const RE2 kBare("(?:^|[\\s;,(*])(\\d{1,2})\\.(\\d{1,2})(?:$|[\\s;,)*.:])");
      const size_t from = roles.front().refs.begin;
      re2::StringPiece input(clause.data() + from, clause.size() - from);
      std::string major, minor;
      while (RE2::FindAndConsume(&input, kBare, &major, &minor)) {
        const size_t at = static_cast<size_t>(input.data() - clause.data());
        const std::string id = major + "." + minor;
        if (std::stoi(major) < 1 || std::stoi(major) > 20) continue;
        bool known = false;
        for (const RoleRefs& r : roles) known = known || r.refs.refs.indicators.count(id) > 0;
        if (known) continue;
        std::optional<bool> role;
        for (const RoleRefs& r : roles) {
          if (r.refs.begin < at) role = r.lead;
        }
        RoleRefs one{role.value_or(sentence_lead), PlacedRefs{at, at, {}}};
        one.refs.refs.indicators.insert(id);
        roles.push_back(std::move(one));
      }
      std::stable_sort(roles.begin(), roles.end(), [](const RoleRefs& a, const RoleRefs& b) {
        return a.refs.begin < b.refs.begin;
      });
    }
    const Span span = text.SpanOfFolded(folded_base, folded_base + clause.size());
    for (const RoleRefs& r : roles) {
      for (const std::string& unit : units) {
        add(unit, r.lead ? "lead" : "support", r.refs.refs, span, "responsibilities.references");
      }
      paragraph_refs->Add(r.refs.refs);
    }
    for (RoleRefs& r : roles) {
      r.refs.begin += folded_base;
      r.refs.end += folded_base;
      sentence_refs->push_back(std::move(r.refs));
    }
  }

  // Partners in parentheses support the reference right before the parenthesis,
  // in the same sentence (its name may hold a ";").
  template <typename Add>
  void ReadParentheses(const DocumentView& doc, std::string_view sentence, size_t folded_base,
                       const std::vector<PlacedRefs>& refs, const std::string& commune,
                       Add& add) const {
    const IndexedText& text = doc.text;
    for (size_t open = sentence.find('('); open != std::string_view::npos;
         open = sentence.find('(', open + 1)) {
      const size_t close = sentence.find(')', open);
      if (close == std::string_view::npos) break;
      const Span inner = text.SpanOfFolded(folded_base + open, folded_base + close + 1);
      const std::vector<std::string> partners = reader_.Partners(doc, inner, commune, true);
      if (partners.empty()) continue;
      const Refs* before = nullptr;
      for (const PlacedRefs& r : refs) {
        if (r.end <= folded_base + open) before = &r.refs;
      }
      if (before == nullptr) continue;
      for (const std::string& p : partners) add(p, "support", *before, inner, "tasks.partners");
    }
  }

  const Resources& resources_;
  AssignmentReader reader_;
  RoleReader roles_;
  const Rule* organisation_part_ = nullptr;
  const Rule* lead_words_ = nullptr;  // named as the rule of a table row's records
};

const RuleField<ResponsibilitiesExtractor> ResponsibilitiesExtractor::kRules[] = {
    {&ResponsibilitiesExtractor::organisation_part_, "tasks.organisation_part"},
    {&ResponsibilitiesExtractor::lead_words_, "tasks.lead_words"},
};

}  // namespace

Status MakeResponsibilitiesExtractor(const Resources& resources, std::unique_ptr<Extractor>* out) {
  if (!resources.catalogue)
    return Status::InvalidInput("the responsibilities extractor needs the criteria catalogue");
  if (!resources.units) {
    return Status::InvalidInput("the responsibilities extractor needs the unit registry");
  }
  AssignmentReader reader(resources);
  RoleReader roles(resources);
  Status status = reader.Bind(resources.rules);
  if (status.ok()) status = roles.Bind(resources.rules);
  if (!status.ok()) return status;
  auto extractor =
      std::make_unique<ResponsibilitiesExtractor>(resources, std::move(reader), std::move(roles));
  status = BindRules<ResponsibilitiesExtractor>(resources.rules, ResponsibilitiesExtractor::kRules,
                                                "the responsibilities extractor", extractor.get());
  if (!status.ok()) return status;
  *out = std::move(extractor);
  return Status::Ok();
}

}  // namespace ntmx
