// PlaceRecord: one administrative unit of Vietnam as the gazetteer knows it.
//
// The country has two sets of units that a plan may name: the General Statistics
// Office units in force until 30 June 2025 (scheme 2008: 63 provinces, 705
// districts, 10,599 communes) and those from 1 July 2025 (scheme 2025: 34 provinces,
// 3,321 communes, no districts). Both live side by side, and the GSO reused numbers
// across them, so a code carries its scheme: "2008:25342" is xã Tân Lợi of huyện
// Hớn Quản, "2025:25351" the xã Tân Quan it became. schemas/places/README.md
// describes the file the records come from.
//
// A record is plain data viewing the gazetteer's own copy of the file: the views
// live exactly as long as the record (and its Gazetteer), and loading the country
// costs no allocation per unit. The links between records (parent, successors) are
// followed through the Gazetteer.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace ntmx {

enum class PlaceScheme : uint8_t { k2008, k2025 };
enum class PlaceLevel : uint8_t { kProvince, kDistrict, kCommune };

struct PlaceRecord {
  std::string_view code;  // "<scheme>:<GSO code>", e.g. "2008:25342"; unique in the gazetteer
  PlaceScheme scheme = PlaceScheme::k2008;
  PlaceLevel level = PlaceLevel::kCommune;
  std::string_view type;  // as Vietnamese writes it: "Xã", "Thị trấn", "Thành phố", "Đặc khu"
  std::string_view name;         // without the type word, with diacritics: "Hớn Quản", "05"
  std::string_view parent_code;  // the district (2008 commune), province (district, 2025
                                 // commune); empty for a province
  // The 2025 units a 2008 commune or province became; empty when unknown, and for
  // districts and 2025 units.
  std::span<const std::string_view> successor_codes;
};

// "2008" / "2025", as in the TSV and the contract.
constexpr std::string_view SchemeName(PlaceScheme s) {
  return s == PlaceScheme::k2008 ? "2008" : "2025";
}

// "province" / "district" / "commune": the contract's `level` values.
constexpr std::string_view LevelName(PlaceLevel l) {
  switch (l) {
    case PlaceLevel::kProvince:
      return "province";
    case PlaceLevel::kDistrict:
      return "district";
    case PlaceLevel::kCommune:
      break;
  }
  return "commune";
}

// Inverse of SchemeName(); nullopt for anything else.
constexpr std::optional<PlaceScheme> ParseScheme(std::string_view s) {
  if (s == "2008") return PlaceScheme::k2008;
  if (s == "2025") return PlaceScheme::k2025;
  return std::nullopt;
}

// Inverse of LevelName(); nullopt for anything else.
constexpr std::optional<PlaceLevel> ParseLevel(std::string_view s) {
  if (s == "province") return PlaceLevel::kProvince;
  if (s == "district") return PlaceLevel::kDistrict;
  if (s == "commune") return PlaceLevel::kCommune;
  return std::nullopt;
}

}  // namespace ntmx
