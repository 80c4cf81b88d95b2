// PDF pages to text: the lines of every page (pdf_layout.h) into the plain text the
// normalize stage reads, one paragraph per line, as the text exports of a plan have it.
//
// What it removes and mends, and why:
//   * running headers and footers: a line in the top or bottom tenth of a page that
//     recurs (digits aside) on another page, and page numbers there ("3", "- 3 -",
//     "Trang 3", "Trang 3/12"). They would otherwise land in the middle of sentences.
//   * lines of one paragraph are joined with a space; a word hyphenated at a line end
//     ("phát tri-" + "ển") is rejoined without the hyphen when the next line goes on in
//     lower case ("KH-" + "UBND" keeps its hyphen); a soft hyphen at a line end goes.
//   * a paragraph that runs over a page break stays one paragraph.
//   * footnotes: lines at the foot of a page that open with a superscript marker and are
//     set smaller than the body become their own paragraphs ("¹ Các cơ quan, …"), emitted
//     after the paragraph the page break interrupted, so the structure stage lifts them and
//     links them to their markers as in text.
// A new paragraph starts at an indented line, after a line that stops short of the right
// margin, at a bullet or numbered heading, at a change of font size, after a vertical gap,
// and at every line of a column block (header). Paragraphs are separated by a blank line,
// except between centred or column lines (the header and title block), as in the text
// exports.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "read/pdf_layout.h"

namespace ntmx {

struct PdfPageLines {
  double width = 595, height = 842;
  std::vector<PdfLine> lines;  // in reading order (LayoutPdfPage)
};

// The text of the document. *page_starts (may be null) receives, for every page, the
// byte offset in the result where that page's text begins (a page whose text is all
// removed starts where the next one does; the offsets never decrease).
//
// A paragraph longer than `max_paragraph_bytes` (0: no bound) is not built whole: its
// text so far is cut where the normalizer cuts a long line (LongLineCut, text/strings.h:
// a sentence end or a space) and goes on in a new line, so no stage after this one
// ever holds a paragraph of unbounded length, whatever the PDF (one paragraph over
// a thousand pages).
std::string AssemblePdfPages(const std::vector<PdfPageLines>& pages,
                             std::vector<size_t>* page_starts, size_t max_paragraph_bytes = 0);

}  // namespace ntmx
