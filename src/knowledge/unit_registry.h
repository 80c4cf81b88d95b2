// UnitRegistry: the responsible units of schemas/units.tsv and a matcher that maps
// every way a plan writes a unit to one canonical name.
//
// Mentions are looked up by a folded key in which case, diacritics, tone
// placement, "&", "và" and dashes do not matter, so "Phòng Kinh tế - Hạ tầng",
// "Phòng Kinh tế và Hạ Tầng", "phòng KT-HT" and "Kinh tế - Hạ tầng" are one key
// (a leading "Phòng", "Đề nghị" or "Cơ quan" is optional). People's Committees
// carry their place: "UBND xã Măng Bút" -> "Ủy ban nhân dân xã Măng Bút"; a bare
// "UBND"/"HĐND"/"Đảng ủy" in a commune plan is the commune's own. "Điện lực X" and
// "Chi cục Thống kê …" keep their area as written. A mention that matches nothing
// is returned as written with `known` false, so the caller can count it; its
// abbreviations are expanded first ("Hội LHPN xã" -> "Hội Liên hiệp Phụ nữ xã",
// rows of kind `abbreviation`), and the expanded name is looked up again. A level
// word written after a known name ("Cán bộ phụ trách NTM xã") is dropped unless a
// row names the unit with it ("Trung tâm Phục vụ hành chính công xã").
//
//   registry.Canonical("phòng LĐTB&XH", {})  -> {"Phòng Lao động - Thương binh và Xã hội", true}
//   registry.SplitUnits("Phòng A; Phòng B, Phòng C")  -> {"Phòng A", "Phòng B", "Phòng C"}
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/status.h"

namespace ntmx {

struct CanonicalUnit {
  std::string name;
  bool known = false;
  bool by_prefix = false;  // only the mention's opening words are a known name
};

class UnitRegistry {
 public:
  // Loads `path` (schemas/units.tsv); errors name file:line.
  Status Load(const std::filesystem::path& path);
  void Add(std::string canonical, std::string kind, const std::vector<std::string>& aliases);

  // The canonical unit for `mention` as written; `commune` (may be empty) is the
  // plan's commune, given to a bare "UBND", "HĐND" or "Đảng ủy".
  CanonicalUnit Canonical(std::string_view mention, std::string_view commune) const;

  // The matching key of a name (exposed for tests).
  static std::string Key(std::string_view name);

  // `name` with every abbreviation the registry lists (kind `abbreviation`) written
  // as a word of it expanded: "Hội LHPN xã" -> "Hội Liên hiệp Phụ nữ xã". A word is
  // read as an abbreviation only when it has two capitals or more.
  std::string ExpandAbbreviations(std::string_view name) const;

  // Whether folded `text` opens with a word that starts a unit name (kind
  // `unit_word`: "Phòng", "Công chức", "Ban", …), followed by a word break.
  bool StartsUnitName(std::string_view folded) const;

  // Splits a list of units on ";" and on "," where the comma separates units (not
  // inside parentheses, nor before a word of kind `list_word` that continues the
  // group: "Các phòng, ban, ngành huyện"). Pieces are trimmed.
  std::vector<std::string> SplitUnits(std::string_view list) const;

 private:
  struct Entry {
    std::string canonical;
    std::string kind;
  };
  // Looked up several times per mention (the key, without its prefix, each shorter
  // prefix): a hash, found by string_view without a copy.
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
  };
  std::unordered_map<std::string, Entry, KeyHash, std::equal_to<>> by_key_;
  std::unordered_map<std::string, std::string, KeyHash, std::equal_to<>> abbreviations_;
  std::vector<std::string> unit_words_;  // folded keys
  // A body named with its place after it ("UBND xã Măng Bút"): the folded way it is
  // written, with the space that follows, and its canonical name (kind place_body).
  std::vector<std::pair<std::string, std::string>> place_bodies_;
  // The level words such a place opens with, folded with their space, and as
  // written in a canonical name: ("xa ", "xã") (kind place_level).
  std::vector<std::pair<std::string, std::string>> place_levels_;
  // Units whose area is part of their name, kept as written (kind area_unit):
  // folded with the space that follows ("dien luc ").
  std::vector<std::string> area_units_;
  // Words a mention may open with that are not part of the name (kind
  // optional_prefix), folded keys with their space, in file order.
  std::vector<std::string> optional_prefixes_;
  // A word that continues a comma-separated group (kind list_word), folded, and the
  // folded words the group must end with (any group when empty).
  struct ListWord {
    std::string word;
    std::vector<std::string> after;
  };
  std::vector<ListWord> list_words_;

  CanonicalUnit Lookup(const std::string& written, std::string_view commune) const;
  // `key` without the optional prefixes it opens with.
  std::string WithoutPrefix(std::string key) const;
  // Whether a comma between the folded group `before` and the folded words `next`
  // joins them (a list_word opens `next`).
  bool JoinsGroup(std::string_view before, std::string_view next) const;
};

}  // namespace ntmx
