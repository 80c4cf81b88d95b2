// LegalBasesExtractor ("legal_bases"): the documents a plan cites as its basis.
//
// Reads the preamble paragraphs that open with a basis phrase (rule
// basis.paragraph: "Căn cứ", "Thực hiện", …) and records every document cited in
// them — a programme that "thực hiện Nghị quyết số 01-NQ/TU" gives two records —
// once each, in order of first citation. Citations in the body (a decision that
// allocated funds, say) are not the plan's basis and are left alone.
#include <set>

#include "extract/dates.h"
#include "extract/document_kinds.h"
#include "extract/extractor.h"
#include "text/strings.h"

namespace ntmx {
namespace {

class LegalBasesExtractor : public Extractor {
 public:
  LegalBasesExtractor(const Resources& resources, DocumentKinds kinds)
      : kinds_(std::move(kinds)),
        paragraph_(resources.rules.Find("basis.paragraph")),
        citation_(resources.rules.Find("basis.citation")),
        law_(resources.rules.Find("basis.law_by_name")),
        issuer_(resources.rules.Find("basis.issuer")) {}

  std::string_view name() const override { return "legal_bases"; }

  void Extract(const DocumentView& doc, Extraction* out, Diagnostics*) const override {
    std::set<std::string> seen;
    RuleMatch m;
    for (const Span& line : doc.tree.preamble_lines) {
      if (!paragraph_->FindIn(doc.text, line, &m)) continue;
      struct Found {
        RuleMatch match;
        const Rule* rule;
      };
      std::vector<Found> found;
      for (const RuleMatch& c : citation_->FindAll(doc.text, line)) found.push_back({c, citation_});
      for (const RuleMatch& c : law_->FindAll(doc.text, line)) {
        bool overlaps = false;
        for (const Found& f : found) {
          overlaps |= c.span.begin < f.match.span.end && f.match.span.begin < c.span.end;
        }
        if (!overlaps) found.push_back({c, law_});
      }
      std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        return a.match.span.begin < b.match.span.begin;
      });
      for (const Found& f : found) AddCitation(doc, line, f.match, *f.rule, &seen, out);
    }
  }

 private:
  void AddCitation(const DocumentView& doc, Span line, const RuleMatch& c, const Rule& rule,
                   std::set<std::string>* seen, Extraction* out) const {
    const IndexedText& text = doc.text;
    LegalBasis basis;
    basis.kind = kinds_.KindOf(text.FoldedSlice(c.group("kind")))
                     .value_or(std::string(text.Slice(c.group("kind"))));
    if (c.has("number")) basis.number = WithoutSpaces(text.Slice(c.group("number")));
    if (c.has("year")) {
      basis.date = IsoDate(text.FoldedSlice(c.group("day")), text.FoldedSlice(c.group("month")),
                           text.FoldedSlice(c.group("year")));
    }
    RuleMatch issuer;
    Span span = c.span;
    if (issuer_->MatchAt(text, c.folded_end, text.FoldedByteOf(line.end), &issuer) &&
        issuer.has("issuer")) {
      basis.issuer = std::string(text.Slice(issuer.group("issuer")));
      span.end = issuer.group("issuer").end;
    }
    std::string key = basis.kind + "|";
    key += basis.number ? *basis.number : std::string(text.FoldedSlice(c.group("name")));
    if (!basis.number) key += "|" + basis.date.value_or("");
    if (!seen->insert(key).second) return;
    basis.prov = Provenance{span, rule.id()};
    out->legal_bases.push_back(std::move(basis));
  }

  DocumentKinds kinds_;
  const Rule* paragraph_;
  const Rule* citation_;
  const Rule* law_;
  const Rule* issuer_;
};

}  // namespace

Status MakeLegalBasesExtractor(const Resources& resources, std::unique_ptr<Extractor>* out) {
  for (const char* id :
       {"basis.paragraph", "basis.citation", "basis.law_by_name", "basis.issuer"}) {
    if (resources.rules.Find(id) == nullptr) {
      return Status::InvalidInput(std::string("the legal_bases extractor needs rule '") + id +
                                  "' (patterns/legal_bases.toml)");
    }
  }
  DocumentKinds kinds;
  Status status = kinds.Load(resources.data_dir / "schemas" / "document_kinds.tsv");
  if (!status.ok()) return status;
  *out = std::make_unique<LegalBasesExtractor>(resources, std::move(kinds));
  return Status::Ok();
}

}  // namespace ntmx
