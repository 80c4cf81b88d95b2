// HeaderExtractor ("header"): the `document` object of the contract.
//
// Reads the header lines (number and symbol, place and date), the title, the
// preamble and closing sentence (who issues the plan), and the signature block.
// Place names are resolved through the gazetteer, so "Hón Quản" as written in the
// date line becomes the district Hớn Quản in `issuer` and `locality`, and a
// commune plan's district and province come from the gazetteer when the text
// does not name them. A commune name that is not unique in the country resolves
// only through a district or province the document names; otherwise the level
// stays null rather than guessed. Names resolve in the scheme of the document's
// date (places/place_schemes.h): a plan of 2026 names a 2025 commune, which has no
// district. The codes it resolved to go on to the "places" extractor.
//
// The header comes in many layouts (two spaced columns, columns one after the
// other, interleaved PDF lines, a pipe table, one cell per line under a web page's
// metadata block), so each fact is looked for line by line and then over pairs of
// neighbouring lines ("Số:" / "15/2023/QĐ-UBND", "ngày 06" / "tháng 02 năm 2024").
// The issuer is the most specific body the header names: a parent body written
// above it ("UBND HUYỆN X" over "UBND XÃ Y") is not the issuer. A letter's "V/v"
// line is its title, and its type is CV when its symbol names only its issuer.
#include <algorithm>
#include <map>

#include <unicode/uchar.h>

#include "extract/dates.h"
#include "extract/extractor.h"
#include "extract/plan_context.h"
#include "knowledge/document_kinds.h"
#include "places/place_resolver.h"
#include "places/place_schemes.h"
#include "rules/rule_binding.h"
#include "text/case.h"
#include "text/fold.h"
#include "text/strings.h"
#include "text/utf8.h"
#include "util/tsv.h"

namespace ntmx {
namespace {

class HeaderExtractor : public Extractor {
 public:
  explicit HeaderExtractor(const Resources& resources)
      : resources_(resources),
        kinds_(*resources.document_kinds),
        positions_(*resources.positions),
        type_words_(resources.gazetteer->type_words()),
        resolver_(*resources.gazetteer) {}

  // Its rules, one table (defined below the class), bound by its factory.
  static const RuleField<HeaderExtractor> kRules[];

  std::string_view name() const override { return "header"; }

  void Extract(const DocumentView& doc, Extraction* out, Diagnostics* diagnostics) const override {
    DocumentFacts& facts = out->document;
    const IndexedText& text = doc.text;
    const DocumentTree& tree = doc.tree;
    RuleMatch m;

    // Number and symbol; then place and date — in the header, else the first lines.
    // Without header lines, the number must open a line: a text without a header
    // (a news item, a copied paragraph) cites other documents' numbers in its
    // sentences ("… ký ban hành Quyết định số 12/QĐ-SNN"), and none is its own.
    std::vector<Span> header = tree.header_lines;
    const bool headerless = header.empty();
    if (headerless && text.size() > 0)
      header.push_back(Span{0, std::min<uint32_t>(text.size(), 400)});
    const std::vector<Span> candidates = LinesThenPairs(header);
    Span number_span{0, 0};
    const ntmx::Rule* number_rule = nullptr;
    for (const ntmx::Rule* rule : {headerless ? number_opening_ : number_, meta_number_}) {
      for (const Span& span : candidates) {
        if (!rule->FindIn(text, span, &m)) continue;
        number_rule = rule;
        break;
      }
      if (number_rule != nullptr) break;
    }
    if (number_rule != nullptr) {
      number_span = m.span;
      facts.doc_symbol = WithoutSpaces(text.Slice(m.group("symbol")));
      if (m.has("serial")) facts.doc_number = WithoutSpaces(text.Slice(m.group("number")));
      facts.provenance.push_back({"doc_number", Provenance{m.span, number_rule->id()}});
    }
    const std::optional<std::vector<Span>> subject = FindSubjectLine(text, header);
    facts.doc_type = DocType(doc, facts.doc_symbol, subject.has_value(), header);
    ExtractPlaceAndDate(text, candidates, number_span, &facts);

    // Title, and the year it names: the lines under the kind word, or a letter's
    // "V/v …" subject.
    std::vector<Span> title_spans = tree.title_lines;
    if (subject && (facts.doc_type == "CV" || title_spans.empty())) title_spans = *subject;
    std::string title;
    for (const Span& line : title_spans) {
      const std::string part = TrimPhrase(text.Slice(line));
      if (part.empty()) continue;
      if (!title.empty()) title += ' ';
      title += part;
    }
    if (!title.empty()) facts.title = title;
    std::optional<int> title_year;
    for (const Span& line : title_spans) {
      for (const RuleMatch& y : title_year_->FindAll(text, line)) {
        if (!y.has("range")) title_year = ParseSmallInt(text.FoldedSlice(y.group("year")));
      }
    }
    if (title_year) facts.year = title_year;

    ExtractIssuerAndLocality(doc, &facts, diagnostics);
    ExtractSigner(doc, &facts);
    out->headerless = IsHeaderless(doc, facts, *kind_opening_);
  }

 private:
  // Each line, then each pair of neighbouring lines: a table cell or a PDF line
  // wraps "Số:" / "15/2023/QĐ-UBND" and "…, ngày 06" / "tháng 02 năm 2024".
  static std::vector<Span> LinesThenPairs(const std::vector<Span>& lines) {
    std::vector<Span> out = lines;
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
      if (lines[i + 1].begin > lines[i].end) out.push_back(Span{lines[i].begin, lines[i + 1].end});
    }
    return out;
  }

  void ExtractPlaceAndDate(const IndexedText& text, const std::vector<Span>& candidates,
                           Span number_span, DocumentFacts* facts) const {
    RuleMatch m;
    for (Span line : candidates) {
      // "Số: /KH-UBND Kon Plông, ngày …" on one line: the place starts after the symbol.
      if (number_span.end > line.begin && number_span.end <= line.end) line.begin = number_span.end;
      if (!place_date_->FindIn(text, line, &m)) continue;
      facts->issue_place = TrimPhrase(text.Slice(m.group("place")));
      facts->issue_date =
          IsoDate(text.FoldedSlice(m.group("day")), text.FoldedSlice(m.group("month")),
                  text.FoldedSlice(m.group("year")));
      facts->year = ParseSmallInt(text.FoldedSlice(m.group("year")));
      facts->provenance.push_back({"issue_date", Provenance{m.span, place_date_->id()}});
      return;
    }
    // A web copy whose own date line is missing: its metadata block's date.
    for (const Span& line : candidates) {
      if (!meta_date_->FindIn(text, line, &m)) continue;
      facts->issue_date =
          IsoDate(text.FoldedSlice(m.group("day")), text.FoldedSlice(m.group("month")),
                  text.FoldedSlice(m.group("year")));
      facts->year = ParseSmallInt(text.FoldedSlice(m.group("year")));
      facts->provenance.push_back({"issue_date", Provenance{m.span, meta_date_->id()}});
      return;
    }
  }

  // A letter's "V/v …" line and the lines it wraps onto (they start in lower
  // case), each cut at the column break; nullopt when the header has none.
  std::optional<std::vector<Span>> FindSubjectLine(const IndexedText& text,
                                                   const std::vector<Span>& header) const {
    RuleMatch m;
    for (size_t i = 0; i < header.size(); ++i) {
      if (!subject_line_->FindIn(text, header[i], &m)) continue;
      std::vector<Span> spans = {m.group("subject")};
      for (size_t j = i + 1; j < header.size() && j <= i + 2; ++j) {
        const Span cell = FirstCell(text, header[j]);
        const std::string_view words = text.Slice(cell);
        size_t pos = 0;
        if (words.empty() || !u_islower(static_cast<UChar32>(DecodeUtf8(words, &pos)))) break;
        if (place_date_->FindIn(text, header[j], &m)) break;
        spans.push_back(cell);
      }
      return spans;
    }
    return std::nullopt;
  }

  // The first cell of a line: up to a tab, a '|' or a run of three spaces.
  static Span FirstCell(const IndexedText& text, Span line) {
    const std::string_view s = text.Slice(line);
    size_t begin = s.find_first_not_of(" |*");
    if (begin == std::string_view::npos) return Span{line.end, line.end};
    size_t end = s.size();
    for (const std::string_view stop : {"\t", "|", "   "}) end = std::min(end, s.find(stop, begin));
    const auto cps = [&](size_t bytes) {
      return static_cast<uint32_t>(CountCodePoints(s.substr(0, bytes)));
    };
    return Span{line.begin + cps(begin), line.begin + cps(end)};
  }

  // The document's type: the symbol's first part when it is a kind ("KH-UBND");
  // a letter whose symbol names only its issuer ("UBND-KT" under a "V/v" line)
  // is a công văn; else the kind line ("KẾ HOẠCH"), else a web page's metadata.
  std::string DocType(const DocumentView& doc, const std::string& symbol, bool has_subject,
                      const std::vector<Span>& header) const {
    const std::string first = symbol.substr(0, symbol.find('-'));
    if (!first.empty() && kinds_.IsSymbol(first)) return first;
    const DocumentTree& tree = doc.tree;
    const bool kind_line = tree.doc_type_line.end > tree.doc_type_line.begin;
    if (!symbol.empty() && (has_subject || !kind_line)) return "CV";
    if (kind_line) {
      auto kind = kinds_.SymbolOf(doc.text.FoldedSlice(tree.doc_type_line));
      if (kind) return *kind;
    }
    RuleMatch m;
    for (const Span& line : header) {
      if (!meta_kind_->FindIn(doc.text, line, &m)) continue;
      auto kind = kinds_.SymbolOf(doc.text.FoldedSlice(m.group("kind")));
      if (kind) return *kind;
    }
    return first;
  }

  std::string LevelOf(std::string_view level_word) const {
    return type_words_.LevelsOf(level_word);
  }

  struct LevelName {
    std::string level;  // commune, district, province, or "district|province"
    std::string name;   // as written; may be empty
  };

  // Who issues the plan: the header's issuer lines, else the preamble's
  // "UBND huyện X ban hành", else the closing "… của UBND xã X./.".
  std::optional<LevelName> FindIssuer(const DocumentView& doc) const {
    const IndexedText& text = doc.text;
    RuleMatch m;
    // Every body the header names; a parent body written above the issuer
    // ("UBND HUYỆN X" over "UBND XÃ Y") is not the issuer, so the most specific wins.
    const std::vector<Span>& header = doc.tree.header_lines;
    std::optional<LevelName> named;
    auto offer = [&](const RuleMatch& match) {
      LevelName ln{LevelOf(text.FoldedSlice(match.group("level"))),
                   TrimPhrase(text.Slice(match.group("name")))};
      if (ln.name.empty()) return;
      if (!named || Rank(FirstLevel(ln.level)) < Rank(FirstLevel(named->level))) named = ln;
    };
    for (size_t i = 0; i < header.size(); ++i) {
      // Every body of the line: a table cell joins "UBND HUYỆN X<br>UBND XÃ Y".
      bool offered = false;
      for (Span rest = header[i]; rest.begin < rest.end && issuer_line_->FindIn(text, rest, &m);
           rest.begin = std::max<uint32_t>(m.group("name").end, rest.begin + 1)) {
        offer(m);
        offered = true;
      }
      if (offered) continue;
      if (!body_line_->MatchesIn(text, header[i])) continue;
      // "ỦY BAN NHÂN DÂN" with its level and place on one of the next lines
      // (the other column's lines may come between, as naive PDF text gives them).
      for (size_t j = i + 1; j < header.size() && j <= i + 3; ++j) {
        if (!issuer_level_line_->FindIn(text, header[j], &m)) continue;
        offer(m);
        break;
      }
    }
    if (named) return named;
    std::optional<LevelName> found;
    auto consider = [&](const Span& span) {
      if (!issuer_enacts_->FindIn(text, span, &m)) return false;
      const bool closing = m.has("level2");
      LevelName ln{LevelOf(text.FoldedSlice(m.group(closing ? "level2" : "level"))),
                   m.has(closing ? "name2" : "name")
                       ? TrimPhrase(text.Slice(m.group(closing ? "name2" : "name")))
                       : std::string()};
      if (!found || (found->name.empty() && !ln.name.empty() && ln.level == found->level))
        found = ln;
      return !found->name.empty();
    };
    for (const Span& line : doc.tree.preamble_lines) {
      if (consider(line)) return found;
    }
    const std::vector<Node>& nodes = doc.tree.nodes;
    for (size_t i = nodes.size(); i-- > 1;) {
      if (consider(nodes[i].line)) return found;
      if (nodes.size() - i > 8) break;
    }
    return found;
  }

  void ExtractIssuerAndLocality(const DocumentView& doc, DocumentFacts* facts,
                                Diagnostics* diagnostics) const {
    const IndexedText& text = doc.text;
    const PlaceContext context = resolver_.ContextOf(doc.places);
    // Places are named in the scheme of the document's date (places/place_schemes.h).
    const std::optional<PlaceScheme> scheme =
        resources_.place_schemes
            ? resources_.place_schemes->OfDocument(facts->issue_date, facts->year)
            : std::nullopt;

    std::optional<LevelName> issuer = FindIssuer(doc);
    if (issuer && issuer->name.empty() && facts->issue_place) issuer->name = *facts->issue_place;
    std::optional<ResolvedPlace> issuer_place;
    if (issuer && !issuer->name.empty()) {
      issuer_place = resolver_.Resolve(issuer->level, issuer->name, context, scheme);
      if (issuer_place) facts->issuer_code = issuer_place->code;
      facts->issuer = Place{issuer_place ? issuer_place->level : FirstLevel(issuer->level),
                            issuer_place ? issuer_place->name : WrittenPlaceName(issuer->name)};
    }

    // The place the plan governs: the most specific place its title names, else
    // the issuer's.
    std::optional<ResolvedPlace> governed;
    RuleMatch m;
    for (const Span& line : doc.tree.title_lines) {
      for (const RuleMatch& p : place_mention_->FindAll(text, line)) {
        const std::string level = LevelOf(text.FoldedSlice(p.group("level")));
        auto place =
            resolver_.Resolve(level, TrimPhrase(text.Slice(p.group("name"))), context, scheme);
        if (place && (!governed || Rank(place->level) < Rank(governed->level))) governed = place;
      }
    }
    if (!governed) governed = issuer_place;
    // A text with no header at all (a web page, an excerpt of a report): the one
    // place its first line is about ("Xã An Bình, huyện Hòa Vang về đích …").
    if (!governed && !issuer && doc.tree.title_lines.empty() &&
        doc.tree.doc_type_line.end <= doc.tree.doc_type_line.begin && facts->doc_symbol.empty()) {
      governed = OnlyPlaceOf(doc, FirstTextLine(doc.tree), context, scheme);
    }
    if (governed) {
      facts->locality = governed->locality;
      facts->locality_code = governed->code;
    } else if (issuer) {
      diagnostics->Warn("header", "the issuer's place \"" + issuer->name +
                                      "\" is not in the gazetteer or is ambiguous");
    }
  }

  // The place `line` is about when it names places of one chain only (a commune,
  // its district, its province) and each resolves; else nullopt. Two communes, or a
  // name the gazetteer does not know, and the line is about no one place.
  std::optional<ResolvedPlace> OnlyPlaceOf(const DocumentView& doc, Span line,
                                           const PlaceContext& context,
                                           std::optional<PlaceScheme> scheme) const {
    std::vector<ResolvedPlace> places;
    for (const RuleMatch& p : place_mention_->FindAll(doc.text, line)) {
      const std::string level = LevelOf(doc.text.FoldedSlice(p.group("level")));
      auto place =
          resolver_.Resolve(level, TrimPhrase(doc.text.Slice(p.group("name"))), context, scheme);
      if (!place) return std::nullopt;
      places.push_back(std::move(*place));
    }
    if (places.empty()) return std::nullopt;
    const ResolvedPlace* most = &places.front();
    for (const ResolvedPlace& p : places) {
      if (Rank(p.level) < Rank(most->level)) most = &p;
    }
    const Locality& chain = most->locality;
    for (const ResolvedPlace& p : places) {
      const std::optional<std::string>& on_chain = p.level == "commune"    ? chain.commune
                                                   : p.level == "district" ? chain.district
                                                                           : chain.province;
      if (on_chain != p.name) return std::nullopt;
    }
    return *most;
  }

  static int Rank(const std::string& level) {
    return level == "commune" ? 0 : level == "district" ? 1 : 2;
  }
  static std::string FirstLevel(const std::string& levels) {
    return levels.substr(0, levels.find('|'));
  }

  void ExtractSigner(const DocumentView& doc, DocumentFacts* facts) const {
    const IndexedText& text = doc.text;
    const std::vector<Span>& lines = doc.tree.signature_lines;
    if (lines.empty()) return;
    Signer signer;
    std::optional<std::string> on_behalf;  // TM.
    std::optional<std::string> deputy;     // KT.
    RuleMatch m;
    for (const Span& line : lines) {
      if (signature_for_->FindIn(text, line, &m)) {
        const std::string mode = ToUpper(text.Slice(m.group("mode")));
        std::string body = SentenceCase(TrimPhrase(text.Slice(m.group("body"))));
        const std::string marker = mode + ". ";
        if (mode == "TM") {
          on_behalf = marker + body;
        } else if (!deputy) {
          deputy = marker + body;
        }
      } else if (signature_position_->FindIn(text, line, &m)) {
        std::string key = FoldKey(text.Slice(m.group("position")));
        if (m.has("acting")) key = "quyen " + key;
        auto it = positions_.find(key);
        signer.position =
            it != positions_.end() ? it->second : SentenceCase(text.Slice(m.group("position")));
      } else if (&line == &lines.back()) {
        signer.name = TrimPhrase(text.Slice(line));
        // "LỘC VĂN DƯƠNG" is a name in capitals, not a different name.
        if (ToUpper(signer.name) == signer.name) signer.name = TitleCase(signer.name);
      }
    }
    if (signer.position.empty() && deputy) {
      // "KT. CHỦ TỊCH" without a position line below it.
      signer.position = deputy->substr(4);
    }
    signer.acting_for = on_behalf ? on_behalf : deputy;
    if (signer.name.empty() && signer.position.empty()) return;
    facts->signer = signer;
    facts->provenance.push_back(
        {"signer", Provenance{Span{lines.front().begin, lines.back().end}, "structure.signature"}});
  }

  const Resources& resources_;
  const DocumentKinds& kinds_;      // resources.document_kinds
  const FoldedWordMap& positions_;  // resources.positions
  const TypeWords& type_words_;     // the gazetteer's (place_levels.tsv)
  PlaceResolver resolver_;
  const ntmx::Rule* number_ = nullptr;
  const ntmx::Rule* number_opening_ = nullptr;
  const ntmx::Rule* place_date_ = nullptr;
  const ntmx::Rule* title_year_ = nullptr;
  const ntmx::Rule* issuer_line_ = nullptr;
  const ntmx::Rule* issuer_level_line_ = nullptr;
  const ntmx::Rule* issuer_enacts_ = nullptr;
  const ntmx::Rule* place_mention_ = nullptr;
  const ntmx::Rule* signature_for_ = nullptr;
  const ntmx::Rule* signature_position_ = nullptr;
  const ntmx::Rule* body_line_ = nullptr;
  const ntmx::Rule* subject_line_ = nullptr;
  const ntmx::Rule* meta_number_ = nullptr;
  const ntmx::Rule* meta_date_ = nullptr;
  const ntmx::Rule* meta_kind_ = nullptr;
  const ntmx::Rule* kind_opening_ = nullptr;
};

const RuleField<HeaderExtractor> HeaderExtractor::kRules[] = {
    {&HeaderExtractor::number_, "header.number"},
    {&HeaderExtractor::number_opening_, "header.number_opening"},
    {&HeaderExtractor::place_date_, "header.place_date"},
    {&HeaderExtractor::title_year_, "header.title_year"},
    {&HeaderExtractor::issuer_line_, "header.issuer_line"},
    {&HeaderExtractor::issuer_level_line_, "header.issuer_level_line"},
    {&HeaderExtractor::issuer_enacts_, "header.issuer_enacts"},
    {&HeaderExtractor::place_mention_, "header.place_mention"},
    {&HeaderExtractor::signature_for_, "header.signature_for"},
    {&HeaderExtractor::signature_position_, "header.signature_position"},
    {&HeaderExtractor::body_line_, "header.body_line"},
    {&HeaderExtractor::subject_line_, "header.subject_line"},
    {&HeaderExtractor::meta_number_, "header.meta_number"},
    {&HeaderExtractor::meta_date_, "header.meta_date"},
    {&HeaderExtractor::meta_kind_, "header.meta_kind"},
    {&HeaderExtractor::kind_opening_, "header.kind_opening"},
};

}  // namespace

Status MakeHeaderExtractor(const Resources& resources, std::unique_ptr<Extractor>* out) {
  if (!resources.gazetteer) return Status::InvalidInput("the header extractor needs the gazetteer");
  if (!resources.document_kinds || !resources.positions) {
    return Status::InvalidInput("the header extractor needs the document kinds and positions");
  }
  auto extractor = std::make_unique<HeaderExtractor>(resources);
  if (Status s = BindRules<HeaderExtractor>(resources.rules, HeaderExtractor::kRules,
                                            "the header extractor", extractor.get());
      !s.ok()) {
    return s;
  }
  *out = std::move(extractor);
  return Status::Ok();
}

}  // namespace ntmx
