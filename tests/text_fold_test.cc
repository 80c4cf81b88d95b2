// Folding and the IndexedText maps: the matching view every rule relies on.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "text/fold.h"
#include "text/indexed_text.h"
#include "text/utf8.h"

namespace ntmx {
namespace {

TEST(Fold, RemovesDiacriticsAndCase) {
  EXPECT_EQ(Fold("Ủy ban nhân dân huyện Nam Đông"), "uy ban nhan dan huyen nam dong");
  EXPECT_EQ(Fold("ĐƯỜNG Giao thông"), "duong giao thong");
}

TEST(Fold, OldAndNewTonePlacementAreEqual) {
  EXPECT_EQ(Fold("hoà"), Fold("hòa"));
  EXPECT_EQ(Fold("thuỷ"), Fold("thủy"));
  EXPECT_EQ(Fold("Uỷ"), Fold("Ủy"));
}

TEST(Fold, AbsorbsTypingSlipsAndLookAlikes) {
  EXPECT_EQ(Fold("lựơng"), Fold("lượng"));
  EXPECT_EQ(Fold("\u00D0iện"), "dien");  // Ð (U+00D0) for Đ
  EXPECT_EQ(Fold("đ\u01A3ợc"), "duoc");  // ƣ from a broken PDF font
}

TEST(Fold, DecomposedInputFoldsLikeComposed) {
  EXPECT_EQ(Fold("Ho\u0300a"), Fold("Hòa"));
  EXPECT_EQ(Fold("Vie\u0302\u0323t"), "viet");
}

TEST(Fold, UnifiesDashesAndQuotes) {
  EXPECT_EQ(Fold("2021 \u2013 2025"), "2021 - 2025");
  EXPECT_EQ(Fold("\u201Cx\u201D"), "\"x\"");
}

TEST(FoldKey, CollapsesSpace) { EXPECT_EQ(FoldKey("  Kon   Plông \n"), "kon plong"); }

TEST(IndexedText, MapsFoldedMatchesBackToCodePoints) {
  IndexedText t("Căn cứ Quyết định số 416/QĐ-UBND");
  EXPECT_EQ(t.folded(), "can cu quyet dinh so 416/qd-ubnd");
  const size_t at = t.folded().find("quyet dinh");
  const Span s = t.SpanOfFolded(at, at + 10);
  EXPECT_EQ(s.begin, 7u);
  EXPECT_EQ(s.end, 17u);
  EXPECT_EQ(t.Slice(s), "Quyết định");
  EXPECT_EQ(t.FoldedSlice(s), "quyet dinh");
}

TEST(IndexedText, DroppedMarksStayWithTheirLetter) {
  IndexedText t("a\u0301b");  // a + combining acute + b
  EXPECT_EQ(t.folded(), "ab");
  EXPECT_EQ(t.size(), 3u);
  const Span s = t.SpanOfFolded(1, 2);
  EXPECT_EQ(t.Slice(s), "b");
}

TEST(Fold, AsciiFoldsToItsLowerCase) {
  for (int c = 0; c < 0x80; ++c) {
    std::string folded;
    AppendFoldedCodePoint(static_cast<char32_t>(c), &folded);
    EXPECT_EQ(folded, std::string(1, FoldAscii(static_cast<char>(c)))) << c;
  }
}

// Fold writes in place into a buffer of the input's size: a folded form longer
// than its input (U+FFFD for a stray byte) must grow it, also for the ASCII after.
TEST(Fold, GrowsPastTheInputWhenInvalidBytesFoldLonger) {
  EXPECT_EQ(Fold("\x80\x80\x80"
                 "ABCDEF"),
            "\uFFFD\uFFFD\uFFFDabcdef");
  EXPECT_EQ(Fold("\xFF"), "\uFFFD");
  EXPECT_EQ(Fold("Ê\x80"
                 "Ab"),
            "e\uFFFDab");
  EXPECT_EQ(Fold(""), "");
}

// The maps of IndexedText, built the plain way: one code point at a time.
TEST(IndexedText, MapsAgreeWithACodePointByCodePointReading) {
  // ASCII, two- and three-byte letters, a mark folded to nothing, a letter whose
  // folded form is longer than it is (Ⱥ U+023A -> ⱥ U+2C65) and a run of them.
  const std::string text = "Xã Ia\u0301 – \u023A\u023A\u023A\u023A\u023A đạt 19/19";
  IndexedText t(text);
  std::string folded;
  std::vector<uint32_t> cp_to_byte, cp_to_folded;
  size_t pos = 0;
  while (pos < text.size()) {
    cp_to_byte.push_back(static_cast<uint32_t>(pos));
    cp_to_folded.push_back(static_cast<uint32_t>(folded.size()));
    AppendFoldedCodePoint(DecodeUtf8(text, &pos), &folded);
  }
  cp_to_byte.push_back(static_cast<uint32_t>(text.size()));
  cp_to_folded.push_back(static_cast<uint32_t>(folded.size()));
  EXPECT_EQ(t.folded(), folded);
  ASSERT_EQ(t.size(), cp_to_byte.size() - 1);
  for (uint32_t cp = 0; cp <= t.size(); ++cp) {
    EXPECT_EQ(t.ByteOf(cp), cp_to_byte[cp]) << cp;
    EXPECT_EQ(t.FoldedByteOf(cp), cp_to_folded[cp]) << cp;
  }
  const auto at = [](Span s) { return std::pair(s.begin, s.end); };
  for (uint32_t cp = 0; cp < t.size(); ++cp) {
    EXPECT_EQ(at(t.SpanOfBytes(cp_to_byte[cp], cp_to_byte[cp + 1])), std::pair(cp, cp + 1));
    if (cp_to_folded[cp + 1] > cp_to_folded[cp]) {
      EXPECT_EQ(at(t.SpanOfFolded(cp_to_folded[cp], cp_to_folded[cp + 1])), std::pair(cp, cp + 1));
    }
  }
  EXPECT_EQ(at(t.SpanOfFolded(folded.size(), folded.size())), std::pair(t.size(), t.size()));
}

}  // namespace

// One word-break rule for every scanner of folded text.
TEST(Fold, StartsWordAtNeedsAWordBreakAfter) {
  EXPECT_TRUE(StartsWordAt("chu tri, phoi hop", 0, "chu tri"));
  EXPECT_TRUE(StartsWordAt("chu tri", 0, "chu tri"));
  EXPECT_FALSE(StartsWordAt("chu trinh", 0, "chu tri"));
  EXPECT_TRUE(StartsWordAt("cac phong, ban nganh", 11, "ban"));
  EXPECT_FALSE(StartsWordAt("ban", 5, "ban"));      // past the end
  EXPECT_FALSE(StartsWordAt("ban\xc3", 0, "ban"));  // a non-ASCII byte is a word byte
}

}  // namespace ntmx
