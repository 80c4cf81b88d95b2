// `ntmx places NAME` as a user runs it: every unit of that name in both schemes,
// with its province and what became of it.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/cli_harness.h"
#include "places/gazetteer.h"

namespace {

using ntmx::testing::CliRun;

class PlacesCliTest : public ntmx::testing::CliTestBase {};

TEST_F(PlacesCliTest, HuongSonListsEveryCommuneWithProvinceAndSuccessor) {
  ntmx::Gazetteer places;
  ASSERT_TRUE(
      ntmx::Gazetteer::Load(std::filesystem::path(NTMX_SOURCE_DIR) / "schemas" / "places", &places)
          .ok());
  const CliRun r = Ntmx("places \"Hương Sơn\"");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  size_t communes = 0;
  for (const ntmx::PlaceRecord* c : places.Find("Hương Sơn", ntmx::PlaceLevel::kCommune)) {
    if (c->name != "Hương Sơn") continue;  // "Hướng Sơn" folds alike
    ++communes;
    const size_t at = r.out.find("| " + std::string(c->code) + " |");
    ASSERT_NE(at, std::string::npos) << c->code << "\n" << r.out;
    const std::string line = r.out.substr(at, r.out.find('\n', at) - at);
    EXPECT_NE(line.find(std::string(places.Province(*c)->name)), std::string::npos) << line;
    for (const ntmx::PlaceRecord* next : places.Successors(*c)) {
      EXPECT_NE(line.find(std::string(next->code)), std::string::npos) << line;
      EXPECT_NE(line.find(std::string(places.Province(*next)->name)), std::string::npos) << line;
    }
  }
  EXPECT_GE(communes, 10u);  // eight of 2008 (xã, phường, thị trấn) and two of 2025
  EXPECT_NE(r.out.find("Nam Đông"), std::string::npos);
  EXPECT_EQ(r.out.find("Hướng Sơn"), std::string::npos) << "spelt otherwise than typed";
}

TEST_F(PlacesCliTest, JsonNamesWhatTanLoiBecame) {
  const CliRun r = Ntmx("places \"xã Tân Lợi\" --level commune --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json all = nlohmann::json::parse(r.out);
  bool found = false;
  for (const auto& unit : all) {
    EXPECT_EQ(unit["level"], "commune");
    if (unit["code"] != "2008:25342") continue;
    found = true;
    EXPECT_EQ(unit["parents"][0]["name"], "Hớn Quản");
    ASSERT_EQ(unit["became"].size(), 1u);
    EXPECT_EQ(unit["became"][0]["name"], "Tân Quan");
    EXPECT_EQ(unit["became"][0]["province"], "Đồng Nai");
  }
  EXPECT_TRUE(found) << r.out;
}

TEST_F(PlacesCliTest, UnknownNameIsOneLineAndExitOne) {
  const CliRun r = Ntmx("places \"Không Có Tên Này\"");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(Lines(r.err), 1u) << r.err;
  EXPECT_NE(r.err.find("no unit named"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

}  // namespace
