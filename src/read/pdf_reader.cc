// See pdf_reader.h.
#include "read/pdf_reader.h"

#include <chrono>
#include <climits>

#include "read/pdf_layout.h"
#include "read/pdf_pages.h"
#include "read/pdf_words.h"

namespace ntmx {
namespace {

// Counts letters and digits: a page of a scan has none.
size_t CountTextChars(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    n += (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0xC0;
  return n;
}

}  // namespace

Status ReadPdf(std::string_view bytes, const PdfReadOptions& options, PdfText* out) {
  *out = PdfText();
  // max_seconds from now (already passed when it is not positive), unless the
  // caller's deadline for the whole document is given.
  const WorkDeadline own =
      options.max_seconds < 1e8
          ? WorkDeadline::At(WorkDeadline::Clock::now() +
                             std::chrono::duration_cast<WorkDeadline::Clock::duration>(
                                 std::chrono::duration<double>(options.max_seconds)))
          : WorkDeadline();
  const WorkDeadline& deadline = options.deadline != nullptr ? *options.deadline : own;
  // Poppler repairs a missing cross-reference table quietly and reads what it can; a
  // file cut short would then lose its end without a word, so it is refused here.
  const std::string_view tail = bytes.substr(bytes.size() > 1024 ? bytes.size() - 1024 : 0);
  if (tail.find("%%EOF") == std::string_view::npos) {
    return Status::InvalidInput("truncated PDF (no %%EOF at the end)");
  }
  if (bytes.size() > static_cast<size_t>(INT_MAX)) {
    return Status::InvalidInput("PDF too large for the PDF library");
  }
  const PdfWords doc(bytes);
  if (doc.state() == PdfWords::State::kCorrupt) {
    return Status::InvalidInput("corrupt PDF (Poppler cannot open it)");
  }
  if (doc.state() == PdfWords::State::kEncrypted) {
    return Status::InvalidInput("encrypted PDF: it needs a password");
  }
  const int n = doc.page_count();
  if (n <= 0) return Status::InvalidInput("corrupt PDF (no pages)");
  if (n > options.max_pages) {
    return Status::InvalidInput("PDF has " + std::to_string(n) + " pages (limit " +
                                std::to_string(options.max_pages) + ", [read] max_pages)");
  }

  std::vector<PdfPageLines> pages;
  pages.reserve(n);
  size_t text_chars = 0;
  for (int i = 0; i < n; ++i) {
    if (deadline.Expired()) {
      return Status::InvalidInput("PDF text extraction took more than " +
                                  std::to_string(static_cast<int>(options.max_seconds)) +
                                  " s (stopped at page " + std::to_string(i + 1) + " of " +
                                  std::to_string(n) + ", [read] max_seconds)");
    }
    PdfPage layout;
    if (!doc.ReadPage(i, &layout)) {
      pages.push_back(PdfPageLines{});
      continue;
    }
    for (const PdfBox& box : layout.boxes) text_chars += CountTextChars(box.text);
    pages.push_back(PdfPageLines{layout.width, layout.height, LayoutPdfPage(layout)});
  }
  if (text_chars < 20) {
    return Status::Unsupported(
        "PDF has no text layer (a scan?): it needs OCR, which ntmx does not do");
  }

  // Mojibake of legacy fonts, decided over the whole document, repaired line by line.
  if (options.from_encoding != LegacyEncoding::kNone) {
    std::string all;
    for (const PdfPageLines& p : pages)
      for (const PdfLine& l : p.lines) all.append(l.text).push_back('\n');
    LegacyEncoding found = LegacyEncoding::kNone;
    RepairMojibake(all, options.from_encoding.value_or(LegacyEncoding::kNone), &found);
    if (found != LegacyEncoding::kNone) {
      for (PdfPageLines& p : pages) {
        for (PdfLine& l : p.lines) l.text = RepairMojibake(l.text, found, nullptr);
      }
      out->repaired = found;
    }
  }
  out->utf8 = AssemblePdfPages(pages, &out->page_starts, options.max_paragraph_bytes);
  return Status::Ok();
}

}  // namespace ntmx
