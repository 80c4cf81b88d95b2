// See pdf_reader.h.
#include "read/pdf_reader.h"

#include <unicode/uchar.h>
#include <algorithm>
#include <chrono>
#include <climits>

#include "read/pdf_layout.h"
#include "read/pdf_ocr.h"
#include "read/pdf_pages.h"
#include "read/pdf_words.h"
#include "text/utf8.h"

namespace ntmx {
namespace {

// A document whose text layer holds fewer letters and digits than this is a scan.
constexpr size_t kMinTextChars = 20;

// Counts letters and digits: a page of a scan has none.
size_t CountTextChars(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    n += (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0xC0;
  return n;
}

// Whether `utf8` holds a letter or a digit of any script ("—~=" does not).
bool HasLetterOrDigit(std::string_view utf8) {
  for (size_t i = 0; i < utf8.size();) {
    if (u_isalnum(static_cast<UChar32>(DecodeUtf8(utf8, &i)))) return true;
  }
  return false;
}

// Reads the pages marked in `needs_ocr` by OCR into `pages`, their confidences into
// *confidence. `must` (the text layer holds next to nothing): a page OCR cannot read
// fails the document; otherwise such a page stays as its text layer left it.
Status OcrPages(std::string_view bytes, const PdfReadOptions& options, const WorkDeadline& deadline,
                const std::vector<bool>& needs_ocr, bool must, std::vector<PdfPageLines>* pages,
                std::vector<int>* confidence) {
  const int n = static_cast<int>(needs_ocr.size());
  const int wanted = static_cast<int>(std::count(needs_ocr.begin(), needs_ocr.end(), true));
  if (wanted > options.ocr.max_pages) {
    if (!must) return Status::Ok();
    return Status::InvalidInput("PDF needs OCR on " + std::to_string(wanted) + " pages (limit " +
                                std::to_string(options.ocr.max_pages) + ", [ocr] max_pages)");
  }
  if (Status s = CheckOcrAvailable(options.ocr); !s.ok()) {
    if (!must) return Status::Ok();
    return Status::Unsupported("PDF has no text layer (a scan?): it needs OCR, but " + s.message());
  }
  PdfOcr ocr(bytes);
  confidence->assign(static_cast<size_t>(n), -1);
  for (int i = 0; i < n; ++i) {
    if (!needs_ocr[static_cast<size_t>(i)]) continue;
    // Each OCR page brings its own time (see WorkDeadline::Extend).
    deadline.Extend(std::chrono::duration_cast<WorkDeadline::Clock::duration>(
        std::chrono::duration<double>(std::max(0.0, options.ocr.seconds_per_page))));
    if (deadline.Expired()) {
      return Status::InvalidInput("PDF OCR took more than its time (stopped at page " +
                                  std::to_string(i + 1) + " of " + std::to_string(n) +
                                  ", [read] max_seconds + [ocr] seconds_per_page per page)");
    }
    OcrPage page;
    if (Status s = ocr.ReadPage(i, options.ocr, &page); !s.ok()) {
      if (must) return s;
      continue;
    }
    if (page.words.boxes.empty()) continue;
    PdfPageLines lines{page.words.width, page.words.height, LayoutPdfPage(page.words)};
    if (options.ocr_repair != nullptr) {
      for (PdfLine& l : lines.lines) l.text = options.ocr_repair->Apply(l.text);
    }
    // A line without a letter or a digit is a table rule, a stamp or dust to OCR.
    std::erase_if(lines.lines, [](const PdfLine& l) { return !HasLetterOrDigit(l.text); });
    (*pages)[static_cast<size_t>(i)] = std::move(lines);
    (*confidence)[static_cast<size_t>(i)] = page.confidence;
  }
  if (std::all_of(confidence->begin(), confidence->end(), [](int c) { return c < 0; })) {
    confidence->clear();  // OCR read nothing: the document is not an OCR one
  }
  return Status::Ok();
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
  std::vector<bool> needs_ocr(static_cast<size_t>(n), false);
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
      needs_ocr[static_cast<size_t>(i)] = options.ocr.enabled;
      continue;
    }
    size_t page_chars = 0;
    for (const PdfBox& box : layout.boxes) page_chars += CountTextChars(box.text);
    text_chars += page_chars;
    needs_ocr[static_cast<size_t>(i)] =
        options.ocr.enabled && page_chars < static_cast<size_t>(options.ocr.min_text_chars);
    pages.push_back(PdfPageLines{layout.width, layout.height, LayoutPdfPage(layout)});
  }
  const bool must_ocr = text_chars < kMinTextChars;
  if (must_ocr && !options.ocr.enabled) {
    return Status::Unsupported(
        "PDF has no text layer (a scan?): it needs OCR, which is off (--no-ocr or [ocr] "
        "enabled = false)");
  }
  if (std::count(needs_ocr.begin(), needs_ocr.end(), true) > 0) {
    Status s =
        OcrPages(bytes, options, deadline, needs_ocr, must_ocr, &pages, &out->ocr_confidence);
    if (!s.ok()) return s;
    if (must_ocr && out->ocr_confidence.empty()) {
      return Status::Unsupported("PDF has no text layer, and OCR read no text on its pages");
    }
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
