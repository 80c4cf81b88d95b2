// The units registry and matcher: every way of writing a unit maps to one name.
#include "knowledge/unit_registry.h"

#include <gtest/gtest.h>

namespace ntmx {
namespace {

class UnitRegistryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(
        registry_.Load(std::filesystem::path(NTMX_SOURCE_DIR) / "schemas" / "units.tsv").ok());
  }
  std::string Name(std::string_view mention, std::string_view commune = {}) const {
    return registry_.Canonical(mention, commune).name;
  }
  UnitRegistry registry_;
};

TEST_F(UnitRegistryTest, SpellingsAndAbbreviations) {
  const std::string kt = "Phòng Kinh tế và Hạ tầng";
  EXPECT_EQ(Name("Phòng Kinh tế - Hạ tầng"), kt);
  EXPECT_EQ(Name("Phòng Kinh tế và Hạ Tầng"), kt);
  EXPECT_EQ(Name("phòng KT-HT"), kt);
  EXPECT_EQ(Name("Kinh tế - Hạ tầng"), kt);
  const std::string ld = "Phòng Lao động - Thương binh và Xã hội";
  EXPECT_EQ(Name("Phòng Lao động TB&XH"), ld);
  EXPECT_EQ(Name("Phòng LĐTB&XH"), ld);
  EXPECT_EQ(Name("Lao động TB-XH"), ld);
  EXPECT_EQ(Name("Phòng Lao động – Thương binh và Xã hội"), ld);
  EXPECT_EQ(Name("Phòng NN&PTNT"), "Phòng Nông nghiệp và Phát triển nông thôn");
  EXPECT_EQ(Name("Phòng Tài chính-Kế hoạch"), "Phòng Tài chính - Kế hoạch");
  EXPECT_EQ(Name("Nội vụ huyện"), "Phòng Nội vụ");
  EXPECT_EQ(Name("Đề nghị Ủy ban MTTQ Việt Nam huyện"), "Ủy ban Mặt trận Tổ quốc Việt Nam huyện");
}

TEST_F(UnitRegistryTest, PeoplesCommitteesCarryTheirPlace) {
  EXPECT_EQ(Name("UBND xã Đăk Tăng"), "Ủy ban nhân dân xã Đăk Tăng");
  EXPECT_EQ(Name("Ủy ban nhân dân xã Đăk Tăng.."), "Ủy ban nhân dân xã Đăk Tăng");
  EXPECT_EQ(Name("UBND huyện Đăk Hà"), "Ủy ban nhân dân huyện Đăk Hà");
  EXPECT_EQ(Name("UBND"), "Ủy ban nhân dân");
  EXPECT_EQ(Name("HĐND", "Tân Lập"), "Hội đồng nhân dân xã Tân Lập");
  EXPECT_EQ(Name("Đảng ủy", "Tân Lập"), "Đảng ủy xã Tân Lập");
  EXPECT_EQ(Name("UBND các xã"), "Ủy ban nhân dân các xã");
}

TEST_F(UnitRegistryTest, AreasAsWrittenAndCommuneOffices) {
  EXPECT_EQ(Name("Điện lực huyện Sa Thầy"), "Điện lực Sa Thầy");
  EXPECT_EQ(Name("Chi cục Thống kê khu vực A– B"), "Chi cục Thống kê khu vực A - B");
  EXPECT_EQ(Name("Phòng Văn hóa - Xã hội"), "Phòng Văn hóa - Xã hội");
  EXPECT_EQ(Name("Trung tâm PVHCC"), "Trung tâm Phục vụ hành chính công");
  EXPECT_EQ(Name("Công chức ĐC-XD"), "Công chức Địa chính - Xây dựng");
}

TEST_F(UnitRegistryTest, UnknownIsKeptAndFlagged) {
  CanonicalUnit u = registry_.Canonical("Hợp tác xã Hoa Sen", {});
  EXPECT_FALSE(u.known);
  EXPECT_EQ(u.name, "Hợp tác xã Hoa Sen");
  u = registry_.Canonical("các phòng, ban, ngành liên quan", {});
  EXPECT_TRUE(u.by_prefix);  // a heading may use it; a sentence's partner may not
}

TEST_F(UnitRegistryTest, OfficesAndDepartmentsOf2025) {
  EXPECT_EQ(Name("Văn phòng HĐND và UBND"), "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân");
  EXPECT_EQ(Name("VP HĐND-UBND"), "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân");
  EXPECT_EQ(Name("Phòng VH-XH"), "Phòng Văn hóa - Xã hội");
  EXPECT_EQ(Name("Phòng Kinh tế - Hạ tầng và Đô thị"), "Phòng Kinh tế, Hạ tầng và Đô thị");
  EXPECT_EQ(Name("Trung tâm PVHCC"), "Trung tâm Phục vụ hành chính công");
  EXPECT_EQ(Name("Sở NN&MT"), "Sở Nông nghiệp và Môi trường");
  EXPECT_EQ(Name("Sở Nông nghiệp & Môi trường"), "Sở Nông nghiệp và Môi trường");
  EXPECT_EQ(Name("Sở KH&CN"), "Sở Khoa học và Công nghệ");
  EXPECT_EQ(Name("Ủy ban MTTQ Việt Nam xã"), "Ủy ban Mặt trận Tổ quốc Việt Nam xã");
  // The district office of earlier plans stays distinct from the province's.
  EXPECT_EQ(Name("Phòng NN&MT"), "Phòng Nông nghiệp và Môi trường");
}

TEST_F(UnitRegistryTest, LevelWordStaysWhereARowNamesIt) {
  EXPECT_EQ(Name("Trung tâm Phục vụ hành chính công xã"), "Trung tâm Phục vụ hành chính công xã");
  EXPECT_EQ(Name("Trung tâm PVHCC"), "Trung tâm Phục vụ hành chính công");
  EXPECT_EQ(Name("Văn phòng HĐND và UBND xã"), "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã");
  EXPECT_EQ(Name("Ban CHQS xã"), "Ban Chỉ huy Quân sự xã");
  // No row with the level: it goes, as "huyện" does.
  EXPECT_EQ(Name("Cán bộ phụ trách NTM xã"), "Cán bộ phụ trách nông thôn mới");
  EXPECT_EQ(Name("Công chức Văn hoá - Xã hội xã"), "Công chức Văn hóa - Xã hội");
  EXPECT_EQ(Name("Trưởng các xóm"), "trưởng xóm");
}

TEST_F(UnitRegistryTest, AbbreviationsOfUnknownNamesAreExpanded) {
  EXPECT_EQ(Name("Hội LHPN thị trấn Tân Phú"), "Hội Liên hiệp Phụ nữ thị trấn Tân Phú");
  EXPECT_EQ(Name("Tổ công tác NTM"), "Tổ công tác nông thôn mới");
  EXPECT_FALSE(registry_.Canonical("Tổ công tác NTM", {}).known);
  // Found again once expanded.
  EXPECT_EQ(Name("Ban CHQS"), "Ban Chỉ huy Quân sự huyện");
  EXPECT_TRUE(registry_.Canonical("Ban CHQS", {}).known);
  // A lower-case word is no abbreviation.
  EXPECT_EQ(registry_.ExpandAbbreviations("Đội du lịch ntm"), "Đội du lịch ntm");
  EXPECT_EQ(registry_.ExpandAbbreviations("Tổ NTM (HTX)"), "Tổ nông thôn mới (hợp tác xã)");
}

TEST_F(UnitRegistryTest, UnitWordsAreData) {
  EXPECT_TRUE(registry_.StartsUnitName("cong chuc tu phap"));
  EXPECT_TRUE(registry_.StartsUnitName("ban chi huy quan su xa"));
  EXPECT_FALSE(registry_.StartsUnitName("bang ke"));
  EXPECT_FALSE(registry_.StartsUnitName("doan vien tham gia"));
}

TEST_F(UnitRegistryTest, SplitUnitsOnSemicolonsCommasAndGroups) {
  EXPECT_EQ(registry_.SplitUnits("Phòng A; Phòng B, Phòng C."),
            (std::vector<std::string>{"Phòng A", "Phòng B", "Phòng C"}));
  EXPECT_EQ(registry_.SplitUnits("Các phòng, ban, ngành huyện; UBND các xã"),
            (std::vector<std::string>{"Các phòng, ban, ngành huyện", "UBND các xã"}));
  EXPECT_EQ(registry_.SplitUnits("Các doanh nghiệp, HTX trên địa bàn"),
            (std::vector<std::string>{"Các doanh nghiệp, HTX trên địa bàn"}));
  EXPECT_EQ(registry_.SplitUnits("Tổ A (gồm B, C), Tổ D"),
            (std::vector<std::string>{"Tổ A (gồm B, C)", "Tổ D"}));
  // A ward's office has a comma in its name.
  EXPECT_EQ(
      registry_.SplitUnits("Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội"),
      (std::vector<std::string>{"Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội"}));
  // "ban" is a group word after "phòng", not after a unit.
  EXPECT_EQ(registry_.SplitUnits("Công an xã, Ban Chỉ huy Quân sự xã"),
            (std::vector<std::string>{"Công an xã", "Ban Chỉ huy Quân sự xã"}));
  EXPECT_EQ(registry_.SplitUnits("các thôn, bản"), (std::vector<std::string>{"các thôn, bản"}));
  EXPECT_EQ(registry_.SplitUnits("Hội Nông dân xã, Hợp tác xã Hoa Sen"),
            (std::vector<std::string>{"Hội Nông dân xã", "Hợp tác xã Hoa Sen"}));
  // The prefixes and group words are rows of schemas/units.tsv: a registry without
  // them splits every comma and keys names as written.
  UnitRegistry bare;
  bare.Add("Phòng Y tế", "office", {});
  EXPECT_EQ(bare.SplitUnits("Các phòng, ban, ngành"),
            (std::vector<std::string>{"Các phòng", "ban", "ngành"}));
  EXPECT_FALSE(bare.Canonical("Đề nghị Phòng Y tế", {}).known);
  EXPECT_TRUE(registry_.Canonical("Đề nghị Phòng Y tế", {}).known);
}

}  // namespace
}  // namespace ntmx
