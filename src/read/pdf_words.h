// The words of a PDF's pages, each with its box, font size and whether a space follows,
// from Poppler's TextOutputDev: what pdf_layout.h turns into lines.
//
//   PdfWords words(bytes);                  // bytes must outlive `words`
//   if (words.state() == PdfWords::State::kOpen) {
//     PdfPage page;
//     words.ReadPage(0, &page);             // page.width, page.height, one PdfBox per word
//   }
//
// Why Poppler's core API and not poppler-cpp: page::text_list(text_list_include_font)
// gives the same words but costs half as much again as the layout that follows. For every
// page it rescans all the document's fonts (FontInfoScanner, 8.7% of a PDF's time),
// converts every word to UTF-16 through a freshly opened iconv converter (7.2%) and copies
// per-glyph font names and boxes that ntmx never reads (~13%). Reading the TextWordList
// directly produced the same 19,286 words on corpus/pdf in 138 ms instead of 208 ms.
//
// The price: the core headers (libpoppler-private-dev) are not a stable API or ABI; they
// change between Poppler releases. ntmx pins Debian 12's Poppler 22.12, and this file is
// the only one that includes them.
//
// What is kept from poppler-cpp so that the text stays as it was: the document opens as
// poppler-cpp opened it (empty passwords; under 10 bytes is corrupt), pages are looked up
// in the catalogue, the page size is its media box, and the words come from a page drawn
// at 72 dpi, unrotated, on its crop box. A word's text ends at its first U+0000 or
// surrogate code point, where poppler-cpp's UTF-8 to UTF-16 conversion stopped.
//
// Threads: Poppler's global parameters are created once per process (and its error
// messages silenced: they would go to stderr, unattributed); everything else belongs to
// one PdfWords, so separate documents can be read on separate threads.
#pragma once

#include <memory>
#include <string_view>

#include "read/pdf_layout.h"

class PDFDoc;  // Poppler

namespace ntmx {

class PdfWords {
 public:
  enum class State { kOpen, kCorrupt, kEncrypted };

  // Opens the PDF in `bytes`, which must stay alive and unchanged while this object is
  // used. Never throws; state() tells whether it opened.
  explicit PdfWords(std::string_view bytes);
  ~PdfWords();
  PdfWords(const PdfWords&) = delete;
  PdfWords& operator=(const PdfWords&) = delete;

  State state() const { return state_; }

  // The number of pages. REQUIRES: state() == State::kOpen.
  int page_count() const;

  // Fills *page (width, height in points; the words in Poppler's reading order) with
  // page `index` (0-based). Returns false, *page then empty, when Poppler cannot load
  // the page. REQUIRES: state() == State::kOpen, 0 <= index < page_count(), page != nullptr.
  bool ReadPage(int index, PdfPage* page) const;

 private:
  std::unique_ptr<PDFDoc> doc_;
  State state_ = State::kCorrupt;
};

}  // namespace ntmx
