// Gazetteer: every administrative unit of Vietnam, before and after the July 2025
// reorganisation, loaded once from schemas/places/ and shared read-only by every
// stage that meets a place name.
//
// It answers three kinds of question:
//   - lookup:     Find("Hương Sơn", kCommune) -> the 9 pre-2025 communes and the
//                 2025 ones of that name; ByCode("2008:483"); Parent(record).
//   - resolution: ResolveCommune("Hương Sơn", "Nam Đông") -> the one xã Hương Sơn of
//                 huyện Nam Đông, or nullptr. Resolution never guesses: a name it
//                 cannot pin to exactly one unit resolves to nullptr, and the
//                 caller reports the place as written.
//   - mentions:   FindMentions(text) -> every "<type word> <Name>" in a document
//                 ("huyện Nam Đông", "xã Hương Sơn", "TP.HCM") with its candidates.
//
// Names are compared by PlaceKey (place_key.h): case, diacritics, tone placement,
// NFC/NFD and a few spacing habits do not matter, so the common misspelling
// "Hón Quản" finds Hớn Quản by design. Spellings folding cannot absorb ("Sài Gòn",
// "Huế" for Thừa Thiên Huế) come from schemas/places/aliases.tsv.
//
// Plans dated before July 2025 name the units of the 2008 scheme, and most plans
// this tool reads are from 2021-2025: where both schemes match, resolution prefers
// the 2008 unit unless the caller asks for a scheme. A 2008 commune's successors
// give the 2025 unit it became.
//
// Folding also makes distinct names equal ("Tam Đường", Lai Châu, and "Tam Dương",
// Vĩnh Phúc, are both "tam duong"). When that is all that stands between a name and
// one unit, resolution takes the unit spelt exactly as written (case aside); text
// without diacritics, or with a misspelling, stays ambiguous.
//
// Performance: Load() reads ~14,000 rows and builds the indexes in about 10 ms
// (bench/places_bench.cc); a lookup is a trie walk; FindMentions is linear in the
// text (one trie walk per type word).
//
// The folder holds places.tsv, aliases.tsv, name_variants.tsv (optional) and
// place_levels.tsv, the type words (type_words.h) that introduce a name.
//
//   Gazetteer places;
//   Status s = Gazetteer::Load(data_dir / "schemas/places", &places);
//   const PlaceRecord* commune = places.ResolveCommune("Tân Lợi", "Hớn Quản");
//   for (const PlaceRecord* next : places.Successors(*commune))
//     next->name;  // "Tân Quan" (2025, tỉnh Đồng Nai)
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/records.h"
#include "places/name_trie.h"
#include "places/name_variants.h"
#include "places/place_record.h"
#include "places/type_words.h"
#include "text/indexed_text.h"
#include "util/status.h"
#include "util/tsv_reader.h"

namespace ntmx {

// One "<type word> <Name>" found in a document.
struct PlaceMention {
  // The level the type word names; for "thành phố"/"TP.", which name a province or
  // a district, the level of the first candidate.
  PlaceLevel level = PlaceLevel::kCommune;
  std::string_view type_word;  // as written: "huyện", "Thị trấn", "TP."
  std::string_view name;       // as written: "Hón Quản"
  Span span;                   // code points of `name` in the text
  Span full_span;              // code points of type word and name together
  // Every unit of a level the type word names whose name (or alias) this is, in
  // file order (2008 scheme first); where some have the very type the text names,
  // only those ("xã Hương Sơn": Xã, not Phường), and then where some are spelt as
  // the text spells the name (case aside), only those ("huyện Tam Đường": not Tam
  // Dương, which folds alike). Never empty; more than one when the text alone
  // cannot tell which unit it means.
  std::vector<const PlaceRecord*> candidates;
};

class Gazetteer {
 public:
  // The file of the type words in a gazetteer's folder.
  static constexpr const char* kTypeWordsFile = "place_levels.tsv";

  // An empty gazetteer: finds nothing, resolves nothing.
  Gazetteer() = default;
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;
  // Moving keeps every PlaceRecord pointer handed out valid.
  Gazetteer(Gazetteer&&) noexcept = default;
  Gazetteer& operator=(Gazetteer&&) noexcept = default;

  // Loads `dir`/places.tsv and `dir`/aliases.tsv (formats: schemas/places/README.md)
  // into `*out`. Returns IoError when a file cannot be read, and InvalidInput whose
  // message names "<file>:<line>: <problem>" for a malformed row: wrong field count,
  // unknown scheme or level, duplicate code, a code that does not start with its
  // scheme, a parent or successor that does not exist or is of the wrong level or
  // scheme, an alias whose target name does not exist. `*out` is unchanged on error.
  static Status Load(const std::filesystem::path& dir, Gazetteer* out);

  // All units, in file order (2008 scheme first; province, district, commune). The
  // PlaceRecord pointers every method returns point into this vector, and the
  // records' string_views into the gazetteer's copy of places.tsv: all are valid as
  // long as this Gazetteer (or the one it is moved into) lives.
  const std::vector<PlaceRecord>& records() const { return records_; }

  // Every unit whose name or alias has the key of `name`, restricted to `level` and
  // `scheme` when given, in file order. `name` is a bare name: "Hà Nội", not
  // "Thành phố Hà Nội" (the Resolve* methods also accept the latter).
  std::vector<const PlaceRecord*> Find(std::string_view name,
                                       std::optional<PlaceLevel> level = std::nullopt,
                                       std::optional<PlaceScheme> scheme = std::nullopt) const;

  // The units of `level` (and `scheme`) called `name`, which may begin with a type
  // word as the Resolve* methods accept it ("Thành phố Huế": the units of that type
  // when there are any), in file order.
  std::vector<const PlaceRecord*> FindNamed(std::string_view name, PlaceLevel level,
                                            std::optional<PlaceScheme> scheme = std::nullopt) const;

  // The unit with `code` ("2008:483"), or nullptr.
  const PlaceRecord* ByCode(std::string_view code) const;

  // The unit `record` (which must belong to this gazetteer) lies directly in: a 2008
  // commune's district, a district's or 2025 commune's province; nullptr for a
  // province.
  const PlaceRecord* Parent(const PlaceRecord& record) const;

  // The province `record` lies in (`record` itself for a province).
  const PlaceRecord* Province(const PlaceRecord& record) const;

  // The records of `record.successor_codes`.
  std::vector<const PlaceRecord*> Successors(const PlaceRecord& record) const;

  // What a 2025 unit was made from: the 2008 units whose successors include it, in
  // file order (empty for 2008 units).
  std::vector<const PlaceRecord*> Predecessors(const PlaceRecord& record) const;

  // Whether some unit of `level` has exactly the key of `name` (or of its alias),
  // without the spelling variants of name_variants.tsv: true for "Hón Quản" (folds to
  // Hớn Quản), false for "Đắk Rơwa" (found only as a variant of Đắk Rơ Wa). A name known
  // only by a variant keeps the spelling it was written in.
  bool KnowsSpelling(std::string_view name, PlaceLevel level) const;

  // The one province called `name` (a leading "Tỉnh"/"Thành phố"/"TP." is allowed),
  // or nullptr when there is none or more than one. Without `scheme`, a 2008
  // province wins over a 2025 one: "Huế" is Thừa Thiên Huế, "Huế" in 2025 is Huế.
  const PlaceRecord* ResolveProvince(std::string_view name,
                                     std::optional<PlaceScheme> scheme = std::nullopt) const;

  // The one district (2008 scheme; there are none in 2025) called `name` (a leading
  // "Huyện"/"Quận"/"Thị xã"/"Thành phố" is allowed) in the province called
  // `province_hint`, or nullptr when that is not exactly one. An empty hint, or a
  // hint that names no province at all, does not restrict; a 2025 province hint
  // matches districts of the 2008 provinces merged into it.
  const PlaceRecord* ResolveDistrict(std::string_view name,
                                     std::string_view province_hint = {}) const;

  // The one commune (xã, phường, thị trấn, đặc khu) called `name` in the district
  // and province named by the hints, or nullptr when that is not exactly one. Hints
  // are names as written ("Nam Đông", "huyện Nam Đông"); an empty hint, or one that
  // names no unit at all, does not restrict. A district hint matches only 2008
  // communes. A province hint matches communes of that province first, and only if
  // there are none, communes of the provinces it merged with in 2025 (a 2008 commune
  // under its 2025 province or the reverse). Without `scheme`, 2008 communes win
  // over 2025 ones: a commune name unique among the 2008 communes resolves with no
  // hint at all.
  const PlaceRecord* ResolveCommune(std::string_view name, std::string_view district_hint = {},
                                    std::string_view province_hint = {},
                                    std::optional<PlaceScheme> scheme = std::nullopt) const;

  // The type words of place_levels.tsv (xã, huyện, tỉnh, thành phố, TP., ...).
  const TypeWords& type_words() const { return type_words_; }

  // Every "<type word> <Name>" in `text`: a type word of type_words() spelt as such
  // (type_words.h) at a word start, then the longest known name of a level it names, starting with
  // an upper-case letter or a digit in the text as written and ending at a word boundary. Mentions
  // are in text order and do not overlap. The string_views in the result point into `text`, which
  // must outlive them. Stops early, with the mentions found so far, once the deadline `text`
  // carries has expired.
  std::vector<PlaceMention> FindMentions(const IndexedText& text) const;

 private:
  static constexpr uint32_t kNone = UINT32_MAX;

  uint32_t IdOf(const PlaceRecord& record) const {
    return static_cast<uint32_t>(&record - records_.data());
  }
  // Record ids under key `key` (sorted), or an empty range.
  std::pair<const uint32_t*, const uint32_t*> IdsOfKey(std::string_view key) const;
  // The ids of `level` (and `scheme`) named `name`; when there are none and `name`
  // begins with a type word of that level, the ids named by the rest, narrowed to
  // the type the word names where any has it.
  // Candidates() by the exact key alone (no spelling variants).
  std::vector<uint32_t> ExactCandidates(std::string_view name, PlaceLevel level,
                                        std::optional<PlaceScheme> scheme) const;
  // The passes of Load, in order: places.tsv into records_ (`lines` gets each
  // record's line for later errors); the code table; parents, provinces,
  // successors and predecessors; the name index with aliases.tsv.
  Status ReadPlaces(const std::filesystem::path& file, std::vector<size_t>* lines);
  Status IndexCodes(const std::vector<size_t>& lines);
  Status LinkRecords(const std::vector<size_t>& lines);
  Status IndexNames(const std::filesystem::path& aliases_file, const std::vector<size_t>& lines);
  // Indexes every key under its loose key (name_variants.h); called once by Load.
  void IndexLooseKeys(NameVariants variants);
  // When ExactCandidates finds none, the ids whose loose key is `name`'s.
  std::vector<uint32_t> Candidates(std::string_view name, PlaceLevel level,
                                   std::optional<PlaceScheme> scheme) const;
  // Whether province `province` is `hint` or shares a 2008 -> 2025 succession
  // with it.
  bool SuccessionLinked(uint32_t province, uint32_t hint) const;
  // Narrows `ids` to those whose province is in `provinces`; failing that, to those
  // whose province is succession-linked to one in `provinces`.
  void NarrowByProvince(const std::vector<uint32_t>& provinces, std::vector<uint32_t>* ids) const;
  // The one record left of `ids` once 2008 wins over 2025 (without `scheme`) and,
  // among names that only fold alike, the one spelt as `written` wins; or nullptr.
  const PlaceRecord* Unique(std::vector<uint32_t> ids, std::optional<PlaceScheme> scheme,
                            std::string_view written) const;

  std::vector<PlaceRecord> records_;
  std::vector<uint32_t> parent_;                   // per record: parent id or kNone
  std::vector<uint32_t> province_;                 // per record: province id (itself for provinces)
  std::unique_ptr<TsvReader> places_file_;         // the bytes every record views
  std::vector<std::string_view> successor_codes_;  // PlaceRecord::successor_codes views these
  std::vector<uint32_t> successor_begin_;  // per record + 1: range in successor_codes_/_ids_
  std::vector<uint32_t> successor_ids_;
  std::vector<uint32_t> predecessor_begin_;  // per record + 1: range in predecessor_ids_
  std::vector<uint32_t> predecessor_ids_;
  std::vector<uint32_t> code_slots_;  // hash table of record ids by code; kNone = empty
  // Name index: keys_[k] is a key, key_ids_[key_begin_[k] .. key_begin_[k+1]) the
  // records it names; trie_ indexes keys_ for FindMentions and exact lookup.
  std::unique_ptr<std::string> key_arena_;  // the bytes keys_ view
  std::vector<std::string_view> keys_;
  std::vector<uint32_t> key_begin_;
  std::vector<uint32_t> key_ids_;
  NameTrie trie_;
  // Spelling variants, and (loose key, record id) pairs sorted for lookup.
  NameVariants variants_;
  std::vector<std::pair<std::string, uint32_t>> loose_;
  TypeWords type_words_;  // place_levels.tsv
};

}  // namespace ntmx
