// See pdf_reader.h.
#include "read/pdf_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <chrono>
#include <climits>
#include <memory>

#include "read/pdf_layout.h"
#include "read/pdf_pages.h"

namespace ntmx {
namespace {

void IgnorePopplerMessage(const std::string& /*message*/, void* /*closure*/) {}

// A word's text, UTF-16 in Poppler's ustring, as UTF-8. Written out here because
// ustring::to_utf8 opens an iconv converter on every call, once per word, which cost
// more than the layout of the whole page. Poppler builds these strings from UTF-8, so
// surrogates come in pairs; a lone one (never seen) becomes U+FFFD.
std::string ToUtf8(const poppler::ustring& s) {
  std::string out;
  out.reserve(s.size() + s.size() / 2);
  auto append = [&out](char32_t c) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const char32_t unit = s[i];
    const bool high = unit >= 0xD800 && unit <= 0xDBFF;
    const bool low_next = i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF;
    if (high && low_next) {
      append(0x10000 + ((unit - 0xD800) << 10) + (s[i + 1] - 0xDC00));
      ++i;
    } else if (unit >= 0xD800 && unit <= 0xDFFF) {
      append(0xFFFD);
    } else {
      append(unit);
    }
  }
  return out;
}

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
  const auto start = std::chrono::steady_clock::now();
  // Process-wide: set once, so that worker threads reading PDFs do not race on it.
  static const bool silenced =
      (poppler::set_debug_error_function(IgnorePopplerMessage, nullptr), true);
  (void)silenced;
  // Poppler repairs a missing cross-reference table quietly and reads what it can; a
  // file cut short would then lose its end without a word, so it is refused here.
  const std::string_view tail = bytes.substr(bytes.size() > 1024 ? bytes.size() - 1024 : 0);
  if (tail.find("%%EOF") == std::string_view::npos) {
    return Status::InvalidInput("truncated PDF (no %%EOF at the end)");
  }
  if (bytes.size() > static_cast<size_t>(INT_MAX)) {
    return Status::InvalidInput("PDF too large for the PDF library");
  }
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (doc == nullptr) return Status::InvalidInput("corrupt PDF (Poppler cannot open it)");
  if (doc->is_locked()) return Status::InvalidInput("encrypted PDF: it needs a password");
  const int n = doc->pages();
  if (n <= 0) return Status::InvalidInput("corrupt PDF (no pages)");
  if (n > options.max_pages) {
    return Status::InvalidInput("PDF has " + std::to_string(n) + " pages (limit " +
                                std::to_string(options.max_pages) + ", [read] max_pages)");
  }

  std::vector<PdfPageLines> pages;
  pages.reserve(n);
  size_t text_chars = 0;
  for (int i = 0; i < n; ++i) {
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (elapsed > options.max_seconds) {
      return Status::InvalidInput("PDF text extraction took more than " +
                                  std::to_string(static_cast<int>(options.max_seconds)) +
                                  " s (stopped at page " + std::to_string(i + 1) + " of " +
                                  std::to_string(n) + ", [read] max_seconds)");
    }
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    PdfPage layout;
    if (page == nullptr) {
      pages.push_back(PdfPageLines{});
      continue;
    }
    const poppler::rectf rect = page->page_rect();
    layout.width = rect.width();
    layout.height = rect.height();
    const std::vector<poppler::text_box> words =
        page->text_list(poppler::page::text_list_include_font);
    layout.boxes.reserve(words.size());
    for (const poppler::text_box& box : words) {
      const poppler::rectf r = box.bbox();
      PdfBox b;
      b.text = ToUtf8(box.text());
      b.left = r.left();
      b.top = r.top();
      b.right = r.right();
      b.bottom = r.bottom();
      b.font_size = box.get_font_size();
      b.space_after = box.has_space_after();
      text_chars += CountTextChars(b.text);
      layout.boxes.push_back(std::move(b));
    }
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
  out->utf8 = AssemblePdfPages(pages, &out->page_starts);
  return Status::Ok();
}

}  // namespace ntmx
