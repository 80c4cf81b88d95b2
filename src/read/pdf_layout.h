// PDF page layout: the words of one page, with their positions, into lines in reading
// order. Pure geometry, no Poppler: pdf_reader.cc feeds it Poppler's text boxes, and the
// tests feed it boxes they make up.
//
// Why: a PDF holds positioned words, not lines. Poppler's own reading order interleaves
// the two columns of the official header table line by line
//
//   ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
//   Số: 03/KH-UBND               Độc lập - Tự do - Hạnh phúc
//
// so that "Số: 03/KH-UBND" and "Độc lập - Tự do - Hạnh phúc" end up on one line. Here a
// row whose words leave a gap of several font sizes is split into a left and a right
// segment; a run of two or more such rows (with the single-segment rows that sit on one
// side of the gap) is a column block, emitted left column first, then right column, one
// line per row:
//
//   ỦY BAN NHÂN DÂN / Số: 03/KH-UBND / CỘNG HÒA … / Độc lập - Tự do - Hạnh phúc
//
// A lone split row (a tab stop inside a paragraph) is joined back into one line. Digits
// set smaller and raised (footnote markers, "tiêu chí¹") become superscript characters
// ¹²³…, which is how the structure stage recognises footnotes and their anchors.
#pragma once

#include <string>
#include <vector>

namespace ntmx {

// One word as a PDF text layer gives it. Coordinates in points, y growing downwards.
struct PdfBox {
  std::string text;  // UTF-8
  double left = 0, top = 0, right = 0, bottom = 0;
  double font_size = 0;  // 0 when unknown: the box height stands in
  bool space_after = false;
};

struct PdfPage {
  double width = 595, height = 842;
  std::vector<PdfBox> boxes;
};

// One line of a page in reading order.
struct PdfLine {
  std::string text;  // UTF-8, words joined by single spaces
  double left = 0, top = 0, right = 0, bottom = 0;
  double font_size = 0;             // median font size of its words
  bool column = false;              // part of a two-column block (header, signature table)
  bool starts_superscript = false;  // its first word was a raised small digit ("¹ …")
};

// The lines of `page` in reading order (top to bottom; column blocks as described
// above). Boxes with empty text are ignored. Linear in the boxes after sorting.
std::vector<PdfLine> LayoutPdfPage(const PdfPage& page);

// "12" -> "¹²"; other characters unchanged.
std::string ToSuperscriptDigits(const std::string& digits);

}  // namespace ntmx
