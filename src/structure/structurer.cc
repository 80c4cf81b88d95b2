// See structurer.h. The work is done in passes over a vector of lines, each pass
// one decision (classify, find the title, lift footnotes out, rejoin, find the
// closing, build the tree), so that each can be read and tested on its own.
#include "structure/structurer.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <map>

#include "rules/rule_batch.h"
#include "structure/closing_columns.h"
#include "structure/line_text.h"
#include "structure/numbering.h"
#include "structure/soft_wraps.h"
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
  bool word_numbered = false;  // numbered with a word or a capital: "Phần II", "Mục 3", "B."
  int level = 0;               // a heading's level in the tree, from the document's numbering
};

bool IsHeadingKind(LineKind k) {
  return k == LineKind::kPart || k == LineKind::kSection || k == LineKind::kLettered;
}

}  // namespace

struct Structurer::LineRules {
  const Rule* doc_type;
  const Rule* preamble;
  const Rule* basis_line;
  const Rule* part;
  const Rule* part_word;
  const Rule* part_letter;
  const Rule* section_word;
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
  SoftWrapRules soft_wraps;
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
    kPartWordBit,
    kPartLetterBit,
    kSectionWordBit,
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
      {&lr->part_word, "structure.part_word"},
      {&lr->part_letter, "structure.part_letter"},
      {&lr->section_word, "structure.section_word"},
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
  if (Status status = FindSoftWrapRules(rules, &lr->soft_wraps); !status.ok()) return status;
  // In the order of LineRules::Bit.
  lr->per_line = std::make_unique<RuleBatch>(std::vector<const Rule*>{
      lr->sentence_end, lr->doc_type, lr->footnote, lr->recipients, lr->signature, lr->table_rule,
      lr->table_row, lr->part, lr->part_word, lr->part_letter, lr->section_word, lr->section,
      lr->lettered, lr->bullet, lr->preamble});
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

// Whether `text` ("Phần II", "Chương 3", "Mục 2") is written as a heading: its
// word starts with a capital (a wrapped line "phần 5.2: …" is none), and a Roman
// numeral is in capitals ("Phần vi phạm" is no part VI); digits and ordinals
// ("Phần thứ hai") are numbers as they are.
bool WrittenAsHeading(std::string_view text, std::string_view marker) {
  if (!u_isupper(static_cast<UChar32>(FirstCodePoint(text)))) return false;
  if (marker.find_first_not_of("ivxl") != std::string_view::npos) return true;
  const size_t gap = text.find_first_of(" \t");
  const size_t word = gap == std::string_view::npos ? gap : text.find_first_not_of(" \t", gap);
  return word != std::string_view::npos && IsUpperCaseLine(text.substr(word, marker.size()));
}

// Pass 2: what each line looks like on its own. One scan tells which rules match;
// RE2 is asked again only for the groups of the one that decides. False when
// `deadline` expired on the way.
bool ClassifyLines(const Structurer::LineRules& r, std::vector<Line>* lines,
                   const WorkDeadline* deadline) {
  std::map<std::string, std::string_view, std::less<>> groups;
  for (Line& line : *lines) {
    if (Expired(deadline)) return false;
    const std::string& f = line.folded;
    const uint64_t hits = r.per_line->Matching(f);
    auto hit = [hits](Structurer::LineRules::Bit bit) { return (hits >> bit & 1) != 0; };
    using B = Structurer::LineRules;
    line.ends_sentence = hit(B::kSentenceEndBit);
    if (hit(B::kDocTypeBit)) {
      line.kind = LineKind::kDocType;
    } else if (hit(B::kFootnoteBit) && r.footnote->MatchFolded(f, &groups)) {
      line.kind = LineKind::kFootnote;
      line.marker = PlainFootnoteMarker(groups["marker"]);
    } else if (hit(B::kRecipientsBit)) {
      line.kind = LineKind::kRecipients;
    } else if (hit(B::kSignatureBit) && line.text.size() < 120) {
      line.kind = LineKind::kSignature;
    } else if (hit(B::kTableRuleBit)) {
      line.kind = LineKind::kTableRule;
    } else if (hit(B::kTableRowBit)) {
      line.kind = LineKind::kTableRow;
    } else if (hit(B::kPartBit) && r.part->MatchFolded(f, &groups) &&
               IsUpperCaseLine(std::string_view(line.text).substr(0, groups["marker"].size()))) {
      line.kind = LineKind::kPart;
      line.marker = ToUpperAscii(groups["marker"]);
    } else if (hit(B::kPartWordBit) && r.part_word->MatchFolded(f, &groups) &&
               WrittenAsHeading(line.text, groups["marker"])) {
      line.kind = LineKind::kPart;
      line.marker = ToUpperAscii(groups["marker"]);
      line.word_numbered = true;
    } else if (hit(B::kPartLetterBit) && IsUpperCaseLine(line.text) &&
               r.part_letter->MatchFolded(f, &groups)) {
      line.kind = LineKind::kPart;
      line.marker = ToUpperAscii(groups["marker"]);
      line.word_numbered = true;
    } else if (hit(B::kSectionWordBit) && r.section_word->MatchFolded(f, &groups) &&
               WrittenAsHeading(line.text, groups["marker"])) {
      line.kind = LineKind::kSection;
      line.marker = std::string(groups["marker"]);
      line.word_numbered = true;
    } else if (hit(B::kSectionBit) && r.section->MatchFolded(f, &groups)) {
      line.kind = LineKind::kSection;
      line.marker = std::string(groups.count("marker") ? groups["marker"] : groups["marker2"]);
    } else if (hit(B::kLetteredBit) && r.lettered->MatchFolded(f, &groups)) {
      line.kind = LineKind::kLettered;
      line.marker = std::string(groups["marker"]);
    } else if (hit(B::kBulletBit) && r.bullet->MatchFolded(f, &groups)) {
      line.kind = LineKind::kBullet;
      line.marker = std::string(groups["marker"]);
    } else if (hit(B::kPreambleBit)) {
      line.kind = LineKind::kPreamble;
    }
  }
  return true;
}

// Where the header ends: the document-type line, the title under it, and the
// first line of the body.
struct Front {
  size_t doc_type = 0;  // lines.size() when there is none
  std::vector<size_t> title;
  size_t body_begin = 0;
};

// Pass 3: the header, the document-type line and the title.
Front FindFront(const Structurer::LineRules& r, const std::vector<Line>& lines) {
  const size_t n = lines.size();
  // A line that ends a title: the header lines a decision or a web copy writes
  // under it (its body in capitals, "Kính gửi:", "(Ban hành kèm theo …)").
  auto header_after_title = [&](const Line& line) {
    return r.title_end->MatchFolded(line.folded, nullptr) ||
           (IsUpperCaseLine(line.text) && r.title_authority->MatchFolded(line.folded, nullptr));
  };
  Front front;
  size_t& doc_type = front.doc_type;
  doc_type = n;
  for (size_t i = 0; i < std::min<size_t>(n, 60); ++i) {
    if (lines[i].kind == LineKind::kDocType) {
      doc_type = i;
      break;
    }
    if (lines[i].kind == LineKind::kPart || lines[i].kind == LineKind::kPreamble) break;
  }
  size_t& body_begin = front.body_begin;
  std::vector<size_t>& title = front.title;
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
  return front;
}

// The closing: which lines are the recipients and the signature, and where the
// body stops for them (and goes on after them, for a plan attached to a decision).
struct Closing {
  size_t body_end = 0;
  size_t body_resume = 0;  // lines.size() when the body does not go on
  std::vector<size_t> recipients;
  std::vector<size_t> signature;
};

// The signature block searched before line `n`: the last run of signature lines (and
// capitals between them), then the signer's name. Sets `sig_begin` (`n` when none).
std::vector<size_t> FindSignature(const Structurer::LineRules& r, const std::vector<Line>& lines,
                                  size_t body_begin, size_t n, size_t* sig_begin_out) {
  std::vector<size_t> signature;
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
    while (sig_begin > body_begin &&
           (lines[sig_begin - 1].kind == LineKind::kSignature ||
            (IsUpperCaseLine(lines[sig_begin - 1].text) && lines[sig_begin - 1].text.size() < 80 &&
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
  *sig_begin_out = sig_begin;
  return signature;
}

// Pass 4: the closing — recipients list and signature block — from the end, or,
// when a decision issues a plan attached after its signature, from that plan's
// kind line back: the decision is the document and signs it.
Closing FindClosing(const Structurer::LineRules& r, const std::vector<Line>& lines,
                    const Front& front) {
  const size_t body_begin = front.body_begin;
  const size_t closing_end = AttachedPlanStart(lines, front.doc_type, body_begin, *r.attached_note);
  Closing closing;
  closing.body_end = lines.size();
  closing.body_resume = lines.size();
  std::vector<size_t>& recipients = closing.recipients;
  std::vector<size_t>& signature = closing.signature;
  const size_t n = closing_end;  // the closing is searched before this line
  size_t rec = n;
  for (size_t i = n; i-- > body_begin;) {
    if (lines[i].kind == LineKind::kRecipients) {
      rec = i;
      break;
    }
  }
  size_t sig_begin = n;
  signature = FindSignature(r, lines, body_begin, n, &sig_begin);
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
  closing.body_end = std::min(rec, sig_begin);
  if (closing_end < lines.size()) {
    closing.body_resume = closing.body_end;
    for (size_t i : recipients) closing.body_resume = std::max(closing.body_resume, i + 1);
    for (size_t i : signature) closing.body_resume = std::max(closing.body_resume, i + 1);
  }
  return closing;
}

// Pass 5: the body's lines without the footnotes; a sentence they (or a page
// break) split rejoined with the line before (the later line merged into it).
std::vector<size_t> JoinBody(std::vector<Line>* lines_ptr, size_t body_begin,
                             const Closing& closing) {
  std::vector<Line>& lines = *lines_ptr;
  const size_t n = lines.size();
  std::vector<size_t> body;  // indices of body lines, after joins
  for (size_t i = body_begin; i < n; ++i) {
    if (i >= closing.body_end && i < closing.body_resume) continue;
    if (i >= closing.body_end && closing.body_resume >= n) break;
    if (lines[i].kind == LineKind::kFootnote) continue;
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
  return body;
}

// Pass 5b: the level of every numbered heading of the body, from the numbering
// scheme the document uses (numbering.h); a decimal part ("5. TỔ CHỨC THỰC HIỆN")
// becomes a part.
void PlaceNumberedHeadings(const std::vector<size_t>& body, std::vector<Line>* lines) {
  std::vector<NumberedHeading> headings;
  std::vector<size_t> at;
  bool after_colon = false;
  for (size_t i : body) {
    Line& line = (*lines)[i];
    if (IsHeadingKind(line.kind)) {
      const HeadingForm form =
          line.kind == LineKind::kPart
              ? (line.word_numbered ? HeadingForm::kPartWord : HeadingForm::kPart)
          : line.kind == LineKind::kSection ? HeadingForm::kArabic
                                            : HeadingForm::kLetter;
      headings.push_back({form, line.marker, IsUpperCaseLine(line.text), after_colon});
      at.push_back(i);
    }
    after_colon = !line.folded.empty() && line.folded.back() == ':';
  }
  const std::vector<HeadingPlace> places = PlaceHeadings(headings);
  for (size_t h = 0; h < places.size(); ++h) {
    Line& line = (*lines)[at[h]];
    line.level = places[h].level;
    if (places[h].role == HeadingRole::kPart) line.kind = LineKind::kPart;
  }
}

// Pass 6 writes the stored text line by line; each line's span is where it went.
class TextWriter {
 public:
  explicit TextWriter(std::string* text) : text_(text) {}
  Span Emit(const Line& line) {
    if (!first_line_) {
      *text_ += line.blank_before ? "\n\n" : "\n";
      cp_ += line.blank_before ? 2 : 1;
    }
    first_line_ = false;
    const Span span{cp_, cp_ + static_cast<uint32_t>(CountCodePoints(line.text))};
    *text_ += line.text;
    cp_ = span.end;
    return span;
  }
  uint32_t cp() const { return cp_; }

 private:
  std::string* text_;
  uint32_t cp_ = 0;
  bool first_line_ = true;
};

// Pass 6, the body: each line becomes a node under the heading it belongs to. Open
// headings are a stack of (node, level); a node closes every open one of its level
// or deeper.
class TreeBuilder {
 public:
  TreeBuilder(const Structurer::LineRules& r, DocumentTree* tree) : r_(r), tree_(*tree) {}

  void Start(uint32_t cp) {
    tree_.nodes.push_back(Node{NodeKind::kRoot, "", Span{cp, cp}, Span{cp, cp}, -1, {}});
    stack_ = {{0, 0}};
  }

  void AddLine(const Line& line, Span span);

  void Finish() {
    if (tree_.nodes.size() > 1) tree_.nodes[0].span.begin = tree_.nodes[1].span.begin;
  }

 private:
  struct Open {
    int id;
    int level;
  };
  void AddNode(NodeKind kind, std::string marker, Span span, int level);
  void AddSection(const Line& line, Span span);
  int OpenSectionNumber(const std::string& marker) const;

  const Structurer::LineRules& r_;
  DocumentTree& tree_;
  std::vector<Open> stack_;
  bool seen_heading_ = false;
  NumberedList numbered_list_;  // a numbered list going on (numbering.h)
  bool previous_ends_colon_ = false;
  std::vector<bool> heading_like_ = std::vector<bool>(1, false);  // by node id: a line that
                                                                  // introduces what follows
};

void TreeBuilder::AddNode(NodeKind kind, std::string marker, Span span, int level) {
  while (stack_.size() > 1 && stack_.back().level >= level) stack_.pop_back();
  const int id = static_cast<int>(tree_.nodes.size());
  const int parent = stack_.back().id;
  tree_.nodes.push_back(Node{kind, std::move(marker), span, span, parent, {}});
  tree_.nodes[static_cast<size_t>(parent)].children.push_back(id);
  for (int a = parent; a >= 0; a = tree_.nodes[static_cast<size_t>(a)].parent) {
    tree_.nodes[static_cast<size_t>(a)].span.end =
        std::max(tree_.nodes[static_cast<size_t>(a)].span.end, span.end);
  }
  if (kind != NodeKind::kParagraph && kind != NodeKind::kTableRow) stack_.push_back({id, level});
}

// The number of the innermost open section with as many parts as `marker`.
int TreeBuilder::OpenSectionNumber(const std::string& marker) const {
  const size_t depth = static_cast<size_t>(std::count(marker.begin(), marker.end(), '.'));
  for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
    const Node& node = tree_.nodes[static_cast<size_t>(it->id)];
    if (node.kind != NodeKind::kSection) continue;
    if (static_cast<size_t>(std::count(node.marker.begin(), node.marker.end(), '.')) != depth)
      continue;
    return LastNumber(node.marker);
  }
  return 0;
}

// An Arabic-numbered line: a section, or an item of a numbered list.
void TreeBuilder::AddSection(const Line& line, Span span) {
  if (line.level == kNumberedItemLevel) {
    numbered_list_.TakeItem(line.marker);
    AddNode(NodeKind::kListItem, line.marker, span, kNumberedItemLevel);
  } else if (numbered_list_.Take(line.marker, OpenSectionNumber(line.marker),
                                 previous_ends_colon_)) {
    AddNode(NodeKind::kListItem, line.marker, span, kNumberedItemLevel);
  } else {
    AddNode(NodeKind::kSection, line.marker, span, line.level);
  }
}

void TreeBuilder::AddLine(const Line& line, Span span) {
  heading_like_.resize(tree_.nodes.size() + 1, false);
  heading_like_[tree_.nodes.size()] = (!line.folded.empty() && line.folded.back() == ':') ||
                                      (CountCodePoints(line.text) < 80 && !line.ends_sentence);
  const bool ends_colon = !line.folded.empty() && line.folded.back() == ':';
  if (!seen_heading_ && (line.kind == LineKind::kPart || line.kind == LineKind::kSection ||
                         r_.preamble_end->MatchFolded(line.folded, nullptr))) {
    seen_heading_ = true;  // a decision's "QUYẾT ĐỊNH:" or "Điều 1." ends its bases too
  }
  if (!seen_heading_) tree_.preamble_lines.push_back(span);
  switch (line.kind) {
    case LineKind::kPart:
      numbered_list_.Reset();
      AddNode(NodeKind::kPart, line.marker, span, line.level);
      break;
    case LineKind::kSection:
      AddSection(line, span);
      break;
    case LineKind::kLettered:
      numbered_list_.Reset();
      AddNode(NodeKind::kLettered, line.marker, span, line.level);
      break;
    case LineKind::kBullet: {
      numbered_list_.Reset();
      const int level = line.marker == "-" ? 7 : line.marker == "+" ? 8 : 9;
      AddNode(NodeKind::kListItem, line.marker, span, level);
      break;
    }
    case LineKind::kTableRow:
    case LineKind::kTableRule:
      AddNode(NodeKind::kTableRow, "", span, 11);
      break;
    default:
      // Running text belongs to the heading above it, not to a list item —
      // unless the item reads as a heading itself ("- Giải pháp:", "* Tiêu chí
      // số 9 - Nhà ở dân cư").
      while (stack_.size() > 1 && !numbered_list_.going_on() &&
             tree_.nodes[static_cast<size_t>(stack_.back().id)].kind == NodeKind::kListItem &&
             !heading_like_[static_cast<size_t>(stack_.back().id)]) {
        stack_.pop_back();
      }
      AddNode(NodeKind::kParagraph, "", span, 100);
      break;
  }
  previous_ends_colon_ = ends_colon;
}

}  // namespace

StructuredText Structurer::Run(std::string_view normalized, Diagnostics* diagnostics,
                               const WorkDeadline* deadline) const {
  const LineRules& r = *rules_;
  // A text hard-wrapped at a page width becomes its logical lines first (offsets kept).
  std::string unwrapped(normalized);
  JoinSoftWraps(&unwrapped, r.soft_wraps);
  std::vector<Line> lines = SplitLines(unwrapped);
  SplitClosingColumns(&lines, *r.recipients, *r.signature, *r.signature_note, LooksLikePersonName);
  if (!ClassifyLines(r, &lines, deadline)) return StructuredText{};
  FindSpacedDocType(&lines, *r.doc_type_compact);
  const size_t n = lines.size();
  const Front front = FindFront(r, lines);
  const Closing closing = FindClosing(r, lines, front);
  const std::vector<size_t> body = JoinBody(&lines, front.body_begin, closing);
  PlaceNumberedHeadings(body, &lines);

  // Pass 6: emit the stored text, recording each line's span.
  StructuredText out;
  DocumentTree& tree = out.tree;
  TextWriter writer(&out.text);
  const size_t doc_type = front.doc_type;
  const size_t header_end = doc_type < n ? doc_type : front.body_begin;
  for (size_t i = 0; i < header_end; ++i) tree.header_lines.push_back(writer.Emit(lines[i]));
  if (doc_type < n) tree.doc_type_line = writer.Emit(lines[doc_type]);
  for (size_t i : front.title) tree.title_lines.push_back(writer.Emit(lines[i]));
  // Lines between the title and the body that were not title (none, normally).
  for (size_t i = (front.title.empty() ? (doc_type < n ? doc_type + 1 : header_end)
                                       : front.title.back() + 1);
       i < front.body_begin; ++i) {
    tree.header_lines.push_back(writer.Emit(lines[i]));
  }
  TreeBuilder builder(r, &tree);
  builder.Start(writer.cp());
  for (size_t i : body) {
    if (Expired(deadline)) return StructuredText{};
    builder.AddLine(lines[i], writer.Emit(lines[i]));
  }
  builder.Finish();
  for (size_t i : closing.recipients) tree.recipient_lines.push_back(writer.Emit(lines[i]));
  for (size_t i : closing.signature) tree.signature_lines.push_back(writer.Emit(lines[i]));

  // Footnotes after everything else, each linked to its markers in the body.
  for (size_t i = front.body_begin; i < n; ++i) {
    if (lines[i].kind != LineKind::kFootnote) continue;
    Line note = lines[i];
    note.blank_before = true;
    Footnote footnote;
    footnote.marker = lines[i].marker;
    footnote.text = writer.Emit(note);
    tree.footnotes.push_back(std::move(footnote));
  }
  tree.LinkFootnotes(out.text, diagnostics);
  if (doc_type >= n && diagnostics != nullptr) {
    // why: a message quoting an example of the line it missed.
    diagnostics->Warn("structure", "no document-type line (such as \"KẾ HOẠCH\") was found");
  }
  return out;
}

}  // namespace ntmx
