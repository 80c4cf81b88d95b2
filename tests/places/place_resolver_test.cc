// Resolution of names to gazetteer codes in a document's context and scheme
// (places/place_resolver.h), against the shipped schemas/places data, and the
// dates at which the schemes change (places/place_schemes.h).
#include "places/place_resolver.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "places/place_schemes.h"

namespace ntmx {
namespace {

const std::filesystem::path kPlacesDir =
    std::filesystem::path(NTMX_SOURCE_DIR) / "schemas" / "places";

class PlaceResolverTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    places_ = new Gazetteer();
    const Status s = Gazetteer::Load(kPlacesDir, places_);
    ASSERT_TRUE(s.ok()) << s.message();
  }
  static void TearDownTestSuite() {
    delete places_;
    places_ = nullptr;
  }
  static const Gazetteer& places() { return *places_; }
  PlaceResolver resolver() const { return PlaceResolver(places()); }

 private:
  static Gazetteer* places_;
};

Gazetteer* PlaceResolverTest::places_ = nullptr;

TEST_F(PlaceResolverTest, AmbiguousCommuneStaysUnresolvedWithANote) {
  const PlaceLookup hs =
      resolver().Lookup(PlaceLevel::kCommune, "Hương Sơn", {}, PlaceScheme::k2008);
  EXPECT_EQ(hs.record, nullptr);
  EXPECT_EQ(hs.note.rfind("ambiguous: ", 0), 0u) << hs.note;
  EXPECT_NE(hs.note.find("communes named Hương Sơn"), std::string::npos) << hs.note;
  // A province that holds none of them decides nothing either.
  const PlaceLookup far =
      resolver().Lookup(PlaceLevel::kCommune, "Hương Sơn", PlaceContext{{}, {"Kon Tum"}});
  EXPECT_EQ(far.record, nullptr);
  // The district named nearby does.
  const PlaceLookup nam_dong =
      resolver().Lookup(PlaceLevel::kCommune, "Hương Sơn", PlaceContext{{"Nam Đông"}, {}});
  ASSERT_NE(nam_dong.record, nullptr) << nam_dong.note;
  EXPECT_EQ(nam_dong.record->code, "2008:20167");
}

TEST_F(PlaceResolverTest, UnknownNameSaysSo) {
  const PlaceLookup none = resolver().Lookup(PlaceLevel::kCommune, "Không Có Tên Này", {});
  EXPECT_EQ(none.record, nullptr);
  EXPECT_EQ(none.note.rfind("not in the gazetteer", 0), 0u) << none.note;
}

TEST_F(PlaceResolverTest, DinhHoaWithEitherToneMarkIsOneDistrict) {
  const PlaceLookup oa = resolver().Lookup(PlaceLevel::kDistrict, "Định Hoá", {});
  const PlaceLookup oa_nfd =
      resolver().Lookup(PlaceLevel::kDistrict, "Đi\xcc\xa3nh Hoa\xcc\x81", {});
  const PlaceLookup ho = resolver().Lookup(PlaceLevel::kDistrict, "Định Hóa", {});
  ASSERT_NE(ho.record, nullptr) << ho.note;
  EXPECT_EQ(oa.record, ho.record);
  EXPECT_EQ(oa_nfd.record, ho.record);
  EXPECT_EQ(ho.record->code, "2008:167");
  EXPECT_EQ(places().Parent(*ho.record)->name, "Thái Nguyên");
}

TEST_F(PlaceResolverTest, TanLoiOfHonQuanBecameTanQuanOfDongNai) {
  const PlaceLookup tan_loi =
      resolver().Lookup(PlaceLevel::kCommune, "Tân Lợi", PlaceContext{{"Hớn Quản"}, {"Bình Phước"}},
                        PlaceScheme::k2008);
  ASSERT_NE(tan_loi.record, nullptr) << tan_loi.note;
  EXPECT_EQ(tan_loi.record->code, "2008:25342");
  const std::vector<std::string> next = resolver().OtherSchemeCodes(*tan_loi.record);
  ASSERT_EQ(next.size(), 1u);
  const PlaceRecord* tan_quan = places().ByCode(next[0]);
  ASSERT_NE(tan_quan, nullptr);
  EXPECT_EQ(tan_quan->name, "Tân Quan");
  EXPECT_EQ(places().Province(*tan_quan)->name, "Đồng Nai");
  // And back: what the 2025 commune was made from includes Tân Lợi.
  const std::vector<std::string> before = resolver().OtherSchemeCodes(*tan_quan);
  EXPECT_NE(std::find(before.begin(), before.end(), "2008:25342"), before.end());
  // Without the district, Bình Phước has two xã Tân Lợi.
  EXPECT_EQ(resolver()
                .Lookup(PlaceLevel::kCommune, "Tân Lợi", PlaceContext{{}, {"Bình Phước"}},
                        PlaceScheme::k2008)
                .record,
            nullptr);
}

TEST_F(PlaceResolverTest, A2026CommuneResolvesWithNoDistrict) {
  const std::optional<ResolvedPlace> r =
      resolver().Resolve("commune", "Tân Quan", PlaceContext{{}, {"Đồng Nai"}}, PlaceScheme::k2025);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->code, "2025:25351");
  EXPECT_EQ(r->locality.commune, "Tân Quan");
  EXPECT_FALSE(r->locality.district.has_value());
  EXPECT_EQ(r->locality.province, "Đồng Nai");
  // In 2008 the name is the xã Tân Quan of Hớn Quản, with its district.
  const std::optional<ResolvedPlace> old =
      resolver().Resolve("commune", "Tân Quan", PlaceContext{}, PlaceScheme::k2008);
  ASSERT_TRUE(old.has_value());
  EXPECT_EQ(old->locality.district, "Hớn Quản");
}

TEST_F(PlaceResolverTest, ADistrictNamedIn2026IsThe2008District) {
  const PlaceLookup d =
      resolver().Lookup(PlaceLevel::kDistrict, "Hớn Quản", {}, PlaceScheme::k2025);
  ASSERT_NE(d.record, nullptr) << d.note;
  EXPECT_EQ(d.record->scheme, PlaceScheme::k2008);
}

TEST_F(PlaceResolverTest, ProvinceMergedIn2025) {
  const PlaceLookup bp =
      resolver().Lookup(PlaceLevel::kProvince, "Bình Phước", {}, PlaceScheme::k2008);
  ASSERT_NE(bp.record, nullptr);
  const std::vector<std::string> next = resolver().OtherSchemeCodes(*bp.record);
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(places().ByCode(next[0])->name, "Đồng Nai");
}

// schemes.tsv: the change of 1 July 2025.
class PlaceSchemesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const Status s = PlaceSchemes::Load(kPlacesDir / "schemes.tsv", &schemes_);
    ASSERT_TRUE(s.ok()) << s.message();
  }
  PlaceSchemes schemes_;
};

TEST_F(PlaceSchemesTest, TheDateDecides) {
  EXPECT_EQ(schemes_.On("2023-01-05"), PlaceScheme::k2008);
  EXPECT_EQ(schemes_.On("2025-06-30"), PlaceScheme::k2008);
  EXPECT_EQ(schemes_.On("2025-07-01"), PlaceScheme::k2025);
  EXPECT_EQ(schemes_.On("2026-03-10"), PlaceScheme::k2025);
}

TEST_F(PlaceSchemesTest, AYearDecidesOnlyWhenOneSchemeCoversIt) {
  EXPECT_EQ(schemes_.Throughout(2024), PlaceScheme::k2008);
  EXPECT_EQ(schemes_.Throughout(2025), std::nullopt);
  EXPECT_EQ(schemes_.Throughout(2026), PlaceScheme::k2025);
  EXPECT_EQ(schemes_.OfDocument(std::string("2025-08-01"), 2025), PlaceScheme::k2025);
  EXPECT_EQ(schemes_.OfDocument(std::nullopt, 2025), std::nullopt);
  EXPECT_EQ(schemes_.OfDocument(std::nullopt, std::nullopt), std::nullopt);
}

TEST(PlaceSchemesFile, BadDateNamesFileAndLine) {
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() / ("ntmx_schemes_" + std::to_string(::getpid()));
  std::ofstream(file) << "scheme\tvalid_from\tvalid_to\tsource\n2008\t\t30/06/2025\tx\n";
  PlaceSchemes schemes;
  const Status s = PlaceSchemes::Load(file, &schemes);
  std::filesystem::remove(file);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find(file.string() + ":2: \"30/06/2025\" is not a yyyy-mm-dd date"),
            std::string::npos)
      << s.message();
}

}  // namespace
}  // namespace ntmx
