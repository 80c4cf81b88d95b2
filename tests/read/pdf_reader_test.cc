// ReadPdf on real files: the corpus PDFs (made by corpus/make_fixtures.py) read with
// their header lines, footnotes and page starts; encrypted, truncated, corrupt and
// text-less files and the page and time limits give one-line errors.
#include "read/pdf_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "test_files.h"

namespace ntmx {
namespace {

const char kSeed000[] = "corpus/pdf/000_c96f4298ede59e80.pdf";
const char kSeed001[] = "corpus/pdf/001_69c2c6e4fde7b3b3.pdf";

TEST(ReadPdf, ReadsTheHeaderAsSeparateLines) {
  PdfText pdf;
  ASSERT_TRUE(ReadPdf(testing::ReadSourceFile(kSeed001), PdfReadOptions(), &pdf).ok());
  const std::string& t = pdf.utf8;
  EXPECT_NE(t.find("\nSố: 03/KH-UBND\n"), std::string::npos) << t.substr(0, 400);
  EXPECT_NE(t.find("\nHương Sơn, ngày 05 tháng 01 năm 2023\n"), std::string::npos);
  EXPECT_NE(t.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
            std::string::npos);
  // The running header and the "Trang N" footer are gone.
  EXPECT_EQ(t.find("Kế hoạch xây dựng nông thôn mới\n"), std::string::npos);
  EXPECT_EQ(t.find("Trang 2"), std::string::npos);
  EXPECT_GE(pdf.page_starts.size(), 2u);
  EXPECT_EQ(pdf.page_starts[0], 0u);
  for (size_t i = 1; i < pdf.page_starts.size(); ++i) {
    EXPECT_GT(pdf.page_starts[i], pdf.page_starts[i - 1]);
  }
}

TEST(ReadPdf, FootnotesBecomeTheirOwnParagraphs) {
  PdfText pdf;
  ASSERT_TRUE(ReadPdf(testing::ReadSourceFile(kSeed000), PdfReadOptions(), &pdf).ok());
  EXPECT_NE(pdf.utf8.find("phụ trách các tiêu chí¹."), std::string::npos);
  EXPECT_NE(pdf.utf8.find("\n\n¹ Các cơ quan, đơn vị: Kinh tế - Hạ tầng;"), std::string::npos);
  EXPECT_NE(pdf.utf8.find("\n\n³ Đảm bảo 3 sạch"), std::string::npos);
}

TEST(ReadPdf, MojibakeOfATcvn3FontIsConverted) {
  // corpus/legacy/tcvn3-pdf: seed 001 printed in a TCVN3 font without a Unicode map, so
  // its text layer says "KÕ ho¹ch". (LibreOffice drops the byte 0xAD, which is "ư" in
  // TCVN3 and a soft hyphen in Windows-1252, so "Chương" reads "Chơng" in this fixture.)
  PdfText pdf;
  ASSERT_TRUE(ReadPdf(testing::ReadSourceFile("corpus/legacy/tcvn3-pdf/001_69c2c6e4fde7b3b3.pdf"),
                      PdfReadOptions(), &pdf)
                  .ok());
  EXPECT_EQ(pdf.repaired, LegacyEncoding::kTcvn3);
  EXPECT_NE(pdf.utf8.find("\nSố: 03/KH-UBND\n"), std::string::npos) << pdf.utf8.substr(0, 300);
  EXPECT_NE(pdf.utf8.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
            std::string::npos);
  EXPECT_NE(pdf.utf8.find("Thực hiện Kế hoạch số 269/KH-UBND ngày 20 tháng 12 năm 2022"),
            std::string::npos);
  // The same file with mojibake repair turned off keeps its mojibake.
  PdfReadOptions off;
  off.from_encoding = LegacyEncoding::kNone;
  ASSERT_TRUE(ReadPdf(testing::ReadSourceFile("corpus/legacy/tcvn3-pdf/001_69c2c6e4fde7b3b3.pdf"),
                      off, &pdf)
                  .ok());
  EXPECT_NE(pdf.utf8.find("KÕ HO¹CH"), std::string::npos) << pdf.utf8.substr(0, 300);
}

TEST(ReadPdf, EncryptedTruncatedCorruptAndScannedFilesAreRefused) {
  PdfText pdf;
  Status s =
      ReadPdf(testing::ReadSourceFile("tests/data/pdf/encrypted.pdf"), PdfReadOptions(), &pdf);
  EXPECT_EQ(s.message(), "encrypted PDF: it needs a password");

  const std::string whole = testing::ReadSourceFile(kSeed001);
  s = ReadPdf(whole.substr(0, whole.size() / 2), PdfReadOptions(), &pdf);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_TRUE(s.message().starts_with("truncated PDF")) << s.message();

  s = ReadPdf("%PDF-1.7\nthis is not a PDF at all\n%%EOF\n", PdfReadOptions(), &pdf);
  EXPECT_TRUE(s.message().starts_with("corrupt PDF")) << s.message();

  s = ReadPdf(testing::ReadSourceFile("tests/data/pdf/no_text.pdf"), PdfReadOptions(), &pdf);
  EXPECT_EQ(s.code(), Status::Code::kUnsupported);
  EXPECT_NE(s.message().find("needs OCR"), std::string::npos) << s.message();
}

TEST(ReadPdf, PageAndTimeLimits) {
  PdfText pdf;
  PdfReadOptions options;
  options.max_pages = 1;
  Status s = ReadPdf(testing::ReadSourceFile(kSeed001), options, &pdf);
  EXPECT_TRUE(s.message().starts_with("PDF has 4 pages (limit 1")) << s.message();
  options = PdfReadOptions();
  options.max_seconds = -1;  // already over budget at the first page
  s = ReadPdf(testing::ReadSourceFile(kSeed001), options, &pdf);
  EXPECT_TRUE(s.message().starts_with("PDF text extraction took more than")) << s.message();
}

}  // namespace
}  // namespace ntmx
