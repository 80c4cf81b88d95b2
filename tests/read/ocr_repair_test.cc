// OcrRepair (read/ocr_repair.h) on small lines written here: the rewrites of broken
// numbers, dates, table rules and symbols, the known phrases whose marks come back in
// the case they were read in, what is never touched, and the checks of the rule file.
#include "read/ocr_repair.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "util/tsv.h"

namespace ntmx {
namespace {

TsvRow Row(std::vector<std::string> fields) {
  static int line = 0;
  return TsvRow{++line, std::move(fields)};
}

OcrRepair Make(std::vector<TsvRow> rewrites, std::vector<TsvRow> phrases) {
  OcrRepair repair;
  const Status s = OcrRepair::Create(rewrites, phrases, "test.tsv", &repair);
  EXPECT_TRUE(s.ok()) << s.message();
  return repair;
}

TEST(OcrRepair, RestoresTheMarksOfKnownPhrasesInTheCaseRead) {
  const OcrRepair r = Make({}, {Row({"Ủy ban nhân dân"}), Row({"nông thôn mới"}),
                                Row({"Thủy lợi và phòng, chống thiên tai"})});
  EXPECT_EQ(r.Apply("UY BAN NHAN DÂN xã An Bình"), "ỦY BAN NHÂN DÂN xã An Bình");
  EXPECT_EQ(r.Apply("xây dựng nông thôn mởi năm 2024."), "xây dựng nông thôn mới năm 2024.");
  EXPECT_EQ(r.Apply("(Nong Thôn Mơi)"), "(Nông Thôn Mới)");
  EXPECT_EQ(r.Apply("tiêu chí Thuỷ lợi và phòng, chống thiên tài"),
            "tiêu chí Thuỷ lợi và phòng, chống thiên tai");
}

TEST(OcrRepair, LeavesWhatCouldBeAnotherWordAlone) {
  const OcrRepair r = Make({}, {Row({"nông thôn mới"}), Row({"mới"}), Row({"Văn hóa"})});
  // One syllable alone is never restored; a phrase broken by punctuation is not one.
  EXPECT_EQ(r.Apply("một mởi ngày"), "một mởi ngày");
  EXPECT_EQ(r.Apply("nông thôn, mơi"), "nông thôn, mơi");
  // The tone mark on another vowel is the writer's spelling, not an OCR error.
  EXPECT_EQ(r.Apply("Văn hoá"), "Văn hoá");
  EXPECT_EQ(r.Apply("Văn hoa"), "Văn hóa");
}

TEST(OcrRepair, TheShippedRewritesMendNumbersDatesRulesAndSymbols) {
  std::vector<TsvRow> rewrites;
  const std::filesystem::path file =
      std::filesystem::path(NTMX_SOURCE_DIR) / "schemas" / "ocr_repair.tsv";
  ASSERT_TRUE(ReadTsv(file, 5, &rewrites).ok());
  OcrRepair r;
  const Status s = OcrRepair::Create(rewrites, {}, file.string(), &r);  // checks examples
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_GE(r.rewrite_count(), 8u);
  EXPECT_EQ(r.Apply("xã An Bình đạt 1 7/1 9 tiêu chí"), "xã An Bình đạt 17/19 tiêu chí");
  EXPECT_EQ(r.Apply("Bình An, ngày 0 9/0 3/2O25"), "Bình An, ngày 09/03/2025");
  EXPECT_EQ(r.Apply("| 2 | Điện | Đạt |"), "2 Điện Đạt");
  EXPECT_EQ(r.Apply("Số: O7/QD-UBND"), "Số: 07/QĐ-UBND");
  // Not a count, not a date, not a number: untouched.
  EXPECT_EQ(r.Apply("thôn 1 2 và 3 hộ; CO2; Ông Ba"), "thôn 1 2 và 3 hộ; CO2; Ông Ba");
}

TEST(OcrRepair, AWrongExampleOrPatternNamesTheFileLineAndRule) {
  OcrRepair r;
  Status s = OcrRepair::Create({TsvRow{7, {"x.bad", "(", "", "a", "a"}}}, {}, "f.tsv", &r);
  EXPECT_FALSE(s.ok());
  EXPECT_TRUE(s.message().starts_with("f.tsv:7: rule 'x.bad': ")) << s.message();
  s = OcrRepair::Create({TsvRow{9, {"x.zero", "o", "0", "bo", "bo"}}}, {}, "f.tsv", &r);
  EXPECT_EQ(s.message(), "f.tsv:9: rule 'x.zero': example \"bo\" becomes \"b0\", not \"bo\"");
}

}  // namespace
}  // namespace ntmx
