// Page provenance: page starts found in the stored text after normalize and structure.
#include <gtest/gtest.h>

#include "pipeline/page_map.h"

namespace ntmx {
namespace {

TEST(PageMap, FindsEachPageOpeningInTheStoredText) {
  // The reader's text has markdown marks on page 3 that the stored text has not.
  const std::string raw = "Trang một.\n\nTrang hai bắt đầu ở đây.\n\n**Trang ba** ở đây.";
  const std::vector<size_t> starts{0, raw.find("Trang hai"), raw.find("**Trang ba")};
  const std::string stored = "Trang một.\n\nTrang hai bắt đầu ở đây.\n\nTrang ba ở đây.";
  const std::vector<uint32_t> pages = MapPageStarts(raw, starts, stored, NormalizeOptions());
  ASSERT_EQ(pages.size(), 3u);
  EXPECT_EQ(pages[0], 0u);
  EXPECT_EQ(pages[1], 12u);  // code points, not bytes
  EXPECT_EQ(pages[2], 38u);
  EXPECT_EQ(PageOf(pages, 0), 1);
  EXPECT_EQ(PageOf(pages, 20), 2);
  EXPECT_EQ(PageOf(pages, 40), 3);
  EXPECT_EQ(PageOf({}, 5), 0);
}

TEST(PageMap, AnOpeningNotFoundKeepsThePreviousStart) {
  const std::string raw = "Một.\n\nHai hai hai.";
  const std::vector<uint32_t> pages =
      MapPageStarts(raw, {0, 6}, "Một.\n\nkhác hẳn", NormalizeOptions());
  EXPECT_EQ(pages, (std::vector<uint32_t>{0, 0}));
}

}  // namespace
}  // namespace ntmx
