// Spelling variants of place names (places/name_variants.h, schemas/places/
// name_variants.tsv): the loose key, the gazetteer's fallback to it, and the resolver
// keeping a variant's spelling as written while giving it the unit's codes.
#include "places/name_variants.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "places/gazetteer.h"
#include "places/place_key.h"
#include "places/place_resolver.h"

namespace ntmx {
namespace {

const std::filesystem::path kPlacesDir =
    std::filesystem::path(NTMX_SOURCE_DIR) / "schemas" / "places";

class NameVariantsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    places_ = new Gazetteer();
    const Status s = Gazetteer::Load(kPlacesDir, places_);
    ASSERT_TRUE(s.ok()) << s.message();
    variants_ = new NameVariants();
    ASSERT_TRUE(NameVariants::Load(kPlacesDir / "name_variants.tsv", variants_).ok());
  }
  static void TearDownTestSuite() {
    delete places_;
    delete variants_;
  }
  static std::string Loose(std::string_view name) { return variants_->LooseKey(PlaceKey(name)); }
  static const Gazetteer& places() { return *places_; }

 private:
  static Gazetteer* places_;
  static NameVariants* variants_;
};

Gazetteer* NameVariantsTest::places_ = nullptr;
NameVariants* NameVariantsTest::variants_ = nullptr;

TEST_F(NameVariantsTest, JoinedAndSplitSyllablesMeet) {
  EXPECT_EQ(Loose("Đắk Rơ Wa"), Loose("Đắk Rơwa"));
  EXPECT_EQ(Loose("Đắk Rơ Wa"), Loose("Đăk Rơ-wa"));
}

TEST_F(NameVariantsTest, ApostrophesAndIaYaMeet) {
  EXPECT_EQ(Loose("Ea H'leo"), Loose("Ea Hleo"));
  EXPECT_EQ(Loose("Ia H' Drai"), Loose("Ia Hdrai"));
  EXPECT_EQ(Loose("Ya Xiêr"), Loose("Ia Xiêr"));
  // "ia" inside a word is not the syllable "Ia".
  EXPECT_NE(Loose("Gia Lai"), Loose("Gya Lai"));
}

TEST_F(NameVariantsTest, DifferentNamesStayApart) {
  EXPECT_NE(Loose("Ea Hleo"), Loose("Ea Kar"));
  EXPECT_NE(Loose("Tân Lợi"), Loose("Tân Lộc Bắc"));
}

TEST_F(NameVariantsTest, GazetteerFallsBackToTheLooseKeyOnly) {
  // Exact keys still answer first: "Hón Quản" folds to Hớn Quản, spelt knowingly.
  EXPECT_TRUE(places().KnowsSpelling("Hón Quản", PlaceLevel::kDistrict));
  // A district written without its apostrophe is found, but not as spelt.
  EXPECT_FALSE(places().KnowsSpelling("Ea Hleo", PlaceLevel::kDistrict));
  const PlaceRecord* district = places().ResolveDistrict("Ea Hleo");
  ASSERT_NE(district, nullptr);
  EXPECT_EQ(district->name, "Ea H'leo");
  const PlaceRecord* commune = places().ResolveCommune("Đắk Rơwa", {}, "Kon Tum");
  ASSERT_NE(commune, nullptr);
  EXPECT_EQ(commune->name, "Đắk Rơ Wa");
}

TEST_F(NameVariantsTest, ResolverKeepsTheWrittenSpellingOfAVariant) {
  const PlaceResolver resolver(places());
  auto district = resolver.Resolve("district", "EA HLEO", PlaceContext{});
  ASSERT_TRUE(district.has_value());
  EXPECT_EQ(district->name, "Ea Hleo");  // as written, title case from capitals
  EXPECT_EQ(district->locality.district, "Ea Hleo");
  EXPECT_EQ(district->locality.province, "Đắk Lắk");  // the parents from the gazetteer
  EXPECT_EQ(district->code, "2008:645");
  // An exact (folded) match is written the gazetteer's way.
  auto exact = resolver.Resolve("district", "Hón Quản", PlaceContext{});
  ASSERT_TRUE(exact.has_value());
  EXPECT_EQ(exact->name, "Hớn Quản");
}

TEST(NameVariantsFile, RejectsABadPatternWithItsLine) {
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("ntmx_variants_" + std::to_string(::getpid()));
  {
    std::ofstream out(path);
    out << "pattern\treplacement\tnote\n'\t\tok\n(unclosed\tx\tbad\n";
  }
  NameVariants v;
  const Status s = NameVariants::Load(path, &v);
  std::filesystem::remove(path);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(":3:"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace ntmx
