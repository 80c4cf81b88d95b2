// HtmlWriter and EscapeHtml: text from plans never becomes markup.
#include "report/html_writer.h"

#include <gtest/gtest.h>

namespace ntmx {
namespace {

TEST(EscapeHtml, EscapesTheFiveMarkupCharacters) {
  EXPECT_EQ(EscapeHtml(R"(<a href="x">Tom & 'Jerry'</a>)"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
}

TEST(EscapeHtml, LeavesVietnameseAndOtherTextAlone) {
  EXPECT_EQ(EscapeHtml("Kế hoạch số 03/KH-UBND, xã Hương Sơn – đạt 15/19"),
            "Kế hoạch số 03/KH-UBND, xã Hương Sơn – đạt 15/19");
  EXPECT_EQ(EscapeHtml(""), "");
}

TEST(EscapeHtml, EscapesAnExistingReferenceAgain) {
  // A plan that says "&amp;" means those five characters, not "&".
  EXPECT_EQ(EscapeHtml("&amp;"), "&amp;amp;");
}

TEST(HtmlWriter, EscapesTextAndAttributeValues) {
  HtmlWriter h;
  h.Element("td", {{"class", "met"}, {"title", "«a \"b\" <c>»"}}, "x < y & z");
  EXPECT_EQ(h.str(),
            "<td class=\"met\" title=\"«a &quot;b&quot; &lt;c&gt;»\">x &lt; y &amp; z</td>");
}

TEST(HtmlWriter, KeepsAttributeOrderAndWritesEmptyValues) {
  HtmlWriter h;
  h.Open("a", {{"title", ""}, {"href", "#src-targets-1"}});
  h.Text("45");
  h.Close("a");
  EXPECT_EQ(h.str(), "<a title=\"\" href=\"#src-targets-1\">45</a>");
}

TEST(HtmlWriter, EmptyElementsAreSelfClosingAndRawIsVerbatim) {
  HtmlWriter h;
  h.Empty("meta", {{"charset", "utf-8"}});
  h.Raw("<br/>");
  h.Text("<br/>");
  EXPECT_EQ(h.str(), "<meta charset=\"utf-8\"/><br/>&lt;br/&gt;");
}

TEST(HtmlWriter, ReleaseHandsOverTheText) {
  HtmlWriter h;
  h.Element("p", "Đồng Nai");
  EXPECT_EQ(h.Release(), "<p>Đồng Nai</p>");
}

}  // namespace
}  // namespace ntmx
