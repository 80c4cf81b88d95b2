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
// Failures are one-line Statuses: an encrypted file that needs a password, a truncated
// or corrupt file, a file with no text layer (a scan: "needs OCR", which ntmx does not
// do), more pages than max_pages, or extraction running past max_seconds. Poppler's own
// error messages are silenced (they would go to stderr, unattributed).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "read/legacy_encoding.h"
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
};

struct PdfText {
  std::string utf8;
  std::vector<size_t> page_starts;  // one per page: byte offset in utf8, non-decreasing
  LegacyEncoding repaired = LegacyEncoding::kNone;  // the encoding mojibake was read in
};

// Reads the PDF in `bytes`. Returns OK with *out filled, or
//   InvalidInput("encrypted PDF: it needs a password")
//   InvalidInput("truncated PDF (no %%EOF at the end)") / InvalidInput("corrupt PDF ...")
//   Unsupported("PDF has no text layer (a scan?): it needs OCR, which ntmx does not do")
//   InvalidInput("PDF has N pages (limit M)")
//   InvalidInput("PDF text extraction took more than S s (stopped at page N)")
// Thread-safe (separate documents on separate threads); Poppler's global parameters and
// its (silenced) error callback are process-wide and set up on the first call.
// REQUIRES: out != nullptr.
Status ReadPdf(std::string_view bytes, const PdfReadOptions& options, PdfText* out);

}  // namespace ntmx
