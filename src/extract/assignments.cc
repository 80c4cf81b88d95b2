// Assignments: see assignments.h.
#include "extract/assignments.h"

#include "rules/rule_binding.h"

#include <algorithm>
#include <map>

#include <re2/re2.h>

#include "criteria/catalogue.h"
#include "extract/criterion_refs.h"
#include "text/fold.h"
#include "text/strings.h"
#include "text/utf8.h"

namespace ntmx {
namespace {

[[maybe_unused]] bool StartsWith(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}

// Splits a piece further on " và " where a new unit starts after it (a word of
// kind `unit_word` in schemas/units.tsv: "Công an xã và Ban Chỉ huy Quân sự xã").
std::vector<std::string> SplitOnAnd(const std::string& piece, const UnitRegistry& registry) {
  std::vector<std::string> out;
  std::string rest = piece;
  for (;;) {
    const std::string folded = Fold(rest);
    size_t cut = std::string::npos;
    for (size_t at = folded.find(" va "); at != std::string::npos;
         at = folded.find(" va ", at + 1)) {
      if (registry.StartsUnitName(std::string_view(folded).substr(at + 4))) {
        cut = at;
        break;
      }
    }
    if (cut == std::string::npos) break;
    // Folding is one byte per code point for these ASCII words, but the text as
    // written may be longer: find the same cut by counting code points.
    size_t cps = 0, byte = 0;
    for (size_t i = 0; i < folded.size() && i < cut; ++i)
      cps += (static_cast<unsigned char>(folded[i]) & 0xC0) != 0x80;
    while (byte < rest.size() && cps > 0) {
      ++byte;
      while (byte < rest.size() && (static_cast<unsigned char>(rest[byte]) & 0xC0) == 0x80) ++byte;
      --cps;
    }
    out.push_back(rest.substr(0, byte));
    rest = byte + 4 <= rest.size() ? rest.substr(byte + 4) : std::string();
  }
  if (!rest.empty()) out.push_back(rest);
  return out;
}

// SplitOnAnd, unless the whole piece is one known unit whose name has a "và" in
// it ("Văn phòng HĐND và UBND").
std::vector<std::string> SplitOnAndUnlessKnown(const std::string& piece,
                                               const UnitRegistry& registry,
                                               std::string_view commune) {
  const CanonicalUnit whole = registry.Canonical(piece, commune);
  if (whole.known && !whole.by_prefix) return {piece};
  return SplitOnAnd(piece, registry);
}

// "Văn phòng Điều phối NTM huyện – Phòng Nông nghiệp & Môi trường": two units
// joined by a dash. A piece the registry does not know is cut at a dash when
// both sides are known (a dash inside a name, "Tài chính - Kế hoạch", stays).
std::vector<std::string> SplitOnDash(const std::vector<std::string>& pieces,
                                     const UnitRegistry& registry, std::string_view commune) {
  std::vector<std::string> out;
  for (const std::string& p : pieces) {
    bool split = false;
    const CanonicalUnit whole = registry.Canonical(p, commune);
    if (!whole.known || whole.by_prefix) {
      for (std::string_view dash : {" – ", " - "}) {
        for (size_t at = p.find(dash); at != std::string::npos && !split;
             at = p.find(dash, at + 1)) {
          const std::string left = p.substr(0, at), right = p.substr(at + dash.size());
          const CanonicalUnit l = registry.Canonical(left, commune),
                              r = registry.Canonical(right, commune);
          if (l.known && !l.by_prefix && r.known && !r.by_prefix) {
            out.push_back(left);
            out.push_back(right);
            split = true;
          }
        }
      }
    }
    if (!split) out.push_back(p);
  }
  return out;
}

}  // namespace

const RuleField<AssignmentReader> AssignmentReader::kRules[] = {
    {&AssignmentReader::organisation_part_, "tasks.organisation_part"},
    {&AssignmentReader::unit_heading_, "tasks.unit_heading"},
    {&AssignmentReader::partners_, "tasks.partners"},
    {&AssignmentReader::clause_verb_, "tasks.clause_verb"},
    {&AssignmentReader::village_column_, "tasks.village_column"},
    {&AssignmentReader::village_prefix_, "tasks.village_prefix"},
    {&AssignmentReader::criterion_cell_, "tasks.criterion_cell"},
    {&AssignmentReader::lead_column_, "tasks.column.lead"},
    {&AssignmentReader::support_column_, "tasks.column.support"},
    {&AssignmentReader::subject_column_, "tasks.column.subject"},
    {&AssignmentReader::when_column_, "tasks.column.when"},
    {&AssignmentReader::work_column_, "tasks.column.work"},
    {&AssignmentReader::completion_column_, "tasks.column.completion"},
};

AssignmentReader::AssignmentReader(const Resources& resources)
    : resources_(resources), registry_(*resources.units) {}

Status AssignmentReader::Bind(const RuleSet& rules) {
  if (Status s = BindRules<AssignmentReader>(rules, kRules, "the assignment reader", this);
      !s.ok()) {
    return s;
  }
  // A unit heading names its units in at most this many characters before the
  // colon; a longer run is a sentence, not a list of units. The bound is the rule's
  // (patterns/tasks.toml, params.units_max_chars) but checked here: as a counted
  // repeat in the pattern ("[^:]{3,160}?") it made RE2's program some 1,500
  // instructions, too big for its fast capture engine, and that one rule cost half
  // the tasks stage. The unit part never grows when the rule's optional prefixes are
  // left out, so rejecting a too-long match is what the bound in the pattern did.
  if (auto bound = unit_heading_->param("units_max_chars"); bound && *bound > 0)
    max_unit_heading_chars_ = static_cast<size_t>(*bound);
  return Status::Ok();
}

std::vector<std::string> AssignmentReader::Units(const DocumentView& doc, Span span,
                                                 std::string_view commune, bool keep_unknown,
                                                 Diagnostics* diagnostics, bool exact) const {
  // A footnote mark inside the list: read the footnote's list instead.
  for (const Footnote& note : doc.tree.footnotes) {
    for (const Span& a : note.anchors) {
      if (a.begin >= span.begin && a.end <= span.end + 2) {
        std::string_view body = doc.text.Slice(note.text);
        const size_t colon = body.find(':');
        if (colon != std::string_view::npos) body = body.substr(colon + 1);
        std::vector<std::string> out;
        for (const std::string& piece : registry_.SplitUnits(body)) {
          for (const std::string& p : SplitOnAndUnlessKnown(piece, registry_, commune)) {
            CanonicalUnit u = registry_.Canonical(p, commune);
            if (!u.known && diagnostics)
              diagnostics->Info("units", "unit not in schemas/units.tsv: " + p);
            if (u.known || keep_unknown) out.push_back(u.name);
          }
        }
        return out;
      }
    }
  }
  std::string written(doc.text.Slice(span));
  // Strip footnote marks and trailing dots.
  for (std::string_view mark : {"¹", "²", "³", "⁴", "⁵"}) {
    for (size_t at = written.find(mark); at != std::string::npos; at = written.find(mark))
      written.erase(at, mark.size());
  }
  std::vector<std::string> out;
  // A known name followed by other words ("các tổ chức chính trị - xã hội đẩy mạnh
  // tuyên truyền, vận động hội viên, …") ends the list: what follows its comma is the
  // sentence, unless it opens with a unit word.
  bool sentence = false;
  for (const std::string& piece : registry_.SplitUnits(written)) {
    for (const std::string& p :
         SplitOnDash(SplitOnAndUnlessKnown(piece, registry_, commune), registry_, commune)) {
      CanonicalUnit u = registry_.Canonical(p, commune);
      if (exact && u.by_prefix) continue;
      if (sentence && !u.known && !registry_.StartsUnitName(Fold(p))) continue;
      if (u.by_prefix) sentence = true;
      if (!u.known && diagnostics)
        diagnostics->Info("units", "unit not in schemas/units.tsv: " + p);
      if (u.known || keep_unknown) {
        if (std::find(out.begin(), out.end(), u.name) == out.end()) out.push_back(u.name);
      }
    }
  }
  return out;
}

std::optional<ClauseUnits> AssignmentReader::ClauseLead(const DocumentView& doc, Span clause,
                                                        std::string_view commune) const {
  if (clause_verb_ == nullptr || clause.end <= clause.begin) return std::nullopt;
  const IndexedText& text = doc.text;
  const std::string_view folded = text.FoldedSlice(clause);
  const size_t base = text.FoldedByteOf(clause.begin);
  size_t skip = 0;
  while (skip < folded.size() &&
         std::string_view(" *-+").find(folded[skip]) != std::string_view::npos)
    ++skip;
  for (std::string_view opener : {"de nghi ", "giao ", "doi voi "}) {
    if (StartsWith(folded.substr(skip), opener)) {
      skip += opener.size();
      break;
    }
  }
  const uint32_t begin = text.SpanOfFolded(base + skip, base + skip).begin;
  // A unit's name is short; the verb that ends it is one of the first few.
  constexpr uint32_t kLongestName = 120;
  constexpr int kTries = 5;
  int tries = 0;
  const Span window{begin, std::min(clause.end, begin + kLongestName + 24)};
  for (const RuleMatch& verb : clause_verb_->FindAll(text, window)) {
    if (++tries > kTries || verb.span.begin - begin > kLongestName) break;
    const Span unit{begin, verb.span.begin};
    if (unit.end < unit.begin + 3) continue;
    std::vector<std::string> exact = Units(doc, unit, commune, false, nullptr, true);
    if (exact.empty()) continue;
    if (exact.size() == Units(doc, unit, commune, true, nullptr).size()) {
      return ClauseUnits{std::move(exact), unit, verb.span};
    }
  }
  return std::nullopt;
}

std::optional<std::string> AssignmentReader::VillageName(const IndexedText& text, Span cell) const {
  std::string name = TrimPhrase(text.Slice(cell), " \t*");
  // The groups view `folded`, which must outlive them.
  const std::string folded = FoldKey(name);
  std::map<std::string, std::string_view, std::less<>> g;
  if (village_prefix_ != nullptr && village_prefix_->MatchFolded(folded, &g)) {
    // The type word is as many words long folded as written.
    size_t words = 1;
    for (char c : g["prefix"]) words += c == ' ';
    size_t at = 0;
    for (size_t w = 0; w < words && at != std::string::npos; ++w) {
      at = name.find(' ', at);
      if (at != std::string::npos) ++at;
    }
    if (at != std::string::npos) name = TrimPhrase(name.substr(at), " \t");
  }
  if (name.empty() || name.find_first_not_of("-–. ") == std::string::npos) return std::nullopt;
  return name;
}

std::optional<UnitSection> AssignmentReader::RunningSection(const DocumentView& doc, int node,
                                                            Span units_span,
                                                            std::string_view commune) const {
  // A heading that is a list of known units is a heading, not running text.
  const std::vector<std::string> exact = Units(doc, units_span, commune, false, nullptr, true);
  if (!exact.empty() && exact.size() == Units(doc, units_span, commune, true, nullptr).size())
    return std::nullopt;
  std::optional<ClauseUnits> lead = ClauseLead(doc, units_span, commune);
  if (!lead) return std::nullopt;
  const DocumentTree& tree = doc.tree;
  UnitSection s;
  s.node = node;
  s.units = std::move(lead->units);
  s.rest = Span{lead->verb.begin, units_span.end};
  s.paragraphs.push_back(s.rest);
  for (size_t d = static_cast<size_t>(node) + 1;
       d < tree.nodes.size() && tree.nodes[d].line.begin < tree.nodes[node].span.end; ++d) {
    s.paragraphs.push_back(tree.nodes[d].line);
  }
  return s;
}

std::vector<std::string> AssignmentReader::WholeUnitList(const DocumentView& doc, Span span,
                                                         std::string_view commune,
                                                         bool allow_unknown) const {
  std::vector<std::string> out;
  for (const std::string& piece : registry_.SplitUnits(doc.text.Slice(span))) {
    for (const std::string& p :
         SplitOnDash(SplitOnAndUnlessKnown(piece, registry_, commune), registry_, commune)) {
      const CanonicalUnit u = registry_.Canonical(p, commune);
      if (u.by_prefix) return {};
      if (!u.known) {
        const std::string folded = Fold(p);
        if (!allow_unknown || !registry_.StartsUnitName(folded) ||
            std::count(folded.begin(), folded.end(), ' ') > 9) {
          return {};
        }
      }
      if (std::find(out.begin(), out.end(), u.name) == out.end()) out.push_back(u.name);
    }
  }
  return out;
}

std::vector<UnitSection> AssignmentReader::UnitSections(const DocumentView& doc,
                                                        std::string_view commune,
                                                        Diagnostics* diagnostics) const {
  std::vector<UnitSection> out;
  const DocumentTree& tree = doc.tree;
  for (size_t p = 1; p < tree.nodes.size(); ++p) {
    const Node& part = tree.nodes[p];
    if (part.kind != NodeKind::kPart) continue;
    RuleMatch m;
    if (!organisation_part_->FindIn(doc.text, part.line, &m)) continue;
    for (int child : part.children) {
      const Node& section = tree.nodes[child];
      if (section.kind != NodeKind::kSection && section.kind != NodeKind::kListItem &&
          section.kind != NodeKind::kLettered) {
        continue;
      }
      if (!unit_heading_->FindIn(doc.text, section.line, &m) || !m.has("units")) continue;
      Span units_span = m.group("units");
      const std::string_view written = doc.text.Slice(units_span);
      if (!(m.has("rest") && m.group("rest").end > m.group("rest").begin) &&
          written.find('(') == std::string_view::npos) {
        if (std::optional<UnitSection> running = RunningSection(doc, child, units_span, commune)) {
          out.push_back(std::move(*running));
          continue;
        }
      }
      if (CountCodePoints(doc.text.FoldedSlice(units_span)) > max_unit_heading_chars_) continue;
      // Units named in a parenthesis: "Các tổ chức tín dụng (Ngân hàng …, …)".
      UnitSection s;
      s.node = child;
      const size_t open = written.find('(');
      const size_t close = written.rfind(')');
      if (open != std::string_view::npos && close != std::string_view::npos && close > open) {
        const uint32_t inner_begin = doc.text
                                         .SpanOfBytes(doc.text.ByteOf(units_span.begin) + open + 1,
                                                      doc.text.ByteOf(units_span.begin) + open + 1)
                                         .begin;
        const uint32_t inner_end = doc.text
                                       .SpanOfBytes(doc.text.ByteOf(units_span.begin) + close,
                                                    doc.text.ByteOf(units_span.begin) + close)
                                       .begin;
        s.units = Units(doc, Span{inner_begin, inner_end}, commune, false, nullptr);
      }
      const bool has_rest = m.has("rest") && m.group("rest").end > m.group("rest").begin;
      if (s.units.empty()) s.units = Units(doc, units_span, commune, false, nullptr);
      if (s.units.empty()) continue;
      // Unknown pieces of a heading that names known units are units too.
      std::vector<std::string> all = Units(doc, units_span, commune, true, diagnostics);
      if (open == std::string_view::npos) s.units = all;
      if (has_rest) {
        s.rest = m.group("rest");
        s.paragraphs.push_back(s.rest);
      }
      for (size_t d = child + 1;
           d < tree.nodes.size() && tree.nodes[d].line.begin < section.span.end; ++d) {
        s.paragraphs.push_back(tree.nodes[d].line);
      }
      out.push_back(std::move(s));
    }
  }
  return out;
}

std::vector<std::string> AssignmentReader::Partners(const DocumentView& doc, Span span,
                                                    std::string_view commune,
                                                    bool in_parentheses) const {
  std::vector<std::string> out;
  const std::string_view folded = doc.text.FoldedSlice(span);
  const size_t base = doc.text.FoldedByteOf(span.begin);
  // Regions inside / outside parentheses.
  std::vector<std::pair<size_t, size_t>> regions;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i <= folded.size(); ++i) {
    const bool end = i == folded.size();
    const char c = end ? '\0' : folded[i];
    if (end || (c == '(' && depth == 0) || (c == ')' && depth == 1)) {
      const bool inside = depth > 0;
      if (inside == in_parentheses && i > start) regions.push_back({start, i});
      if (!end) depth += c == '(' ? 1 : -1;
      start = i + 1;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')' && depth > 0) {
      --depth;
    }
  }
  for (const auto& [b, e] : regions) {
    for (const RuleMatch& m :
         partners_->FindAll(doc.text, doc.text.SpanOfFolded(base + b, base + e))) {
      for (const std::string& u : Units(doc, m.group("units"), commune, false, nullptr, true)) {
        if (std::find(out.begin(), out.end(), u) == out.end()) out.push_back(u);
      }
    }
  }
  return out;
}

std::vector<AssignmentRow> AssignmentReader::TableRows(const DocumentView& doc,
                                                       std::string_view commune,
                                                       std::string_view set,
                                                       Diagnostics* diagnostics) const {
  std::vector<AssignmentRow> out;
  const IndexedText& text = doc.text;
  struct Cell {
    Span span;
    std::string folded;
  };
  auto cells_of = [&](Span line) {
    std::vector<Cell> cells;
    const std::string_view written = text.Slice(line);
    const char sep = written.find('|') != std::string_view::npos ? '|' : '\t';
    const size_t base = text.ByteOf(line.begin);
    size_t start = 0;
    for (size_t i = 0; i <= written.size(); ++i) {
      if (i < written.size() && written[i] != sep) continue;
      const Span span = text.SpanOfBytes(base + start, base + i);
      cells.push_back(Cell{span, FoldKey(text.Slice(span))});
      start = i + 1;
    }
    if (sep == '|') {
      // "| a | b |": the edges are not cells.
      if (!cells.empty() && cells.front().folded.empty()) cells.erase(cells.begin());
      if (!cells.empty() && cells.back().folded.empty()) cells.pop_back();
    }
    return cells;
  };
  int lead_col = -1, support_col = -1, criterion_col = -1, when_col = -1, village_col = -1;
  bool work = false, completion = false;
  int previous = -1;
  for (size_t id = 1; id < doc.tree.nodes.size(); ++id) {
    const Node& node = doc.tree.nodes[id];
    if (node.kind != NodeKind::kTableRow) {
      lead_col = -1;
      continue;
    }
    if (previous != static_cast<int>(id) - 1) lead_col = -1;  // a new table
    previous = static_cast<int>(id);
    const std::vector<Cell> cells = cells_of(node.line);
    // A header row names the columns.
    int l = -1, s = -1, c = -1, w = -1, v = -1;
    auto names = [](const Rule* column, const std::string& f) {
      return column->MatchFolded(f, nullptr);
    };
    for (size_t i = 0; i < cells.size(); ++i) {
      const std::string& f = cells[i].folded;
      if (f.size() > 60) continue;
      if (v < 0 && village_column_ != nullptr && village_column_->MatchFolded(f, nullptr)) {
        v = static_cast<int>(i);
        continue;
      }
      if (l < 0 && names(lead_column_, f)) {
        l = static_cast<int>(i);
      } else if (s < 0 && names(support_column_, f)) {
        s = static_cast<int>(i);
      } else if (c < 0 && names(subject_column_, f)) {
        c = static_cast<int>(i);
      } else if (w < 0 && names(when_column_, f)) {
        w = static_cast<int>(i);
      }
    }
    if (l >= 0 && c >= 0) {
      lead_col = l, support_col = s, criterion_col = c, when_col = w, village_col = v;
      // Work: a time column, or a content column beside the criterion column
      // (a lone "Nội dung" column that names the criteria is the criterion column).
      work = w >= 0;
      for (size_t i = 0; i < cells.size(); ++i) {
        work |= static_cast<int>(i) != c && cells[i].folded.size() <= 60 &&
                names(work_column_, cells[i].folded);
      }
      completion = w >= 0 && names(completion_column_, cells[w].folded);
      continue;
    }
    if (lead_col < 0 || static_cast<int>(cells.size()) <= lead_col) continue;
    if (std::all_of(cells.begin(), cells.end(), [](const Cell& cell) {
          return cell.folded.find_first_not_of("-: ") == std::string::npos;
        })) {
      continue;  // "|---|---|"
    }
    AssignmentRow row;
    row.span = node.line;
    row.work = work;
    row.when_is_completion = completion;
    if (village_col >= 0 && village_col < static_cast<int>(cells.size())) {
      row.place = VillageName(text, cells[village_col].span);
    }
    if (criterion_col >= 0 && criterion_col < static_cast<int>(cells.size())) {
      const Cell& cell = cells[criterion_col];
      row.title = std::string(text.Slice(cell.span));
      // "Số 2 - Giao thông" in a criterion column: the number, in the plan's own set.
      std::map<std::string, std::string_view, std::less<>> number;
      if (criterion_cell_ != nullptr && criterion_cell_->MatchFolded(cell.folded, &number)) {
        row.criterion = std::stoi(std::string(number["number"]));
      }
      const std::vector<CriterionRef> refs =
          row.criterion ? std::vector<CriterionRef>()
                        : FindCriterionRefs(cell.folded, *resources_.catalogue, set);
      for (const CriterionRef& r : refs) {
        if (!r.number) continue;
        row.criterion = r.number;
        row.indicator = r.indicator;
        break;
      }
      if (!row.criterion) row.criterion = HeadingCriterion(cell.folded, *resources_.catalogue, set);
    }
    row.lead = Units(doc, cells[lead_col].span, commune, true, diagnostics);
    if (support_col >= 0 && support_col < static_cast<int>(cells.size())) {
      row.support = Units(doc, cells[support_col].span, commune, true, diagnostics);
    }
    if (when_col >= 0 && when_col < static_cast<int>(cells.size())) {
      row.when = std::string(text.Slice(cells[when_col].span));
    }
    for (int a : doc.tree.PathTo(static_cast<int>(id))) {
      RuleMatch m;
      if (doc.tree.nodes[a].kind == NodeKind::kPart &&
          organisation_part_->FindIn(doc.text, doc.tree.nodes[a].line, &m))
        row.in_organisation_part = true;
    }
    if (!row.lead.empty() || !row.support.empty()) out.push_back(std::move(row));
  }
  return out;
}

std::string PlanCommune(const Extraction& out) {
  return out.plan ? out.plan->commune.value_or("") : std::string();
}

std::string PlanSubject(const Extraction& out) {
  return out.plan ? out.plan->subject : std::string();
}

std::string PlanCriteriaSet(const Extraction& out) {
  return out.plan ? out.plan->numbered_set : std::string("xa_ntm");
}

}  // namespace ntmx
