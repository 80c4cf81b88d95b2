// See pdf_pages.h.
#include "read/pdf_pages.h"

#include <algorithm>
#include <cmath>
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
  std::map<long, int> lefts;
  std::vector<double> sizes;
  for (const PdfLine* l : lines) {
    if (l->column) continue;
    ++lefts[std::lround(l->left)];
    sizes.push_back(l->font_size);
  }
  if (sizes.empty()) return g;
  std::sort(sizes.begin(), sizes.end());
  g.body_size = sizes[sizes.size() / 2];
  int best = 0;
  for (const auto& [x, n] : lefts) {
    if (n > best) {
      best = n;
      g.left = static_cast<double>(x);
    }
  }
  for (const PdfLine* l : lines) {
    if (!l->column && std::abs(l->font_size - g.body_size) < 1)
      g.right = std::max(g.right, l->right);
  }
  return g;
}

}  // namespace

std::string AssemblePdfPages(const std::vector<PdfPageLines>& pages,
                             std::vector<size_t>* page_starts, size_t max_paragraph_bytes) {
  // Running headers and footers: margin lines that recur on two or more pages.
  auto in_margin = [](const PdfPageLines& p, const PdfLine& l) {
    return !l.column && (l.bottom < kMarginZone * p.height || l.top > (1 - kMarginZone) * p.height);
  };
  std::map<std::string, int> recurring;
  for (const PdfPageLines& p : pages) {
    std::set<std::string> seen;
    for (const PdfLine& l : p.lines) {
      if (in_margin(p, l)) seen.insert(DigitKey(Trim(l.text)));
    }
    for (const std::string& k : seen) ++recurring[k];
  }

  // The right margin of the text block, over the whole document: a page of short
  // lines has none of its own.
  double doc_right = 0;
  for (const PdfPageLines& p : pages) {
    for (const PdfLine& l : p.lines) {
      if (!l.column && !in_margin(p, l)) doc_right = std::max(doc_right, l.right);
    }
  }

  std::string out;
  std::string paragraph;  // the open paragraph, not yet in `out`
  const PdfLine* previous = nullptr;
  bool previous_centred = false, paragraph_centred = false;
  PageGeometry previous_geometry;
  std::vector<std::string> notes;  // footnotes waiting for the open paragraph to close
  std::vector<size_t> starts(pages.size(), std::string::npos);
  // Pages whose first text is in the open paragraph: (page, byte offset in it).
  std::vector<std::pair<size_t, size_t>> marks;
  bool open = false;
  bool open_tight = false;  // the open paragraph is centred or a column line
  bool continued = false;   // the open paragraph's beginning is in `out` already (too long)

  // Moves the first `length` bytes of the open paragraph to `out`; the byte after them
  // (the space cut at, if any) is dropped by the caller.
  auto emit = [&](size_t length) {
    if (!out.empty()) out += continued || (open_tight && previous_centred) ? "\n" : "\n\n";
    std::vector<std::pair<size_t, size_t>> later;
    for (const auto& [page, offset] : marks) {
      if (offset <= length) {
        starts[page] = out.size() + offset;
      } else {
        later.emplace_back(page, offset - length - 1);
      }
    }
    marks = std::move(later);
    out.append(paragraph, 0, length);
  };
  auto flush = [&]() {
    if (!open) return;
    emit(paragraph.size());
    previous_centred = open_tight;
    paragraph.clear();
    open = false;
    continued = false;
    for (const std::string& n : notes) {
      out += "\n\n" + n;
      previous_centred = false;
    }
    notes.clear();
  };

  for (size_t p = 0; p < pages.size(); ++p) {
    const PdfPageLines& page = pages[p];
    std::vector<const PdfLine*> lines;
    for (const PdfLine& l : page.lines) {
      if (Trim(l.text).empty()) continue;
      if (in_margin(page, l) &&
          (IsPageNumber(l.text) || (pages.size() > 1 && recurring[DigitKey(Trim(l.text))] >= 2))) {
        continue;
      }
      lines.push_back(&l);
    }
    const PageGeometry g = Measure(lines);
    // Footnotes: from the first small line at the foot that opens with a marker, either
    // raised ("¹ …") or set level ("1 …", as LibreOffice and Word number the notes)
    // when the body of the page carries that number as a superscript.
    size_t notes_at = lines.size();
    for (size_t i = 0; i < lines.size(); ++i) {
      const PdfLine& l = *lines[i];
      if (l.top <= 0.4 * page.height || l.font_size >= 0.92 * g.body_size) continue;
      if (!l.starts_superscript && !IsNoteStart(lines, i)) continue;
      bool all_small = true;
      for (size_t k = i; k < lines.size(); ++k)
        all_small &= lines[k]->font_size < 0.92 * g.body_size;
      if (all_small) {
        notes_at = i;
        break;
      }
    }
    std::vector<std::string> page_notes;
    for (size_t i = notes_at; i < lines.size(); ++i) {
      if (lines[i]->starts_superscript || IsNoteStart(lines, i) || page_notes.empty()) {
        std::string note(Trim(lines[i]->text));
        if (!lines[i]->starts_superscript) {
          const size_t digits = note.find_first_not_of("0123456789");
          note = ToSuperscriptDigits(note.substr(0, digits)) + note.substr(digits);
        }
        page_notes.push_back(std::move(note));
      } else {
        JoinLine(&page_notes.back(), Trim(lines[i]->text));
      }
    }

    for (size_t i = 0; i < notes_at; ++i) {
      const PdfLine& l = *lines[i];
      const std::string_view text = Trim(l.text);
      const double fs = std::max(1.0, g.body_size);
      // Centred: room on both sides and the middle of the text block ("KẾ HOẠCH", a
      // title). A wide centred line that wrapped goes on in the next centred line.
      auto symmetric = [&](const PdfLine& x) {
        return std::abs((x.left + x.right) / 2 - (g.left + g.right) / 2) < 1.5 * fs &&
               x.left > g.left + 0.3 * fs && x.right < g.right - 0.3 * fs;
      };
      const bool centred = !l.column && symmetric(l);
      // (The wrapped line itself may fill the width: only its middle is checked.)
      const bool wrapped_centred =
          centred && previous != nullptr && i > 0 && !previous->column &&
          std::abs((previous->left + previous->right) / 2 - (g.left + g.right) / 2) < 1.5 * fs &&
          previous->right - previous->left > 0.75 * (g.right - g.left) &&
          std::abs(l.font_size - previous->font_size) < 0.5 && l.top - previous->bottom < 0.5 * fs;
      // An indented line after a full line that did not end a sentence goes on with it
      // (hanging indents of lists); otherwise an indent opens a paragraph.
      const bool indented = l.left > g.left + 0.5 * fs;
      bool hanging = false;
      if (indented && previous != nullptr && open && !previous->column) {
        const std::string_view before = Trim(previous->text);
        const bool ended = !before.empty() &&
                           std::string_view(".;:!?").find(before.back()) != std::string_view::npos;
        hanging = previous->right >= std::max(g.right, doc_right) - 3 * fs &&
                  l.left >= previous->left - 2 && (!ended || StartsLower(text));
      }
      bool fresh = previous == nullptr || l.column || previous->column || !open ||
                   std::abs(l.font_size - previous->font_size) > 1 || (indented && !hanging) ||
                   centred || paragraph_centred || StartsLikeItem(text);
      // A numbered heading that happens to sit centred under a full line still opens
      // its own paragraph ("12. Xây dựng thị trấn …" after a list item).
      const bool continues_centred = wrapped_centred && !StartsLikeItem(text);
      if (continues_centred) fresh = false;
      if (!fresh && !continues_centred) {
        const double right = std::max(i == 0 ? previous_geometry.right : g.right, doc_right);
        // Across a page break a finished sentence before a capital is a paragraph end
        // even when its line happens to fill the width.
        const std::string_view before = Trim(previous->text);
        const bool sentence_end =
            i == 0 && !before.empty() &&
            std::string_view(".;:!?").find(before.back()) != std::string_view::npos &&
            !StartsLower(text);
        fresh = sentence_end || previous->right < right - 3 * fs ||
                (i > 0 && l.top - previous->bottom > 0.8 * fs);
      }
      if (fresh) {
        flush();
        paragraph.assign(text);
        open = true;
        open_tight = l.column || centred;
        paragraph_centred = centred;
      } else {
        JoinLine(&paragraph, text);
      }
      if (starts[p] == std::string::npos && (marks.empty() || marks.back().first != p)) {
        marks.emplace_back(p, paragraph.size() - text.size());
      }
      // Too long: its beginning goes out as a line of its own, the rest stays open.
      for (size_t cut; (cut = LongLineCut(paragraph, max_paragraph_bytes)) != std::string::npos;) {
        emit(cut);
        paragraph.erase(0, cut + 1);
        continued = true;
      }
      previous = &l;
    }
    previous_geometry = g;
    for (std::string& n : page_notes) notes.push_back(std::move(n));
  }
  flush();
  // A page with no text of its own starts where the next one does.
  size_t next = out.size();
  for (size_t p = pages.size(); p-- > 0;) {
    if (starts[p] == std::string::npos) starts[p] = next;
    next = starts[p];
  }
  if (page_starts != nullptr) *page_starts = std::move(starts);
  return out;
}

}  // namespace ntmx
