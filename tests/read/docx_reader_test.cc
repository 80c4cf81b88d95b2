// Tests of the Word readers (src/read/docx_reader.h, docx_numbering.h, doc_reader.h) on
// small .docx packages built here from literal XML with libzip.
#include "read/docx_reader.h"

#include <gtest/gtest.h>
#include <zip.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "pipeline_fixture.h"
#include "read/doc_reader.h"
#include "read/docx_numbering.h"
#include "read/reader.h"

namespace ntmx {
namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

// A ZIP archive in memory holding `files`.
std::string Zip(const Files& files) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  for (const auto& [name, data] : files) {
    zip_source_t* s = zip_source_buffer(archive, data.data(), data.size(), 0);
    zip_file_add(archive, name.c_str(), s, ZIP_FL_ENC_UTF_8);
  }
  zip_close(archive);
  std::string out;
  zip_source_open(buffer);
  char chunk[4096];
  zip_int64_t n;
  while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0) {
    out.append(chunk, static_cast<size_t>(n));
  }
  zip_source_close(buffer);
  zip_source_free(buffer);
  return out;
}

constexpr const char* kNs =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

std::string Document(const std::string& body) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document ") + kNs + "><w:body>" +
         body + "<w:sectPr/></w:body></w:document>";
}

std::string P(const std::string& text, const std::string& ppr = "") {
  return "<w:p><w:pPr>" + ppr + "</w:pPr><w:r><w:t xml:space=\"preserve\">" + text +
         "</w:t></w:r></w:p>";
}

std::string NumPr(int num, int level) {
  return "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
         std::to_string(num) + "\"/></w:numPr>";
}

// A list: I. / 1. / 1.1. / a), and Symbol-font bullets (U+F0B7) in list 2.
const std::string kNumbering = std::string("<w:numbering ") + kNs + R"xml(>
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>
    <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%4)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="2">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/><w:pStyle w:val="Muc"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/>
    <w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>)xml";

const std::string kStyles = std::string("<w:styles ") + kNs + R"(>
  <w:style w:type="paragraph" w:styleId="Muc"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="MucCon"><w:basedOn w:val="Muc"/></w:style>
  <w:style w:type="table" w:styleId="Luoi"><w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr></w:style>
</w:styles>)";

Status Read(const Files& files, std::string* text, size_t max = size_t{1} << 20) {
  return ReadDocx(Zip(files), max, text);
}

std::string ReadBody(const std::string& body, const std::string& footnotes = "") {
  Files files = {{"word/document.xml", Document(body)},
                 {"word/numbering.xml", kNumbering},
                 {"word/styles.xml", kStyles}};
  if (!footnotes.empty()) files.push_back({"word/footnotes.xml", footnotes});
  std::string text;
  const Status s = Read(files, &text);
  EXPECT_TRUE(s.ok()) << s.message();
  return text;
}

TEST(DocxReader, ParagraphsRunsTabsAndBreaks) {
  const std::string body =
      P("Căn cứ Kế hoạch") +
      R"(<w:p><w:r><w:t>Số:</w:t><w:tab/><w:t xml:space="preserve">12/KH-UBND</w:t></w:r>)"
      R"(<w:r><w:br/><w:t>dòng hai</w:t></w:r></w:p><w:p/>)" +
      P("Hết.");
  EXPECT_EQ(ReadBody(body), "Căn cứ Kế hoạch\n\nSố:\t12/KH-UBND\ndòng hai\n\nHết.\n");
}

TEST(DocxReader, NumberingRenderedAsTheReaderSeesIt) {
  const std::string body = P("MỤC TIÊU", NumPr(1, 0)) + P("Mục tiêu chung", NumPr(1, 1)) +
                           P("Chỉ tiêu", NumPr(1, 1)) + P("Thu nhập", NumPr(1, 2)) +
                           P("Hộ nghèo", NumPr(1, 2)) + P("xã An Bình", NumPr(1, 3)) +
                           P("NHIỆM VỤ", NumPr(1, 0)) + P("Giao thông", NumPr(1, 1)) +
                           P("Không số", NumPr(0, 0)) + P("điểm", NumPr(2, 0));
  EXPECT_EQ(ReadBody(body),
            "I. MỤC TIÊU\n\n1. Mục tiêu chung\n\n2. Chỉ tiêu\n\n2.1. Thu nhập\n\n"
            "2.2. Hộ nghèo\n\na) xã An Bình\n\nII. NHIỆM VỤ\n\n1. Giao thông\n\nKhông số\n\n"
            "• điểm\n");
}

TEST(DocxReader, StartOverrideAndStyleLinkedNumbering) {
  const std::string empty = "<w:p><w:pPr>" + NumPr(3, 1) + "</w:pPr></w:p>";
  const std::string body = P("MỤC TIÊU", NumPr(1, 0)) + empty + P("sáu", NumPr(3, 1)) +
                           P("bảy", NumPr(3, 1)) + P("một", "<w:pStyle w:val=\"Muc\"/>") +
                           P("hai", "<w:pStyle w:val=\"MucCon\"/>");
  // The empty paragraph takes the overridden start, 5.
  EXPECT_EQ(ReadBody(body), "I. MỤC TIÊU\n\n6. sáu\n\n7. bảy\n\n1) một\n\n2) hai\n");
}

TEST(DocxNumbering, FormatsAndUnknownLists) {
  EXPECT_EQ(FormatListNumber(14, "upperRoman"), "XIV");
  EXPECT_EQ(FormatListNumber(4, "lowerRoman"), "iv");
  EXPECT_EQ(FormatListNumber(28, "lowerLetter"), "bb");
  EXPECT_EQ(FormatListNumber(3, "upperLetter"), "C");
  EXPECT_EQ(FormatListNumber(7, "decimalZero"), "07");
  EXPECT_EQ(FormatListNumber(7, "ganada"), "7");
  DocxNumbering legal;
  legal.Load(std::string("<w:numbering ") + kNs +
                 R"xml(><w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:isLgl/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
    </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>)xml",
             "");
  EXPECT_EQ(legal.Label(1, 0, ""), "I. ");
  EXPECT_EQ(legal.Label(1, 0, ""), "II. ");
  EXPECT_EQ(legal.Label(1, 1, ""), "2.1. ");
  DocxNumbering n;
  n.Load(kNumbering, "");
  EXPECT_EQ(n.Label(99, 0, ""), "");
  EXPECT_EQ(n.Label(1, 0, ""), "I. ");
  EXPECT_EQ(n.Label(1, 12, ""), "");  // a level past the last: the last, undefined here
}

std::string Tc(const std::string& text, const std::string& tcpr = "") {
  return "<w:tc><w:tcPr>" + tcpr + "</w:tcPr>" + (text.empty() ? "<w:p/>" : P(text)) + "</w:tc>";
}

const std::string kGrid = R"(<w:tblPr><w:tblStyle w:val="Luoi"/></w:tblPr>)";

TEST(DocxReader, TableRowsAsPipeRows) {
  const std::string body = P("Kết quả như sau:") + "<w:tbl>" + kGrid + "<w:tr>" + Tc("TT") +
                           Tc("Tiêu chí") + Tc("Kết quả") + "</w:tr><w:tr>" + Tc("1") +
                           Tc("Quy hoạch") + "<w:tc>" + P("Đạt") + P("(năm 2023)") +
                           "</w:tc></w:tr></w:tbl>" + P("Hết.");
  EXPECT_EQ(ReadBody(body),
            "Kết quả như sau:\n\n| TT | Tiêu chí | Kết quả |\n|---|---|---|\n"
            "| 1 | Quy hoạch | Đạt (năm 2023) |\n\nHết.\n");
}

TEST(DocxReader, MergedCellsKeepTheColumns) {
  const std::string body = P("Bảng:") + "<w:tbl>" + kGrid + "<w:tr>" + Tc("TT") + Tc("Nội dung") +
                           Tc("Chủ trì") + "</w:tr><w:tr>" + Tc("1") +
                           Tc("Giao thông", R"(<w:vMerge w:val="restart"/>)") + Tc("UBND xã") +
                           "</w:tr><w:tr>" + Tc("2") + Tc("", "<w:vMerge/>") + Tc("Công an xã") +
                           "</w:tr><w:tr>" + Tc("Tổng cộng", R"(<w:gridSpan w:val="2"/>)") +
                           Tc("3") + "</w:tr></w:tbl>" + P("Hết.");
  EXPECT_EQ(ReadBody(body),
            "Bảng:\n\n| TT | Nội dung | Chủ trì |\n|---|---|---|\n| 1 | Giao thông | UBND xã |\n"
            "| 2 | | Công an xã |\n| Tổng cộng | | 3 |\n\nHết.\n");
}

const std::string kNoBorders =
    R"(<w:tblPr><w:tblBorders><w:top w:val="none"/><w:left w:val="nil"/><w:insideV w:val="none"/></w:tblBorders></w:tblPr>)";

std::string HeaderTable() {
  return "<w:tbl>" + kNoBorders + "<w:tr><w:tc>" + P("ỦY BAN NHÂN DÂN") + P("XÃ AN BÌNH") +
         P("Số: 12/KH-UBND") + "</w:tc><w:tc>" + P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") +
         P("Độc lập - Tự do - Hạnh phúc") + P("An Bình, ngày 05 tháng 3 năm 2024") +
         "</w:tc></w:tr></w:tbl>";
}

std::string SignatureTable() {
  return "<w:tbl>" + kNoBorders + "<w:tr><w:tc>" + P("Nơi nhận:") + P("- UBND huyện;") +
         P("- Lưu: VT.") + "</w:tc><w:tc>" + P("TM. ỦY BAN NHÂN DÂN") + P("CHỦ TỊCH") + "<w:p/>" +
         P("Trần Văn Bình") + "</w:tc></w:tr></w:tbl>";
}

TEST(DocxReader, LayoutTablesAreColumnsOneAfterTheOther) {
  const std::string center = R"(<w:jc w:val="center"/>)";
  const std::string body = HeaderTable() + P("KẾ HOẠCH", center) +
                           P("Xây dựng xã An Bình đạt chuẩn nông thôn mới", center) +
                           P("Căn cứ Kế hoạch số 20/KH-UBND ngày 10/01/2024 của UBND huyện;") +
                           SignatureTable();
  EXPECT_EQ(ReadBody(body),
            "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nAn Bình, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\n"
            "Xây dựng xã An Bình đạt chuẩn nông thôn mới\n\n"
            "Căn cứ Kế hoạch số 20/KH-UBND ngày 10/01/2024 của UBND huyện;\n\nNơi nhận:\n"
            "- UBND huyện;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Bình\n");
}

TEST(DocxReader, TheHeaderExtractorReadsTheHeaderTable) {
  const std::string center = R"(<w:jc w:val="center"/>)";
  const std::string text = ReadBody(
      HeaderTable() + P("KẾ HOẠCH", center) +
      P("Xây dựng xã An Bình đạt chuẩn nông thôn mới năm 2024", center) +
      P("Căn cứ Kế hoạch số 20/KH-UBND ngày 10/01/2024 của UBND huyện về xây dựng nông thôn mới;") +
      P("MỤC TIÊU", NumPr(1, 0)) + P("Đạt 19/19 tiêu chí trong năm 2024.") + SignatureTable());
  const Extraction e = testing::ExtractText(text);
  EXPECT_EQ(e.document.doc_number.value_or(""), "12/KH-UBND");
  EXPECT_EQ(e.document.issue_date.value_or(""), "2024-03-05");
  EXPECT_EQ(e.document.issue_place.value_or(""), "An Bình");
  ASSERT_TRUE(e.document.issuer.has_value());
  EXPECT_EQ(e.document.issuer->level, "commune");
  EXPECT_EQ(e.document.issuer->name, "An Bình");
  ASSERT_TRUE(e.document.signer.has_value());
  EXPECT_EQ(e.document.signer->name, "Trần Văn Bình");
}

TEST(DocxReader, CellsWithoutBordersMakeALayoutTableOfAGridStyledOne) {
  const std::string none =
      R"(<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/></w:tcBorders>)";
  const std::string body = "<w:tbl>" + kGrid + "<w:tr>" + Tc("ỦY BAN NHÂN DÂN", none) +
                           Tc("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", none) + "</w:tr></w:tbl>" +
                           P("KẾ HOẠCH");
  EXPECT_EQ(ReadBody(body), "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nKẾ HOẠCH\n");
}

TEST(DocxReader, ABorderedOrMiddleTwoColumnTableIsData) {
  const std::string two = "<w:tr>" + Tc("Tiêu chí") + Tc("Kết quả") + "</w:tr><w:tr>" + Tc("Điện") +
                          Tc("Đạt") + "</w:tr>";
  const std::string body = P("Trước.") + "<w:tbl>" + kNoBorders + two + "</w:tbl>" + P("Sau.") +
                           "<w:tbl>" + kGrid + two + "</w:tbl>";
  EXPECT_EQ(ReadBody(body),
            "Trước.\n\n| Tiêu chí | Kết quả |\n|---|---|\n| Điện | Đạt |\n\nSau.\n\n"
            "| Tiêu chí | Kết quả |\n|---|---|\n| Điện | Đạt |\n");
}

TEST(DocxReader, FootnotesBecomeSuperscriptMarksAndNotesAtTheEnd) {
  const std::string footnotes =
      std::string("<w:footnotes ") + kNs +
      R"(><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
      <w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Không tính hộ bảo trợ xã hội.</w:t></w:r></w:p></w:footnote>
      <w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>Gồm các thôn.</w:t></w:r></w:p></w:footnote></w:footnotes>)";
  const std::string body =
      R"(<w:p><w:r><w:t>Giảm hộ nghèo</w:t></w:r><w:r><w:footnoteReference w:id="7"/></w:r>)"
      R"(<w:r><w:t xml:space="preserve"> tại các thôn</w:t></w:r><w:r><w:footnoteReference w:id="3"/></w:r></w:p>)" +
      P("Hết.");
  EXPECT_EQ(ReadBody(body, footnotes),
            "Giảm hộ nghèo¹ tại các thôn²\n\nHết.\n\n¹ Không tính hộ bảo trợ xã hội.\n\n"
            "² Gồm các thôn.\n");
}

TEST(DocxReader, TrackedChangesAreAccepted) {
  const std::string body = R"(<w:p><w:r><w:t xml:space="preserve">Đạt </w:t></w:r>)"
                           R"(<w:del w:id="1"><w:r><w:delText>15</w:delText></w:r></w:del>)"
                           R"(<w:ins w:id="2"><w:r><w:t>14</w:t></w:r></w:ins>)"
                           R"(<w:moveFrom w:id="3"><w:r><w:t>cũ</w:t></w:r></w:moveFrom>)"
                           R"(<w:r><w:t>/19 tiêu chí.</w:t></w:r></w:p>)"
                           "<w:tbl>" +
                           kGrid + "<w:tr>" + Tc("TT") + Tc("Tiêu chí") + "</w:tr>" +
                           R"(<w:tr><w:trPr><w:del w:id="4"/></w:trPr>)" + Tc("1") + Tc("Bỏ đi") +
                           "</w:tr><w:tr>" + Tc("2") + Tc("Giữ lại") + "</w:tr></w:tbl>";
  EXPECT_EQ(ReadBody(body),
            "Đạt 14/19 tiêu chí.\n\n| TT | Tiêu chí |\n|---|---|\n| 2 | Giữ lại |\n");
  // A deleted paragraph mark: the two paragraphs are one once the change is accepted.
  const std::string joined =
      R"(<w:p><w:pPr><w:rPr><w:del w:id="5"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Xã An Bình </w:t></w:r></w:p>)" +
      P("đạt 19/19 tiêu chí.");
  EXPECT_EQ(ReadBody(joined), "Xã An Bình đạt 19/19 tiêu chí.\n");
}

TEST(DocxReader, FieldCodesHiddenTextAndCommentsAreDropped) {
  const std::string body =
      R"(<w:p><w:r><w:t xml:space="preserve">Năm </w:t></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \@ "yyyy" </w:instrText></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2024</w:t></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="end"/></w:r>)"
      R"(<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> (nháp)</w:t></w:r>)"
      R"(<w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">, trang </w:t></w:r><w:commentRangeEnd w:id="0"/>)"
      R"(<w:r><w:commentReference w:id="0"/></w:r>)"
      R"(<w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>)"
      R"(<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>.</w:t></w:r></w:p>)";
  EXPECT_EQ(ReadBody(body), "Năm 2024, trang 3.\n");
}

TEST(DocxReader, AZipBombIsRefused) {
  const std::string huge = Document(P(std::string(4 << 20, 'a')));
  std::string text;
  const Status s = Read({{"word/document.xml", huge}}, &text, size_t{1} << 20);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("too large"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("zip bomb"), std::string::npos) << s.message();
  EXPECT_TRUE(text.empty());
  // Through DecodeBytes: ReadOptions::max_bytes is the bound.
  RawDocument doc;
  ReadOptions options;
  options.max_bytes = size_t{1} << 20;
  EXPECT_FALSE(DecodeBytes(Zip({{"word/document.xml", huge}}), options, &doc).ok());
  EXPECT_EQ(doc.format, InputFormat::kDocx);
}

TEST(DocxReader, OtherZipsAndDamagedDocumentsAreRefused) {
  std::string text;
  Status s = Read({{"xl/workbook.xml", "<workbook/>"}}, &text);
  EXPECT_EQ(s.message(), "not a Word document: no word/document.xml");
  RawDocument doc;
  s = DecodeBytes(Zip({{"hello.txt", "xin chào"}}), ReadOptions(), &doc);
  EXPECT_EQ(s.message(), "not a Word document: no word/document.xml");
  EXPECT_EQ(doc.format, InputFormat::kText);
  s = DecodeBytes(std::string("PK\x03\x04\x14\x00\x06\x00", 8), ReadOptions(), &doc);
  EXPECT_TRUE(s.message().starts_with("not a Word document: damaged ZIP archive")) << s.message();
  s = Read({{"word/document.xml", "<w:document><w:body><w:p>"}}, &text);
  EXPECT_TRUE(
      s.message().starts_with("damaged Word document: word/document.xml is not well-formed"))
      << s.message();
  s = Read({{"word/document.xml", Document("<w:p/>")}}, &text);
  EXPECT_EQ(s.message(), "empty Word document");
}

TEST(DocxReader, DeepNestingAndControlCharactersAreHarmless) {
  std::string nested;
  for (int i = 0; i < 5000; ++i) nested += "<w:sdt><w:sdtContent>";
  nested += P("sâu");
  for (int i = 0; i < 5000; ++i) nested += "</w:sdtContent></w:sdt>";
  EXPECT_EQ(ReadBody(P("Nông&#x1;thôn mới") + nested), "Nôngthôn mới\n");
}

TEST(DecodeBytesWord, DocxIsReadAndLegacyFontTextRepaired) {
  // "Kế hoạch xây dựng nông thôn mới" typed in a TCVN3 font (.VnTime), as Word stores it.
  const std::string body = P("KÕ ho¹ch x©y dùng n«ng th«n míi n¨m 2024") + P("Tæ chøc thùc hiÖn");
  RawDocument doc;
  const Status s = DecodeBytes(Zip({{"word/document.xml", Document(body)}}), ReadOptions(), &doc);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(doc.format, InputFormat::kDocx);
  EXPECT_EQ(FormatName(doc.format), "docx");
  EXPECT_EQ(doc.encoding, LegacyEncoding::kTcvn3);
  EXPECT_EQ(doc.utf8, "Kế hoạch xây dựng nông thôn mới năm 2024\n\nTổ chức thực hiện\n");
}

TEST(DocReader, MissingAntiwordIsOneLine) {
  DocReadOptions options;
  options.antiword = "ntmx-test-no-such-antiword";
  std::string text;
  const Status s = ReadDoc("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", options, &text);
  EXPECT_EQ(s.code(), Status::Code::kUnsupported);
  EXPECT_EQ(s.message(), "reading .doc needs antiword (apt-get install antiword)");
}

// A stand-in for antiword: a shell script in a private folder, run with antiword's
// arguments (-m UTF-8.txt -w 0 FILE).
class FakeAntiword {
 public:
  explicit FakeAntiword(const std::string& body) {
    char dir[] = "/tmp/ntmx-antiword-XXXXXX";
    dir_ = ::mkdtemp(dir);
    path_ = dir_ + "/antiword";
    std::FILE* f = std::fopen(path_.c_str(), "w");
    std::fputs(("#!/bin/sh\n" + body + "\n").c_str(), f);
    std::fclose(f);
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all);
  }
  ~FakeAntiword() { std::filesystem::remove_all(dir_); }
  const std::string& path() const { return path_; }

 private:
  std::string dir_, path_;
};

TEST(DocReader, AntiwordGetsTheBytesAndItsOutputIsTheText) {
  // The script prints the file it was given: the bytes reach antiword through the
  // temporary file and its stdout comes back whole.
  const FakeAntiword fake("[ \"$1 $2 $3 $4\" = \"-m UTF-8.txt -w 0\" ] && exec cat \"$5\"");
  DocReadOptions options;
  options.antiword = fake.path();
  std::string text;
  const Status s = ReadDoc("Kế hoạch xã An Bình\n", options, &text);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(text, "Kế hoạch xã An Bình\n");
}

TEST(DocReader, ASlowAntiwordIsStopped) {
  const FakeAntiword fake("exec sleep 20");
  DocReadOptions options;
  options.antiword = fake.path();
  options.max_seconds = 0.3;
  std::string text;
  const auto start = std::chrono::steady_clock::now();
  const Status s = ReadDoc("x", options, &text);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_TRUE(s.message().starts_with("antiword took more than")) << s.message();
}

TEST(DocReader, DamagedDocIsRefusedWithAntiwordsReason) {
  if (std::system("command -v antiword >/dev/null 2>&1") != 0) GTEST_SKIP() << "no antiword";
  RawDocument doc;
  const Status s =
      DecodeBytes(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12), ReadOptions(), &doc);
  EXPECT_EQ(doc.format, InputFormat::kDoc);
  EXPECT_EQ(FormatName(doc.format), "doc");
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_TRUE(s.message().starts_with("antiword could not read the .doc: ")) << s.message();
}

}  // namespace
}  // namespace ntmx
