// See structurer.h. The work is done in passes over a vector of lines, each pass
// one decision (classify, find the title, lift footnotes out, rejoin, find the
// closing, build the tree), so that each can be read and tested on its own.
#include "structure/structurer.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <map>

#include "rules/rule_batch.h"
#include "structure/closing_columns.h"
#include "text/fold.h"
#include "text/strings.h"
#include "text/utf8.h"

namespace ntmx {

namespace {

enum class LineKind {
  kParagraph,
  kDocType,
  kPreamble,
  kPart,
  kSection,
  kLettered,
  kBullet,
  kFootnote,
  kRecipients,
  kSignature,
  kTableRow,
  kTableRule,
};

struct Line {
  std::string text;
  std::string folded;
  bool blank_before = false;
  bool ends_sentence = false;  // the line ends with . ; : ! ? (structure.sentence_end)
  LineKind kind = LineKind::kParagraph;
  std::string marker;
};

bool IsHeadingKind(LineKind k) {
  return k == LineKind::kPart || k == LineKind::kSection || k == LineKind::kLettered;
}

char32_t FirstCodePoint(std::string_view s) {
  size_t pos = 0;
  return s.empty() ? 0 : DecodeUtf8(s, &pos);
}

// Whether the letters of `s` are all capitals (and there is at least one).
bool IsUpperCaseLine(std::string_view s) {
  size_t pos = 0;
  bool any = false;
  while (pos < s.size()) {
    const UChar32 c = static_cast<UChar32>(DecodeUtf8(s, &pos));
    if (u_islower(c)) return false;
    if (u_isupper(c)) any = true;
  }
  return any;
}

size_t WordCount(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// A signer's name: two to six words, each starting with a capital, no digits.
bool LooksLikePersonName(std::string_view s) {
  const size_t words = WordCount(s);
  if (words < 2 || words > 6) return false;
  bool word_start = true;
  size_t pos = 0;
  while (pos < s.size()) {
    const UChar32 c = static_cast<UChar32>(DecodeUtf8(s, &pos));
    if (u_isdigit(c) || c == ':' || c == ';' || c == ',' || c == '/') return false;
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (word_start && !u_isupper(c)) return false;
    word_start = false;
  }
  return true;
}

std::string ToUpperAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// Superscript digits of a footnote marker to plain digits ("¹²" -> "12").
std::string PlainFootnoteMarker(std::string_view marker) {
  static const std::map<char32_t, char> kDigits = {
      {U'⁰', '0'}, {U'¹', '1'}, {U'²', '2'}, {U'³', '3'}, {U'⁴', '4'},
      {U'⁵', '5'}, {U'⁶', '6'}, {U'⁷', '7'}, {U'⁸', '8'}, {U'⁹', '9'}};
  std::string out;
  size_t pos = 0;
  while (pos < marker.size()) {
    const char32_t cp = DecodeUtf8(marker, &pos);
    auto it = kDigits.find(cp);
    if (it != kDigits.end()) {
      out.push_back(it->second);
    } else if (cp >= '0' && cp <= '9') {
      out.push_back(static_cast<char>(cp));
    }
  }
  return out;
}

}  // namespace

struct Structurer::LineRules {
  const Rule* doc_type;
  const Rule* preamble;
  const Rule* basis_line;
  const Rule* part;
  const Rule* section;
  const Rule* lettered;
  const Rule* bullet;
  const Rule* footnote;
  const Rule* recipients;
  const Rule* signature;
  const Rule* signature_note;
  const Rule* table_row;
  const Rule* table_rule;
  const Rule* sentence_end;
  const Rule* doc_type_compact;
  const Rule* title_authority;
  const Rule* title_end;
  const Rule* attached_note;
  const Rule* preamble_end;
  // The rules pass 2 asks of every line, answered in one scan of it.
  std::unique_ptr<RuleBatch> per_line;
  enum Bit {
    kSentenceEndBit,
    kDocTypeBit,
    kFootnoteBit,
    kRecipientsBit,
    kSignatureBit,
    kTableRuleBit,
    kTableRowBit,
    kPartBit,
    kSectionBit,
    kLetteredBit,
    kBulletBit,
    kPreambleBit,
  };
};

Structurer::Structurer(std::unique_ptr<LineRules> rules) : rules_(std::move(rules)) {}
Structurer::~Structurer() = default;

Status Structurer::Create(const RuleSet& rules, std::unique_ptr<Structurer>* out) {
  auto lr = std::make_unique<LineRules>();
  const std::pair<const Rule**, const char*> wanted[] = {
      {&lr->doc_type, "structure.doc_type_line"},
      {&lr->preamble, "structure.preamble"},
      {&lr->basis_line, "structure.basis_line"},
      {&lr->part, "structure.part"},
      {&lr->section, "structure.section"},
      {&lr->lettered, "structure.lettered"},
      {&lr->bullet, "structure.bullet"},
      {&lr->footnote, "structure.footnote"},
      {&lr->recipients, "structure.recipients"},
      {&lr->signature, "structure.signature"},
      {&lr->signature_note, "structure.signature_note"},
      {&lr->table_row, "structure.table_row"},
      {&lr->table_rule, "structure.table_rule"},
      {&lr->sentence_end, "structure.sentence_end"},
      {&lr->doc_type_compact, "structure.doc_type_compact"},
      {&lr->title_authority, "structure.title_authority"},
      {&lr->title_end, "structure.title_end"},
      {&lr->attached_note, "structure.attached_note"},
      {&lr->preamble_end, "structure.preamble_end"},
  };
  for (const auto& [slot, id] : wanted) {
    *slot = rules.Find(id);
    if (*slot == nullptr) {
      return Status::InvalidInput(std::string("the structure stage needs rule '") + id +
                                  "' (patterns/structure.toml)");
    }
  }
  // In the order of LineRules::Bit.
  lr->per_line = std::make_unique<RuleBatch>(std::vector<const Rule*>{
      lr->sentence_end, lr->doc_type, lr->footnote, lr->recipients, lr->signature, lr->table_rule,
      lr->table_row, lr->part, lr->section, lr->lettered, lr->bullet, lr->preamble});
  out->reset(new Structurer(std::move(lr)));
  return Status::Ok();
}

namespace {

// Pass 1: lines, their folded form, and whether a blank line preceded them.
std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  bool blank = false;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = text.substr(start, end - start);
    if (raw.find_first_not_of(" \t") == std::string_view::npos) {
      blank = true;
    } else {
      Line line;
      line.text = std::string(raw);
      line.folded = Fold(raw);
      line.blank_before = blank;
      lines.push_back(std::move(line));
      blank = false;
    }
    if (end == text.size()) break;
    start = end + 1;
  }
  return lines;
}

// The folded text without spaces and markdown marks: "Q U Y Ế T" -> "quyet".
std::string Compact(std::string_view folded) {
  std::string out;
  for (char c : folded) {
    if (c != ' ' && c != '\t' && c != '*' && c != '#' && c != '|') out.push_back(c);
  }
  return out;
}

// The kind word letter-spaced ("Q U Y Ế T   Đ Ị N H") or split over two lines
// ("QUYẾT" / "ĐỊNH", the second line merged into the first) becomes the kind line.
void FindSpacedDocType(std::vector<Line>* lines, const Rule& compact) {
  auto short_capitals = [](const Line& line) {
    return IsUpperCaseLine(line.text) && CountCodePoints(line.text) <= 40;
  };
  for (size_t i = 0; i < std::min<size_t>(lines->size(), 60); ++i) {
    Line& line = (*lines)[i];
    if (line.kind == LineKind::kDocType || line.kind == LineKind::kPart ||
        line.kind == LineKind::kPreamble)
      return;
    if (!short_capitals(line)) continue;
    const std::string one = Compact(line.folded);
    if (compact.MatchFolded(one, nullptr)) {
      line.kind = LineKind::kDocType;
      return;
    }
    if (i + 1 >= lines->size() || !short_capitals((*lines)[i + 1])) continue;
    if (!compact.MatchFolded(one + Compact((*lines)[i + 1].folded), nullptr)) continue;
    line.text += " " + (*lines)[i + 1].text;
    line.folded += " " + (*lines)[i + 1].folded;
    line.kind = LineKind::kDocType;
    lines->erase(lines->begin() + static_cast<std::ptrdiff_t>(i) + 1);
    return;
  }
}

// Where a plan attached to a decision starts: the kind line ("KẾ HOẠCH") above the
// note "(Ban hành kèm theo Quyết định số …)" that follows the document's own kind
// line; the number of lines when there is none.
size_t AttachedPlanStart(const std::vector<Line>& lines, size_t doc_type, size_t body_begin,
                         const Rule& attached_note) {
  const size_t n = lines.size();
  if (doc_type >= n) return n;
  for (size_t i = body_begin; i < n; ++i) {
    if (!attached_note.MatchFolded(lines[i].folded, nullptr)) continue;
    for (size_t k = i; k-- > body_begin && i - k <= 8;) {
      if (lines[k].kind == LineKind::kDocType) return k;
    }
    return n;
  }
  return n;
}
}  // namespace

StructuredText Structurer::Run(std::string_view normalized, Diagnostics* diagnostics,
                               const WorkDeadline* deadline) const {
  const LineRules& r = *rules_;
  std::vector<Line> lines = SplitLines(normalized);
  SplitClosingColumns(&lines, *r.recipients, *r.signature, *r.signature_note, LooksLikePersonName);
  std::map<std::string, std::string_view, std::less<>> groups;

  // Pass 2: what each line looks like on its own. One scan tells which rules match;
  // RE2 is asked again only for the groups of the one that decides.
  for (Line& line : lines) {
    if (Expired(deadline)) return StructuredText{};
    const std::string& f = line.folded;
    const uint64_t hits = r.per_line->Matching(f);
    auto hit = [hits](LineRules::Bit bit) { return (hits >> bit & 1) != 0; };
    line.ends_sentence = hit(LineRules::kSentenceEndBit);
    if (hit(LineRules::kDocTypeBit)) {
      line.kind = LineKind::kDocType;
    } else if (hit(LineRules::kFootnoteBit) && r.footnote->MatchFolded(f, &groups)) {
      line.kind = LineKind::kFootnote;
      line.marker = PlainFootnoteMarker(groups["marker"]);
    } else if (hit(LineRules::kRecipientsBit)) {
      line.kind = LineKind::kRecipients;
    } else if (hit(LineRules::kSignatureBit) && line.text.size() < 120) {
      line.kind = LineKind::kSignature;
    } else if (hit(LineRules::kTableRuleBit)) {
      line.kind = LineKind::kTableRule;
    } else if (hit(LineRules::kTableRowBit)) {
      line.kind = LineKind::kTableRow;
    } else if (hit(LineRules::kPartBit) && r.part->MatchFolded(f, &groups) &&
               IsUpperCaseLine(std::string_view(line.text).substr(0, groups["marker"].size()))) {
      line.kind = LineKind::kPart;
      line.marker = ToUpperAscii(groups["marker"]);
    } else if (hit(LineRules::kSectionBit) && r.section->MatchFolded(f, &groups)) {
      line.kind = LineKind::kSection;
      line.marker = std::string(groups.count("marker") ? groups["marker"] : groups["marker2"]);
    } else if (hit(LineRules::kLetteredBit) && r.lettered->MatchFolded(f, &groups)) {
      line.kind = LineKind::kLettered;
      line.marker = std::string(groups["marker"]);
    } else if (hit(LineRules::kBulletBit) && r.bullet->MatchFolded(f, &groups)) {
      line.kind = LineKind::kBullet;
      line.marker = std::string(groups["marker"]);
    } else if (hit(LineRules::kPreambleBit)) {
      line.kind = LineKind::kPreamble;
    }
  }

  // Pass 3: the header, the document-type line and the title.
  FindSpacedDocType(&lines, *r.doc_type_compact);
  const size_t n = lines.size();
  // A line that ends a title: the header lines a decision or a web copy writes
  // under it (its body in capitals, "Kính gửi:", "(Ban hành kèm theo …)").
  auto header_after_title = [&](const Line& line) {
    return r.title_end->MatchFolded(line.folded, nullptr) ||
           (IsUpperCaseLine(line.text) && r.title_authority->MatchFolded(line.folded, nullptr));
  };
  size_t doc_type = n;
  for (size_t i = 0; i < std::min<size_t>(n, 60); ++i) {
    if (lines[i].kind == LineKind::kDocType) {
      doc_type = i;
      break;
    }
    if (lines[i].kind == LineKind::kPart || lines[i].kind == LineKind::kPreamble) break;
  }
  size_t body_begin = 0;
  std::vector<size_t> title;
  if (doc_type < n) {
    size_t i = doc_type + 1;
    while (i < n) {
      const Line& line = lines[i];
      const bool structural = line.kind == LineKind::kPart || line.kind == LineKind::kSection ||
                              line.kind == LineKind::kBullet || line.kind == LineKind::kTableRule ||
                              line.kind == LineKind::kFootnote;
      const bool basis =
          r.basis_line->MatchFolded(line.folded, nullptr) || header_after_title(line);
      if (title.empty()) {
        // The first line under "KẾ HOẠCH" is the title, even when it opens like a
        // preamble ("Thực hiện Chương trình …"), unless it cites a document.
        if (structural || basis) break;
        title.push_back(i++);
        continue;
      }
      const Line& previous = lines[title.back()];
      const char32_t first = FirstCodePoint(line.text);
      // A title in capitals ends where running text starts, blank line or not (a
      // web copy drops the blank lines).
      const bool capitals_end = IsUpperCaseLine(previous.text) && !IsUpperCaseLine(line.text) &&
                                !u_islower(static_cast<UChar32>(first));
      const bool continues =
          !capitals_end && (!line.blank_before ||
                            (u_islower(static_cast<UChar32>(first)) && !previous.ends_sentence));
      if (structural || basis || !continues) break;
      title.push_back(i++);
    }
    // Dash rules under the title are decoration; a body's name, "Kính gửi:" or an
    // attachment note there belongs to the header.
    while (i < n && (lines[i].kind == LineKind::kTableRule || header_after_title(lines[i]))) ++i;
    body_begin = i;
  } else {
    while (body_begin < n && lines[body_begin].kind != LineKind::kPreamble &&
           lines[body_begin].kind != LineKind::kPart &&
           lines[body_begin].kind != LineKind::kSection && body_begin < 30) {
      ++body_begin;
    }
    if (body_begin >= n || body_begin >= 30) body_begin = 0;
  }

  // Pass 4: the closing — recipients list and signature block — from the end, or,
  // when a decision issues a plan attached after its signature, from that plan's
  // kind line back: the decision is the document and signs it.
  const size_t closing_end = AttachedPlanStart(lines, doc_type, body_begin, *r.attached_note);
  size_t body_end = n;
  size_t body_resume = n;  // where the body goes on after the closing (an attached plan)
  std::vector<size_t> recipients;
  std::vector<size_t> signature;
  {
    const size_t n = closing_end;  // the closing is searched before this line
    size_t rec = n;
    for (size_t i = n; i-- > body_begin;) {
      if (lines[i].kind == LineKind::kRecipients) {
        rec = i;
        break;
      }
    }
    // The signature: the last run of signature lines (and capitals between them),
    // then the signer's name.
    size_t last_sig = n;
    for (size_t i = n; i-- > body_begin;) {
      if (lines[i].kind == LineKind::kSignature) {
        last_sig = i;
        break;
      }
      if (lines[i].kind == LineKind::kFootnote) continue;
      if (n - i > 12) break;
    }
    size_t sig_begin = n;
    if (last_sig < n) {
      sig_begin = last_sig;
      while (sig_begin > body_begin && (lines[sig_begin - 1].kind == LineKind::kSignature ||
                                        (IsUpperCaseLine(lines[sig_begin - 1].text) &&
                                         lines[sig_begin - 1].text.size() < 80 &&
                                         lines[sig_begin - 1].kind == LineKind::kParagraph))) {
        --sig_begin;
      }
      for (size_t i = sig_begin; i <= last_sig; ++i) signature.push_back(i);
      for (size_t i = last_sig + 1; i < n; ++i) {
        if (lines[i].kind == LineKind::kFootnote || lines[i].kind == LineKind::kBullet) continue;
        // "(Đã ký)", "(Ký, ghi rõ họ tên)" between the position and the name.
        if (r.signature_note->MatchFolded(lines[i].folded, nullptr)) continue;
        if (LooksLikePersonName(lines[i].text)) signature.push_back(i);
        break;
      }
    }
    if (rec < n) {
      for (size_t i = rec; i < n; ++i) {
        if (i == sig_begin) {
          i = signature.empty() ? i : signature.back();
          continue;
        }
        if (lines[i].kind == LineKind::kFootnote) continue;
        if (i == rec || lines[i].kind == LineKind::kBullet || !lines[i].blank_before ||
            i < sig_begin) {
          recipients.push_back(i);
        }
      }
    }
    // Signature lines interleaved with the recipients (naive PDF text of a
    // side-by-side closing): "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "- …;", "CHỦ TỊCH".
    if (rec < n && sig_begin < n && sig_begin > rec) {
      std::vector<size_t> interleaved;
      for (size_t i = rec + 1; i < sig_begin; ++i) {
        if (lines[i].kind == LineKind::kSignature) interleaved.push_back(i);
      }
      if (!interleaved.empty()) {
        std::vector<size_t> kept;
        for (size_t i : recipients) {
          if (std::find(interleaved.begin(), interleaved.end(), i) == interleaved.end())
            kept.push_back(i);
        }
        recipients = std::move(kept);
        interleaved.insert(interleaved.end(), signature.begin(), signature.end());
        signature = std::move(interleaved);
      }
    }
    body_end = std::min(rec, sig_begin);
    if (closing_end < lines.size()) {
      body_resume = body_end;
      for (size_t i : recipients) body_resume = std::max(body_resume, i + 1);
      for (size_t i : signature) body_resume = std::max(body_resume, i + 1);
    }
  }

  // Pass 5: footnotes out of the body; a sentence they (or a page break) split
  // rejoined with the line before.
  std::vector<bool> is_note(n, false);
  for (size_t i = body_begin; i < n; ++i) is_note[i] = lines[i].kind == LineKind::kFootnote;
  std::vector<size_t> body;  // indices of body lines, after joins
  for (size_t i = body_begin; i < n; ++i) {
    if (i >= body_end && i < body_resume) continue;
    if (i >= body_end && body_resume >= n) break;
    if (is_note[i]) continue;
    Line& line = lines[i];
    if (!body.empty() && line.kind == LineKind::kParagraph) {
      Line& previous = lines[body.back()];
      const char32_t first = FirstCodePoint(line.text);
      const bool lower_start =
          u_islower(static_cast<UChar32>(first)) || u_isdigit(static_cast<UChar32>(first));
      const bool previous_open =
          previous.kind != LineKind::kTableRow && previous.kind != LineKind::kTableRule &&
          previous.kind != LineKind::kDocType &&
          !(IsHeadingKind(previous.kind) && CountCodePoints(previous.text) < 60) &&
          !previous.ends_sentence;
      if (lower_start && previous_open) {
        previous.text += " " + line.text;
        previous.folded += " " + line.folded;
        previous.ends_sentence = line.ends_sentence;  // the joined line ends as `line` does
        continue;
      }
    }
    body.push_back(i);
  }

  // Pass 6: emit the stored text, recording each line's span.
  StructuredText out;
  DocumentTree& tree = out.tree;
  std::string& text = out.text;
  uint32_t cp = 0;
  bool first_line = true;
  auto emit = [&](const Line& line) -> Span {
    if (!first_line) {
      text += line.blank_before ? "\n\n" : "\n";
      cp += line.blank_before ? 2 : 1;
    }
    first_line = false;
    const Span span{cp, cp + static_cast<uint32_t>(CountCodePoints(line.text))};
    text += line.text;
    cp = span.end;
    return span;
  };
  const size_t header_end = doc_type < n ? doc_type : body_begin;
  for (size_t i = 0; i < header_end; ++i) tree.header_lines.push_back(emit(lines[i]));
  if (doc_type < n) tree.doc_type_line = emit(lines[doc_type]);
  for (size_t i : title) tree.title_lines.push_back(emit(lines[i]));
  // Lines between the title and the body that were not title (none, normally).
  for (size_t i = (title.empty() ? (doc_type < n ? doc_type + 1 : header_end) : title.back() + 1);
       i < body_begin; ++i) {
    tree.header_lines.push_back(emit(lines[i]));
  }

  tree.nodes.push_back(Node{NodeKind::kRoot, "", Span{cp, cp}, Span{cp, cp}, -1, {}});
  struct Open {
    int id;
    int level;
  };
  std::vector<Open> stack = {{0, 0}};
  bool seen_heading = false;
  int numbered_list_last = 0;  // last number of an open numbered list, 0 = none
  auto add_node = [&](NodeKind kind, std::string marker, Span span, int level) {
    while (stack.size() > 1 && stack.back().level >= level) stack.pop_back();
    const int id = static_cast<int>(tree.nodes.size());
    const int parent = stack.back().id;
    tree.nodes.push_back(Node{kind, std::move(marker), span, span, parent, {}});
    tree.nodes[static_cast<size_t>(parent)].children.push_back(id);
    for (int a = parent; a >= 0; a = tree.nodes[static_cast<size_t>(a)].parent) {
      tree.nodes[static_cast<size_t>(a)].span.end =
          std::max(tree.nodes[static_cast<size_t>(a)].span.end, span.end);
    }
    if (kind != NodeKind::kParagraph && kind != NodeKind::kTableRow) stack.push_back({id, level});
  };
  // The number of the innermost open section with as many parts as `marker`.
  auto open_section_number = [&](const std::string& marker) -> int {
    const size_t depth = static_cast<size_t>(std::count(marker.begin(), marker.end(), '.'));
    for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
      const Node& node = tree.nodes[static_cast<size_t>(it->id)];
      if (node.kind != NodeKind::kSection) continue;
      if (static_cast<size_t>(std::count(node.marker.begin(), node.marker.end(), '.')) != depth)
        continue;
      const size_t dot = node.marker.rfind('.');
      return std::atoi(node.marker.c_str() + (dot == std::string::npos ? 0 : dot + 1));
    }
    return 0;
  };
  auto last_number = [](const std::string& marker) {
    const size_t dot = marker.rfind('.');
    return std::atoi(marker.c_str() + (dot == std::string::npos ? 0 : dot + 1));
  };

  bool previous_ends_colon = false;
  std::vector<bool> heading_like(1, false);  // by node id: a line that introduces what follows
  for (size_t i : body) {
    if (Expired(deadline)) return StructuredText{};
    Line& line = lines[i];
    const Span span = emit(line);
    heading_like.resize(tree.nodes.size() + 1, false);
    heading_like[tree.nodes.size()] = (!line.folded.empty() && line.folded.back() == ':') ||
                                      (CountCodePoints(line.text) < 80 && !line.ends_sentence);
    const bool ends_colon = !line.folded.empty() && line.folded.back() == ':';
    if (!seen_heading && (line.kind == LineKind::kPart || line.kind == LineKind::kSection ||
                          r.preamble_end->MatchFolded(line.folded, nullptr))) {
      seen_heading = true;  // a decision's "QUYẾT ĐỊNH:" or "Điều 1." ends its bases too
    }
    if (!seen_heading) tree.preamble_lines.push_back(span);
    switch (line.kind) {
      case LineKind::kPart:
        numbered_list_last = 0;
        add_node(NodeKind::kPart, line.marker, span, 1);
        break;
      case LineKind::kSection: {
        const int number = last_number(line.marker);
        const bool single = line.marker.find('.') == std::string::npos;
        const int open = open_section_number(line.marker);
        const bool previous_colon = previous_ends_colon;
        // A "1." that restarts below an open "2." after an item is a numbered list;
        // so is the next number of a list already open.
        const bool list = single && ((numbered_list_last > 0 && number == numbered_list_last + 1) ||
                                     (number == 1 && open >= 1 && previous_colon));
        if (list) {
          numbered_list_last = number;
          add_node(NodeKind::kListItem, line.marker, span, 10);
        } else {
          numbered_list_last = 0;
          const int depth =
              1 + static_cast<int>(std::count(line.marker.begin(), line.marker.end(), '.'));
          add_node(NodeKind::kSection, line.marker, span, 1 + depth);
        }
        break;
      }
      case LineKind::kLettered:
        numbered_list_last = 0;
        add_node(NodeKind::kLettered, line.marker, span, 6);
        break;
      case LineKind::kBullet: {
        numbered_list_last = 0;
        const int level = line.marker == "-" ? 7 : line.marker == "+" ? 8 : 9;
        add_node(NodeKind::kListItem, line.marker, span, level);
        break;
      }
      case LineKind::kTableRow:
      case LineKind::kTableRule:
        add_node(NodeKind::kTableRow, "", span, 11);
        break;
      default:
        // Running text belongs to the heading above it, not to a list item —
        // unless the item reads as a heading itself ("- Giải pháp:", "* Tiêu chí
        // số 9 - Nhà ở dân cư").
        while (stack.size() > 1 && numbered_list_last == 0 &&
               tree.nodes[static_cast<size_t>(stack.back().id)].kind == NodeKind::kListItem &&
               !heading_like[static_cast<size_t>(stack.back().id)]) {
          stack.pop_back();
        }
        add_node(NodeKind::kParagraph, "", span, 100);
        break;
    }
    previous_ends_colon = ends_colon;
  }
  if (tree.nodes.size() > 1) tree.nodes[0].span.begin = tree.nodes[1].span.begin;
  for (size_t i : recipients) tree.recipient_lines.push_back(emit(lines[i]));
  for (size_t i : signature) tree.signature_lines.push_back(emit(lines[i]));

  // Footnotes after everything else, each linked to its markers in the body.
  for (size_t i = body_begin; i < n; ++i) {
    if (!is_note[i]) continue;
    Line note = lines[i];
    note.blank_before = true;
    Footnote footnote;
    footnote.marker = lines[i].marker;
    footnote.text = emit(note);
    tree.footnotes.push_back(std::move(footnote));
  }
  for (Footnote& footnote : tree.footnotes) {
    if (Expired(deadline)) return StructuredText{};
    // Find the superscript form of the marker in the body text.
    std::string superscript;
    static const char* const kSup[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    for (char c : footnote.marker) superscript += kSup[c - '0'];
    if (superscript.empty()) continue;
    const Span root = tree.nodes[0].span;
    size_t at = 0;
    const std::string_view all(text);
    // Byte offsets of the body: count code points to locate them.
    size_t body_begin_byte = 0, body_end_byte = 0;
    {
      uint32_t c = 0;
      for (size_t b = 0; b <= all.size(); ++b) {
        if (b == all.size() || (static_cast<unsigned char>(all[b]) & 0xC0) != 0x80) {
          if (c == root.begin) body_begin_byte = b;
          if (c == root.end) {
            body_end_byte = b;
            break;
          }
          ++c;
        }
      }
    }
    at = body_begin_byte;
    while ((at = all.find(superscript, at)) != std::string_view::npos && at < body_end_byte) {
      const uint32_t begin = static_cast<uint32_t>(CountCodePoints(all.substr(0, at)));
      footnote.anchors.push_back(
          Span{begin, begin + static_cast<uint32_t>(CountCodePoints(superscript))});
      at += superscript.size();
    }
    if (footnote.anchors.empty() && diagnostics != nullptr) {
      diagnostics->Warn("structure", "footnote " + footnote.marker + " has no marker in the body");
    }
  }
  if (doc_type >= n && diagnostics != nullptr) {
    diagnostics->Warn("structure", "no document-type line (such as \"KẾ HOẠCH\") was found");
  }
  return out;
}

}  // namespace ntmx
