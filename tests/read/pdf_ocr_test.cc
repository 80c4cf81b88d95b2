// OCR of scanned PDF pages (read/pdf_ocr.h through ReadPdf): a one-page scan made here
// from a corpus PDF (rendered in grey, turned by a degree, wrapped as an image-only PDF
// with Leptonica) is read with its header's two columns apart and a confidence; with
// OCR off, too many pages or no model, the old one-line refusal. Skipped where
// Tesseract has no Vietnamese model.
#include "read/pdf_ocr.h"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <cmath>
#include <memory>
#include <string>

#include "read/pdf_reader.h"
#include "test_files.h"

namespace ntmx {
namespace {

// Page `index` of the PDF `bytes` as a scan: grey at `dpi`, rotated by `degrees`, an
// image-only PDF.
std::string MakeScan(const std::string& bytes, int index, int dpi, double degrees) {
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  std::unique_ptr<poppler::page> page(doc->create_page(index));
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  const poppler::image image = renderer.render_page(page.get(), dpi, dpi);
  Pix* pix = pixCreate(image.width(), image.height(), 8);
  for (int y = 0; y < image.height(); ++y) {
    const auto* row =
        reinterpret_cast<const unsigned char*>(image.const_data() + y * image.bytes_per_row());
    l_uint32* line = pixGetData(pix) + y * pixGetWpl(pix);
    for (int x = 0; x < image.width(); ++x) SET_DATA_BYTE(line, x, row[x]);
  }
  Pix* turned = pixRotate(pix, static_cast<float>(degrees * M_PI / 180), L_ROTATE_AREA_MAP,
                          L_BRING_IN_WHITE, 0, 0);
  l_uint8* data = nullptr;
  size_t size = 0;
  pixWriteMemPdf(&data, &size, turned, dpi, nullptr);
  std::string pdf(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  pixDestroy(&pix);
  pixDestroy(&turned);
  return pdf;
}

class PdfOcrTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!CheckOcrAvailable(OcrOptions()).ok()) GTEST_SKIP() << "no Tesseract model for 'vie'";
  }
  static const std::string& Scan() {
    static const std::string scan =
        MakeScan(testing::ReadSourceFile("corpus/pdf/001_69c2c6e4fde7b3b3.pdf"), 0, 200, 1.0);
    return scan;
  }
  static PdfReadOptions On() {
    PdfReadOptions o;
    o.ocr.enabled = true;
    return o;
  }
};

TEST_F(PdfOcrTest, ReadsAScannedPageWithTheHeaderColumnsApart) {
  PdfText pdf;
  const Status s = ReadPdf(Scan(), On(), &pdf);
  ASSERT_TRUE(s.ok()) << s.message();
  const std::string& t = pdf.utf8;
  // The left column (issuer, then its number line) before the right one.
  EXPECT_NE(t.find("ỦY BAN NHÂN DÂN\nSố"), std::string::npos) << t.substr(0, 600);
  EXPECT_NE(t.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
            std::string::npos)
      << t.substr(0, 600);
  EXPECT_NE(t.find("nông thôn mới"), std::string::npos);
  ASSERT_EQ(pdf.ocr_confidence.size(), 1u);
  EXPECT_GE(pdf.ocr_confidence[0], 70);
  EXPECT_LE(pdf.ocr_confidence[0], 100);
  EXPECT_EQ(pdf.page_starts.size(), 1u);
}

TEST_F(PdfOcrTest, PdfOcrGivesBoxesInPointsAndAConfidence) {
  PdfOcr ocr(Scan());
  OcrPage page;
  OcrOptions options;
  options.dpi = 150;
  ASSERT_TRUE(ocr.ReadPage(0, options, &page).ok());
  EXPECT_NEAR(page.words.width, 595, 12);  // A4 in points, whatever the dpi
  EXPECT_GT(page.words.boxes.size(), 100u);
  EXPECT_GT(page.confidence, 50);
  EXPECT_FALSE(ocr.ReadPage(5, options, &page).ok());  // no such page
}

TEST_F(PdfOcrTest, OffTooManyPagesOrNoModelIsOneLine) {
  PdfText pdf;
  Status s = ReadPdf(Scan(), PdfReadOptions(), &pdf);  // OCR off
  EXPECT_EQ(s.code(), Status::Code::kUnsupported);
  EXPECT_EQ(s.message(),
            "PDF has no text layer (a scan?): it needs OCR, which is off (--no-ocr or [ocr] "
            "enabled = false)");
  PdfReadOptions o = On();
  o.ocr.max_pages = 0;
  s = ReadPdf(Scan(), o, &pdf);
  EXPECT_EQ(s.message(), "PDF needs OCR on 1 pages (limit 0, [ocr] max_pages)");
  o = On();
  o.ocr.languages = "xyz";
  s = ReadPdf(Scan(), o, &pdf);
  EXPECT_EQ(s.message(),
            "PDF has no text layer (a scan?): it needs OCR, but Tesseract has no model for "
            "'xyz' (install tesseract-ocr-xyz)");
}

TEST_F(PdfOcrTest, ABlankPageReadsNothing) {
  PdfText pdf;
  const Status s = ReadPdf(testing::ReadSourceFile("tests/data/pdf/no_text.pdf"), On(), &pdf);
  EXPECT_EQ(s.message(), "PDF has no text layer, and OCR read no text on its pages");
}

TEST_F(PdfOcrTest, ATextLayerIsNotReadByOcr) {
  PdfText pdf;
  ASSERT_TRUE(
      ReadPdf(testing::ReadSourceFile("corpus/pdf/001_69c2c6e4fde7b3b3.pdf"), On(), &pdf).ok());
  EXPECT_TRUE(pdf.ocr_confidence.empty());
}

}  // namespace
}  // namespace ntmx
