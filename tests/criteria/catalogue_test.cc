// The criteria catalogue shipped in schemas/criteria/.
#include "criteria/catalogue.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace ntmx {
namespace {

const CriteriaCatalogue& Catalogue() {
  static const CriteriaCatalogue* const c = [] {
    auto* out = new CriteriaCatalogue();
    const Status s = CriteriaCatalogue::Load(NTMX_SOURCE_DIR "/schemas/criteria", out);
    EXPECT_TRUE(s.ok()) << s.message();
    return out;
  }();
  return *c;
}

TEST(CriteriaCatalogue, SetSizes) {
  EXPECT_EQ(Catalogue().Size("xa_ntm"), 19);
  EXPECT_EQ(Catalogue().Size("xa_ntm_nang_cao"), 19);
  EXPECT_EQ(Catalogue().Size("xa_ntm_nang_cao", "Bình Phước"), 20);  // the province's 20th
  EXPECT_EQ(Catalogue().Size("xa_ntm_nang_cao", "binh phuoc"), 20);
  EXPECT_EQ(Catalogue().Size("huyen_ntm"), 9);
  EXPECT_EQ(Catalogue().Size("thon_ntm", "Lai Châu"), 15);
  EXPECT_EQ(Catalogue().Size("xa_ntm_2026"), 10);
  EXPECT_EQ(Catalogue().Size("no_such_set"), 0);
}

TEST(CriteriaCatalogue, NamesFoldedAndAliased) {
  EXPECT_EQ(Catalogue().ByName("xa_ntm", "Cơ sở HTTM nông thôn")->number, 7);
  EXPECT_EQ(Catalogue().ByName("xa_ntm", "thông tin & truyền thông")->number, 8);
  EXPECT_EQ(Catalogue().ByName("xa_ntm", "THỦY LỢI VÀ PHÒNG, CHỐNG THIÊN TAI")->number, 3);
  EXPECT_EQ(Catalogue().ByName("xa_ntm", "Thuỷ lợi và phòng, chống thiên tai")->number, 3);
  EXPECT_EQ(Catalogue().ByName("xa_ntm_nang_cao", "Y tế")->number, 14);
  EXPECT_EQ(Catalogue().ByName("xa_ntm", "Y tế")->number, 15);
  EXPECT_EQ(Catalogue().ByName("xa_ntm", "không có"), nullptr);
}

TEST(CriteriaCatalogue, LongestNameAtStart) {
  size_t length = 0;
  const CriterionEntry* e =
      Catalogue().ByNameAtStart("xa_ntm", "Môi trường và an toàn thực phẩm (tỷ lệ …)", &length);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->number, 17);
  EXPECT_EQ(length, std::string("moi truong va an toan thuc pham").size());
  EXPECT_EQ(Catalogue().ByNameAtStart("xa_ntm", "Điện: 100% hộ")->number, 4);
  EXPECT_EQ(Catalogue().ByNameAtStart("xa_ntm", "Điệnthoại"), nullptr);  // not at a word end
}

TEST(CriteriaCatalogue, NumbersMeanDifferentThingsInTwoPeriods) {
  EXPECT_EQ(Catalogue().ByNumber("xa_ntm", 2)->name, "Giao thông");
  EXPECT_EQ(Catalogue().ByNumber("xa_ntm_2026", 2)->name, "Hạ tầng kinh tế - xã hội");
}

TEST(CriteriaCatalogue, IndicatorsNumberedWithinTheirCriterion) {
  int total = 0;
  for (const CriterionEntry* c : Catalogue().Criteria("xa_ntm_2026")) {
    for (const IndicatorEntry* i : Catalogue().Indicators("xa_ntm_2026", c->number)) {
      EXPECT_EQ(i->criterion, c->number);
      EXPECT_EQ(i->id.substr(0, i->id.find('.')), std::to_string(c->number));
      ++total;
    }
  }
  EXPECT_EQ(total, 47);
  ASSERT_NE(Catalogue().Indicator("xa_ntm_2026", "2.1"), nullptr);
  EXPECT_EQ(Catalogue().Indicator("xa_ntm_2026", "2.1")->criterion, 2);
  EXPECT_EQ(Catalogue().Indicator("xa_ntm_2026", "11.1"), nullptr);
}

TEST(CriteriaCatalogue, SetsOfTheNextPeriod) {
  EXPECT_EQ(Catalogue().InPeriod("xa_ntm", "2026-2030"), "xa_ntm_2026");
  EXPECT_EQ(Catalogue().InPeriod("xa_ntm_nang_cao", "2026-2030"), "xa_ntm_nang_cao_2026");
  EXPECT_EQ(Catalogue().InPeriod("xa_ntm", "2021-2025"), "xa_ntm");
  EXPECT_EQ(Catalogue().InPeriod("huyen_ntm", "2026-2030"), "huyen_ntm");  // no successor
  EXPECT_EQ(Catalogue().InPeriod("xa_ntm", ""), "xa_ntm");
  EXPECT_EQ(Catalogue().Size("xa_ntm_nang_cao_2026"), 10);
  EXPECT_EQ(Catalogue().SetsOf("2026-2030", "commune").front()->id, "xa_ntm_2026");
}

TEST(CriteriaCatalogue, AnIndicatorOfAnUnknownCriterionIsAnError) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / "ntmx_catalogue_bad_indicator";
  std::filesystem::create_directories(dir);
  std::filesystem::copy_file(NTMX_SOURCE_DIR "/schemas/criteria/sets.tsv", dir / "sets.tsv",
                             std::filesystem::copy_options::overwrite_existing);
  std::filesystem::copy_file(NTMX_SOURCE_DIR "/schemas/criteria/criteria.tsv", dir / "criteria.tsv",
                             std::filesystem::copy_options::overwrite_existing);
  {
    std::ofstream out(dir / "indicators.tsv");
    out << "xa_ntm_2026\t12.1\tKhông có\t\n";
  }
  CriteriaCatalogue c;
  const Status s = CriteriaCatalogue::Load(dir, &c);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("indicators.tsv:1"), std::string::npos) << s.message();
  {
    std::ofstream out(dir / "indicators.tsv");
    out << "xa_ntm_2026\t2-1\tKhông có\t\n";
  }
  EXPECT_FALSE(CriteriaCatalogue::Load(dir, &c).ok());
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace ntmx
