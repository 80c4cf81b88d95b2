// See pdf_pages.h.
#include "read/pdf_pages.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>
#include <string_view>

#include "text/strings.h"

namespace ntmx {
namespace {

constexpr double kMarginZone = 0.1;  // top and bottom tenth of a page

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The line with every run of digits replaced by '#': "Trang 3" and "Trang 4" agree.
std::string DigitKey(std::string_view text) {
  std::string key;
  for (size_t i = 0; i < text.size(); ++i) {
    if (IsDigit(text[i])) {
      if (key.empty() || key.back() != '#') key += '#';
    } else {
      key += text[i];
    }
  }
  return key;
}

// "3", "- 3 -", "Trang 3", "trang 3/12", "Page 3 of 12".
bool IsPageNumber(std::string_view text) {
  std::string key = DigitKey(Trim(text));
  for (std::string_view prefix : {"Trang ", "trang ", "TRANG ", "Page ", "page "}) {
    if (key.starts_with(prefix)) key.erase(0, prefix.size());
  }
  return key == "#" || key == "- # -" || key == "-#-" || key == "#/#" || key == "# / #" ||
         key == "# of #" || key == "[#]" || key == "(#)";
}

// Starts like a bullet or a numbered heading: "- ", "+ ", "• ", "1. ", "1.2. ", "a) ",
// "II. ".
bool StartsLikeItem(std::string_view text) {
  if (text.starts_with("- ") || text.starts_with("+ ") || text.starts_with("* ") ||
      text.starts_with("• ") || text.starts_with("– ")) {
    return true;
  }
  size_t i = 0;
  while (i < text.size() && (IsDigit(text[i]) || text[i] == '.')) ++i;
  if (i > 0 && text[i - 1] == '.' && i < text.size() && text[i] == ' ') return true;
  if (text.size() > 2 && text[0] >= 'a' && text[0] <= 'z' && text[1] == ')') return true;
  i = 0;
  while (i < text.size() && (text[i] == 'I' || text[i] == 'V' || text[i] == 'X')) ++i;
  return i > 0 && i + 1 < text.size() && text[i] == '.' && text[i + 1] == ' ';
}

bool StartsLower(std::string_view text) {
  if (text.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(text[0]);
  if (c >= 'a' && c <= 'z') return true;
  // Vietnamese lower-case letters outside ASCII: đ (C4 91) and the precomposed vowels,
  // recognised coarsely by their lead bytes; a capital there is rare mid-sentence.
  // why: a letter of the alphabet, not vocabulary.
  return text.starts_with("đ") ||
         (c == 0xC3 && text.size() > 1 && static_cast<unsigned char>(text[1]) >= 0xA0) ||
         (c == 0xE1 && text.size() > 2 && (static_cast<unsigned char>(text[2]) & 1) == 1);
}

bool EndsWithLetter(std::string_view s) {
  if (s.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(s.back());
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// Joins the next line of a paragraph to `text`.
void JoinLine(std::string* text, std::string_view next) {
  static constexpr std::string_view kSoftHyphen = "\xC2\xAD";
  if (text->ends_with(kSoftHyphen)) {
    text->resize(text->size() - kSoftHyphen.size());
    *text += next;
    return;
  }
  if (text->size() >= 2 && text->back() == '-' && (*text)[text->size() - 2] != ' ') {
    // "tri-" + "ển": the hyphen was the break's; "01-" + "NQ/TU", "KH-" + "UBND": the
    // word's own.
    if (EndsWithLetter(std::string_view(*text).substr(0, text->size() - 1)) && StartsLower(next)) {
      text->pop_back();
    }
    *text += next;
    return;
  }
  if (!text->empty()) *text += ' ';
  *text += next;
}

// "1 Các cơ quan …" opens a footnote when "¹" appears in a line above it on the page.
bool IsNoteStart(const std::vector<const PdfLine*>& lines, size_t i) {
  const std::string_view text = Trim(lines[i]->text);
  const size_t digits = text.find_first_not_of("0123456789");
  if (digits == 0 || digits == std::string_view::npos || digits > 3 || text[digits] != ' ') {
    return false;
  }
  const std::string marker = ToSuperscriptDigits(std::string(text.substr(0, digits)));
  for (size_t k = 0; k < i; ++k) {
    if (lines[k]->text.find(marker) != std::string::npos) return true;
  }
  return false;
}

struct PageGeometry {
  double left = 0, right = 0, body_size = 0;
};

PageGeometry Measure(const std::vector<const PdfLine*>& lines) {
  PageGeometry g;
  std::vector<double> sizes;
  for (const PdfLine* l : lines) {
    if (!l->column) sizes.push_back(l->font_size);
  }
  if (sizes.empty()) return g;
  std::sort(sizes.begin(), sizes.end());
  g.body_size = sizes[sizes.size() / 2];
  // The left edge: the leftmost place where a good share of the lines start (within
  // a quarter of the body size: OCR puts one margin at 85.2, 85.4, 85.7), not the most
  // common start, which on a page of indented items and first lines is the indent.
  std::vector<double> starts;
  for (const PdfLine* l : lines) {
    if (!l->column) starts.push_back(l->left);
  }
  std::sort(starts.begin(), starts.end());
  const size_t enough = std::max<size_t>(2, starts.size() * 15 / 100);
  g.left = starts.front();
  for (size_t i = 0, j = 0; i < starts.size(); ++i) {
    while (j < starts.size() && starts[j] <= starts[i] + 0.25 * g.body_size) ++j;
    if (j - i >= enough) {
      g.left = starts[i];
      break;
    }
  }
  // The right edge: the median of the body lines' ends within 1.5 body sizes of the
  // furthest one. A justified text layer ends every full line at one place, which this
  // is; an OCR'd page ends them a point or two apart, and a few lines further out by
  // dust read as a mark (3-8 points), which would otherwise move the edge out and make
  // full indented lines look centred ("Tập trung …" under a heading joined to it).
  std::vector<double> rights;
  for (const PdfLine* l : lines) {
    if (!l->column && std::abs(l->font_size - g.body_size) < 1) rights.push_back(l->right);
  }
  if (!rights.empty()) {
    std::sort(rights.begin(), rights.end(), std::greater<>());
    size_t near = 1;
    while (near < rights.size() && rights[0] - rights[near] <= 1.5 * g.body_size) ++near;
    g.right = rights[near / 2];
  }
  return g;
}

bool InMargin(const PdfPageLines& p, const PdfLine& l) {
  return !l.column && (l.bottom < kMarginZone * p.height || l.top > (1 - kMarginZone) * p.height);
}

// Running headers and footers: how many pages each margin line (digits aside) is on.
std::map<std::string, int> RecurringMarginLines(const std::vector<PdfPageLines>& pages) {
  std::map<std::string, int> recurring;
  for (const PdfPageLines& p : pages) {
    std::set<std::string> seen;
    for (const PdfLine& l : p.lines) {
      if (InMargin(p, l)) seen.insert(DigitKey(Trim(l.text)));
    }
    for (const std::string& k : seen) ++recurring[k];
  }
  return recurring;
}

// The right margin of the text block, over the whole document: a page of short
// lines has none of its own.
double TextBlockRight(const std::vector<PdfPageLines>& pages) {
  double right = 0;
  for (const PdfPageLines& p : pages) {
    for (const PdfLine& l : p.lines) {
      if (!l.column && !InMargin(p, l)) right = std::max(right, l.right);
    }
  }
  return right;
}

// The lines of `page` that carry its text: no blank lines, page numbers or running
// heads.
std::vector<const PdfLine*> PageTextLines(const PdfPageLines& page, size_t page_count,
                                          const std::map<std::string, int>& recurring) {
  std::vector<const PdfLine*> lines;
  for (const PdfLine& l : page.lines) {
    if (Trim(l.text).empty()) continue;
    if (InMargin(page, l)) {
      if (IsPageNumber(l.text)) continue;
      const auto it = recurring.find(DigitKey(Trim(l.text)));
      if (page_count > 1 && it != recurring.end() && it->second >= 2) continue;
    }
    lines.push_back(&l);
  }
  return lines;
}

// Footnotes: from the first small line at the foot that opens with a marker, either
// raised ("¹ …") or set level ("1 …", as LibreOffice and Word number the notes) when
// the body of the page carries that number as a superscript. Returns where they begin
// in `lines` (lines.size(): none) and appends each note's text to `notes`.
size_t FindPageNotes(const PdfPageLines& page, const std::vector<const PdfLine*>& lines,
                     const PageGeometry& g, std::vector<std::string>* notes) {
  size_t notes_at = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    const PdfLine& l = *lines[i];
    if (l.top <= 0.4 * page.height || l.font_size >= 0.92 * g.body_size) continue;
    if (!l.starts_superscript && !IsNoteStart(lines, i)) continue;
    bool all_small = true;
    for (size_t k = i; k < lines.size(); ++k) all_small &= lines[k]->font_size < 0.92 * g.body_size;
    if (all_small) {
      notes_at = i;
      break;
    }
  }
  for (size_t i = notes_at; i < lines.size(); ++i) {
    if (lines[i]->starts_superscript || IsNoteStart(lines, i) || notes->empty()) {
      std::string note(Trim(lines[i]->text));
      if (!lines[i]->starts_superscript) {
        const size_t digits = note.find_first_not_of("0123456789");
        note = ToSuperscriptDigits(note.substr(0, digits)) + note.substr(digits);
      }
      notes->push_back(std::move(note));
    } else {
      JoinLine(&notes->back(), Trim(lines[i]->text));
    }
  }
  return notes_at;
}

// Where the line before a line stands, for deciding whether it opens a paragraph.
struct LineContext {
  const PdfLine* previous = nullptr;  // the last body line, maybe on the page before
  bool first_on_page = false;
  bool open = false;               // a paragraph is open
  bool paragraph_centred = false;  // the open paragraph is centred
  PageGeometry page, previous_page;
  double doc_right = 0;
};

struct LineStart {
  bool fresh = false;    // the line opens a paragraph
  bool centred = false;  // the line is centred in the text block
};

LineStart ClassifyLineStart(const PdfLine& l, const LineContext& c) {
  const std::string_view text = Trim(l.text);
  const PageGeometry& g = c.page;
  const PdfLine* previous = c.previous;
  const double fs = std::max(1.0, g.body_size);
  LineStart out;
  // Centred: room on both sides and the middle of the text block ("KẾ HOẠCH", a
  // title). A wide centred line that wrapped goes on in the next centred line.
  auto symmetric = [&](const PdfLine& x) {
    return std::abs((x.left + x.right) / 2 - (g.left + g.right) / 2) < 1.5 * fs &&
           x.left > g.left + 0.3 * fs && x.right < g.right - 0.3 * fs;
  };
  // A numbered heading is not a centred title, even when it happens to sit in the
  // middle ("2. Xã phấn đấu …:" indented and short of the right edge): its paragraph
  // ends with it, and the paragraph after it is no wrapped line of it.
  out.centred = !l.column && symmetric(l) && !StartsLikeItem(text);
  // (The wrapped line itself may fill the width: only its middle is checked.)
  const bool wrapped_centred =
      out.centred && previous != nullptr && !c.first_on_page && !previous->column &&
      std::abs((previous->left + previous->right) / 2 - (g.left + g.right) / 2) < 1.5 * fs &&
      previous->right - previous->left > 0.75 * (g.right - g.left) &&
      std::abs(l.font_size - previous->font_size) < 0.5 && l.top - previous->bottom < 0.5 * fs;
  // An indented line after a full line that did not end a sentence goes on with it
  // (hanging indents of lists); otherwise an indent opens a paragraph.
  const bool indented = l.left > g.left + 0.5 * fs;
  bool hanging = false;
  if (indented && previous != nullptr && c.open && !previous->column) {
    const std::string_view before = Trim(previous->text);
    const bool ended =
        !before.empty() && std::string_view(".;:!?").find(before.back()) != std::string_view::npos;
    hanging = previous->right >= std::max(g.right, c.doc_right) - 3 * fs &&
              l.left >= previous->left - 2 && (!ended || StartsLower(text));
  }
  out.fresh = previous == nullptr || l.column || previous->column || !c.open ||
              std::abs(l.font_size - previous->font_size) > 1 || (indented && !hanging) ||
              out.centred || c.paragraph_centred || StartsLikeItem(text);
  // A numbered heading that happens to sit centred under a full line still opens
  // its own paragraph ("12. Xây dựng thị trấn …" after a list item).
  const bool continues_centred = wrapped_centred && !StartsLikeItem(text);
  if (continues_centred) {
    out.fresh = false;
  } else if (!out.fresh) {
    const double right = std::max(c.first_on_page ? c.previous_page.right : g.right, c.doc_right);
    // Across a page break a finished sentence before a capital is a paragraph end
    // even when its line happens to fill the width.
    const std::string_view before = Trim(previous->text);
    const bool sentence_end =
        c.first_on_page && !before.empty() &&
        std::string_view(".;:!?").find(before.back()) != std::string_view::npos &&
        !StartsLower(text);
    out.fresh = sentence_end || previous->right < right - 3 * fs ||
                (!c.first_on_page && l.top - previous->bottom > 0.8 * fs);
  }
  return out;
}

// The text being written: the open paragraph, the footnotes waiting for it to
// close, and where each page's text begins.
class ParagraphWriter {
 public:
  ParagraphWriter(size_t pages, size_t max_paragraph_bytes)
      : starts_(pages, std::string::npos), max_paragraph_bytes_(max_paragraph_bytes) {}

  bool open() const { return open_; }
  bool paragraph_centred() const { return paragraph_centred_; }

  // Closes the open paragraph and opens one with `text`; `tight` (centred or a
  // column line) joins it to a tight one before with a single line break.
  void Start(std::string_view text, bool tight, bool centred) {
    Flush();
    paragraph_.assign(text);
    open_ = true;
    open_tight_ = tight;
    paragraph_centred_ = centred;
  }
  void Join(std::string_view text) { JoinLine(&paragraph_, text); }

  // Notes that page `page`'s text begins with the `text_size` bytes just added,
  // unless it began before; then bounds the open paragraph's length.
  void LineAdded(size_t page, size_t text_size) {
    if (starts_[page] == std::string::npos && (marks_.empty() || marks_.back().first != page)) {
      marks_.emplace_back(page, paragraph_.size() - text_size);
    }
    // Too long: its beginning goes out as a line of its own, the rest stays open.
    for (size_t cut; (cut = LongLineCut(paragraph_, max_paragraph_bytes_)) != std::string::npos;) {
      Emit(cut);
      paragraph_.erase(0, cut + 1);
      continued_ = true;
    }
  }

  void AddNotes(std::vector<std::string> notes) {
    for (std::string& n : notes) notes_.push_back(std::move(n));
  }

  std::string Finish(std::vector<size_t>* page_starts) {
    Flush();
    // A page with no text of its own starts where the next one does.
    size_t next = out_.size();
    for (size_t p = starts_.size(); p-- > 0;) {
      if (starts_[p] == std::string::npos) starts_[p] = next;
      next = starts_[p];
    }
    if (page_starts != nullptr) *page_starts = std::move(starts_);
    return std::move(out_);
  }

 private:
  // Moves the first `length` bytes of the open paragraph to the output; the byte
  // after them (the space cut at, if any) is dropped by the caller.
  void Emit(size_t length) {
    if (!out_.empty()) out_ += continued_ || (open_tight_ && previous_centred_) ? "\n" : "\n\n";
    std::vector<std::pair<size_t, size_t>> later;
    for (const auto& [page, offset] : marks_) {
      if (offset <= length) {
        starts_[page] = out_.size() + offset;
      } else {
        later.emplace_back(page, offset - length - 1);
      }
    }
    marks_ = std::move(later);
    out_.append(paragraph_, 0, length);
  }

  void Flush() {
    if (!open_) return;
    Emit(paragraph_.size());
    previous_centred_ = open_tight_;
    paragraph_.clear();
    open_ = false;
    continued_ = false;
    for (const std::string& n : notes_) {
      out_ += "\n\n" + n;
      previous_centred_ = false;
    }
    notes_.clear();
  }

  std::string out_;
  std::string paragraph_;           // the open paragraph, not yet in out_
  std::vector<std::string> notes_;  // footnotes waiting for the open paragraph to close
  std::vector<size_t> starts_;      // per page: its first byte in out_, or npos
  // Pages whose first text is in the open paragraph: (page, byte offset in it).
  std::vector<std::pair<size_t, size_t>> marks_;
  size_t max_paragraph_bytes_;
  bool open_ = false;
  bool open_tight_ = false;  // the open paragraph is centred or a column line
  bool continued_ = false;   // its beginning is in out_ already (too long)
  bool previous_centred_ = false;
  bool paragraph_centred_ = false;
};

}  // namespace

std::string AssemblePdfPages(const std::vector<PdfPageLines>& pages,
                             std::vector<size_t>* page_starts, size_t max_paragraph_bytes) {
  const std::map<std::string, int> recurring = RecurringMarginLines(pages);
  ParagraphWriter writer(pages.size(), max_paragraph_bytes);
  LineContext context;
  context.doc_right = TextBlockRight(pages);
  for (size_t p = 0; p < pages.size(); ++p) {
    const std::vector<const PdfLine*> lines = PageTextLines(pages[p], pages.size(), recurring);
    context.page = Measure(lines);
    std::vector<std::string> page_notes;
    const size_t notes_at = FindPageNotes(pages[p], lines, context.page, &page_notes);
    for (size_t i = 0; i < notes_at; ++i) {
      const PdfLine& l = *lines[i];
      const std::string_view text = Trim(l.text);
      context.first_on_page = i == 0;
      context.open = writer.open();
      context.paragraph_centred = writer.paragraph_centred();
      const LineStart start = ClassifyLineStart(l, context);
      if (start.fresh) {
        writer.Start(text, l.column || start.centred, start.centred);
      } else {
        writer.Join(text);
      }
      writer.LineAdded(p, text.size());
      context.previous = &l;
    }
    context.previous_page = context.page;
    writer.AddNotes(std::move(page_notes));
  }
  return writer.Finish(page_starts);
}

}  // namespace ntmx
