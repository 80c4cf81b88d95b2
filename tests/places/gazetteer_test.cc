// The gazetteer against the shipped schemas/places data (the places the corpus
// seeds name), and against small literal files for the malformed-input errors.
#include "places/gazetteer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

namespace ntmx {
namespace {

class GazetteerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    places_ = new Gazetteer();
    const Status s =
        Gazetteer::Load(std::filesystem::path(NTMX_SOURCE_DIR) / "schemas" / "places", places_);
    ASSERT_TRUE(s.ok()) << s.message();
  }
  static void TearDownTestSuite() {
    delete places_;
    places_ = nullptr;
  }

  static const Gazetteer& places() { return *places_; }
  static const PlaceRecord& Parent(const PlaceRecord* r) {
    const PlaceRecord* p = places().Parent(*r);
    EXPECT_NE(p, nullptr) << r->code;
    return *p;
  }

 private:
  static Gazetteer* places_;
};

Gazetteer* GazetteerTest::places_ = nullptr;

TEST_F(GazetteerTest, HoldsBothSchemes) {
  std::map<std::pair<PlaceScheme, PlaceLevel>, int> counts;
  for (const PlaceRecord& r : places().records()) ++counts[{r.scheme, r.level}];
  EXPECT_EQ((counts[{PlaceScheme::k2008, PlaceLevel::kProvince}]), 63);
  EXPECT_EQ((counts[{PlaceScheme::k2008, PlaceLevel::kDistrict}]), 705);
  EXPECT_EQ((counts[{PlaceScheme::k2008, PlaceLevel::kCommune}]), 10599);
  EXPECT_EQ((counts[{PlaceScheme::k2025, PlaceLevel::kProvince}]), 34);
  EXPECT_EQ((counts[{PlaceScheme::k2025, PlaceLevel::kDistrict}]), 0);
  EXPECT_EQ((counts[{PlaceScheme::k2025, PlaceLevel::kCommune}]), 3321);
}

TEST_F(GazetteerTest, NamesLoseTheirTypeWord) {
  const PlaceRecord* hanoi = places().ByCode("2008:01");
  ASSERT_NE(hanoi, nullptr);
  EXPECT_EQ(hanoi->name, "Hà Nội");
  EXPECT_EQ(hanoi->type, "Thành phố");
  const PlaceRecord* hanoi2025 = places().ByCode("2025:01");
  ASSERT_NE(hanoi2025, nullptr);
  EXPECT_EQ(hanoi2025->name, "Hà Nội");
  EXPECT_EQ(places().ByCode("01"), nullptr);  // codes carry their scheme
}

TEST_F(GazetteerTest, DistrictResolvesToItsProvince) {
  const PlaceRecord* nam_dong = places().ResolveDistrict("Nam Đông");
  ASSERT_NE(nam_dong, nullptr);
  EXPECT_EQ(nam_dong->type, "Huyện");
  EXPECT_EQ(Parent(nam_dong).name, "Thừa Thiên Huế");

  const PlaceRecord* kon_plong = places().ResolveDistrict("Kon Plông");
  ASSERT_NE(kon_plong, nullptr);
  EXPECT_EQ(Parent(kon_plong).name, "Kon Tum");
}

TEST_F(GazetteerTest, MisspeltHonQuanFoldsToHonQuan) {
  const PlaceRecord* d = places().ResolveDistrict("Hón Quản");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->name, "Hớn Quản");
  EXPECT_EQ(Parent(d).name, "Bình Phước");
  EXPECT_EQ(places().ResolveDistrict("huyện Hón Quản", "tỉnh Bình Phước"), d);
}

TEST_F(GazetteerTest, ToneMarkPlacementAndNormalFormDoNotMatter) {
  const auto a = places().Find("Định Hoá", PlaceLevel::kDistrict);
  const auto b = places().Find("Định Hóa", PlaceLevel::kDistrict);
  const auto nfd = places().Find("\u0110i\u0323nh Ho\u0301a", PlaceLevel::kDistrict);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a, b);
  EXPECT_EQ(a, nfd);
  EXPECT_EQ(places().ResolveDistrict("ĐỊNH HOÁ"), a.front());
}

TEST_F(GazetteerTest, CommuneUniqueInTheCountryNeedsNoHint) {
  const PlaceRecord* mang_but = places().ResolveCommune("Măng Bút");
  ASSERT_NE(mang_but, nullptr);
  EXPECT_EQ(mang_but->scheme, PlaceScheme::k2008);
  EXPECT_EQ(Parent(mang_but).name, "Kon Plông");
  // The source packages spell it "Măng Buk": kept as an alias.
  EXPECT_EQ(places().ResolveCommune("Măng Buk"), mang_but);

  const PlaceRecord* phuc_chu = places().ResolveCommune("Phúc Chu");
  ASSERT_NE(phuc_chu, nullptr);
  EXPECT_EQ(Parent(phuc_chu).name, "Định Hóa");
  EXPECT_EQ(places().Province(*phuc_chu)->name, "Thái Nguyên");
}

TEST_F(GazetteerTest, SchemeCanBeAskedFor) {
  const PlaceRecord* mang_but = places().ResolveCommune("Măng Bút", {}, {}, PlaceScheme::k2025);
  ASSERT_NE(mang_but, nullptr);
  EXPECT_EQ(mang_but->code, "2025:23455");
  EXPECT_EQ(Parent(mang_but).name, "Quảng Ngãi");
  EXPECT_EQ(places().Parent(Parent(mang_but)), nullptr);
}

TEST_F(GazetteerTest, AmbiguousCommuneNeedsItsDistrict) {
  EXPECT_GE(places().Find("Hương Sơn", PlaceLevel::kCommune, PlaceScheme::k2008).size(), 9u);
  EXPECT_EQ(places().ResolveCommune("Hương Sơn"), nullptr);

  const PlaceRecord* huong_son = places().ResolveCommune("Hương Sơn", "Nam Đông");
  ASSERT_NE(huong_son, nullptr);
  EXPECT_EQ(Parent(huong_son).name, "Nam Đông");
  EXPECT_EQ(places().Province(*huong_son)->name, "Thừa Thiên Huế");
  EXPECT_EQ(places().ResolveCommune("xã Hương Sơn", "huyện Nam Đông", "Thừa Thiên Huế"), huong_son);
}

TEST_F(GazetteerTest, ExactSpellingSeparatesNamesThatFoldAlike) {
  // Tam Đường (Lai Châu) and Tam Dương (Vĩnh Phúc) are both "tam duong".
  ASSERT_EQ(places().Find("Tam Đường", PlaceLevel::kDistrict).size(), 2u);
  const PlaceRecord* tam_duong = places().ResolveDistrict("Tam Đường");
  ASSERT_NE(tam_duong, nullptr);
  EXPECT_EQ(tam_duong->name, "Tam Đường");
  const PlaceRecord* tam_duong_vp = places().ResolveDistrict("huyện TAM DƯƠNG");
  ASSERT_NE(tam_duong_vp, nullptr);
  EXPECT_EQ(places().Province(*tam_duong_vp)->name, "Vĩnh Phúc");
  EXPECT_EQ(places().ResolveDistrict("Tam Duong"), nullptr);  // no marks: cannot tell
  EXPECT_EQ(places().ResolveDistrict("Tam Duong", "Lai Chau"), tam_duong);

  const IndexedText text("huyện Tam Đường; huyện Tam Duong");
  const std::vector<PlaceMention> found = places().FindMentions(text);
  ASSERT_EQ(found.size(), 2u);
  ASSERT_EQ(found[0].candidates.size(), 1u);
  EXPECT_EQ(found[0].candidates[0], tam_duong);
  EXPECT_EQ(found[1].candidates.size(), 2u);
}

TEST_F(GazetteerTest, ContradictoryHintsResolveToNothing) {
  EXPECT_EQ(places().ResolveCommune("Hương Sơn", "Nam Đông", "Kon Tum"), nullptr);
  EXPECT_EQ(places().ResolveDistrict("Nam Đông", "Kon Tum"), nullptr);
}

TEST_F(GazetteerTest, UnknownHintDoesNotRestrict) {
  EXPECT_NE(places().ResolveCommune("Phúc Chu", "Xyz Abc"), nullptr);
}

TEST_F(GazetteerTest, CommuneSuccessorIn2025) {
  const PlaceRecord* tan_loi = places().ResolveCommune("Tân Lợi", "Hớn Quản", "Bình Phước");
  ASSERT_NE(tan_loi, nullptr);
  EXPECT_EQ(tan_loi->code, "2008:25342");
  const std::vector<const PlaceRecord*> next = places().Successors(*tan_loi);
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0]->scheme, PlaceScheme::k2025);
  EXPECT_EQ(next[0]->type, "Xã");
  EXPECT_EQ(next[0]->name, "Tân Quan");
  EXPECT_EQ(Parent(next[0]).name, "Đồng Nai");
  ASSERT_EQ(tan_loi->successor_codes.size(), 1u);
  EXPECT_EQ(tan_loi->successor_codes[0], next[0]->code);

  // Bình Phước merged into Đồng Nai.
  const PlaceRecord* binh_phuoc = places().ResolveProvince("Bình Phước");
  ASSERT_NE(binh_phuoc, nullptr);
  ASSERT_EQ(places().Successors(*binh_phuoc).size(), 1u);
  EXPECT_EQ(places().Successors(*binh_phuoc)[0]->name, "Đồng Nai");
}

TEST_F(GazetteerTest, ProvinceHintFollowsTheMerger) {
  // Hớn Quản (2008, Bình Phước) under the 2025 province that absorbed it.
  const PlaceRecord* hon_quan = places().ResolveDistrict("Hớn Quản", "Đồng Nai");
  ASSERT_NE(hon_quan, nullptr);
  EXPECT_EQ(hon_quan->name, "Hớn Quản");
  // A unit directly in the hinted province beats one linked by the merger: xã Tân
  // Quan of 2025 Đồng Nai, not the 2008 xã Tân Quan of Bình Phước.
  const PlaceRecord* tan_quan = places().ResolveCommune("Tân Quan", {}, "Đồng Nai");
  ASSERT_NE(tan_quan, nullptr);
  EXPECT_EQ(tan_quan->code, "2025:25351");
}

TEST_F(GazetteerTest, LaiChauTamDuongBanBo) {
  const PlaceRecord* lai_chau = places().ResolveProvince("Lai Châu");
  ASSERT_NE(lai_chau, nullptr);
  EXPECT_EQ(lai_chau->code, "2008:12");
  const PlaceRecord* tam_duong = places().ResolveDistrict("Tam Đường", "Lai Châu");
  ASSERT_NE(tam_duong, nullptr);
  EXPECT_EQ(places().Parent(*tam_duong), lai_chau);
  EXPECT_EQ(places().ResolveDistrict("Tam Đường"), tam_duong);
  const PlaceRecord* ban_bo = places().ResolveCommune("Bản Bo");
  ASSERT_NE(ban_bo, nullptr);
  EXPECT_EQ(places().Parent(*ban_bo), tam_duong);
  EXPECT_EQ(places().ResolveCommune("Bản Bo", "Tam Đường", "Lai Châu"), ban_bo);
}

TEST_F(GazetteerTest, ProvinceAliasesAndTypeWords) {
  const PlaceRecord* hcm = places().ResolveProvince("Hồ Chí Minh");
  ASSERT_NE(hcm, nullptr);
  EXPECT_EQ(hcm->scheme, PlaceScheme::k2008);
  EXPECT_EQ(places().ResolveProvince("Thành phố Hồ Chí Minh"), hcm);
  EXPECT_EQ(places().ResolveProvince("TP. Hồ Chí Minh"), hcm);
  EXPECT_EQ(places().ResolveProvince("TP HCM"), hcm);
  EXPECT_EQ(places().ResolveProvince("TP.HCM"), hcm);
  EXPECT_EQ(places().ResolveProvince("Sài Gòn"), hcm);

  const PlaceRecord* hue = places().ResolveProvince("Huế");
  ASSERT_NE(hue, nullptr);
  EXPECT_EQ(hue->name, "Thừa Thiên Huế");
  const PlaceRecord* hue2025 = places().ResolveProvince("Huế", PlaceScheme::k2025);
  ASSERT_NE(hue2025, nullptr);
  EXPECT_EQ(hue2025->code, "2025:46");
  // Find() gives the alias's record among the name's, in file order.
  const std::vector<const PlaceRecord*> hues = places().Find("Huế");
  ASSERT_EQ(hues.size(), 3u);
  EXPECT_EQ(hues[0], hue);                           // 2008 province, by alias
  EXPECT_EQ(hues[1]->level, PlaceLevel::kDistrict);  // 2008 thành phố Huế
  EXPECT_EQ(hues[2], hue2025);
  // "Thành phố Huế" as a province can only be the 2025 one: Thừa Thiên Huế was a tỉnh.
  EXPECT_EQ(places().ResolveProvince("Thành phố Huế"), hue2025);
}

TEST_F(GazetteerTest, SpacingOfHyphensAndApostrophes) {
  ASSERT_EQ(places().Find("Bà Rịa-Vũng Tàu", PlaceLevel::kProvince).size(), 1u);
  EXPECT_EQ(places().Find("Bà Rịa - Vũng Tàu", PlaceLevel::kProvince),
            places().Find("Bà Rịa-Vũng Tàu", PlaceLevel::kProvince));
  const PlaceRecord* ia_h_drai = places().ResolveDistrict("Ia H'Drai");
  ASSERT_NE(ia_h_drai, nullptr);
  EXPECT_EQ(ia_h_drai->name, "Ia H' Drai");  // as the source spells it
  EXPECT_NE(places().ResolveDistrict("Ea H'leo"), nullptr);
  EXPECT_EQ(places().Find("Phường 5", PlaceLevel::kCommune),
            places().Find("Phường 05", PlaceLevel::kCommune));
}

TEST_F(GazetteerTest, FindMentionsGivesLevelNameAndSpan) {
  const IndexedText text("Ủy ban nhân dân huyện Nam Đông và xã Hương Sơn");
  const std::vector<PlaceMention> found = places().FindMentions(text);
  ASSERT_EQ(found.size(), 2u);

  EXPECT_EQ(found[0].level, PlaceLevel::kDistrict);
  EXPECT_EQ(found[0].type_word, "huyện");
  EXPECT_EQ(found[0].name, "Nam Đông");
  EXPECT_EQ(found[0].span.begin, 22u);
  EXPECT_EQ(found[0].span.end, 30u);
  EXPECT_EQ(found[0].full_span.begin, 16u);
  ASSERT_EQ(found[0].candidates.size(), 1u);
  EXPECT_EQ(found[0].candidates[0]->code, "2008:483");

  EXPECT_EQ(found[1].level, PlaceLevel::kCommune);
  EXPECT_EQ(found[1].name, "Hương Sơn");
  EXPECT_EQ(found[1].span.begin, 37u);
  EXPECT_EQ(found[1].span.end, 46u);
  EXPECT_EQ(text.Slice(found[1].full_span), "xã Hương Sơn");
  // Every xã Hương Sơn of the country; resolving it is the caller's business.
  EXPECT_GE(found[1].candidates.size(), 7u);
  for (const PlaceRecord* r : found[1].candidates) EXPECT_EQ(r->type, "Xã");
  EXPECT_EQ(found[1].candidates.front()->scheme, PlaceScheme::k2008);
}

TEST_F(GazetteerTest, FindMentionsAbsorbsSpellingAndLayout) {
  const IndexedText text(
      "UBND HUYỆN HÓN QUẢN, tỉnh Bình Phước; huyện\nKon   Plông; huyện Ia H'Drai;\n"
      "tỉnh Bà Rịa-Vũng Tàu; TP.HCM; Phường 5.");
  const std::vector<PlaceMention> found = places().FindMentions(text);
  std::vector<std::string> names;
  for (const PlaceMention& m : found) names.emplace_back(m.name);
  EXPECT_EQ(names, (std::vector<std::string>{"HÓN QUẢN", "Bình Phước", "Kon   Plông", "Ia H'Drai",
                                             "Bà Rịa-Vũng Tàu", "HCM", "5"}));
  ASSERT_EQ(found.size(), 7u);
  EXPECT_EQ(found[0].candidates[0]->name, "Hớn Quản");
  EXPECT_EQ(found[1].level, PlaceLevel::kProvince);
  EXPECT_EQ(found[5].candidates[0]->name, "Hồ Chí Minh");
  EXPECT_EQ(found[6].level, PlaceLevel::kCommune);
}

TEST_F(GazetteerTest, FindMentionsMatchesTheLongestName) {
  // "Phú Mỹ" is a thị xã; "thị xã" is one type word, so its "xã" starts no commune.
  const IndexedText text("thị xã Phú Mỹ, tỉnh Bà Rịa - Vũng Tàu");
  const std::vector<PlaceMention> found = places().FindMentions(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].level, PlaceLevel::kDistrict);
  ASSERT_EQ(found[0].candidates.size(), 1u);
  EXPECT_EQ(found[0].candidates[0]->code, "2008:754");
  EXPECT_EQ(found[1].name, "Bà Rịa - Vũng Tàu");
}

TEST_F(GazetteerTest, FindMentionsIgnoresOrdinaryWords) {
  // xã hội (society), địa phương (locality), quân (army), tính (to count): not places,
  // though they fold to type words; "xã hội An ninh" is not xã Hội An.
  const IndexedText text(
      "bảo đảm an sinh xã hội An ninh; địa phương Hà Tĩnh; quân Nam Đông; tính Hà Nam; "
      "xã phấn đấu; xã hương sơn");
  EXPECT_TRUE(places().FindMentions(text).empty());
}

TEST_F(GazetteerTest, FindMentionsAcceptsTextTypedWithoutMarks) {
  const IndexedText text("UBND huyen Nam Dong, xa Huong Son");
  const std::vector<PlaceMention> found = places().FindMentions(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].name, "Nam Dong");
  EXPECT_EQ(found[1].name, "Huong Son");
}

// Malformed files: a small literal gazetteer in a temporary directory.
class GazetteerFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("ntmx_gazetteer_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    Write("aliases.tsv", "alias\tlevel\tname\tnote\nHuế\tprovince\tThừa Thiên Huế\t\n");
    Write("place_levels.tsv", "xã\tcommune\tXã\texact\nhuyện\tdistrict\tHuyện\texact\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  void Write(const std::string& file, const std::string& content) {
    std::ofstream(dir_ / file, std::ios::binary) << content;
  }
  Status Load(Gazetteer* g) { return Gazetteer::Load(dir_, g); }

  static constexpr const char* kHeader =
      "code\tscheme\tlevel\ttype\tname\tparent_code\tsuccessor_codes\n";
  static constexpr const char* kGood =
      "2008:46\t2008\tprovince\tTỉnh\tThừa Thiên Huế\t\t2025:46\n"
      "2008:483\t2008\tdistrict\tHuyện\tNam Đông\t2008:46\t\n"
      "2008:20167\t2008\tcommune\tXã\tHương Sơn\t2008:483\t2025:20179\n"
      "2025:46\t2025\tprovince\tThành phố\tHuế\t\t\n"
      "2025:20179\t2025\tcommune\tXã\tNam Đông\t2025:46\t\n";

  std::filesystem::path dir_;
};

TEST_F(GazetteerFileTest, LoadsAWellFormedFixture) {
  Write("places.tsv", std::string(kHeader) + kGood);
  Gazetteer g;
  const Status s = Load(&g);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(g.records().size(), 5u);
  const PlaceRecord* c = g.ResolveCommune("Hương Sơn");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(g.Successors(*c)[0]->name, "Nam Đông");
  EXPECT_EQ(g.ResolveProvince("Huế")->code, "2008:46");
}

TEST_F(GazetteerFileTest, MovingKeepsRecordsValid) {
  Write("places.tsv", std::string(kHeader) + kGood);
  Gazetteer g;
  ASSERT_TRUE(Load(&g).ok());
  const PlaceRecord* c = g.ResolveCommune("Hương Sơn");
  ASSERT_NE(c, nullptr);
  Gazetteer moved = std::move(g);
  EXPECT_EQ(moved.ResolveCommune("Hương Sơn"), c);
  EXPECT_EQ(c->name, "Hương Sơn");
  EXPECT_EQ(c->successor_codes[0], "2025:20179");
  const IndexedText text("xã Hương Sơn");
  ASSERT_EQ(moved.FindMentions(text).size(), 1u);
}

TEST_F(GazetteerFileTest, WrongFieldCountNamesFileAndLine) {
  Write("places.tsv", std::string(kHeader) + kGood + "2008:484\t2008\tdistrict\tHuyện\tA Lưới\n");
  Gazetteer g;
  const Status s = Load(&g);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("places.tsv:7: expected 7 tab-separated fields, found 5"),
            std::string::npos)
      << s.message();
  EXPECT_TRUE(g.records().empty());  // untouched on error
}

TEST_F(GazetteerFileTest, BadHeaderNamesLineOne) {
  Write("places.tsv", std::string("code\tname\n") + kGood);
  Gazetteer g;
  const Status s = Load(&g);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("places.tsv:1: expected header"), std::string::npos) << s.message();
}

TEST_F(GazetteerFileTest, UnknownLevelOrScheme) {
  Write("places.tsv", std::string(kHeader) + "2008:46\t2008\tregion\tTỉnh\tX\t\t\n");
  Gazetteer g;
  Status s = Load(&g);
  EXPECT_NE(s.message().find("places.tsv:2: unknown level \"region\""), std::string::npos)
      << s.message();
  Write("places.tsv", std::string(kHeader) + "1999:46\t1999\tprovince\tTỉnh\tX\t\t\n");
  s = Load(&g);
  EXPECT_NE(s.message().find("places.tsv:2: unknown scheme \"1999\""), std::string::npos)
      << s.message();
}

TEST_F(GazetteerFileTest, DanglingParentNamesTheChildsLine) {
  Write("places.tsv",
        std::string(kHeader) + kGood + "2008:20170\t2008\tcommune\tXã\tHương Phú\t2008:999\t\n");
  Gazetteer g;
  const Status s = Load(&g);
  EXPECT_NE(s.message().find("places.tsv:7: parent \"2008:999\" does not exist"), std::string::npos)
      << s.message();
}

TEST_F(GazetteerFileTest, CommuneUnderAProvinceIn2008IsRejected) {
  Write("places.tsv",
        std::string(kHeader) + kGood + "2008:20170\t2008\tcommune\tXã\tHương Phú\t2008:46\t\n");
  Gazetteer g;
  const Status s = Load(&g);
  EXPECT_NE(s.message().find("places.tsv:7: parent \"2008:46\" is a 2008 province"),
            std::string::npos)
      << s.message();
}

TEST_F(GazetteerFileTest, DuplicateCodeAndBadSuccessor) {
  Write("places.tsv",
        std::string(kHeader) + kGood + "2008:483\t2008\tdistrict\tHuyện\tX\t2008:46\t\n");
  Gazetteer g;
  Status s = Load(&g);
  EXPECT_NE(s.message().find("places.tsv:7: duplicate code \"2008:483\""), std::string::npos)
      << s.message();
  Write("places.tsv", std::string(kHeader) + kGood +
                          "2008:20170\t2008\tcommune\tXã\tHương Phú\t2008:483\t2025:777\n");
  s = Load(&g);
  EXPECT_NE(s.message().find("places.tsv:7: successor \"2025:777\" does not exist"),
            std::string::npos)
      << s.message();
}

TEST_F(GazetteerFileTest, AliasToAnUnknownNameNamesItsLine) {
  Write("places.tsv", std::string(kHeader) + kGood);
  Write("aliases.tsv",
        "alias\tlevel\tname\tnote\nHuế\tprovince\tThừa Thiên Huế\t\n"
        "Sài Gòn\tprovince\tHồ Chí Minh\tnot in this fixture\n");
  Gazetteer g;
  const Status s = Load(&g);
  EXPECT_NE(s.message().find("aliases.tsv:3: alias target \"Hồ Chí Minh\" is no known province"),
            std::string::npos)
      << s.message();
}

TEST_F(GazetteerFileTest, MissingFileIsAnIoError) {
  Gazetteer g;
  const Status s = Load(&g);  // no places.tsv written
  EXPECT_EQ(s.code(), Status::Code::kIoError);
  EXPECT_NE(s.message().find("places.tsv"), std::string::npos);
}

TEST_F(GazetteerFileTest, InvalidUtf8NamesTheLine) {
  Write("places.tsv", std::string(kHeader) + kGood + "2008:1\t2008\tprovince\tT\xE1\xBB\tX\t\t\n");
  Gazetteer g;
  const Status s = Load(&g);
  EXPECT_NE(s.message().find("places.tsv:7: invalid UTF-8"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace ntmx
