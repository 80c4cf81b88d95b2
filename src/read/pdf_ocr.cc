// See pdf_ocr.h.
#include "read/pdf_ocr.h"

#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <bit>
#include <climits>
#include <cmath>
#include <cstdint>
#include <exception>
#include <vector>

// libgomp's, when loaded (Debian's libtesseract uses OpenMP): weak, so that ntmx links
// and runs the same with a Tesseract built without it.
extern "C" void omp_set_dynamic(int dynamic) __attribute__((weak));

namespace ntmx {
namespace {

// A page larger than this many pixels at the asked resolution is rendered at a lower
// one (a poster-sized page at 300 dpi would take gigabytes).
constexpr double kMaxPixels = 60e6;

// Lines whose height is within this fraction of the page's median line height are
// body lines and get exactly that height as their font size (see pdf_ocr.h).
constexpr double kBodyTolerance = 0.15;

// Below this confidence a word of punctuation alone is dropped (CollectWords).
constexpr float kMinMarkConfidence = 85;

// A word read with less confidence than this that ends in a full stop after letters
// ("giao.", "của.", "Ủy.") had dust read as the stop: Tesseract reads the mark itself
// at 90 and more, but the word's confidence falls (37-78 on corpus/scans, where a
// sentence's last word reads at 85-97). The stop is dropped (WithoutDustStop).
constexpr float kMinStopConfidence = 85;

bool IsPunctuationOnly(const char* word) {
  for (const char* p = word; *p != '\0'; ++p) {
    const auto c = static_cast<unsigned char>(*p);
    if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      return false;
    }
  }
  return true;
}

// `word` without the full stops it ends with, when they follow a word of letters with
// a lower-case one among them (not "II." or "TP.", not "2024.") and the word was read
// with less than kMinStopConfidence; else `word`.
std::string WithoutDustStop(std::string word, float confidence) {
  if (confidence >= kMinStopConfidence || word.empty() || word.back() != '.') return word;
  size_t end = word.size();
  while (end > 0 && word[end - 1] == '.') --end;
  bool lower = false;
  for (size_t i = 0; i < end; ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (c >= 'a' && c <= 'z') {
      lower = true;
    } else if (c < 0x80 && !(c >= 'A' && c <= 'Z')) {
      return word;  // a digit or a mark: "2024.", "(a)." keep their stop
    }
  }
  if (lower) word.resize(end);
  return word;
}

void IgnorePopplerCppMessage(const std::string& /*message*/, void* /*closure*/) {}

// One Tesseract per thread and (data path, languages): see pdf_ocr.h.
struct Engine {
  std::string key;
  std::unique_ptr<tesseract::TessBaseAPI> api;  // null: Init failed
};

tesseract::TessBaseAPI* ThreadEngine(const OcrOptions& options) {
  thread_local std::vector<Engine> engines;
  const std::string key = options.tessdata_dir + '\n' + options.languages;
  for (Engine& e : engines) {
    if (e.key == key) return e.api.get();
  }
  // Tesseract asks OpenMP for 4 threads inside one recognition; on a loaded machine
  // (ingest's workers, other processes) their spinning costs more than it gains (one
  // page: 41 s instead of 12 s with load 5 on 2 cores). Dynamic threads let the runtime
  // give a region only the cores the load average leaves free. Per thread, as is
  // OpenMP's setting.
  if (omp_set_dynamic != nullptr) omp_set_dynamic(1);
  auto api = std::make_unique<tesseract::TessBaseAPI>();
  // Tesseract's messages ("Error opening data file ...") go to debug_file.
  api->SetVariable("debug_file", "/dev/null");
  const char* datapath = options.tessdata_dir.empty() ? nullptr : options.tessdata_dir.c_str();
  bool ok = false;
  try {
    ok = api->Init(datapath, options.languages.c_str(), tesseract::OEM_LSTM_ONLY) == 0;
  } catch (const std::exception&) {
    ok = false;
  }
  if (ok) api->SetPageSegMode(tesseract::PSM_AUTO);
  engines.push_back(Engine{key, ok ? std::move(api) : nullptr});
  return engines.back().api.get();
}

// "Tesseract has no model for 'vie+eng' (install tesseract-ocr-vie tesseract-ocr-eng)".
Status NoModel(const OcrOptions& options) {
  std::string packages;
  for (size_t b = 0; b <= options.languages.size();) {
    const size_t e = std::min(options.languages.find('+', b), options.languages.size());
    if (e > b)
      packages +=
          (packages.empty() ? "" : " ") + ("tesseract-ocr-" + options.languages.substr(b, e - b));
    b = e + 1;
  }
  return Status::Unsupported("Tesseract has no model for '" + options.languages + "' (install " +
                             packages + ")");
}

// The bytes of a format_argb32 pixel: poppler stores each pixel as a native-endian
// 32-bit 0xAARRGGBB, so B, G, R, A in memory on a little-endian machine.
constexpr bool kLittle = std::endian::native == std::endian::little;
constexpr int kRedByte = kLittle ? 2 : 1, kGreenByte = kLittle ? 1 : 2, kBlueByte = kLittle ? 0 : 3;

// The grey level Tesseract reads for one pixel: the red channel, pushed further towards
// white by the pixel's redness (red above the mean of green and blue). A signed plan's
// red stamp lies over the signature block ("TM. ỦY BAN NHÂN DÂN", the position, the
// signer's name): in luminance it is a dark ring through the words (Tesseract dropped
// the block, or read the ring as letters: "ZM:", "©ã Đức Tín"); so it turns white,
// while black print, black over red and grey antialiasing (no redness) keep their level
// and blue or black ink stays dark.
uint8_t StampDropout(int red, int green, int blue) {
  return static_cast<uint8_t>(std::clamp(red + (red - (green + blue) / 2), 0, 255));
}

// The page as an 8-bit grey Pix with the stamp dropped out (StampDropout); Leptonica
// owns the copy.
Pix* ToPix(const poppler::image& image) {
  const int w = image.width(), h = image.height();
  Pix* pix = pixCreate(w, h, 8);
  if (pix == nullptr) return nullptr;
  l_uint32* data = pixGetData(pix);
  const int wpl = pixGetWpl(pix);
  const char* src = image.const_data();
  for (int y = 0; y < h; ++y) {
    l_uint32* line = data + static_cast<ptrdiff_t>(y) * wpl;
    const auto* row = reinterpret_cast<const unsigned char*>(src + static_cast<ptrdiff_t>(y) *
                                                                       image.bytes_per_row());
    for (int x = 0; x < w; ++x) {
      const unsigned char* pixel = row + 4 * x;
      SET_DATA_BYTE(line, x, StampDropout(pixel[kRedByte], pixel[kGreenByte], pixel[kBlueByte]));
    }
  }
  pixSetResolution(pix, 0, 0);
  return pix;
}

// Frees a Pix on every return path.
struct PixDeleter {
  void operator()(Pix* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

// The boxes of the recognised words, in points, standing on their line as a text
// layer's would: every word of a Tesseract line gets the line's baseline and its
// height (ascent 0.9, descent 0.2 of the font size, as a PDF font's box), so the rows
// LayoutPdfPage forms are Tesseract's lines (a word's own box, raised by a stacked
// tone mark or lowered by "g", would join the line above or below), and the font
// size is the line's row height (x-height, ascenders and descenders), the same for
// every body line of the page (kBodyTolerance).
void CollectWords(tesseract::TessBaseAPI* api, double scale, PdfPage* out) {
  const std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
  if (it == nullptr) return;
  std::vector<double> line_sizes, baselines;
  double line_size = 0, baseline = 0;
  do {
    if (it->Empty(tesseract::RIL_WORD)) continue;
    if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE) || line_size <= 0) {
      int l, t, r, b;
      it->BoundingBox(tesseract::RIL_TEXTLINE, &l, &t, &r, &b);
      float row_height = 0, descenders = 0, ascenders = 0;
      it->RowAttributes(&row_height, &descenders, &ascenders);
      line_size = (row_height > 0 ? row_height : 0.75 * std::max(1, b - t)) * scale;
      int x1, y1, x2, y2;
      baseline = it->Baseline(tesseract::RIL_TEXTLINE, &x1, &y1, &x2, &y2)
                     ? (y1 + y2) / 2.0 * scale
                     : b * scale - 0.2 * line_size;
      line_sizes.push_back(line_size);
    }
    const std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
    if (text == nullptr || text[0] == '\0') continue;
    int l, t, r, b;
    it->BoundingBox(tesseract::RIL_WORD, &l, &t, &r, &b);
    // A word of punctuation alone read with low confidence is dust or a rule's end, not
    // a list dash (real ones read at 88-95; dust at 25-80 on corpus/scans).
    if (IsPunctuationOnly(text.get()) && it->Confidence(tesseract::RIL_WORD) < kMinMarkConfidence) {
      continue;
    }
    PdfBox box;
    box.text = WithoutDustStop(text.get(), it->Confidence(tesseract::RIL_WORD));
    box.left = l * scale;
    box.right = r * scale;
    box.font_size = line_size;
    box.space_after = true;
    out->boxes.push_back(std::move(box));
    baselines.push_back(baseline);
  } while (it->Next(tesseract::RIL_WORD));
  if (line_sizes.empty()) return;
  std::nth_element(line_sizes.begin(), line_sizes.begin() + line_sizes.size() / 2,
                   line_sizes.end());
  const double body = line_sizes[line_sizes.size() / 2];
  for (size_t i = 0; i < out->boxes.size(); ++i) {
    PdfBox& box = out->boxes[i];
    if (std::abs(box.font_size - body) <= kBodyTolerance * body) box.font_size = body;
    box.top = baselines[i] - 0.9 * box.font_size;
    box.bottom = baselines[i] + 0.2 * box.font_size;
  }
}

}  // namespace

Status CheckOcrAvailable(const OcrOptions& options) {
  return ThreadEngine(options) != nullptr ? Status::Ok() : NoModel(options);
}

PdfOcr::PdfOcr(std::string_view bytes) : bytes_(bytes) {}
PdfOcr::~PdfOcr() = default;

Status PdfOcr::ReadPage(int index, const OcrOptions& options, OcrPage* out) {
  *out = OcrPage();
  tesseract::TessBaseAPI* api = ThreadEngine(options);
  if (api == nullptr) return NoModel(options);
  if (doc_ == nullptr) {
    poppler::set_debug_error_function(IgnorePopplerCppMessage, nullptr);
    if (bytes_.size() > static_cast<size_t>(INT_MAX)) {
      return Status::InvalidInput("PDF too large for OCR");
    }
    doc_.reset(
        poppler::document::load_from_raw_data(bytes_.data(), static_cast<int>(bytes_.size())));
    if (doc_ == nullptr) return Status::InvalidInput("corrupt PDF (cannot render it for OCR)");
  }
  const std::unique_ptr<poppler::page> page(doc_->create_page(index));
  if (page == nullptr) {
    return Status::InvalidInput("cannot render page " + std::to_string(index + 1) + " for OCR");
  }
  const poppler::rectf size = page->page_rect(poppler::media_box);
  double dpi = std::max(50, options.dpi);
  const double pixels = size.width() * size.height() * (dpi / 72) * (dpi / 72);
  if (pixels > kMaxPixels) dpi *= std::sqrt(kMaxPixels / pixels);

  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_argb32);
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  const poppler::image image = renderer.render_page(page.get(), dpi, dpi);
  if (!image.is_valid() || image.width() <= 0 || image.height() <= 0) {
    return Status::InvalidInput("cannot render page " + std::to_string(index + 1) + " for OCR");
  }
  const PixPtr grey(ToPix(image));
  if (grey == nullptr) return Status::Internal("out of memory rendering a page for OCR");
  // Deskew: Leptonica finds the angle of the text lines (within a few degrees) and
  // rotates the page back; a page it cannot measure comes back as it was.
  const PixPtr straight(pixFindSkewAndDeskew(grey.get(), 2, nullptr, nullptr));
  Pix* pix = straight != nullptr ? straight.get() : grey.get();

  const double scale = 72.0 / dpi;
  out->words.width = pixGetWidth(pix) * scale;
  out->words.height = pixGetHeight(pix) * scale;
  try {
    api->SetImage(pix);
    api->SetSourceResolution(static_cast<int>(std::lround(dpi)));
    if (api->Recognize(nullptr) != 0) {
      api->Clear();
      return Status::Internal("Tesseract could not read page " + std::to_string(index + 1));
    }
    CollectWords(api, scale, &out->words);
    if (!out->words.boxes.empty()) out->confidence = api->MeanTextConf();
    api->Clear();
  } catch (const std::exception& e) {
    api->Clear();
    return Status::Internal("Tesseract failed on page " + std::to_string(index + 1) + ": " +
                            e.what());
  }
  return Status::Ok();
}

}  // namespace ntmx
