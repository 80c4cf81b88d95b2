// PDF layout and page assembly on made-up word boxes: the two-column header is
// de-interleaved, footnote markers become superscripts, running headers, footers and
// page numbers go, hyphenated words and page-split paragraphs are rejoined, footnotes
// become paragraphs of their own, and page starts point at each page's text.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "read/pdf_layout.h"
#include "read/pdf_pages.h"

namespace ntmx {
namespace {

// Places the words of `text` on one line from x = left at baseline y (12 pt, 6 pt per
// character, one space's width between words).
void AddLine(PdfPage* page, const std::string& text, double left, double y, double size = 12) {
  double x = left;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    const std::string word = text.substr(i, j - i);
    size_t chars = 0;
    for (unsigned char c : word) chars += (c & 0xC0) != 0x80;
    const double w = static_cast<double>(chars) * size / 2;
    page->boxes.push_back(PdfBox{word, x, y - size, x + w, y + size * 0.25, size, j < text.size()});
    x += w + size / 2;
    i = j + 1;
  }
}

std::vector<std::string> Texts(const std::vector<PdfLine>& lines) {
  std::vector<std::string> out;
  for (const PdfLine& l : lines) out.push_back(l.text);
  return out;
}

TEST(PdfLayout, TwoColumnHeaderIsDeinterleaved) {
  PdfPage page;
  AddLine(&page, "ỦY BAN NHÂN DÂN", 90, 60);
  AddLine(&page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 300, 60);
  AddLine(&page, "XÃ HƯƠNG SƠN", 100, 75);
  AddLine(&page, "Độc lập - Tự do - Hạnh phúc", 330, 75);
  AddLine(&page, "Số: 03/KH-UBND", 95, 90);
  AddLine(&page, "Hương Sơn, ngày 05 tháng 01 năm 2023", 310, 105);
  AddLine(&page, "Thực hiện Kế hoạch số 269/KH-UBND ngày 20 tháng 12 năm 2022 của", 85, 140);
  EXPECT_EQ(
      Texts(LayoutPdfPage(page)),
      (std::vector<std::string>{"ỦY BAN NHÂN DÂN", "XÃ HƯƠNG SƠN", "Số: 03/KH-UBND",
                                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                "Hương Sơn, ngày 05 tháng 01 năm 2023",
                                "Thực hiện Kế hoạch số 269/KH-UBND ngày 20 tháng 12 năm "
                                "2022 của"}));
}

TEST(PdfLayout, ALoneWideGapIsNotAColumnBlock) {
  PdfPage page;
  AddLine(&page, "Đơn vị chủ trì:", 85, 60);
  AddLine(&page, "Phòng Kinh tế và Hạ tầng", 300, 60);
  AddLine(&page, "Thời gian thực hiện: năm 2024, hoàn thành trước tháng 12 năm 2024", 85, 75);
  EXPECT_EQ(Texts(LayoutPdfPage(page)),
            (std::vector<std::string>{
                "Đơn vị chủ trì: Phòng Kinh tế và Hạ tầng",
                "Thời gian thực hiện: năm 2024, hoàn thành trước tháng 12 năm 2024"}));
}

TEST(PdfLayout, RaisedSmallDigitsAreSuperscripts) {
  PdfPage page;
  AddLine(&page, "phụ trách các tiêu chí", 85, 100);
  const double x = page.boxes.back().right;
  page.boxes.back().space_after = false;
  page.boxes.push_back(PdfBox{"1", x, 88, x + 4, 95, 7, false});
  page.boxes.push_back(PdfBox{".", x + 4, 88, x + 7, 103, 12, false});
  // The note at the foot: a raised marker, then the note in 10 pt.
  page.boxes.push_back(PdfBox{"1", 85, 700, 89, 707, 6, true});
  AddLine(&page, "Các cơ quan, đơn vị: Kinh tế - Hạ tầng", 92, 712, 10);
  const std::vector<PdfLine> lines = LayoutPdfPage(page);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "phụ trách các tiêu chí¹.");
  EXPECT_FALSE(lines[0].starts_superscript);
  EXPECT_EQ(lines[1].text, "¹ Các cơ quan, đơn vị: Kinh tế - Hạ tầng");
  EXPECT_TRUE(lines[1].starts_superscript);
}

// A page of body lines between x = 85 and 538 (justified: every line but a paragraph's
// last reaches the right margin).
PdfLine Body(const std::string& text, double y, bool full = true, double left = 85,
             double size = 12, double right = 0) {
  PdfLine l;
  l.text = text;
  l.left = left;
  l.right = right > 0 ? right : full ? 538 : 300;
  l.top = y - size;
  l.bottom = y + 3;
  l.font_size = size;
  return l;
}

PdfPageLines Page(std::vector<PdfLine> lines) {
  PdfPageLines p;
  p.width = 595;
  p.height = 842;
  p.lines = std::move(lines);
  return p;
}

TEST(PdfPages, RunningHeadersFootersAndPageNumbersGo) {
  std::vector<PdfPageLines> pages;
  for (int n = 1; n <= 3; ++n) {
    pages.push_back(Page({Body("Kế hoạch xây dựng nông thôn mới", 40, false, 200, 9),
                          Body("Nội dung trang " + std::to_string(n) + ".", 120, false),
                          Body("Trang " + std::to_string(n), 815, false, 280, 9)}));
  }
  // A lone page number, no "Trang".
  pages[2].lines.push_back(Body("3", 830, false, 295, 9));
  std::vector<size_t> starts;
  const std::string text = AssemblePdfPages(pages, &starts);
  EXPECT_EQ(text, "Nội dung trang 1.\n\nNội dung trang 2.\n\nNội dung trang 3.");
  EXPECT_EQ(starts, (std::vector<size_t>{0, 21, 42}));  // bytes: "ộ" is three
}

TEST(PdfPages, FirstPageHeaderLinesThatDoNotRecurStay) {
  std::vector<PdfPageLines> pages{Page({Body("ỦY BAN NHÂN DÂN", 50, false, 100)}),
                                  Page({Body("Nội dung trải dài.", 120, true)})};
  EXPECT_EQ(AssemblePdfPages(pages, nullptr), "ỦY BAN NHÂN DÂN\n\nNội dung trải dài.");
}

TEST(PdfPages, HyphenatedWordsAreRejoined) {
  std::vector<PdfPageLines> pages{Page({
      Body(
          "Tiếp tục phát triển sản xuất nông nghiệp theo hướng hàng hóa, xây dựng các mô hình tri-",
          100),
      Body("ển khai hiệu quả; thực hiện Kế hoạch số 269/KH-", 115),
      Body("UBND và Nghị quyết số 01-", 130),
      Body("NQ/TU ngày 01/6/2016.", 145, false),
  })};
  EXPECT_EQ(AssemblePdfPages(pages, nullptr),
            "Tiếp tục phát triển sản xuất nông nghiệp theo hướng hàng hóa, xây dựng các mô hình "
            "triển khai hiệu quả; thực hiện Kế hoạch số 269/KH-UBND và Nghị quyết số "
            "01-NQ/TU ngày 01/6/2016.");
}

TEST(PdfPages, ParagraphsSplitByAPageBreakAndFootnotes) {
  PdfLine note = Body("¹ Các cơ quan, đơn vị: Kinh tế - Hạ tầng; Tư pháp.", 760, false, 85, 10);
  note.starts_superscript = true;
  std::vector<PdfPageLines> pages{
      Page({Body("- Đơn vị phối hợp: Các cơ quan, đơn vị phụ trách các tiêu chí¹.", 100, false),
            Body("Huy động, phân bổ nguồn lực và tổ chức lồng ghép, sử dụng hiệu quả các", 700),
            note}),
      Page(
          {Body("nguồn lực của các chương trình.", 100, false), Body("- Tiếp theo.", 115, false)})};
  std::vector<size_t> starts;
  const std::string text = AssemblePdfPages(pages, &starts);
  EXPECT_EQ(text,
            "- Đơn vị phối hợp: Các cơ quan, đơn vị phụ trách các tiêu chí¹.\n\n"
            "Huy động, phân bổ nguồn lực và tổ chức lồng ghép, sử dụng hiệu quả các nguồn lực "
            "của các chương trình.\n\n"
            "¹ Các cơ quan, đơn vị: Kinh tế - Hạ tầng; Tư pháp.\n\n"
            "- Tiếp theo.");
  ASSERT_EQ(starts.size(), 2u);
  EXPECT_EQ(starts[0], 0u);
  EXPECT_EQ(text.substr(starts[1]).rfind("nguồn lực của", 0), 0u) << text.substr(starts[1]);
}

// An OCR'd page: one line sticks out past the right edge by dust read as a mark. The
// edge stays where the other full lines end, so an indented first line that ends there
// is not taken for a centred one (which would cut its paragraph after it).
TEST(PdfPages, OneLineStickingOutDoesNotMoveTheRightEdge) {
  std::vector<PdfPageLines> pages{Page({
      Body("Căn cứ Quyết định số 416/QĐ-UBND ngày 13 tháng 07 năm 2022 của", 100, true, 114),
      Body("Ủy ban nhân dân tỉnh về ban hành quy định mức đạt chuẩn các", 115),
      Body("tiêu chí; phân công đơn vị phụ trách tiêu chí giai đoạn 2021 - 2025 -", 130, true, 85,
           12, 546),
      Body("trên địa bàn tỉnh.", 145, false),
  })};
  EXPECT_EQ(AssemblePdfPages(pages, nullptr),
            "Căn cứ Quyết định số 416/QĐ-UBND ngày 13 tháng 07 năm 2022 của Ủy ban nhân dân tỉnh "
            "về ban hành quy định mức đạt chuẩn các tiêu chí; phân công đơn vị phụ trách tiêu chí "
            "giai đoạn 2021 - 2025 - trên địa bàn tỉnh.");
}

TEST(PdfPages, IndentedAndShortLinesStartParagraphs) {
  std::vector<PdfPageLines> pages{Page({
      Body("KẾ HOẠCH", 100, false, 282, 12, 341),
      Body("Thực hiện Chương trình trọng điểm", 115, false, 210, 12, 413),
      Body("Đầu đoạn thụt lề vào một chút và chạy đến lề phải của trang giấy này", 140, true, 113),
      Body("rồi dừng ở đây.", 155, false),
      Body("Đoạn thứ hai.", 170, false, 113),
  })};
  // Centred lines are kept one per line, as the text exports have them.
  EXPECT_EQ(AssemblePdfPages(pages, nullptr),
            "KẾ HOẠCH\nThực hiện Chương trình trọng điểm\n\n"
            "Đầu đoạn thụt lề vào một chút và chạy đến lề phải của trang giấy này rồi dừng ở "
            "đây.\n\nĐoạn thứ hai.");
}

TEST(PdfPages, HangingIndentsContinueTheirItem) {
  std::vector<PdfPageLines> pages{Page({
      Body("- Thực hiện nâng tỷ lệ các tiêu chí chưa đạt gồm: Tiêu chí Nhà ở dân cư (còn 03", 100,
           true, 113),
      Body("nhà tạm); tiêu chí Lao động.", 115, false, 125),
      Body("- Mục tiếp theo.", 130, false, 113),
  })};
  EXPECT_EQ(AssemblePdfPages(pages, nullptr),
            "- Thực hiện nâng tỷ lệ các tiêu chí chưa đạt gồm: Tiêu chí Nhà ở dân cư (còn 03 "
            "nhà tạm); tiêu chí Lao động.\n\n- Mục tiếp theo.");
}

}  // namespace
}  // namespace ntmx
