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
#include <map>

#include "extract/dates.h"
#include "extract/document_kinds.h"
#include "extract/extractor.h"
#include "places/place_resolver.h"
#include "places/place_schemes.h"
#include "text/case.h"
#include "text/fold.h"
#include "text/strings.h"
#include "util/tsv.h"

namespace ntmx {
namespace {

class HeaderExtractor : public Extractor {
 public:
  HeaderExtractor(const Resources& resources, DocumentKinds kinds,
                  std::map<std::string, std::string, std::less<>> positions,
                  std::map<std::string, std::string, std::less<>> levels)
      : resources_(resources),
        kinds_(std::move(kinds)),
        positions_(std::move(positions)),
        levels_(std::move(levels)),
        resolver_(*resources.gazetteer),
        number_(Rule("header.number")),
        place_date_(Rule("header.place_date")),
        title_year_(Rule("header.title_year")),
        issuer_line_(Rule("header.issuer_line")),
        issuer_level_line_(Rule("header.issuer_level_line")),
        issuer_enacts_(Rule("header.issuer_enacts")),
        place_mention_(Rule("header.place_mention")),
        signature_for_(Rule("header.signature_for")),
        signature_position_(Rule("header.signature_position")) {}

  static constexpr const char* kRules[] = {
      "header.number",        "header.place_date",        "header.title_year",
      "header.issuer_line",   "header.issuer_level_line", "header.issuer_enacts",
      "header.place_mention", "header.signature_for",     "header.signature_position"};

  std::string_view name() const override { return "header"; }

  void Extract(const DocumentView& doc, Extraction* out, Diagnostics* diagnostics) const override {
    DocumentFacts& facts = out->document;
    const IndexedText& text = doc.text;
    const DocumentTree& tree = doc.tree;
    RuleMatch m;

    // Number and symbol; then place and date — in the header, else the first lines.
    std::vector<Span> header = tree.header_lines;
    if (header.empty() && text.size() > 0)
      header.push_back(Span{0, std::min<uint32_t>(text.size(), 400)});
    Span number_span{0, 0};
    for (const Span& line : header) {
      if (!number_->FindIn(text, line, &m)) continue;
      number_span = m.span;
      facts.doc_symbol = WithoutSpaces(text.Slice(m.group("symbol")));
      if (m.has("serial")) facts.doc_number = WithoutSpaces(text.Slice(m.group("number")));
      facts.provenance.push_back({"doc_number", Provenance{m.span, number_->id()}});
      break;
    }
    if (!facts.doc_symbol.empty()) {
      facts.doc_type = facts.doc_symbol.substr(0, facts.doc_symbol.find('-'));
    } else if (tree.doc_type_line.end > tree.doc_type_line.begin) {
      facts.doc_type = kinds_.SymbolOf(text.FoldedSlice(tree.doc_type_line)).value_or("");
    }
    for (Span line : header) {
      // "Số: /KH-UBND Kon Plông, ngày …" on one line: the place starts after the symbol.
      if (number_span.end > line.begin && number_span.end <= line.end) line.begin = number_span.end;
      if (!place_date_->FindIn(text, line, &m)) continue;
      facts.issue_place = TrimPhrase(text.Slice(m.group("place")));
      facts.issue_date =
          IsoDate(text.FoldedSlice(m.group("day")), text.FoldedSlice(m.group("month")),
                  text.FoldedSlice(m.group("year")));
      facts.year = ParseSmallInt(text.FoldedSlice(m.group("year")));
      facts.provenance.push_back({"issue_date", Provenance{m.span, place_date_->id()}});
      break;
    }

    // Title, and the year it names.
    std::string title;
    for (const Span& line : tree.title_lines) {
      if (!title.empty()) title += ' ';
      title += TrimPhrase(text.Slice(line));
    }
    if (!title.empty()) facts.title = title;
    std::optional<int> title_year;
    for (const Span& line : tree.title_lines) {
      for (const RuleMatch& y : title_year_->FindAll(text, line)) {
        title_year = ParseSmallInt(text.FoldedSlice(y.group("year")));
      }
    }
    if (title_year) facts.year = title_year;

    ExtractIssuerAndLocality(doc, &facts, diagnostics);
    ExtractSigner(doc, &facts);
  }

 private:
  const ntmx::Rule* Rule(const char* id) const { return resources_.rules.Find(id); }

  std::string LevelOf(std::string_view level_word) const {
    auto it = levels_.find(FoldKey(level_word));
    return it == levels_.end() ? std::string() : it->second;
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
    const std::vector<Span>& header = doc.tree.header_lines;
    for (size_t i = 0; i < header.size(); ++i) {
      if (issuer_line_->FindIn(text, header[i], &m)) {
        return LevelName{LevelOf(text.FoldedSlice(m.group("level"))),
                         TrimPhrase(text.Slice(m.group("name")))};
      }
      if (i + 1 < header.size() && Fold(text.Slice(header[i])).find("uy ban nhan dan") == 0 &&
          issuer_level_line_->FindIn(text, header[i + 1], &m)) {
        return LevelName{LevelOf(text.FoldedSlice(m.group("level"))),
                         TrimPhrase(text.Slice(m.group("name")))};
      }
    }
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
    if (governed) {
      facts->locality = governed->locality;
      facts->locality_code = governed->code;
    } else if (issuer) {
      diagnostics->Warn("header", "the issuer's place \"" + issuer->name +
                                      "\" is not in the gazetteer or is ambiguous");
    }
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
  DocumentKinds kinds_;
  std::map<std::string, std::string, std::less<>> positions_;
  std::map<std::string, std::string, std::less<>> levels_;
  PlaceResolver resolver_;
  const ntmx::Rule* number_;
  const ntmx::Rule* place_date_;
  const ntmx::Rule* title_year_;
  const ntmx::Rule* issuer_line_;
  const ntmx::Rule* issuer_level_line_;
  const ntmx::Rule* issuer_enacts_;
  const ntmx::Rule* place_mention_;
  const ntmx::Rule* signature_for_;
  const ntmx::Rule* signature_position_;
};

Status LoadMap(const std::filesystem::path& path,
               std::map<std::string, std::string, std::less<>>* out) {
  std::vector<TsvRow> rows;
  Status status = ReadTsv(path, 2, &rows);
  if (!status.ok()) return status;
  for (const TsvRow& row : rows) (*out)[FoldKey(row.fields[0])] = row.fields[1];
  return Status::Ok();
}

}  // namespace

Status MakeHeaderExtractor(const Resources& resources, std::unique_ptr<Extractor>* out) {
  for (const char* id : HeaderExtractor::kRules) {
    if (resources.rules.Find(id) == nullptr) {
      return Status::InvalidInput(std::string("the header extractor needs rule '") + id +
                                  "' (patterns/header.toml)");
    }
  }
  if (!resources.gazetteer) return Status::InvalidInput("the header extractor needs the gazetteer");
  DocumentKinds kinds;
  Status status = kinds.Load(resources.data_dir / "schemas" / "document_kinds.tsv");
  std::map<std::string, std::string, std::less<>> positions, levels;
  if (status.ok()) status = LoadMap(resources.data_dir / "schemas" / "positions.tsv", &positions);
  if (status.ok()) status = LoadMap(resources.data_dir / "schemas" / "place_levels.tsv", &levels);
  if (!status.ok()) return status;
  *out = std::make_unique<HeaderExtractor>(resources, std::move(kinds), std::move(positions),
                                           std::move(levels));
  return Status::Ok();
}

}  // namespace ntmx
