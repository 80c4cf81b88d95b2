// The PDF reader on generated PDFs of many full-width lines: one paragraph that runs
// over every page is not built whole (it is cut into lines of at most about
// max_paragraph_bytes, words and page starts kept), and the document's deadline stops
// the page loop at its first check after expiry.
//
// The PDFs are written here, not stored: a few pages of Helvetica text (no embedded
// font), every line the same width (digits are equally wide in Helvetica) and flush
// left, so the reader joins all of them into one paragraph.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "read/pdf_reader.h"
#include "util/deadline.h"

namespace ntmx {
namespace {

// "0042" for 42.
std::string Padded(int n, int width) {
  std::string s = std::to_string(n);
  return std::string(static_cast<size_t>(std::max(0, width - static_cast<int>(s.size()))), '0') + s;
}

// The words of line `line` of page `page`: lower case, no sentence end.
std::string LineText(int page, int line) {
  return "ke hoach xay dung nong thon moi xa an binh trang " + Padded(page, 3) + " dong " +
         Padded(line, 2) + " tieu chi dat muc tieu";
}

// A PDF of `pages` A4 pages, `lines` lines each, 10 pt Helvetica with 12 pt leading.
std::string MakePdf(int pages, int lines) {
  std::vector<std::string> objects;  // object i + 1
  std::string kids;
  for (int p = 0; p < pages; ++p) kids += std::to_string(4 + 2 * p) + " 0 R ";
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages) + " >>");
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  for (int p = 0; p < pages; ++p) {
    std::string content = "BT /F1 10 Tf 12 TL 72 740 Td\n";
    for (int l = 0; l < lines; ++l) content += "(" + LineText(p, l) + ") Tj T*\n";
    content += "ET\n";
    objects.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
        "<< /F1 3 0 R >> >> /Contents " +
        std::to_string(5 + 2 * p) + " 0 R >>");
    objects.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
                      "endstream");
  }
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

size_t LongestLine(const std::string& text) {
  size_t longest = 0, begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    longest = std::max(longest, end - begin);
    begin = end + 1;
  }
  return longest;
}

TEST(PdfLongParagraph, IsCutIntoBoundedLinesKeepingWordsAndPages) {
  const std::string bytes = MakePdf(20, 50);
  PdfText whole;
  ASSERT_TRUE(ReadPdf(bytes, PdfReadOptions(), &whole).ok());
  // Unbounded, the generated text is one paragraph of every line of every page.
  ASSERT_EQ(whole.utf8.find('\n'), std::string::npos) << whole.utf8.substr(0, 300);
  ASSERT_GT(whole.utf8.size(), 50000u);

  PdfReadOptions options;
  options.max_paragraph_bytes = 4096;
  PdfText bounded;
  ASSERT_TRUE(ReadPdf(bytes, options, &bounded).ok());
  EXPECT_LE(LongestLine(bounded.utf8), 4096u);
  EXPECT_GT(std::count(bounded.utf8.begin(), bounded.utf8.end(), '\n'), 10);
  // The same words: only spaces became line breaks, and no blank line (one paragraph).
  std::string joined = bounded.utf8;
  std::replace(joined.begin(), joined.end(), '\n', ' ');
  EXPECT_EQ(joined, whole.utf8);
  EXPECT_EQ(bounded.utf8.find("\n\n"), std::string::npos);
  // Every page still starts at its first line.
  ASSERT_EQ(bounded.page_starts.size(), 20u);
  for (int p = 0; p < 20; ++p) {
    EXPECT_EQ(bounded.utf8.compare(bounded.page_starts[static_cast<size_t>(p)],
                                   LineText(p, 0).size(), LineText(p, 0)),
              0)
        << "page " << p;
  }
}

TEST(PdfLongParagraph, TheDocumentsDeadlineStopsThePageLoop) {
  const std::string bytes = MakePdf(12, 5);
  const WorkDeadline deadline = WorkDeadline::AfterChecks(3);
  PdfReadOptions options;
  options.deadline = &deadline;
  PdfText pdf;
  const Status s = ReadPdf(bytes, options, &pdf);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("stopped at page 4 of 12"), std::string::npos) << s.message();
  EXPECT_EQ(deadline.checks(), 4u);
}

}  // namespace
}  // namespace ntmx
