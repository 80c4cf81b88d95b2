// The units registry and matcher: every way of writing a unit maps to one name.
#include "extract/unit_registry.h"

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

TEST(SplitUnits, SemicolonsCommasAndGroups) {
  EXPECT_EQ(SplitUnits("Phòng A; Phòng B, Phòng C."),
            (std::vector<std::string>{"Phòng A", "Phòng B", "Phòng C"}));
  EXPECT_EQ(SplitUnits("Các phòng, ban, ngành huyện; UBND các xã"),
            (std::vector<std::string>{"Các phòng, ban, ngành huyện", "UBND các xã"}));
  EXPECT_EQ(SplitUnits("Các doanh nghiệp, HTX trên địa bàn"),
            (std::vector<std::string>{"Các doanh nghiệp, HTX trên địa bàn"}));
  EXPECT_EQ(SplitUnits("Tổ A (gồm B, C), Tổ D"),
            (std::vector<std::string>{"Tổ A (gồm B, C)", "Tổ D"}));
  // A ward's office has a comma in its name.
  EXPECT_EQ(
      SplitUnits("Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội"),
      (std::vector<std::string>{"Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội"}));
}

}  // namespace
}  // namespace ntmx
