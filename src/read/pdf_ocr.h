// OCR of a PDF page that has no text layer (a scan): the page rendered with poppler-cpp,
// deskewed with Leptonica, read by Tesseract, and handed back as the positioned words a
// text layer would have given (PdfPage, pdf_layout.h), so that the layout and paragraph
// code of every PDF (the two-column header, running heads, paragraphs) reads a scan too.
//
//   PdfOcr ocr(bytes);                        // bytes must outlive `ocr`
//   OcrPage page;
//   Status s = ocr.ReadPage(0, OcrOptions(), &page);
//   // page.words.boxes: "ỦY", "BAN", ... in points, y downwards; page.confidence: 91
//
// Why words and not Tesseract's text: Tesseract's page segmentation (PSM_AUTO) finds the
// two blocks of the official header and reads them one after the other, but its own
// text output joins lines, drops the gaps and guesses paragraphs its own way; the boxes
// go through the same LayoutPdfPage/AssemblePdfPages as a text layer, so a scan and its
// original come out alike. Each box's font size is its line's height (Tesseract's row
// height), the same for every line of the body of a page, so a paragraph break is not
// read into the noise of word heights.
//
// Costs and threads: Tesseract's TessBaseAPI takes ~0.3 s and ~100 MB to Init with the
// Vietnamese model, so there is one per thread per (languages, data path), created on the
// first page that thread reads and kept for the life of the thread (thread_local):
// `ntmx ingest -j N` runs its documents on N worker threads (ingest/batch_ingest.h,
// util/ordered_parallel.h), so N models at most. Debian's libtesseract uses OpenMP
// inside one recognition (4 threads); each OCR thread turns on OpenMP's dynamic threads,
// so a recognition takes only the cores the load average leaves free (OMP_THREAD_LIMIT=1
// forces one).
// Tesseract's messages (tprintf) go to its `debug_file`, set to /dev/null; C++
// exceptions from it are caught and become a Status.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "read/pdf_layout.h"
#include "util/status.h"

namespace poppler {
class document;
}

namespace ntmx {

struct OcrOptions {
  bool enabled = false;           // [ocr] enabled; --no-ocr turns it off
  std::string languages = "vie";  // [ocr] languages: Tesseract's "vie", "vie+eng"
  int dpi = 300;                  // [ocr] dpi: rendering resolution
  int max_pages = 50;             // [ocr] max_pages: more pages to OCR is refused
  // [ocr] seconds_per_page: the document's deadline ([read] max_seconds) is moved this
  // much later for every page read by OCR (WorkDeadline::Extend).
  double seconds_per_page = 30;
  // A page whose text layer has fewer letters and digits than this is read by OCR.
  int min_text_chars = 10;
  std::string tessdata_dir;  // empty: Tesseract's own (TESSDATA_PREFIX or built in)
};

struct OcrPage {
  PdfPage words;        // width, height and boxes in points, as a text layer gives them
  int confidence = -1;  // Tesseract's mean word confidence, 0..100; -1: no words read
};

// Whether Tesseract starts with `options.languages` on this thread (and keeps the
// model for the pages that follow). Returns OK, or Unsupported("Tesseract has no
// model for 'vie' (install tesseract-ocr-vie)").
Status CheckOcrAvailable(const OcrOptions& options);

// Reads the pages of one PDF by OCR. Not thread-safe: one per document and thread.
class PdfOcr {
 public:
  // `bytes`: the PDF, alive and unchanged while this object is used. The document is
  // opened (a second time, by poppler-cpp) on the first ReadPage.
  explicit PdfOcr(std::string_view bytes);
  ~PdfOcr();
  PdfOcr(const PdfOcr&) = delete;
  PdfOcr& operator=(const PdfOcr&) = delete;

  // Renders page `index` (0-based) at options.dpi in colour, turns it grey with the red
  // stamp dropped out, deskews it and reads it.
  // Returns OK (a blank page has no boxes and confidence -1) or a one-line Status:
  // the page cannot be rendered, Tesseract cannot start (CheckOcrAvailable) or failed.
  Status ReadPage(int index, const OcrOptions& options, OcrPage* out);

 private:
  std::string_view bytes_;
  std::unique_ptr<poppler::document> doc_;
};

}  // namespace ntmx
