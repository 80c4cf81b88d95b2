// Numbering schemes (src/structure/numbering.h): the role and level of each heading
// from the scheme the whole document uses, on small lists of headings written here,
// and the same tree from a plan numbered I./1./a) and from its decimal rewrite.
#include "structure/numbering.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline_fixture.h"
#include "text/indexed_text.h"

namespace ntmx {
namespace {

NumberedHeading Part(const std::string& m) { return {HeadingForm::kPart, m, true, false}; }
NumberedHeading Num(const std::string& m, bool capitals = false, bool after_colon = false) {
  return {HeadingForm::kArabic, m, capitals, after_colon};
}
NumberedHeading Letter(const std::string& m) { return {HeadingForm::kLetter, m, false, false}; }

// "part1", "section3", "lettered6", "item10" for each heading.
std::vector<std::string> Shape(const std::vector<NumberedHeading>& headings) {
  std::vector<std::string> out;
  for (const HeadingPlace& p : PlaceHeadings(headings)) {
    const char* role = p.role == HeadingRole::kPart       ? "part"
                       : p.role == HeadingRole::kSection  ? "section"
                       : p.role == HeadingRole::kLettered ? "lettered"
                                                          : "item";
    out.push_back(role + std::to_string(p.level));
  }
  return out;
}

TEST(Numbering, RomanPartsMakeOneASectionUnderAPart) {
  const std::vector<NumberedHeading> h = {Part("I"),   Num("1"),   Num("1.1"),
                                          Letter("a"), Part("II"), Num("1")};
  EXPECT_EQ(ReadScheme(h), NumberingScheme::kRoman);
  EXPECT_EQ(Shape(h), (std::vector<std::string>{"part1", "section2", "section3", "lettered6",
                                                "part1", "section2"}));
}

TEST(Numbering, DecimalOutlineMakesSingleNumbersParts) {
  // 1. MỤC TIÊU / 1.1. / 1.2. / 2. NHIỆM VỤ / 2.1. / 2.1.1. / a) / 3. Kinh phí (no
  // sections of its own, not in capitals: the next part's number).
  const std::vector<NumberedHeading> h = {Num("1", true), Num("1.1"),   Num("1.2"),  Num("2", true),
                                          Num("2.1"),     Num("2.1.1"), Letter("a"), Num("3")};
  EXPECT_EQ(ReadScheme(h), NumberingScheme::kDecimal);
  EXPECT_EQ(Shape(h), (std::vector<std::string>{"part1", "section2", "section2", "part1",
                                                "section2", "section3", "lettered6", "part1"}));
}

TEST(Numbering, ANumberedListInsideADecimalPartIsNoPart) {
  // 1. Mục tiêu / 1.1. Chỉ tiêu gồm: / 1. … / 2. … / 3. … / 2. Nhiệm vụ / 2.1.
  // The list's "2." comes before the part "2." that owns "2.1."; its "3." is not
  // the next part's number while the list goes on.
  const std::vector<NumberedHeading> h = {
      Num("1"), Num("1.1"), Num("1", false, true), Num("2"), Num("3"), Num("2"), Num("2.1")};
  using R = HeadingRole;
  EXPECT_EQ(DecimalRoles(h),
            (std::vector<HeadingRole>{R::kPart, R::kSection, R::kNumberedItem, R::kNumberedItem,
                                      R::kNumberedItem, R::kPart, R::kSection}));
  EXPECT_EQ(Shape(h), (std::vector<std::string>{"part1", "section2", "item10", "item10", "item10",
                                                "part1", "section2"}));
}

TEST(Numbering, ADecimalSectionWrittenWithItsOwnNumberOnly) {
  // 3. TỔ CHỨC / 3.1. / 3.2. / 4, … (the part's next section, "3." left out) / 4.
  // TỔ CHỨC with its own "4.1." is still part 4.
  const std::vector<NumberedHeading> h = {Num("3", true), Num("3.1"),     Num("3.2"),
                                          Num("3"),       Num("4", true), Num("4.1")};
  using R = HeadingRole;
  EXPECT_EQ(DecimalRoles(h), (std::vector<HeadingRole>{R::kPart, R::kSection, R::kSection,
                                                       R::kSection, R::kPart, R::kSection}));
}

TEST(Numbering, WordPartsAboveRomanPartsOrInTheirPlace) {
  const NumberedHeading word = {HeadingForm::kPartWord, "II", true, false};
  // "Phần II" over "I.", "1.": a level above the parts.
  EXPECT_EQ(PlaceHeadings({word, Part("I"), Num("1")})[0].level, kVolumeLevel);
  EXPECT_EQ(PlaceHeadings({word, Part("I"), Num("1")})[1].level, kPartLevel);
  // "Phần II" over "1.", "Mục 1": the parts themselves.
  EXPECT_EQ(Shape({word, Num("1"), Num("1.1")}),
            (std::vector<std::string>{"part1", "section2", "section3"}));
}

TEST(Numbering, PartsNumberedInCapitalsWithSectionsRestartingUnderThem) {
  // 1. MỤC TIÊU / 1. Mục tiêu chung / 2. Chỉ tiêu / 2. TỔ CHỨC THỰC HIỆN / 1. … / a)
  const std::vector<NumberedHeading> h = {Num("1", true), Num("1"), Num("2"),
                                          Num("2", true), Num("1"), Letter("a")};
  EXPECT_EQ(ReadScheme(h), NumberingScheme::kCapitalParts);
  EXPECT_EQ(Shape(h), (std::vector<std::string>{"part1", "section2", "section2", "part1",
                                                "section2", "lettered6"}));
}

TEST(Numbering, PlainNumbersWithoutDeeperOnesStayRoman) {
  // Nothing shows an outline: "1.", "2.", "3." keep the reading they always had.
  const std::vector<NumberedHeading> h = {Num("1", true), Num("2"), Num("3")};
  EXPECT_EQ(ReadScheme(h), NumberingScheme::kRoman);
  EXPECT_EQ(Shape(h), (std::vector<std::string>{"section2", "section2", "section2"}));
}

TEST(Numbering, NumberedListRestartsAfterAColonAtAnyDepth) {
  NumberedList list;
  EXPECT_TRUE(list.Take("2.1", 2, true));    // "2.2. … gồm:" is open, the colon, then 2.1
  EXPECT_TRUE(list.Take("2.2", 2, false));   // goes on
  EXPECT_FALSE(list.Take("2.4", 2, false));  // a gap: a section again
  EXPECT_FALSE(list.going_on());
  EXPECT_FALSE(list.Take("1", 0, true));  // nothing open of its depth: a section
  EXPECT_TRUE(list.Take("1", 3, true));
  EXPECT_FALSE(list.Take("1.2", 3, false));  // another prefix: not the list's next item
}

// The same plan numbered I./1./a) and as a decimal outline 1./1.1./1.1.1.
constexpr const char* kRoman =
    "KẾ HOẠCH\nXây dựng xã An Bình đạt chuẩn nông thôn mới\n\n"
    "I. MỤC TIÊU\n\n1. Mục tiêu chung\n\nNâng cao đời sống người dân.\n\n"
    "2. Chỉ tiêu cụ thể gồm:\n\n1. Giữ vững tiêu chí số 2.\n2. Hoàn thành tiêu chí số 6.\n\n"
    "II. NHIỆM VỤ\n\n1. Tiêu chí chưa đạt\n\na) Tiêu chí số 6 - Văn hóa\n\n- Sửa nhà văn hóa.\n\n"
    "III. TỔ CHỨC THỰC HIỆN\n\n1. Công chức Văn hóa - Xã hội: chủ trì tiêu chí số 6.\n\n"
    "2. Công chức Địa chính - Xây dựng: chủ trì tiêu chí số 2.\n";
constexpr const char* kDecimal =
    "KẾ HOẠCH\nXây dựng xã An Bình đạt chuẩn nông thôn mới\n\n"
    "1. MỤC TIÊU\n\n1.1. Mục tiêu chung\n\nNâng cao đời sống người dân.\n\n"
    "1.2. Chỉ tiêu cụ thể gồm:\n\n1. Giữ vững tiêu chí số 2.\n2. Hoàn thành tiêu chí số 6.\n\n"
    "2. NHIỆM VỤ\n\n2.1. Tiêu chí chưa đạt\n\n2.1.1. Tiêu chí số 6 - Văn hóa\n\n- Sửa nhà văn "
    "hóa.\n\n"
    "3. TỔ CHỨC THỰC HIỆN\n\n3.1. Công chức Văn hóa - Xã hội: chủ trì tiêu chí số 6.\n\n"
    "3.2. Công chức Địa chính - Xây dựng: chủ trì tiêu chí số 2.\n";

// Each node as its depth in the tree and its kind (a) and 2.1.1. are both the
// third level under a part: lettered in one, a section in the other).
std::vector<std::string> TreeShape(const char* plan) {
  const StructuredText s = testing::DefaultPipeline().Structure(plan, nullptr);
  std::vector<std::string> out;
  for (size_t i = 1; i < s.tree.nodes.size(); ++i) {
    NodeKind kind = s.tree.nodes[i].kind;
    if (kind == NodeKind::kLettered) kind = NodeKind::kSection;
    out.push_back(std::to_string(s.tree.PathTo(static_cast<int>(i)).size()) + NodeKindName(kind));
  }
  return out;
}

TEST(Numbering, DecimalRewriteGivesTheSameTree) {
  const std::vector<std::string> roman = TreeShape(kRoman);
  EXPECT_EQ(TreeShape(kDecimal), roman);
  EXPECT_EQ(roman.front(), "1part");
}

TEST(Numbering, DecimalOrganisationPartGivesResponsibilities) {
  const Extraction roman = testing::ExtractText(kRoman);
  const Extraction decimal = testing::ExtractText(kDecimal);
  ASSERT_EQ(roman.responsibilities.size(), 2u);
  ASSERT_EQ(decimal.responsibilities.size(), roman.responsibilities.size());
  for (size_t i = 0; i < roman.responsibilities.size(); ++i) {
    EXPECT_EQ(decimal.responsibilities[i].unit, roman.responsibilities[i].unit);
    EXPECT_EQ(decimal.responsibilities[i].criteria, roman.responsibilities[i].criteria);
  }
}

// Units' sections numbered "2.1.", "2.2." under a decimal part give the tasks their
// "1.", "2." give under part II (patterns/tasks.toml: tasks.unit_heading).
TEST(Numbering, DecimalUnitSectionsGiveTheirTasks) {
  const std::string head = "KẾ HOẠCH\nXây dựng xã An Bình đạt chuẩn nông thôn mới năm 2025\n\n";
  const Extraction roman =
      testing::ExtractText(head +
                           "I. MỤC TIÊU\n\n1. Mục tiêu chung\n\nNâng cao đời sống.\n\n"
                           "II. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Giáo dục và Đào tạo:\n\n"
                           "- Hướng dẫn xã giữ vững tiêu chí số 5.\n\n2. Hội Nông dân xã:\n\n"
                           "- Định kỳ hằng quý vận động hội viên.\n");
  const Extraction decimal =
      testing::ExtractText(head +
                           "1. MỤC TIÊU\n\n1.1. Mục tiêu chung\n\nNâng cao đời sống.\n\n"
                           "2. TỔ CHỨC THỰC HIỆN\n\n2.1. Phòng Giáo dục và Đào tạo:\n\n"
                           "- Hướng dẫn xã giữ vững tiêu chí số 5.\n\n2.2. Hội Nông dân xã:\n\n"
                           "- Định kỳ hằng quý vận động hội viên.\n");
  ASSERT_EQ(roman.tasks.size(), 2u);
  ASSERT_EQ(decimal.tasks.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(decimal.tasks[i].lead, roman.tasks[i].lead);
    EXPECT_EQ(decimal.tasks[i].title, roman.tasks[i].title);
  }
  EXPECT_EQ(decimal.tasks[1].lead, std::vector<std::string>{"Hội Nông dân xã"});
}

// "PHẦN THỨ NHẤT: KẾT QUẢ …" and "PHẦN THỨ HAI: …" over parts I., II.: the first
// reports in all its parts (no task from "II. Tồn tại"), the second's organisation
// part gives responsibilities; "Mục 1." is a section like "1.".
TEST(Numbering, PartsNamedByWords) {
  const char* plan =
      "KẾ HOẠCH\nXây dựng xã An Bình đạt chuẩn nông thôn mới năm 2025\n\n"
      "PHẦN THỨ NHẤT: KẾT QUẢ NĂM 2024\n\nI. Kết quả đạt được\n\nXã đạt 15/19 tiêu chí.\n\n"
      "II. Tồn tại, hạn chế\n\nCông chức Văn hóa - Xã hội chủ trì tổ chức hội thi văn nghệ vào "
      "tháng 3 năm 2024 nhưng chưa đạt.\n\n"
      "PHẦN THỨ HAI: KẾ HOẠCH NĂM 2025\n\nI. MỤC TIÊU\n\nMục 1. Mục tiêu chung\n\n"
      "Nâng cao đời sống; phần 5.2: giữ vững.\n\n"
      "II. TỔ CHỨC THỰC HIỆN\n\nMục 1. Công chức Văn hóa - Xã hội: chủ trì tiêu chí số 6.\n";
  const StructuredText s = testing::DefaultPipeline().Structure(plan, nullptr);
  std::vector<std::string> shape;
  for (size_t i = 1; i < s.tree.nodes.size(); ++i) {
    const Node& n = s.tree.nodes[i];
    if (n.kind == NodeKind::kParagraph) continue;
    shape.push_back(std::to_string(s.tree.PathTo(static_cast<int>(i)).size()) +
                    NodeKindName(n.kind) + ":" + n.marker);
  }
  EXPECT_EQ(shape, (std::vector<std::string>{"1part:NHAT", "2part:I", "2part:II", "1part:HAI",
                                             "2part:I", "3section:1", "2part:II", "3section:1"}));
  const Extraction e = testing::ExtractText(plan);
  EXPECT_TRUE(e.tasks.empty());
  // "A. KẾT QUẢ …" / "B. KẾ HOẠCH …" in capitals read as the two "PHẦN THỨ …".
  std::string lettered = plan;
  lettered.replace(lettered.find("PHẦN THỨ NHẤT:"), std::string("PHẦN THỨ NHẤT:").size(), "A.");
  lettered.replace(lettered.find("PHẦN THỨ HAI:"), std::string("PHẦN THỨ HAI:").size(), "B.");
  const Extraction by_letter = testing::ExtractText(lettered);
  EXPECT_TRUE(by_letter.tasks.empty());
  EXPECT_EQ(by_letter.responsibilities.size(), 1u);
  const StructuredText t = testing::DefaultPipeline().Structure(lettered, nullptr);
  ASSERT_GT(t.tree.nodes.size(), 2u);
  EXPECT_EQ(t.tree.nodes[1].marker, "A");
  EXPECT_EQ(t.tree.nodes[2].parent, 1);
  ASSERT_EQ(e.responsibilities.size(), 1u);
  EXPECT_EQ(e.responsibilities[0].criteria, std::vector<int>{6});
}

}  // namespace
}  // namespace ntmx
