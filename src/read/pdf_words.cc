// See pdf_words.h.
#include "read/pdf_words.h"

#include <Catalog.h>
#include <Error.h>
#include <ErrorCodes.h>
#include <GlobalParams.h>
#include <Object.h>
#include <PDFDoc.h>
#include <Page.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <goo/GooString.h>

#include <string>

namespace ntmx {
namespace {

void IgnorePopplerMessage(ErrorCategory /*category*/, Goffset /*pos*/, const char* /*msg*/) {}

// Creates Poppler's global parameters on first use and keeps them for the life of the
// process (a GlobalParamsIniter per document, as poppler-cpp has, would build and tear
// them down for every file). Thread-safe: a function-local static.
void InitPopplerOnce() { static const GlobalParamsIniter initer(IgnorePopplerMessage); }

// The length of `utf8` up to its first NUL byte or encoded surrogate (ED A0..BF ..):
// where poppler-cpp's conversion of a word to UTF-16 stopped (strlen, then iconv's
// EILSEQ). Poppler encodes every other code point well-formed.
size_t KeptLength(const std::string& utf8) {
  for (size_t i = 0; i < utf8.size(); ++i) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (c == 0) return i;
    if (c == 0xED && i + 1 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) >= 0xA0) {
      return i;
    }
  }
  return utf8.size();
}

}  // namespace

PdfWords::PdfWords(std::string_view bytes) {
  InitPopplerOnce();
  if (bytes.size() < 10) return;  // kCorrupt, as poppler-cpp refuses it
  // PDFDoc owns the stream; the stream only points at `bytes`.
  auto* stream =
      new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
  doc_ = std::make_unique<PDFDoc>(stream, GooString(""), GooString(""));
  if (doc_->isOk()) {
    state_ = State::kOpen;
  } else if (doc_->getErrorCode() == errEncrypted) {
    state_ = State::kEncrypted;
  }
}

PdfWords::~PdfWords() = default;

int PdfWords::page_count() const { return doc_->getNumPages(); }

bool PdfWords::ReadPage(int index, PdfPage* page) const {
  *page = PdfPage();
  const Page* poppler_page = doc_->getCatalog()->getPage(index + 1);
  if (poppler_page == nullptr) return false;
  page->width = poppler_page->getMediaWidth();
  page->height = poppler_page->getMediaHeight();

  // poppler-cpp also asked for a copy of the cross-reference table (copyXRef), so that
  // one document could be drawn on several threads at once; a PdfWords is used by one
  // thread, so it draws on the document's own table.
  TextOutputDev device(/*fileName=*/nullptr, /*physLayoutA=*/false, /*fixedPitchA=*/0,
                       /*rawOrderA=*/false, /*append=*/false);
  doc_->displayPageSlice(&device, index + 1, /*hDPI=*/72, /*vDPI=*/72, /*rotate=*/0,
                         /*useMediaBox=*/false, /*crop=*/false, /*printing=*/false,
                         /*sliceX=*/-1, /*sliceY=*/-1, /*sliceW=*/-1, /*sliceH=*/-1);
  const std::unique_ptr<TextWordList> words = device.makeWordList();
  if (words == nullptr) return true;
  page->boxes.reserve(static_cast<size_t>(words->getLength()));
  for (int i = 0; i < words->getLength(); ++i) {
    const TextWord* word = words->get(i);
    const std::unique_ptr<GooString> text(word->getText());
    PdfBox box;
    box.text = text->toStr();
    box.text.resize(KeptLength(box.text));
    word->getBBox(&box.left, &box.top, &box.right, &box.bottom);
    box.font_size = word->getFontSize();
    box.space_after = word->hasSpaceAfter();
    page->boxes.push_back(std::move(box));
  }
  return true;
}

}  // namespace ntmx
