// LegalBasesExtractor ("legal_bases"): the documents a plan cites as its basis.
//
// Reads the preamble paragraphs that open with a basis phrase (rule
// legal_bases.paragraph: "Căn cứ", "Thực hiện", …) and records every document cited in
// them — a programme that "thực hiện Nghị quyết số 01-NQ/TU" gives two records —
// once each, in order of first citation. Citations in the body (a decision that
// allocated funds, say) are not the plan's basis and are left alone. A law keeps
// its number when the text gives one ("Luật Đầu tư công số 39/2019/QH14"); a list
// of numbers under a plural kind ("các Quyết định …: số A …; số B …") gives one
// record per number, of that kind; a date written after the issuer still counts.
#include <algorithm>
#include <optional>
#include <set>

#include "extract/dates.h"
#include "extract/extractor.h"
#include "extract/plan_context.h"
#include "knowledge/document_kinds.h"
#include "rules/rule_binding.h"
#include "text/strings.h"

namespace ntmx {
namespace {

class LegalBasesExtractor : public Extractor {
 public:
  explicit LegalBasesExtractor(const Resources& resources) : kinds_(*resources.document_kinds) {}

  // Its rules, one table (defined below the class), bound by its factory.
  static const RuleField<LegalBasesExtractor> kRules[];

  std::string_view name() const override { return "legal_bases"; }

  void Extract(const DocumentView& doc, Extraction* out, Diagnostics*) const override {
    std::set<std::string> seen;
    RuleMatch m;
    // A headerless text (plan_context.h) is all "preamble" to the structurer, but
    // only a "Căn cứ" paragraph cites a basis there: "Theo Quyết định số …, bộ tiêu
    // chí gồm …" tells what another document says.
    const ntmx::Rule* opener = out->headerless ? paragraph_headerless_ : paragraph_;
    for (const Span& line : doc.tree.preamble_lines) {
      if (!opener->FindIn(doc.text, line, &m)) continue;
      std::vector<Found> found;
      for (const RuleMatch& c : citation_->FindAll(doc.text, line)) {
        found.push_back({c, citation_, std::nullopt});
      }
      for (const ntmx::Rule* rule : {law_, law_numbered_}) {
        for (const RuleMatch& c : rule->FindAll(doc.text, line)) {
          if (!Overlaps(found, c.span)) found.push_back({c, rule, std::nullopt});
        }
      }
      AddListItems(doc.text, line, &found);
      std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        return a.match.span.begin < b.match.span.begin;
      });
      for (const Found& f : found) AddCitation(doc, line, f, &seen, out);
    }
  }

 private:
  struct Found {
    RuleMatch match;
    const ntmx::Rule* rule;
    std::optional<std::string> kind;  // for a list item: the kind of its list
  };

  static bool Overlaps(const std::vector<Found>& found, Span span) {
    for (const Found& f : found) {
      if (span.begin < f.match.span.end && f.match.span.begin < span.end) return true;
    }
    return false;
  }

  // "Căn cứ các Quyết định của Thủ tướng Chính phủ: số A ngày …; số B ngày …" and
  // "Quyết định số A, số B ngày …": each further number is a record of the kind
  // named before it (the list's head or the citation it follows).
  void AddListItems(const IndexedText& text, Span line, std::vector<Found>* found) const {
    std::vector<std::pair<uint32_t, std::string>> heads;  // position, canonical kind
    for (const RuleMatch& h : list_head_->FindAll(text, line)) {
      auto kind = kinds_.KindOf(text.FoldedSlice(h.group("kind")));
      if (kind) heads.emplace_back(h.span.begin, *kind);
    }
    for (const Found& f : *found) {
      auto kind = kinds_.KindOf(text.FoldedSlice(f.match.group("kind")));
      if (kind) heads.emplace_back(f.match.span.begin, *kind);
    }
    std::sort(heads.begin(), heads.end());
    std::vector<Found> items;
    for (const RuleMatch& item : list_item_->FindAll(text, line)) {
      if (Overlaps(*found, item.group("number"))) continue;
      const std::string* kind = nullptr;
      for (const auto& [at, name] : heads) {
        if (at < item.span.begin) kind = &name;
      }
      if (kind != nullptr) items.push_back({item, list_item_, *kind});
    }
    for (Found& f : items) found->push_back(std::move(f));
  }

  void AddCitation(const DocumentView& doc, Span line, const Found& f, std::set<std::string>* seen,
                   Extraction* out) const {
    const IndexedText& text = doc.text;
    const RuleMatch& c = f.match;
    LegalBasis basis;
    basis.kind = f.kind ? *f.kind
                        : kinds_.KindOf(text.FoldedSlice(c.group("kind")))
                              .value_or(std::string(text.Slice(c.group("kind"))));
    if (c.has("number")) basis.number = WithoutSpaces(text.Slice(c.group("number")));
    if (c.has("year")) {
      basis.date = IsoDate(text.FoldedSlice(c.group("day")), text.FoldedSlice(c.group("month")),
                           text.FoldedSlice(c.group("year")));
    }
    RuleMatch after;
    Span span = c.span;
    const size_t line_end = text.FoldedByteOf(line.end);
    if (!c.has("year") && late_date_->MatchAt(text, c.folded_end, line_end, &after)) {
      // "… số 38/2023/NĐ-CP của Chính phủ ngày 24 tháng 6 năm 2023"
      basis.date =
          IsoDate(text.FoldedSlice(after.group("day")), text.FoldedSlice(after.group("month")),
                  text.FoldedSlice(after.group("year")));
    }
    if (issuer_->MatchAt(text, c.folded_end, line_end, &after) && after.has("issuer")) {
      basis.issuer = std::string(text.Slice(after.group("issuer")));
      span.end = after.group("issuer").end;
    }
    std::string key = basis.kind + "|";
    key += basis.number ? *basis.number : std::string(text.FoldedSlice(c.group("name")));
    if (!basis.number) key += "|" + basis.date.value_or("");
    if (!seen->insert(key).second) return;
    basis.prov = Provenance{span, f.rule->id()};
    out->legal_bases.push_back(std::move(basis));
  }

  const DocumentKinds& kinds_;  // resources.document_kinds
  const Rule* paragraph_ = nullptr;
  const Rule* paragraph_headerless_ = nullptr;
  const Rule* citation_ = nullptr;
  const Rule* law_ = nullptr;
  const Rule* law_numbered_ = nullptr;
  const Rule* list_head_ = nullptr;
  const Rule* list_item_ = nullptr;
  const Rule* late_date_ = nullptr;
  const Rule* issuer_ = nullptr;
};

const RuleField<LegalBasesExtractor> LegalBasesExtractor::kRules[] = {
    {&LegalBasesExtractor::paragraph_, "legal_bases.paragraph"},
    {&LegalBasesExtractor::paragraph_headerless_, "legal_bases.paragraph_headerless"},
    {&LegalBasesExtractor::citation_, "legal_bases.citation"},
    {&LegalBasesExtractor::law_, "legal_bases.law_by_name"},
    {&LegalBasesExtractor::law_numbered_, "legal_bases.law_numbered"},
    {&LegalBasesExtractor::list_head_, "legal_bases.list_head"},
    {&LegalBasesExtractor::list_item_, "legal_bases.list_item"},
    {&LegalBasesExtractor::late_date_, "legal_bases.late_date"},
    {&LegalBasesExtractor::issuer_, "legal_bases.issuer"},
};

}  // namespace

Status MakeLegalBasesExtractor(const Resources& resources, std::unique_ptr<Extractor>* out) {
  if (!resources.document_kinds) {
    return Status::InvalidInput("the legal_bases extractor needs the document kinds");
  }
  auto extractor = std::make_unique<LegalBasesExtractor>(resources);
  if (Status s = BindRules<LegalBasesExtractor>(resources.rules, LegalBasesExtractor::kRules,
                                                "the legal_bases extractor", extractor.get());
      !s.ok()) {
    return s;
  }
  *out = std::move(extractor);
  return Status::Ok();
}

}  // namespace ntmx
