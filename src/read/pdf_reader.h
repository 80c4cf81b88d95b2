// PDF reading: the bytes of a PDF in, the text of its text layer out, page by page in
// reading order, with the offset where each page begins.
//
//   PdfText pdf;
//   Status s = ReadPdf(bytes, PdfReadOptions(), &pdf);
//   // pdf.utf8        "ỦY BAN NHÂN DÂN\nSố: 03/KH-UBND\nCỘNG HÒA XÃ HỘI ...\n..."
//   // pdf.page_starts {0, 2210, 4875, ...}  byte offsets into pdf.utf8
//
// Poppler gives the positioned words of each page (pdf_words.h); pdf_layout.h puts them
// into lines (the two-column header de-interleaved, footnote markers as ¹²³) and
// pdf_pages.h into paragraphs (running headers, footers and page numbers removed,
// hyphenation and page breaks mended, footnotes as their own paragraphs). Text drawn with
// legacy Vietnamese fonts (.VnTime, VNI-Times) arrives as mojibake ("KÕ ho¹ch") and is
// converted by RepairMojibake (legacy_encoding.h). NFD and broken font maps are left to
// the normalize stage, as for text.
//
// A page whose text layer has (next to) no letters, a scanned page, is read by OCR when
// options.ocr.enabled (pdf_ocr.h): Tesseract's words go through the same layout as a text
// layer's, and each line through the OCR repair (ocr_repair.h). PdfText::ocr_confidence
// then says which pages were read so, and how well.
//
// Failures are one-line Statuses: an encrypted file that needs a password, a truncated
// or corrupt file, a file with no text layer when OCR is off or Tesseract's model is
// missing ("needs OCR"), more pages than max_pages (or than ocr.max_pages to OCR), or
// extraction running past max_seconds. Poppler's own error messages are silenced (they
// would go to stderr, unattributed).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "read/legacy_encoding.h"
#include "read/ocr_repair.h"
#include "read/pdf_ocr.h"
#include "util/deadline.h"
#include "util/status.h"

namespace ntmx {

struct PdfReadOptions {
  int max_pages = 1000;     // more pages: refused before any text is read
  double max_seconds = 60;  // wall-clock budget for one document, checked per page
  // The document's deadline (util/deadline.h), checked per page instead of
  // max_seconds when given. Must outlive the call.
  const WorkDeadline* deadline = nullptr;
  // Paragraphs longer than this are broken into lines (AssemblePdfPages). 0: no bound.
  size_t max_paragraph_bytes = 0;
  // Legacy encoding of mojibake text: nullopt detects it, kNone turns repair off.
  std::optional<LegacyEncoding> from_encoding;
  // Pages whose text layer has fewer than ocr.min_text_chars letters and digits are
  // read by OCR when ocr.enabled (pdf_ocr.h), their lines repaired by `ocr_repair`
  // (ocr_repair.h; null: not repaired), which must outlive the call.
  OcrOptions ocr;
  const OcrRepair* ocr_repair = nullptr;
};

struct PdfText {
  std::string utf8;
  std::vector<size_t> page_starts;  // one per page: byte offset in utf8, non-decreasing
  LegacyEncoding repaired = LegacyEncoding::kNone;  // the encoding mojibake was read in
  // Per page: Tesseract's mean word confidence (0..100) for a page read by OCR, -1 for
  // one read from its text layer. Empty when no page was read by OCR.
  std::vector<int> ocr_confidence;
};

// Reads the PDF in `bytes`. Returns OK with *out filled, or
//   InvalidInput("encrypted PDF: it needs a password")
//   InvalidInput("truncated PDF (no %%EOF at the end)") / InvalidInput("corrupt PDF ...")
//   Unsupported("PDF has no text layer (a scan?): it needs OCR, which is off ...")
//   Unsupported("PDF has no text layer (a scan?): it needs OCR, but Tesseract has no
//               model for 'vie' (install tesseract-ocr-vie)")
//   InvalidInput("PDF needs OCR on N pages (limit M, [ocr] max_pages)")
//   InvalidInput("PDF has N pages (limit M)")
//   InvalidInput("PDF text extraction took more than S s (stopped at page N)")
// Thread-safe (separate documents on separate threads); Poppler's global parameters and
// its (silenced) error callback are process-wide and set up on the first call.
// REQUIRES: out != nullptr.
Status ReadPdf(std::string_view bytes, const PdfReadOptions& options, PdfText* out);

}  // namespace ntmx
