// Folding and the IndexedText maps: the matching view every rule relies on.
#include <gtest/gtest.h>

#include "text/fold.h"
#include "text/indexed_text.h"

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

}  // namespace
}  // namespace ntmx
