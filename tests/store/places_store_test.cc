// Places end to end: every seed plan goes through the pipeline and into a store,
// as `ntmx ingest` does, and comes out with its locality in gazetteer codes, every
// place it names in document_places, and the names its locality goes by in both
// schemes in document_place_keys (what --province/--district/--commune match).
#include <gtest/gtest.h>

#include <filesystem>

#include "pipeline_fixture.h"
#include "places/place_key.h"
#include "store/store.h"
#include "store_test_util.h"

namespace ntmx {
namespace {

using testing::DefaultPipeline;
using testing::ExtractText;
using testing::SchemaDir;
using testing::TempDir;
using testing::TestTypeWords;

class PlacesStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(store_.Open(dir_.File("ntm.db"), SchemaDir(), TestTypeWords()).ok());
  }

  void Ingest(const std::filesystem::path& file) {
    Extraction e;
    Diagnostics diagnostics;
    Status s = DefaultPipeline().ProcessFile(file, &e, &diagnostics);
    ASSERT_TRUE(s.ok()) << file << ": " << s.message();
    PutOutcome outcome;
    s = store_.Put(e, &outcome);
    ASSERT_TRUE(s.ok()) << file << ": " << s.message();
  }

  ResultTable Query(const std::string& sql) {
    ResultTable table;
    const Status s = store_.Query(sql, &table);
    EXPECT_TRUE(s.ok()) << s.message();
    return table;
  }

  void IngestSeeds() {
    for (const auto& entry : std::filesystem::directory_iterator(
             std::filesystem::path(NTMX_SOURCE_DIR) / "corpus" / "seeds")) {
      Ingest(entry.path());
    }
  }

  TempDir dir_;
  Store store_;
};

TEST_F(PlacesStoreTest, EverySeedHasItsLocalityInCodes) {
  IngestSeeds();
  const ResultTable docs = Query(
      "SELECT source, place_scheme, province_code, district_code, commune_code, commune, pages "
      "FROM documents ORDER BY source");
  ASSERT_EQ(docs.rows.size(), 5u);
  for (const auto& row : docs.rows) {
    const std::string source = row[0].value_or("");
    EXPECT_EQ(row[1], "2008") << source;
    ASSERT_TRUE(row[2].has_value()) << source;
    EXPECT_EQ(row[2]->rfind("2008:", 0), 0u) << source;
    EXPECT_TRUE(row[3].has_value()) << source;  // every seed is a district's or a commune's
    EXPECT_EQ(row[4].has_value(), row[5].has_value()) << source;
    EXPECT_FALSE(row[6].has_value()) << source;  // text, not PDF: no pages
  }
  // Each commune's own code, as the gazetteer has it.
  const ResultTable communes = Query(
      "SELECT commune, commune_code FROM documents WHERE commune IS NOT NULL ORDER BY commune");
  ASSERT_EQ(communes.rows.size(), 3u);
  EXPECT_EQ(communes.rows[0][0], "Hương Sơn");
  EXPECT_EQ(communes.rows[0][1], "2008:20167");
  EXPECT_EQ(communes.rows[1][0], "Măng Bút");
  EXPECT_EQ(communes.rows[1][1], "2008:23458");
  EXPECT_EQ(communes.rows[2][0], "Phúc Chu");
}

TEST_F(PlacesStoreTest, HonQuanPlanIsFoundUnderBothProvinceNames) {
  IngestSeeds();
  const std::string hon_quan = "(SELECT id FROM documents WHERE district = 'Hớn Quản')";
  const ResultTable keys =
      Query("SELECT name_key FROM document_place_keys WHERE level = 'province' AND document_id = " +
            hon_quan + " ORDER BY name_key");
  std::vector<std::string> names;
  for (const auto& row : keys.rows) names.push_back(row[0].value_or(""));
  EXPECT_NE(std::find(names.begin(), names.end(), "binh phuoc"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "dong nai"), names.end());
  // As a filter would ask: by the key of what the user typed, in either scheme.
  for (const char* typed : {"Bình Phước", "ĐỒNG NAI", "Dong Nai"}) {
    const ResultTable found = Query(
        "SELECT d.district FROM documents d JOIN document_place_keys k ON k.document_id = d.id "
        "WHERE k.level = 'province' AND k.name_key = '" +
        PlaceKey(typed) + "'");
    ASSERT_EQ(found.rows.size(), 1u) << typed;
    EXPECT_EQ(found.rows[0][0], "Hớn Quản") << typed;
  }
  // Its subjects: the district itself and two of its communes, with successors.
  const ResultTable tan_loi = Query(
      "SELECT code, successor_codes, level FROM document_places WHERE role = 'subject' AND "
      "name LIKE '%Tân Lợi' AND document_id = " +
      hon_quan);
  ASSERT_EQ(tan_loi.rows.size(), 1u);
  EXPECT_EQ(tan_loi.rows[0][0], "2008:25342");
  EXPECT_EQ(tan_loi.rows[0][1], "2025:25351");
  EXPECT_EQ(tan_loi.rows[0][2], "commune");
}

TEST_F(PlacesStoreTest, EveryPlaceNamedIsARowResolvedOrNot) {
  IngestSeeds();
  // Every row either has a code or says why not.
  const ResultTable bad =
      Query("SELECT name FROM document_places WHERE (code IS NULL) = (note IS NULL)");
  EXPECT_TRUE(bad.rows.empty()) << bad.rows.size()
                                << " rows, first: " << bad.rows.front()[0].value_or("");
  const ResultTable roles = Query("SELECT DISTINCT role FROM document_places ORDER BY role");
  std::vector<std::string> names;
  for (const auto& row : roles.rows) names.push_back(row[0].value_or(""));
  EXPECT_EQ(names, (std::vector<std::string>{"issuer", "locality", "subject", "task_subject"}));
}

// A plan of 2026 names the 2025 units: a commune with no district.
TEST_F(PlacesStoreTest, A2026CommunePlanHasNoDistrict) {
  Extraction e = ExtractText(
      "ỦY BAN NHÂN DÂN\nXÃ TÂN QUAN\n\nSố: 15/KH-UBND\nTân Quan, ngày 10 tháng 3 năm 2026\n\n"
      "KẾ HOẠCH\nXây dựng xã Tân Quan, tỉnh Đồng Nai đạt chuẩn nông thôn mới năm 2026\n\n"
      "I. MỤC TIÊU\n\nNội dung.\n");
  e.source = "tan_quan_2026.txt";
  e.sha256 = std::string(64, 'c');
  e.format = "text";
  EXPECT_EQ(e.document.locality.commune, "Tân Quan");
  EXPECT_FALSE(e.document.locality.district.has_value());
  EXPECT_EQ(e.document.locality.province, "Đồng Nai");
  PutOutcome outcome;
  ASSERT_TRUE(store_.Put(e, &outcome).ok());
  const ResultTable doc =
      Query("SELECT place_scheme, province_code, district_code, commune_code FROM documents");
  ASSERT_EQ(doc.rows.size(), 1u);
  EXPECT_EQ(doc.rows[0][0], "2025");
  EXPECT_EQ(doc.rows[0][1], "2025:75");
  EXPECT_FALSE(doc.rows[0][2].has_value());
  EXPECT_EQ(doc.rows[0][3], "2025:25351");
  // Found under the 2008 district and province its communes came from, too.
  const ResultTable keys =
      Query("SELECT level || ':' || name_key FROM document_place_keys ORDER BY 1");
  std::vector<std::string> all;
  for (const auto& row : keys.rows) all.push_back(row[0].value_or(""));
  for (const char* want : {"commune:tan quan", "commune:tan loi", "district:hon quan",
                           "province:binh phuoc", "province:dong nai"}) {
    EXPECT_NE(std::find(all.begin(), all.end(), want), all.end()) << want;
  }
}

// A province plan naming a commune whose name repeats across the country, and not
// in that province: the subject stays unresolved and says why; its neighbour, unique
// in the country, resolves.
TEST(PlacesExtraction, AmbiguousSubjectStaysUnresolved) {
  const Extraction e = ExtractText(
      "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 20/KH-UBND\nKon Tum, ngày 10 tháng 3 năm 2024\n\n"
      "KẾ HOẠCH\nXây dựng nông thôn mới tỉnh Kon Tum năm 2024\n\nI. KẾT QUẢ\n\n"
      "Xã Hương Sơn đã đạt 15/19 tiêu chí xã nông thôn mới.\n\n"
      "Xã Đắk Ruồng đã đạt 17/19 tiêu chí.\n");
  const DocumentPlace* huong_son = nullptr;
  const DocumentPlace* dak_ruong = nullptr;
  for (const DocumentPlace& p : e.places) {
    if (p.role != "subject") continue;
    if (p.name == "Hương Sơn") huong_son = &p;
    if (p.name == "Đắk Ruồng") dak_ruong = &p;
  }
  ASSERT_NE(huong_son, nullptr);
  EXPECT_FALSE(huong_son->code.has_value());
  EXPECT_EQ(huong_son->level, "commune");
  ASSERT_TRUE(huong_son->note.has_value());
  EXPECT_EQ(huong_son->note->rfind("ambiguous: 8 communes named Hương Sơn", 0), 0u)
      << *huong_son->note;
  ASSERT_NE(dak_ruong, nullptr);
  EXPECT_TRUE(dak_ruong->code.has_value());
  EXPECT_EQ(e.place_scheme, "2008");
}

// documents.pages: the page starts of a PDF as a JSON array.
TEST_F(PlacesStoreTest, PdfPagesAreStoredAsJson) {
  Extraction e = testing::SmallExtraction("plan.pdf");
  e.format = "pdf";
  e.pages = {0, 42};
  PutOutcome outcome;
  ASSERT_TRUE(store_.Put(e, &outcome).ok());
  const ResultTable doc = Query("SELECT pages FROM documents");
  ASSERT_EQ(doc.rows.size(), 1u);
  EXPECT_EQ(doc.rows[0][0], "[0,42]");
}

}  // namespace
}  // namespace ntmx
