// ResponsibilitiesExtractor ("responsibilities"): which unit leads or supports
// which criteria and indicators, from the unit sections of "Tổ chức thực hiện"
// (assignments.h).
//
// In a unit's section, a sentence that names criteria ("tiêu chí số 3",
// "tiêu chí số 13.1", "chỉ tiêu 17.8", and bare "17.9" after them) gives the
// section's units a `lead` record when it says they lead (rule tasks.lead_words:
// "chủ trì", "phụ trách"), else a `support` record. A partner inside a
// parenthesis right after a criterion — "tiêu chí số 1 về Quy hoạch (*Phối hợp
// với Phòng Tài nguyên và Môi trường*)" — supports that criterion; a partner named
// in the running text of a paragraph ("phối hợp với phòng …, các xóm") supports
// every criterion the paragraph names. An assignment table ("| Tiêu chí | Đơn vị
// chủ trì | Đơn vị phối hợp |") gives one lead and support per row. One record
// per (unit, role), sorted.
#include <algorithm>
#include <map>
#include <set>

#include <re2/re2.h>

#include "criteria/catalogue.h"
#include "extract/assignments.h"
#include "extract/criterion_refs.h"
#include "extract/extractor.h"
#include "extract/plan_context.h"

namespace ntmx {
namespace {

struct Refs {
  std::set<int> criteria;
  std::set<std::string> indicators;
  bool empty() const { return criteria.empty() && indicators.empty(); }
  void Add(const Refs& o) {
    criteria.insert(o.criteria.begin(), o.criteria.end());
    indicators.insert(o.indicators.begin(), o.indicators.end());
  }
};

class ResponsibilitiesExtractor : public Extractor {
 public:
  ResponsibilitiesExtractor(const Resources& resources, AssignmentReader reader)
      : resources_(resources),
        reader_(std::move(reader)),
        lead_words_(resources.rules.Find("tasks.lead_words")) {}

  std::string_view name() const override { return "responsibilities"; }

  void Extract(const DocumentView& doc, Extraction* out, Diagnostics* diagnostics) const override {
    PlanContextOf(doc, resources_, out);
    const IndexedText& text = doc.text;
    const std::string commune = PlanCommune(*out);
    const std::string set =
        resources_.catalogue->InPeriod(PlanCriteriaSet(*out), out->document.period.value_or(""));
    std::map<std::pair<std::string, std::string>, std::pair<Refs, Span>> records;  // (unit, role)
    std::vector<std::pair<std::string, std::string>> order;
    auto add = [&](const std::string& unit, const std::string& role, const Refs& refs, Span span) {
      if (refs.empty()) return;
      auto key = std::make_pair(unit, role);
      auto [it, fresh] = records.try_emplace(key, Refs{}, span);
      if (fresh) order.push_back(key);
      it->second.first.Add(refs);
      it->second.second.end = std::max(it->second.second.end, span.end);
    };

    for (const UnitSection& section : reader_.UnitSections(doc, commune, diagnostics)) {
      for (const Span& paragraph : section.paragraphs) {
        const std::string_view folded = text.FoldedSlice(paragraph);
        const size_t base = text.FoldedByteOf(paragraph.begin);
        Refs paragraph_refs;
        // Sentences.
        size_t start = 0;
        while (start < folded.size()) {
          size_t end = start;
          int depth = 0;
          while (end < folded.size()) {
            if (folded[end] == '(') ++depth;
            if (folded[end] == ')' && depth > 0) --depth;
            if (depth == 0 && folded[end] == '.' &&
                (end + 1 == folded.size() || folded[end + 1] == ' '))
              break;
            ++end;
          }
          const std::string_view sentence = folded.substr(start, end - start);
          const Span sentence_span = text.SpanOfFolded(base + start, base + end);
          ReadSentence(doc, sentence, base + start, sentence_span, section, commune, set,
                       &paragraph_refs, add);
          start = end + 1;
        }
        if (!paragraph_refs.empty()) {
          for (const std::string& partner : reader_.Partners(doc, paragraph, commune, false)) {
            if (std::find(section.units.begin(), section.units.end(), partner) !=
                section.units.end())
              continue;
            add(partner, "support", paragraph_refs, paragraph);
          }
        }
      }
    }
    // Assignment tables: "| Tiêu chí | Đơn vị chủ trì | Đơn vị phối hợp |".
    for (const AssignmentRow& row : reader_.TableRows(doc, commune, set, diagnostics)) {
      if (!row.criterion) continue;
      Refs refs;
      if (row.indicator) {
        refs.indicators.insert(*row.indicator);
      } else {
        refs.criteria.insert(*row.criterion);
      }
      for (const std::string& u : row.lead) add(u, "lead", refs, row.span);
      for (const std::string& u : row.support) add(u, "support", refs, row.span);
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
      r.prov = Provenance{span, "tasks.lead_words"};
      out->responsibilities.push_back(std::move(r));
    }
  }

 private:
  template <typename Add>
  void ReadSentence(const DocumentView& doc, std::string_view sentence, size_t folded_base,
                    Span span, const UnitSection& section, const std::string& commune,
                    const std::string& set, Refs* paragraph_refs, Add& add) const {
    const CriteriaCatalogue& catalogue = *resources_.catalogue;
    std::vector<CriterionRef> refs = FindCriterionRefs(sentence, catalogue, set);
    // Explicit references only: a criterion named without its number in a unit's
    // duties ("tiêu chí nông thôn mới") is too loose to assign.
    Refs sentence_refs;
    std::vector<std::pair<size_t, Refs>> positioned;  // end of each reference -> what it names
    for (const CriterionRef& r : refs) {
      if (!r.number || r.named_only) continue;
      Refs one;
      if (r.indicator) {
        one.indicators.insert(*r.indicator);
      } else {
        one.criteria.insert(*r.number);
      }
      positioned.push_back({r.end, one});
    }
    // Bare indicator ids after a reference: "(*Chỉ tiêu số 17.2; 17.3; 17.6*)".
    if (!positioned.empty()) {
      static const RE2 kBare("(?:^|[\\s;,(*])(\\d{1,2})\\.(\\d{1,2})(?:$|[\\s;,)*.:])");
      re2::StringPiece input(sentence.data() + positioned.front().first,
                             sentence.size() - positioned.front().first);
      std::string major, minor;
      const char* const origin = sentence.data();
      while (RE2::FindAndConsume(&input, kBare, &major, &minor)) {
        const size_t at = static_cast<size_t>(input.data() - origin);
        bool known = false;
        for (const auto& [end, r] : positioned) {
          if (r.indicators.count(major + "." + minor)) known = true;
        }
        if (known) continue;
        if (std::stoi(major) < 1 || std::stoi(major) > 20) continue;
        Refs one;
        one.indicators.insert(major + "." + minor);
        positioned.push_back({at, one});
      }
      std::sort(positioned.begin(), positioned.end(),
                [](const auto& a, const auto& b) { return a.first < b.first; });
    }
    for (const auto& [end, r] : positioned) sentence_refs.Add(r);
    if (sentence_refs.empty()) return;
    const bool lead = RE2::PartialMatch(sentence, lead_words_->re());
    for (const std::string& unit : section.units)
      add(unit, lead ? "lead" : "support", sentence_refs, span);
    paragraph_refs->Add(sentence_refs);

    // Partners in parentheses support the reference right before the parenthesis.
    const IndexedText& text = doc.text;
    for (size_t open = sentence.find('('); open != std::string_view::npos;
         open = sentence.find('(', open + 1)) {
      const size_t close = sentence.find(')', open);
      if (close == std::string_view::npos) break;
      const Span inner = text.SpanOfFolded(folded_base + open, folded_base + close + 1);
      const std::vector<std::string> partners = reader_.Partners(doc, inner, commune, true);
      if (partners.empty()) continue;
      const Refs* before = nullptr;
      for (const auto& [end, r] : positioned) {
        if (end <= open) before = &r;
      }
      if (before == nullptr) continue;
      for (const std::string& p : partners) add(p, "support", *before, inner);
    }
  }

  const Resources& resources_;
  AssignmentReader reader_;
  const Rule* lead_words_;
};

}  // namespace

Status MakeResponsibilitiesExtractor(const Resources& resources, std::unique_ptr<Extractor>* out) {
  for (const char* id :
       {"tasks.organisation_part", "tasks.unit_heading", "tasks.partners", "tasks.lead_words"}) {
    if (resources.rules.Find(id) == nullptr) {
      return Status::InvalidInput(std::string("the responsibilities extractor needs rule '") + id +
                                  "' (patterns/tasks.toml)");
    }
  }
  if (!resources.catalogue)
    return Status::InvalidInput("the responsibilities extractor needs the criteria catalogue");
  UnitRegistry registry;
  Status status = registry.Load(resources.data_dir / "schemas" / "units.tsv");
  if (!status.ok()) return status;
  *out = std::make_unique<ResponsibilitiesExtractor>(
      resources, AssignmentReader(resources, std::move(registry)));
  return Status::Ok();
}

}  // namespace ntmx
