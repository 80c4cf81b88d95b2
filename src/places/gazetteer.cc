// See gazetteer.h. Loading is one pass over each TSV into flat vectors whose records
// view the file's bytes, a hash table of codes, a hash table interning the name keys
// in one arena, and one sort of the distinct keys, which the trie is built over.
// Nothing allocates per record, per key or per trie node: that is what keeps the
// load of the whole country near ten milliseconds.
#include "places/gazetteer.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <bit>
#include <memory>
#include <utility>

#include "places/name_variants.h"
#include "places/place_key.h"
#include "text/utf8.h"
#include "util/deadline.h"
#include "util/tsv_reader.h"

namespace ntmx {
namespace {

constexpr std::array<std::string_view, 7> kPlacesHeader = {
    "code", "scheme", "level", "type", "name", "parent_code", "successor_codes"};
constexpr std::array<std::string_view, 4> kAliasesHeader = {"alias", "level", "name", "note"};

Status RowError(const std::string& path, size_t line, const std::string& what) {
  return Status::InvalidInput(path + ":" + std::to_string(line) + ": " + what);
}

std::string Quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

template <size_t N>
Status ReadHeader(TsvReader* tsv, const std::array<std::string_view, N>& expected) {
  std::vector<std::string_view> fields;
  std::string want;
  for (std::string_view f : expected) want += (want.empty() ? "" : "\\t") + std::string(f);
  if (!tsv->Next(&fields)) return RowError(tsv->path(), 1, "empty file, expected header " + want);
  if (!std::equal(fields.begin(), fields.end(), expected.begin(), expected.end())) {
    return tsv->Error("expected header " + want);
  }
  return Status::Ok();
}

// FNV-1a: codes are short, and this is all the hashing they need.
size_t HashCode(std::string_view code) {
  uint64_t h = 14695981039346656037ull;
  for (char c : code) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return static_cast<size_t>(h ^ (h >> 32));
}

// The first eight bytes of `key` as a big-endian integer, zero-padded: integer order
// of these prefixes agrees with byte order of keys.
uint64_t KeyPrefix(std::string_view key) {
  uint64_t p = 0;
  for (size_t i = 0; i < 8; ++i) {
    p = (p << 8) | (i < key.size() ? static_cast<unsigned char>(key[i]) : 0u);
  }
  return p;
}

// Whether the level/scheme of `parent` is the one a unit of `child`'s level and
// scheme lies in.
bool IsParentLevel(const PlaceRecord& child, const PlaceRecord& parent) {
  if (parent.scheme != child.scheme) return false;
  if (child.level == PlaceLevel::kDistrict) return parent.level == PlaceLevel::kProvince;
  if (child.level == PlaceLevel::kCommune) {
    return parent.level ==
           (child.scheme == PlaceScheme::k2008 ? PlaceLevel::kDistrict : PlaceLevel::kProvince);
  }
  return false;
}

// The keys of the name index while it is built: one arena of key bytes, each
// distinct key interned once in an open-addressing table.
class KeyInterner {
 public:
  KeyInterner(std::string* arena, size_t expected_keys)
      : arena_(*arena), slots_(std::bit_ceil(2 * expected_keys + 64), kNoKey) {
    spans_.reserve(expected_keys);
  }
  static constexpr uint32_t kNoKey = UINT32_MAX;

  std::string_view KeyAt(uint32_t k) const {
    return std::string_view(arena_).substr(spans_[k].first, spans_[k].second);
  }
  uint32_t size() const { return static_cast<uint32_t>(spans_.size()); }
  // The index of `key`, or kNoKey.
  uint32_t Find(std::string_view key) const { return slots_[SlotOf(key)]; }
  // The index of the key just appended to the arena at `start`, old or new (an old
  // key's bytes are dropped again).
  uint32_t InternLast(size_t start) {
    const size_t slot = SlotOf(std::string_view(arena_).substr(start));
    if (slots_[slot] != kNoKey) {
      arena_.resize(start);
    } else {
      slots_[slot] = size();
      spans_.emplace_back(static_cast<uint32_t>(start),
                          static_cast<uint32_t>(arena_.size() - start));
    }
    return slots_[slot];
  }

 private:
  // Where `key` is, or the empty slot where it would go.
  size_t SlotOf(std::string_view key) const {
    const size_t mask = slots_.size() - 1;
    size_t slot = HashCode(key) & mask;
    while (slots_[slot] != kNoKey && KeyAt(slots_[slot]) != key) slot = (slot + 1) & mask;
    return slot;
  }

  std::string& arena_;
  std::vector<std::pair<uint32_t, uint32_t>> spans_;  // per key: arena offset, size
  std::vector<uint32_t> slots_;
};

// Each record's name key, interned; then the records of each key in file order
// (a counting pass): ids_of[first_of[k] .. first_of[k+1]) are key k's records.
struct RecordKeys {
  std::vector<uint32_t> first_of;
  std::vector<uint32_t> ids_of;
  uint32_t count = 0;  // keys below this are records' own; later ones are aliases
};

// aliases.tsv: each alias is one more key for the records its target names;
// appends (alias key, record id) pairs to `alias_ids`, sorted.
Status ReadAliases(const std::filesystem::path& file, const std::vector<PlaceRecord>& records,
                   const RecordKeys& own, KeyInterner* keys, std::string* arena,
                   std::vector<std::pair<uint32_t, uint32_t>>* alias_ids) {
  TsvReader aliases;
  Status s = TsvReader::Open(file, &aliases);
  if (s.ok()) s = ReadHeader(&aliases, kAliasesHeader);
  if (!s.ok()) return s;
  std::vector<std::string_view> f;
  std::string target;
  while (aliases.Next(&f)) {
    if (f.size() != 3 && f.size() != 4) {
      return aliases.Error("expected 4 tab-separated fields, found " + std::to_string(f.size()));
    }
    const std::optional<PlaceLevel> level = ParseLevel(f[1]);
    if (!level) {
      return aliases.Error("unknown level " + Quoted(f[1]) +
                           " (expected province, district or commune)");
    }
    target.clear();
    AppendPlaceKey(f[2], &target);
    // An alias names records by their own name, not through another alias.
    const uint32_t target_key = keys->Find(target);
    const bool known = target_key < own.count;
    const size_t start = arena->size();
    AppendPlaceKey(f[0], arena);
    if (arena->size() == start) return aliases.Error("empty alias");
    const uint32_t alias_key = keys->InternLast(start);
    size_t found = 0;
    for (uint32_t j = known ? own.first_of[target_key] : 0;
         known && j < own.first_of[target_key + 1]; ++j) {
      if (records[own.ids_of[j]].level != *level) continue;
      alias_ids->emplace_back(alias_key, own.ids_of[j]);
      ++found;
    }
    if (found == 0) {
      return aliases.Error("alias target " + Quoted(f[2]) + " is no known " +
                           std::string(LevelName(*level)));
    }
  }
  std::sort(alias_ids->begin(), alias_ids->end());
  return Status::Ok();
}

}  // namespace

Status Gazetteer::Load(const std::filesystem::path& dir, Gazetteer* out) {
  Gazetteer g;
  std::vector<size_t> lines;  // per record, for errors found after reading
  Status s = g.ReadPlaces(dir / "places.tsv", &lines);
  if (s.ok()) s = g.IndexCodes(lines);
  if (s.ok()) s = g.LinkRecords(lines);
  if (s.ok()) s = g.IndexNames(dir / "aliases.tsv", lines);
  if (s.ok()) s = TypeWords::Load(dir / kTypeWordsFile, &g.type_words_);
  if (!s.ok()) return s;
  // name_variants.tsv (optional): the looser keys names are also found by.
  if (const std::filesystem::path variants_path = dir / "name_variants.tsv";
      std::filesystem::exists(variants_path)) {
    NameVariants variants;
    if (s = NameVariants::Load(variants_path, &variants); !s.ok()) return s;
    g.IndexLooseKeys(std::move(variants));
  }
  *out = std::move(g);
  return Status::Ok();
}

Status Gazetteer::ReadPlaces(const std::filesystem::path& file, std::vector<size_t>* lines) {
  // One record per row, viewing the reader's buffer. The gazetteer keeps the
  // reader behind a pointer so that moving the gazetteer never moves the bytes.
  places_file_ = std::make_unique<TsvReader>();
  TsvReader& tsv = *places_file_;
  Status s = TsvReader::Open(file, &tsv);
  if (s.ok()) s = ReadHeader(&tsv, kPlacesHeader);
  if (!s.ok()) return s;
  std::vector<std::string_view> f;
  records_.reserve(15000);
  lines->reserve(15000);
  while (tsv.Next(&f)) {
    if (f.size() != kPlacesHeader.size()) {
      return tsv.Error("expected " + std::to_string(kPlacesHeader.size()) +
                       " tab-separated fields, found " + std::to_string(f.size()));
    }
    const std::optional<PlaceScheme> scheme = ParseScheme(f[1]);
    if (!scheme) return tsv.Error("unknown scheme " + Quoted(f[1]) + " (expected 2008 or 2025)");
    const std::optional<PlaceLevel> level = ParseLevel(f[2]);
    if (!level) {
      return tsv.Error("unknown level " + Quoted(f[2]) +
                       " (expected province, district or commune)");
    }
    if (f[0].size() <= f[1].size() + 1 || !f[0].starts_with(f[1]) || f[0][f[1].size()] != ':') {
      return tsv.Error("code " + Quoted(f[0]) + " does not start with its scheme " +
                       Quoted(std::string(f[1]) + ":"));
    }
    if (f[3].empty()) return tsv.Error("empty type");
    if (f[4].empty()) return tsv.Error("empty name");
    if ((*level == PlaceLevel::kProvince) != f[5].empty()) {
      return tsv.Error(*level == PlaceLevel::kProvince ? "a province has no parent_code"
                                                       : "missing parent_code");
    }
    PlaceRecord& r = records_.emplace_back();  // filled in place: no moves
    r.code = f[0];
    r.scheme = *scheme;
    r.level = *level;
    r.type = f[3];
    r.name = f[4];
    r.parent_code = f[5];
    successor_begin_.push_back(static_cast<uint32_t>(successor_codes_.size()));
    for (size_t start = 0; start < f[6].size();) {
      size_t comma = f[6].find(',', start);
      if (comma == std::string_view::npos) comma = f[6].size();
      if (comma == start) return tsv.Error("empty code in successor_codes");
      successor_codes_.push_back(f[6].substr(start, comma - start));
      start = comma + 1;
      if (start == f[6].size()) return tsv.Error("empty code in successor_codes");
    }
    lines->push_back(tsv.line());
  }
  const size_t n = records_.size();
  successor_begin_.push_back(static_cast<uint32_t>(successor_codes_.size()));
  for (uint32_t i = 0; i < n; ++i) {  // successor_codes_ no longer grows
    records_[i].successor_codes =
        std::span<const std::string_view>(successor_codes_.data() + successor_begin_[i],
                                          successor_begin_[i + 1] - successor_begin_[i]);
  }
  return Status::Ok();
}

Status Gazetteer::IndexCodes(const std::vector<size_t>& lines) {
  // An open-addressing table of record ids (one allocation, where a node map makes
  // one per record and dominated the load time).
  const size_t n = records_.size();
  code_slots_.assign(std::bit_ceil(2 * n + 2), kNone);
  for (uint32_t i = 0; i < n; ++i) {
    const std::string_view code = records_[i].code;
    const size_t mask = code_slots_.size() - 1;
    size_t slot = HashCode(code) & mask;
    while (code_slots_[slot] != kNone) {
      if (records_[code_slots_[slot]].code == code) {
        return RowError(places_file_->path(), lines[i], "duplicate code " + Quoted(code));
      }
      slot = (slot + 1) & mask;
    }
    code_slots_[slot] = i;
  }
  return Status::Ok();
}

Status Gazetteer::LinkRecords(const std::vector<size_t>& lines) {
  // Parents, provinces, successors, all checked.
  const std::string& path = places_file_->path();
  const size_t n = records_.size();
  parent_.assign(n, kNone);
  province_.assign(n, kNone);
  successor_ids_.reserve(successor_codes_.size());
  const PlaceRecord* parent = nullptr;
  for (uint32_t i = 0; i < n; ++i) {
    const PlaceRecord& r = records_[i];
    if (r.level != PlaceLevel::kProvince) {
      // Rows come grouped by parent: most lookups are the previous row's.
      if (parent == nullptr || parent->code != r.parent_code) parent = ByCode(r.parent_code);
      if (parent == nullptr) {
        return RowError(path, lines[i], "parent " + Quoted(r.parent_code) + " does not exist");
      }
      if (!IsParentLevel(r, *parent)) {
        return RowError(
            path, lines[i],
            "parent " + Quoted(r.parent_code) + " is a " + std::string(SchemeName(parent->scheme)) +
                " " + std::string(LevelName(parent->level)) + ", which cannot contain a " +
                std::string(SchemeName(r.scheme)) + " " + std::string(LevelName(r.level)));
      }
      parent_[i] = IdOf(*parent);
    }
    for (std::string_view code : r.successor_codes) {
      const PlaceRecord* next = ByCode(code);
      if (next == nullptr) {
        return RowError(path, lines[i], "successor " + Quoted(code) + " does not exist");
      }
      if (r.scheme != PlaceScheme::k2008 || next->scheme != PlaceScheme::k2025 ||
          next->level != r.level) {
        return RowError(path, lines[i],
                        "successor " + Quoted(code) + " is not a 2025 " +
                            std::string(LevelName(r.level)) + " following a 2008 one");
      }
      successor_ids_.push_back(IdOf(*next));
    }
  }
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t p = i;
    while (records_[p].level != PlaceLevel::kProvince) p = parent_[p];
    province_[i] = p;
  }
  // Predecessors: the successor links inverted by a counting pass, in file order.
  predecessor_begin_.assign(n + 1, 0);
  for (uint32_t next : successor_ids_) ++predecessor_begin_[next + 1];
  for (size_t i = 1; i <= n; ++i) predecessor_begin_[i] += predecessor_begin_[i - 1];
  predecessor_ids_.resize(successor_ids_.size());
  std::vector<uint32_t> fill(predecessor_begin_.begin(), predecessor_begin_.end() - 1);
  for (uint32_t i = 0; i < n; ++i) {
    for (uint32_t j = successor_begin_[i]; j < successor_begin_[i + 1]; ++j) {
      predecessor_ids_[fill[successor_ids_[j]]++] = i;
    }
  }
  return Status::Ok();
}

Status Gazetteer::IndexNames(const std::filesystem::path& aliases_file,
                             const std::vector<size_t>& lines) {
  // Keys go into one arena and are interned in a hash table, so that only the
  // distinct keys (about half the records) need sorting, and each key's records
  // come out in file order by a counting pass.
  const uint32_t n = static_cast<uint32_t>(records_.size());
  key_arena_ = std::make_unique<std::string>();
  std::string& arena = *key_arena_;
  arena.reserve(places_file_->size() / 4);
  KeyInterner keys(&arena, n);
  std::vector<uint32_t> key_of(n);
  for (uint32_t i = 0; i < n; ++i) {
    const size_t start = arena.size();
    AppendPlaceKey(records_[i].name, &arena);
    if (arena.size() == start) {
      return RowError(places_file_->path(), lines[i], "name with no letters");
    }
    key_of[i] = keys.InternLast(start);
  }
  RecordKeys own;
  own.count = keys.size();
  own.first_of.assign(own.count + 1, 0);
  for (uint32_t k : key_of) ++own.first_of[k + 1];
  for (size_t k = 1; k < own.first_of.size(); ++k) own.first_of[k] += own.first_of[k - 1];
  own.ids_of.resize(n);
  std::vector<uint32_t> next(own.first_of.begin(), own.first_of.end() - 1);
  for (uint32_t i = 0; i < n; ++i) own.ids_of[next[key_of[i]]++] = i;

  std::vector<std::pair<uint32_t, uint32_t>> alias_ids;  // (key, record)
  if (Status s = ReadAliases(aliases_file, records_, own, &keys, &arena, &alias_ids); !s.ok()) {
    return s;
  }

  // Distinct keys in byte order (most comparisons settled by the first eight bytes,
  // compared as one integer), then each key's records: its own, and its aliases'.
  std::vector<std::pair<uint64_t, uint32_t>> order(keys.size());
  for (uint32_t k = 0; k < order.size(); ++k) order[k] = {KeyPrefix(keys.KeyAt(k)), k};
  std::sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : keys.KeyAt(a.second) < keys.KeyAt(b.second);
  });
  keys_.reserve(order.size());
  key_begin_.reserve(order.size() + 1);
  key_ids_.reserve(n + alias_ids.size());
  for (const auto& [prefix, k] : order) {
    keys_.push_back(keys.KeyAt(k));
    key_begin_.push_back(static_cast<uint32_t>(key_ids_.size()));
    if (k < own.count) {
      key_ids_.insert(key_ids_.end(), own.ids_of.begin() + own.first_of[k],
                      own.ids_of.begin() + own.first_of[k + 1]);
    }
    auto a = std::lower_bound(alias_ids.begin(), alias_ids.end(), std::make_pair(k, 0u));
    if (a != alias_ids.end() && a->first == k) {
      for (; a != alias_ids.end() && a->first == k; ++a) key_ids_.push_back(a->second);
      const auto group = key_ids_.begin() + key_begin_.back();
      std::sort(group, key_ids_.end());
      key_ids_.erase(std::unique(group, key_ids_.end()), key_ids_.end());
    }
  }
  key_begin_.push_back(static_cast<uint32_t>(key_ids_.size()));
  trie_ = NameTrie(keys_);
  return Status::Ok();
}

std::pair<const uint32_t*, const uint32_t*> Gazetteer::IdsOfKey(std::string_view key) const {
  const uint32_t k = trie_.Find(key);
  if (k == NameTrie::kNoKey) return {nullptr, nullptr};
  return {key_ids_.data() + key_begin_[k], key_ids_.data() + key_begin_[k + 1]};
}

std::vector<const PlaceRecord*> Gazetteer::Find(std::string_view name,
                                                std::optional<PlaceLevel> level,
                                                std::optional<PlaceScheme> scheme) const {
  std::vector<const PlaceRecord*> out;
  const auto [lo, hi] = IdsOfKey(PlaceKey(name));
  for (const uint32_t* it = lo; it != hi; ++it) {
    const PlaceRecord& r = records_[*it];
    if ((!level || r.level == *level) && (!scheme || r.scheme == *scheme)) out.push_back(&r);
  }
  return out;
}

std::vector<const PlaceRecord*> Gazetteer::FindNamed(std::string_view name, PlaceLevel level,
                                                     std::optional<PlaceScheme> scheme) const {
  std::vector<const PlaceRecord*> out;
  for (uint32_t id : Candidates(name, level, scheme)) out.push_back(&records_[id]);
  return out;
}

const PlaceRecord* Gazetteer::ByCode(std::string_view code) const {
  if (code_slots_.empty()) return nullptr;
  const size_t mask = code_slots_.size() - 1;
  for (size_t slot = HashCode(code) & mask; code_slots_[slot] != kNone; slot = (slot + 1) & mask) {
    if (records_[code_slots_[slot]].code == code) return &records_[code_slots_[slot]];
  }
  return nullptr;
}

const PlaceRecord* Gazetteer::Parent(const PlaceRecord& record) const {
  const uint32_t p = parent_[IdOf(record)];
  return p == kNone ? nullptr : &records_[p];
}

const PlaceRecord* Gazetteer::Province(const PlaceRecord& record) const {
  return &records_[province_[IdOf(record)]];
}

std::vector<const PlaceRecord*> Gazetteer::Successors(const PlaceRecord& record) const {
  const uint32_t id = IdOf(record);
  std::vector<const PlaceRecord*> out;
  for (uint32_t i = successor_begin_[id]; i < successor_begin_[id + 1]; ++i) {
    out.push_back(&records_[successor_ids_[i]]);
  }
  return out;
}

std::vector<const PlaceRecord*> Gazetteer::Predecessors(const PlaceRecord& record) const {
  const uint32_t id = IdOf(record);
  std::vector<const PlaceRecord*> out;
  for (uint32_t i = predecessor_begin_[id]; i < predecessor_begin_[id + 1]; ++i) {
    out.push_back(&records_[predecessor_ids_[i]]);
  }
  return out;
}

std::vector<uint32_t> Gazetteer::Candidates(std::string_view name, PlaceLevel level,
                                            std::optional<PlaceScheme> scheme) const {
  std::vector<uint32_t> ids = ExactCandidates(name, level, scheme);
  if (!ids.empty() || loose_.empty()) return ids;
  // No unit has this key: one whose name meets it under the spelling variants of
  // name_variants.tsv ("Đắk Rơwa" for Đắk Rơ Wa). The type word is dropped first.
  std::string key = PlaceKey(name);
  if (const TypeWord* word = type_words_.At(key, 0);
      word != nullptr && word->Names(level) && key.size() > word->key.size()) {
    key.erase(0, word->key.size());
    while (!key.empty() && key.front() == ' ') key.erase(0, 1);
  }
  const std::string loose = variants_.LooseKey(key);
  auto it = std::lower_bound(loose_.begin(), loose_.end(), std::make_pair(loose, 0u));
  for (; it != loose_.end() && it->first == loose; ++it) {
    const PlaceRecord& r = records_[it->second];
    if (r.level == level && (!scheme || r.scheme == *scheme)) ids.push_back(it->second);
  }
  return ids;
}

bool Gazetteer::KnowsSpelling(std::string_view name, PlaceLevel level) const {
  return !ExactCandidates(name, level, std::nullopt).empty();
}

void Gazetteer::IndexLooseKeys(NameVariants variants) {
  variants_ = std::move(variants);
  loose_.clear();
  if (variants_.empty()) return;
  loose_.reserve(key_ids_.size());
  for (size_t k = 0; k < keys_.size(); ++k) {
    const std::string loose = variants_.LooseKey(keys_[k]);
    for (uint32_t i = key_begin_[k]; i < key_begin_[k + 1]; ++i)
      loose_.emplace_back(loose, key_ids_[i]);
  }
  std::sort(loose_.begin(), loose_.end());
  loose_.erase(std::unique(loose_.begin(), loose_.end()), loose_.end());
}

std::vector<uint32_t> Gazetteer::ExactCandidates(std::string_view name, PlaceLevel level,
                                                 std::optional<PlaceScheme> scheme) const {
  const auto collect = [&](std::string_view key) {
    std::vector<uint32_t> ids;
    const auto [lo, hi] = IdsOfKey(key);
    for (const uint32_t* it = lo; it != hi; ++it) {
      const PlaceRecord& r = records_[*it];
      if (r.level == level && (!scheme || r.scheme == *scheme)) ids.push_back(*it);
    }
    return ids;
  };
  const std::string key = PlaceKey(name);
  std::vector<uint32_t> ids = collect(key);
  if (!ids.empty()) return ids;
  // "Thành phố Hà Nội", "huyện Nam Đông": try the name after the type word, and keep
  // the units of the type it names when there are any ("Thành phố Huế" is the 2025
  // city, not Thừa Thiên Huế province).
  const TypeWord* word = type_words_.At(key, 0);
  if (word == nullptr || !word->Names(level) || key.size() == word->key.size()) return ids;
  ids = collect(std::string_view(key).substr(word->key.size()));
  std::vector<uint32_t> typed;
  for (uint32_t id : ids) {
    if (records_[id].type == word->type) typed.push_back(id);
  }
  return typed.empty() ? ids : typed;
}

bool Gazetteer::SuccessionLinked(uint32_t province, uint32_t hint) const {
  if (province == hint) return true;
  const auto follows = [&](uint32_t from, uint32_t to) {
    for (uint32_t i = successor_begin_[from]; i < successor_begin_[from + 1]; ++i) {
      if (successor_ids_[i] == to) return true;
    }
    return false;
  };
  return follows(province, hint) || follows(hint, province);
}

void Gazetteer::NarrowByProvince(const std::vector<uint32_t>& provinces,
                                 std::vector<uint32_t>* ids) const {
  std::vector<uint32_t> direct;
  std::vector<uint32_t> linked;
  for (uint32_t id : *ids) {
    const uint32_t p = province_[id];
    if (std::find(provinces.begin(), provinces.end(), p) != provinces.end()) {
      direct.push_back(id);
    } else if (std::any_of(provinces.begin(), provinces.end(),
                           [&](uint32_t h) { return SuccessionLinked(p, h); })) {
      linked.push_back(id);
    }
  }
  *ids = direct.empty() ? std::move(linked) : std::move(direct);
}

const PlaceRecord* Gazetteer::Unique(std::vector<uint32_t> ids, std::optional<PlaceScheme> scheme,
                                     std::string_view written) const {
  if (!scheme && std::any_of(ids.begin(), ids.end(), [&](uint32_t id) {
        return records_[id].scheme == PlaceScheme::k2008;
      })) {
    std::erase_if(ids, [&](uint32_t id) { return records_[id].scheme != PlaceScheme::k2008; });
  }
  if (ids.size() > 1) {
    // Folding made these names equal; the diacritics as written may still tell one
    // apart ("Tam Đường" in Lai Châu, "Tam Dương" in Vĩnh Phúc). `written` may carry
    // a type word: the name must be all of it or its last words.
    const std::string spelt = SpellingKey(written);
    std::vector<uint32_t> exact;
    for (uint32_t id : ids) {
      const std::string name = SpellingKey(records_[id].name);
      if (spelt.ends_with(name) &&
          (spelt.size() == name.size() || spelt[spelt.size() - name.size() - 1] == ' ')) {
        exact.push_back(id);
      }
    }
    if (exact.size() == 1) return &records_[exact.front()];
  }
  return ids.size() == 1 ? &records_[ids.front()] : nullptr;
}

const PlaceRecord* Gazetteer::ResolveProvince(std::string_view name,
                                              std::optional<PlaceScheme> scheme) const {
  return Unique(Candidates(name, PlaceLevel::kProvince, scheme), scheme, name);
}

const PlaceRecord* Gazetteer::ResolveDistrict(std::string_view name,
                                              std::string_view province_hint) const {
  std::vector<uint32_t> ids = Candidates(name, PlaceLevel::kDistrict, std::nullopt);
  if (!province_hint.empty()) {
    const std::vector<uint32_t> provinces =
        Candidates(province_hint, PlaceLevel::kProvince, std::nullopt);
    if (!provinces.empty()) NarrowByProvince(provinces, &ids);
  }
  return Unique(std::move(ids), std::nullopt, name);
}

const PlaceRecord* Gazetteer::ResolveCommune(std::string_view name, std::string_view district_hint,
                                             std::string_view province_hint,
                                             std::optional<PlaceScheme> scheme) const {
  std::vector<uint32_t> ids = Candidates(name, PlaceLevel::kCommune, scheme);
  std::vector<uint32_t> provinces;
  if (!province_hint.empty()) {
    provinces = Candidates(province_hint, PlaceLevel::kProvince, std::nullopt);
  }
  if (!district_hint.empty()) {
    std::vector<uint32_t> districts =
        Candidates(district_hint, PlaceLevel::kDistrict, std::nullopt);
    if (!districts.empty()) {
      // A known district that is not in the hinted province leaves nothing: the
      // hints disagree, and we do not pick one.
      if (!provinces.empty()) NarrowByProvince(provinces, &districts);
      std::erase_if(ids, [&](uint32_t id) {
        return std::find(districts.begin(), districts.end(), parent_[id]) == districts.end();
      });
    }
  }
  if (!provinces.empty()) NarrowByProvince(provinces, &ids);
  return Unique(std::move(ids), scheme, name);
}

std::vector<PlaceMention> Gazetteer::FindMentions(const IndexedText& text) const {
  std::vector<PlaceMention> out;
  const KeyedText keyed(text.folded());
  const std::string& s = keyed.keyed();
  const auto span_of = [&](size_t begin, size_t end) {
    return text.SpanOfFolded(keyed.FoldedBegin(begin), keyed.FoldedEnd(end));
  };
  // The deadline the text carries (text/indexed_text.h) is asked every 4 Ki steps.
  uint32_t steps = 0;
  size_t pos = 0;
  while (pos < s.size()) {
    if (++steps % 4096 == 0 && Expired(text.deadline())) break;
    if (pos > 0 && IsKeyWordByte(s[pos - 1])) {
      ++pos;
      continue;
    }
    const TypeWord* word = type_words_.At(s, pos);
    if (word == nullptr) {
      ++pos;
      continue;
    }
    size_t word_end = pos + word->key.size();
    while (word_end > pos && s[word_end - 1] == ' ') --word_end;
    const Span type_span = span_of(pos, word_end);
    if (!SpelledAs(text.Slice(type_span), *word)) {
      ++pos;
      continue;
    }
    const size_t name_begin = pos + word->key.size();
    pos = name_begin;
    if (name_begin >= s.size()) break;

    // Place names are proper nouns: "xã hội an ninh" is not xã Hội An.
    const Span first = span_of(name_begin, name_begin + 1);
    size_t byte = text.ByteOf(first.begin);
    const UChar32 c = static_cast<UChar32>(DecodeUtf8(text.text(), &byte));
    if (!u_isupper(c) && !u_istitle(c) && !u_isdigit(c)) continue;

    size_t best_end = 0;
    std::vector<uint32_t> best;
    trie_.ForEachPrefix(s, name_begin, [&](size_t end, uint32_t key) {
      if (end < s.size() && IsKeyWordByte(s[end])) return;
      std::vector<uint32_t> ids;
      for (uint32_t i = key_begin_[key]; i < key_begin_[key + 1]; ++i) {
        if (word->Names(records_[key_ids_[i]].level)) ids.push_back(key_ids_[i]);
      }
      if (!ids.empty()) {  // later calls are longer names
        best_end = end;
        best = std::move(ids);
      }
    });
    if (best.empty()) continue;

    PlaceMention m;
    m.span = span_of(name_begin, best_end);
    m.full_span = Span{type_span.begin, m.span.end};
    m.type_word = text.Slice(type_span);
    m.name = text.Slice(m.span);
    // Narrow to the type the word names ("xã": not Phường), then to the spelling the
    // text uses ("Tam Đường": not Tam Dương), each only where something is left.
    const auto narrow = [&best](auto&& keep) {
      std::vector<uint32_t> kept;
      for (uint32_t id : best) {
        if (keep(id)) kept.push_back(id);
      }
      if (!kept.empty()) best = std::move(kept);
    };
    narrow([&](uint32_t id) { return records_[id].type == word->type; });
    if (best.size() > 1) {
      const std::string spelt = SpellingKey(m.name);
      narrow([&](uint32_t id) { return SpellingKey(records_[id].name) == spelt; });
    }
    for (uint32_t id : best) m.candidates.push_back(&records_[id]);
    m.level = m.candidates.front()->level;
    out.push_back(std::move(m));
    pos = best_end;
  }
  return out;
}

}  // namespace ntmx
