// The table printer of `ntmx sql`: display widths of Vietnamese (NFC and NFD) and
// CJK text, aligned columns, CSV quoting and formula defusing, JSON shape, and
// the stream printer that prints rows as a query returns them.
#include "cli/table_printer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/display_width.h"

namespace ntmx {
namespace {

using Kind = ResultTable::Kind;

// "Nông thôn mới" with every mark as a separate combining character (NFD).
const char* const kNfd = "No\u0302ng tho\u0302n mo\u031B\u0301i";
const char* const kNfc = "N\u00F4ng th\u00F4n m\u1EDBi";

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The display columns at which each " | " or "-+-" separator of `line` starts.
std::vector<size_t> SeparatorColumns(const std::string& line) {
  std::vector<size_t> at;
  for (size_t pos = 0;; pos += 3) {
    const size_t bar = line.find(" | ", pos);
    const size_t plus = line.find("-+-", pos);
    pos = std::min(bar, plus);
    if (pos == std::string::npos) return at;
    at.push_back(DisplayWidth(line.substr(0, pos)));
  }
}

TEST(DisplayWidth, CountsColumnsNotBytesOrCodePoints) {
  EXPECT_EQ(DisplayWidth(kNfc), 13u);
  EXPECT_EQ(DisplayWidth(kNfd), 13u);
  EXPECT_EQ(DisplayWidth("Vie\u0302\u0323t"), 4u);  // two marks on one letter
  EXPECT_EQ(DisplayWidth("Đường giao thông"), 16u);
  EXPECT_EQ(DisplayWidth("中文"), 4u);
  EXPECT_EQ(DisplayWidth("ｔｅｓｔ"), 8u);  // fullwidth
  EXPECT_EQ(DisplayWidth("a\u200Bb"), 2u);  // zero width space
  EXPECT_EQ(DisplayWidth("≥ 45 ha…"), 8u);
  EXPECT_EQ(DisplayWidth(""), 0u);
}

TEST(DisplayWidth, TruncatesBetweenCharactersWithAnEllipsis) {
  EXPECT_EQ(TruncateToWidth("Kế hoạch", 8), "Kế hoạch");  // fits: unchanged
  EXPECT_EQ(TruncateToWidth("Kế hoạch thực hiện", 8), "Kế hoạc…");
  // The same cut of the decomposed text keeps each letter's marks with it.
  const std::string nfd = TruncateToWidth(kNfd, 6);
  EXPECT_EQ(nfd, "No\u0302ng\u2026");  // the space before the cut goes
  EXPECT_EQ(DisplayWidth(nfd), 5u);
  EXPECT_EQ(TruncateToWidth("mo\u031B\u0301i mo\u031B\u0301i", 3), "mo\u031B\u0301\u2026");
  // A wide character that does not fit is left out whole.
  EXPECT_EQ(TruncateToWidth("中文字", 4), "中…");
  EXPECT_EQ(TruncateToWidth("abc", 0), "");
}

TEST(TablePrinter, AlignsVietnameseInNfcAndNfd) {
  ResultTable t;
  t.columns = {"tên", "năm", "ghi chú"};
  t.rows = {{kNfc, "2024", "NFC"}, {kNfd, "2025", "NFD"}, {"Đông", "123456", std::nullopt}};
  t.kinds = {{Kind::kText, Kind::kInteger, Kind::kText},
             {Kind::kText, Kind::kInteger, Kind::kText},
             {Kind::kText, Kind::kInteger, Kind::kNull}};
  std::ostringstream out;
  PrintTable(t, TableOptions{}, out);
  EXPECT_EQ(out.str(),
            "tên           |    năm | ghi chú\n"
            "--------------+--------+--------\n"
            "Nông thôn mới |   2024 | NFC\n" +
                std::string(kNfd) +
                " |   2025 | NFD\n"
                "Đông          | 123456 | NULL\n"
                "(3 rows)\n");
  const std::vector<std::string> lines = Lines(out.str());
  for (size_t i = 1; i < 5; ++i) EXPECT_EQ(SeparatorColumns(lines[i]), SeparatorColumns(lines[0]));
}

TEST(TablePrinter, CutsLongCellsAndKeepsOneLinePerRow) {
  ResultTable t;
  t.columns = {"id", "text"};
  t.rows = {{"1", "KẾ HOẠCH\r\nThực hiện Chương trình xây dựng nông thôn mới\tnăm 2024"},
            {"2", "ngắn"}};
  TableOptions options;
  options.max_cell_width = 20;
  options.null_text = "";
  options.show_row_count = false;
  std::ostringstream out;
  PrintTable(t, options, out);
  const std::vector<std::string> lines = Lines(out.str());
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[2], "1  | KẾ HOẠCH↵Thực hiện…");
  EXPECT_EQ(DisplayWidth(lines[2]), 24u);
  EXPECT_EQ(lines[3], "2  | ngắn");  // kinds not given: text, left-aligned
}

TEST(TablePrinter, NarrowsTextColumnsToFitALineWidth) {
  ResultTable table;
  table.columns = {"criterion", "title", "lead"};
  table.rows = {{"13", "Tiếp tục duy trì các tiêu chí, chỉ tiêu đã đạt trong năm 2024",
                 "Ủy ban nhân dân xã Măng Bút"}};
  table.kinds = {{ResultTable::Kind::kInteger, ResultTable::Kind::kText, ResultTable::Kind::kText}};
  TableOptions options;
  options.show_row_count = false;
  options.max_line_width = 40;
  std::ostringstream out;
  PrintTable(table, options, out);
  const auto lines = Lines(out.str());
  ASSERT_EQ(lines.size(), 3u);
  for (const std::string& line : lines) EXPECT_LE(DisplayWidth(line), 40u) << line;
  EXPECT_EQ(lines[0].substr(0, 12), "criterion | ");  // a header is never cut
  EXPECT_EQ(lines[2].substr(0, 12), "       13 | ");  // nor a number
  EXPECT_NE(lines[2].find("Tiếp tục"), std::string::npos);
  EXPECT_NE(lines[2].find("…"), std::string::npos);

  // Too narrow for even the headers: the headers still show whole.
  options.max_line_width = 10;
  std::ostringstream narrow;
  PrintTable(table, options, narrow);
  EXPECT_EQ(Lines(narrow.str())[0], "criterion | title    | lead");
}

TEST(TablePrinter, EmptyResultStillShowsTheHeader) {
  ResultTable t;
  t.columns = {"source"};
  std::ostringstream out;
  PrintTable(t, TableOptions{}, out);
  EXPECT_EQ(out.str(), "source\n------\n(0 rows)\n");
}

TEST(Csv, QuotesPerRfc4180) {
  ResultTable t;
  t.columns = {"unit", "note", "n"};
  t.rows = {{"Phòng Kinh tế, Hạ tầng", "nói \"đạt\"", "3"},
            {"Văn phòng", "dòng 1\ndòng 2", std::nullopt},
            {"", "plain", "4"}};
  std::ostringstream out;
  PrintCsv(t, out);
  EXPECT_EQ(out.str(),
            "unit,note,n\r\n"
            "\"Phòng Kinh tế, Hạ tầng\",\"nói \"\"đạt\"\"\",3\r\n"
            "Văn phòng,\"dòng 1\ndòng 2\",\r\n"
            "\"\",plain,4\r\n");
}

TEST(Json, ArrayOfObjectsWithTypedValues) {
  ResultTable t;
  t.columns = {"id", "subject", "value", "actual", "id"};
  t.rows = {{"1", "Măng Bút", "45.0", std::nullopt, "7"}, {"2", "Hương Sơn", "52.77", "3", "8"}};
  t.kinds = {{Kind::kInteger, Kind::kText, Kind::kReal, Kind::kNull, Kind::kInteger},
             {Kind::kInteger, Kind::kText, Kind::kReal, Kind::kText, Kind::kInteger}};
  std::ostringstream out;
  PrintJson(t, out);
  const auto json = nlohmann::ordered_json::parse(out.str());
  ASSERT_TRUE(json.is_array());
  ASSERT_EQ(json.size(), 2u);
  EXPECT_EQ(json[0].dump(), R"({"id":1,"subject":"Măng Bút","value":45.0,"actual":null,"id:2":7})");
  EXPECT_EQ(json[1]["value"], 52.77);
  EXPECT_EQ(json[1]["actual"], "3");       // TEXT stays a string even when it looks numeric
  EXPECT_EQ(Lines(out.str()).size(), 4u);  // "[", one line per row, "]"

  std::ostringstream empty;
  PrintJson(ResultTable{{"x"}, {}, {}}, empty);
  EXPECT_EQ(empty.str(), "[]\n");
}

// A text cell that starts like a formula gets a leading ' (then the usual quoting);
// a number, even negative, and a text that only contains = stay as they are.
TEST(Csv, DefusesCellsThatLookLikeFormulas) {
  ResultTable t;
  t.columns = {"=title", "n", "note"};
  t.rows = {{"=HYPERLINK(\"http://x\",\"y\")", "-5", "+84 912"},
            {"@SUM(A1)", "-2.5", "-"},
            {"\t=1", "3", "a = b"},
            {"\r=1", "4", "x"}};
  t.kinds = {{Kind::kText, Kind::kInteger, Kind::kText},
             {Kind::kText, Kind::kReal, Kind::kText},
             {Kind::kText, Kind::kInteger, Kind::kText},
             {Kind::kText, Kind::kInteger, Kind::kText}};
  std::ostringstream out;
  PrintCsv(t, out);
  EXPECT_EQ(out.str(),
            "'=title,n,note\r\n"
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-5,'+84 912\r\n"
            "'@SUM(A1),-2.5,'-\r\n"
            "'\t=1,3,a = b\r\n"
            "\"'\r=1\",4,x\r\n");
}

// Fed row by row, the stream printer prints what the whole-table printers print
// (a table of at most one screenful included).
TEST(StreamPrinter, MatchesTheWholeTablePrinters) {
  ResultTable t;
  t.columns = {"id", "xã", "note"};
  t.rows = {{"1", "An Bình", std::nullopt}, {"22", "Tân Lộc", "=1+1"}};
  t.kinds = {{Kind::kInteger, Kind::kText, Kind::kNull},
             {Kind::kInteger, Kind::kText, Kind::kText}};
  using Format = StreamPrinter::Format;
  for (const Format format : {Format::kTable, Format::kCsv, Format::kJson}) {
    std::ostringstream whole, streamed;
    if (format == Format::kTable) PrintTable(t, TableOptions{}, whole);
    if (format == Format::kCsv) PrintCsv(t, whole);
    if (format == Format::kJson) PrintJson(t, whole);
    StreamPrinter printer(format, TableOptions{}, streamed);
    printer.Columns(t.columns);
    for (size_t r = 0; r < t.rows.size(); ++r) EXPECT_TRUE(printer.Row(t.rows[r], t.kinds[r]));
    printer.Finish();
    EXPECT_EQ(streamed.str(), whole.str());
  }
}

// Past the first screenful a row is printed at once, with the widths measured on
// the screenful: a longer text cell is cut, a wider number printed whole.
TEST(StreamPrinter, RowsAfterTheFirstScreenfulKeepItsWidths) {
  std::ostringstream out;
  StreamPrinter printer(StreamPrinter::Format::kTable, TableOptions{}, out);
  printer.Columns({"n", "w"});
  for (size_t i = 0; i < StreamPrinter::kScreenful; ++i) {
    printer.Row({"7", "ab"}, {Kind::kInteger, Kind::kText});
  }
  EXPECT_TRUE(out.str().empty());  // measuring: nothing printed yet
  printer.Row({"12345", "abcdef"}, {Kind::kInteger, Kind::kText});
  EXPECT_EQ(Lines(out.str()).size(), 2u + StreamPrinter::kScreenful + 1);
  EXPECT_EQ(Lines(out.str()).back(), "12345 | a\u2026");
  printer.Finish();
  EXPECT_EQ(Lines(out.str()).back(), "(201 rows)");
}

}  // namespace
}  // namespace ntmx
