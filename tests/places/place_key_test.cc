// PlaceKey, KeyedText and NameTrie: the matching view place names are found in.
#include "places/place_key.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>

#include "pipeline_fixture.h"
#include "places/gazetteer.h"
#include "places/name_trie.h"
#include "places/type_words.h"

namespace ntmx {
namespace {

TEST(PlaceKey, FoldsLikeFoldKey) {
  EXPECT_EQ(PlaceKey("  Thừa Thiên   Huế "), "thua thien hue");
  EXPECT_EQ(PlaceKey("Hón Quản"), PlaceKey("Hớn Quản"));
  EXPECT_EQ(PlaceKey("Định Hoá"), PlaceKey("Định Hóa"));
  EXPECT_EQ(PlaceKey("\u0110i\u0323nh Ho\u0301a"), "dinh hoa");
}

TEST(PlaceKey, EvensOutHyphensApostrophesAndZeros) {
  EXPECT_EQ(PlaceKey("Bà Rịa - Vũng Tàu"), "ba ria-vung tau");
  EXPECT_EQ(PlaceKey("Phan Rang-Tháp Chàm"), "phan rang-thap cham");
  EXPECT_EQ(PlaceKey("Ia H' Drai"), "ia h'drai");
  EXPECT_EQ(PlaceKey("Ia H\u2019Drai"), "ia h'drai");
  EXPECT_EQ(PlaceKey("Phường 05"), "phuong 5");
  EXPECT_EQ(PlaceKey("Phường 10"), "phuong 10");
  EXPECT_EQ(PlaceKey("0"), "0");
}

TEST(KeyedText, MapsBackToFoldedOffsets) {
  const std::string folded = "huyen\n  ia h'  drai, 05";
  const KeyedText t(folded);
  EXPECT_EQ(t.keyed(), "huyen ia h'drai, 5");
  const size_t at = t.keyed().find("ia h'drai");
  EXPECT_EQ(t.FoldedBegin(at), folded.find("ia"));
  EXPECT_EQ(t.FoldedEnd(at + 9), folded.find(','));
  EXPECT_EQ(t.FoldedBegin(t.keyed().size() - 1), folded.size() - 1);
}

TEST(NameTrie, ReportsEveryPrefixShortestFirst) {
  const NameTrie trie({"huong son", "huong son dong", "nam dong"});
  std::vector<std::pair<size_t, uint32_t>> hits;
  trie.ForEachPrefix("xa huong son dong va", 3,
                     [&](size_t end, uint32_t key) { hits.emplace_back(end, key); });
  EXPECT_EQ(hits, (std::vector<std::pair<size_t, uint32_t>>{{12, 0}, {17, 1}}));
  EXPECT_EQ(trie.Find("nam dong"), 2u);
  EXPECT_EQ(trie.Find("nam"), NameTrie::kNoKey);
  EXPECT_EQ(trie.Find("nam dong x"), NameTrie::kNoKey);
  EXPECT_EQ(NameTrie().Find("x"), NameTrie::kNoKey);
}

TEST(NameTrie, HandlesNonAsciiBytes) {
  const NameTrie trie({"a", "a\xC3\x9F", "b"});  // "aß" sorts after "a"
  EXPECT_EQ(trie.Find("a\xC3\x9F"), 1u);
  EXPECT_EQ(trie.Find("b"), 2u);
}

// The shipped table, schemas/places/place_levels.tsv, as the gazetteer read it.
const TypeWords& Shipped() {
  return testing::DefaultPipeline().resources().gazetteer->type_words();
}

TEST(TypeWords, SpellingIsCheckedAgainstTheText) {
  const TypeWords& words = Shipped();
  const TypeWord* phuong = words.At("phuong 5", 0);
  ASSERT_NE(phuong, nullptr);
  EXPECT_EQ(phuong->type, "Phường");
  EXPECT_TRUE(SpelledAs("Phường", *phuong));
  EXPECT_TRUE(SpelledAs("PHƯỜNG", *phuong));
  EXPECT_TRUE(SpelledAs("phuong", *phuong));
  EXPECT_TRUE(SpelledAs("phu\u031Bo\u031B\u0300ng", *phuong));  // NFD
  EXPECT_FALSE(SpelledAs("phương", *phuong));
  const TypeWord* thi_tran = words.At("thi tran ab", 0);
  ASSERT_NE(thi_tran, nullptr);
  EXPECT_TRUE(SpelledAs("Thị\n trấn", *thi_tran));
  EXPECT_TRUE(thi_tran->Names(PlaceLevel::kCommune));
  EXPECT_FALSE(thi_tran->Names(PlaceLevel::kDistrict));
  EXPECT_EQ(words.At("tp.hcm", 0)->key, "tp.");
  EXPECT_EQ(words.At("tp. hcm", 0)->key, "tp. ");
  EXPECT_EQ(words.At("thanh", 0), nullptr);
}

TEST(TypeWords, LevelsAsTheFileWritesThem) {
  const TypeWords& words = Shipped();
  EXPECT_EQ(words.LevelsOf("Thành phố"), "district|province");
  EXPECT_EQ(words.LevelsOf("HUYỆN"), "district");
  EXPECT_EQ(words.LevelsOf("xa"), "commune");
  EXPECT_EQ(words.LevelsOf("thôn"), "");
}

TEST(TypeWords, ARowIsCheckedAndAbbreviationsRunIntoTheName) {
  TypeWords words;
  EXPECT_FALSE(words.Add("ấp", "village", "Ấp", "exact").ok());
  EXPECT_FALSE(words.Add("ấp", "commune", "Ấp", "loose").ok());
  EXPECT_FALSE(words.Add("  ", "commune", "Ấp", "exact").ok());
  EXPECT_TRUE(words.empty());
  ASSERT_TRUE(words.Add("Q.", "district", "Quận", "any").ok());
  ASSERT_TRUE(words.Add("quận", "district", "Quận", "exact").ok());
  ASSERT_NE(words.At("q.1", 0), nullptr);      // "Q.1"
  EXPECT_EQ(words.At("q. 1", 0)->key, "q. ");  // the longer key first
  EXPECT_TRUE(SpelledAs("Q", *words.At("q.1", 0)));
  EXPECT_EQ(words.At("quan 1", 0)->type, "Quận");
  EXPECT_EQ(words.At("q 1", 0), nullptr);
}

TEST(TypeWords, AFileErrorNamesTheLine) {
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() / ("type_words_" + std::to_string(getpid()) + ".tsv");
  std::ofstream(file)
      << "# word\tlevels\ttype\tspelling\nxã\tcommune\tXã\texact\nấp\thamlet\tẤp\texact\n";
  TypeWords words;
  const Status s = TypeWords::Load(file, &words);
  std::filesystem::remove(file);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find(".tsv:3: levels must be"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace ntmx
