// The structure stage on small literal plans.
#include <gtest/gtest.h>

#include "pipeline_fixture.h"
#include "text/indexed_text.h"

namespace ntmx {
namespace {

using testing::DefaultPipeline;

struct Parsed {
  IndexedText text;
  DocumentTree tree;
};

Parsed Parse(std::string_view input) {
  StructuredText s = DefaultPipeline().Structure(input, nullptr);
  return Parsed{IndexedText(std::move(s.text)), std::move(s.tree)};
}

std::vector<std::string> Texts(const Parsed& p, const std::vector<Span>& spans) {
  std::vector<std::string> out;
  for (const Span& s : spans) out.emplace_back(p.text.Slice(s));
  return out;
}

constexpr const char* kPlan =
    "ỦY BAN NHÂN DÂN\nXÃ HƯƠNG SƠN\n\nSố: /KH-UBND\n\nHương Sơn, ngày   tháng   năm 2024\n\n"
    "KẾ HOẠCH\nThực hiện Chương trình xây dựng\nnông thôn mới năm 2024\n\n"
    "Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND huyện;\n\n"
    "I. MỤC TIÊU\n\n1. Mục tiêu chung\n\nNâng cao đời sống.\n\n"
    "2. Chỉ tiêu\n\n2.1. Tiêu chí đã đạt gồm:\n1. Tiêu chí số 1 - Quy hoạch\n2. Tiêu chí số 2 - "
    "Giao thông\n"
    "- Duy trì thường xuyên.\n+ Rà soát hồ sơ.\n\na) Quy hoạch: hoàn thiện.\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n\n"
    "Các cơ quan phối hợp¹ thực hiện giúp người dân tiếp cận với nguồn vốn vay\n\n"
    "¹ Gồm Phòng Kinh tế và Hạ tầng.\n\n"
    "ưu đãi, phát triển sản xuất.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ "
    "TỊCH\n\nNguyễn Văn A\n";

TEST(Structure, HeaderTitleAndPreamble) {
  const Parsed p = Parse(kPlan);
  EXPECT_EQ(Texts(p, p.tree.header_lines),
            (std::vector<std::string>{"ỦY BAN NHÂN DÂN", "XÃ HƯƠNG SƠN", "Số: /KH-UBND",
                                      "Hương Sơn, ngày tháng năm 2024"}));
  EXPECT_EQ(p.text.Slice(p.tree.doc_type_line), "KẾ HOẠCH");
  EXPECT_EQ(
      Texts(p, p.tree.title_lines),
      (std::vector<std::string>{"Thực hiện Chương trình xây dựng", "nông thôn mới năm 2024"}));
  ASSERT_EQ(p.tree.preamble_lines.size(), 1u);
  EXPECT_TRUE(p.text.Slice(p.tree.preamble_lines[0]).starts_with("Căn cứ Quyết định số 12"));
}

TEST(Structure, PartsSectionsListsAndLetteredItems) {
  const Parsed p = Parse(kPlan);
  const auto& nodes = p.tree.nodes;
  std::vector<std::string> shape;
  for (size_t i = 1; i < nodes.size(); ++i) {
    const int depth = static_cast<int>(p.tree.PathTo(static_cast<int>(i)).size());
    shape.push_back(std::to_string(depth) + NodeKindName(nodes[i].kind) + ":" + nodes[i].marker);
  }
  EXPECT_EQ(shape, (std::vector<std::string>{"1paragraph:", "1part:I", "2section:1",
                                             "3paragraph:", "2section:2", "3section:2.1", "4item:1",
                                             "4item:2", "4item:-", "5item:+", "4lettered:a",
                                             "1part:II", "2paragraph:"}));
}

TEST(Structure, FootnoteLiftedAndSplitSentenceRejoined) {
  const Parsed p = Parse(kPlan);
  ASSERT_EQ(p.tree.footnotes.size(), 1u);
  const Footnote& note = p.tree.footnotes[0];
  EXPECT_EQ(note.marker, "1");
  EXPECT_EQ(p.text.Slice(note.text), "¹ Gồm Phòng Kinh tế và Hạ tầng.");
  ASSERT_EQ(note.anchors.size(), 1u);
  EXPECT_EQ(p.text.Slice(note.anchors[0]), "¹");
  const Node& last = p.tree.nodes.back();
  EXPECT_EQ(p.text.Slice(last.line),
            "Các cơ quan phối hợp¹ thực hiện giúp người dân tiếp cận với nguồn vốn vay ưu đãi, "
            "phát triển sản xuất.");
  // The note sits after the body and the closing.
  EXPECT_GT(note.text.begin, p.tree.signature_lines.back().end);
}

TEST(Structure, RecipientsAndSignature) {
  const Parsed p = Parse(kPlan);
  EXPECT_EQ(Texts(p, p.tree.recipient_lines),
            (std::vector<std::string>{"Nơi nhận:", "- Như trên;", "- Lưu: VT."}));
  EXPECT_EQ(Texts(p, p.tree.signature_lines),
            (std::vector<std::string>{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                                      "Nguyễn Văn A"}));
}

TEST(Structure, CrlfBomAndNfdGiveTheSameTree) {
  std::string crlf;
  for (char c : std::string(kPlan)) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  const Parsed a = Parse(kPlan);
  const Parsed b = Parse(crlf);
  EXPECT_EQ(a.text.text(), b.text.text());
  EXPECT_EQ(a.tree.nodes.size(), b.tree.nodes.size());
}

TEST(Structure, ParagraphsAreNotJoinedAcrossSentences) {
  const Parsed p =
      Parse("KẾ HOẠCH\nTiêu đề\n\nI. MỤC TIÊU\n\nCâu một kết thúc.\n\ncâu hai viết thường.\n");
  ASSERT_EQ(p.tree.nodes.size(), 4u);  // root, part, two paragraphs
}

TEST(Structure, EmptyAndHeaderlessInput) {
  EXPECT_EQ(Parse("").tree.nodes.size(), 1u);
  const Parsed p = Parse("Chỉ một dòng văn bản không có tiêu đề");
  EXPECT_TRUE(p.tree.title_lines.empty());
  EXPECT_EQ(p.tree.nodes.size(), 2u);
}

}  // namespace
}  // namespace ntmx

namespace ntmx {
namespace {

TEST(Structure, SignatureWithSignedNoteAndNameInCapitals) {
  const Extraction e = testing::ExtractText(
      "KẾ HOẠCH\nTiêu đề\n\nI. MỤC TIÊU\n\nNội dung.\n\nNơi nhận:\n- Lưu: VT.\n\n"
      "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\n\nLỘC VĂN DƯƠNG\n");
  ASSERT_TRUE(e.document.signer.has_value());
  EXPECT_EQ(e.document.signer->name, "Lộc Văn Dương");
  EXPECT_EQ(e.document.signer->position, "Chủ tịch");
}

}  // namespace
}  // namespace ntmx
