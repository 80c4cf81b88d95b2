// UnitRegistry: see unit_registry.h.
#include "knowledge/unit_registry.h"

#include <algorithm>

#include "text/case.h"
#include "text/fold.h"
#include "text/strings.h"
#include "text/utf8.h"
#include "util/tsv.h"

namespace ntmx {
namespace {

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

}  // namespace

std::string UnitRegistry::WithoutPrefix(std::string key) const {
  for (const std::string& p : optional_prefixes_) {
    if (StartsWith(key, p)) key = key.substr(p.size());
  }
  return key;
}

std::string UnitRegistry::Key(std::string_view name) {
  // Words of the folded name, split on blanks and on "&", "-", ",", ".", "(", ")"
  // and "*"; "va" words dropped; one space between words.
  const auto separates = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '&' || c == '-' || c == ',' ||
           c == '.' || c == '(' || c == ')' || c == '*';
  };
  const std::string folded = Fold(name);
  std::string out;
  out.reserve(folded.size());
  size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && separates(folded[i])) ++i;
    size_t j = i;
    while (j < folded.size() && !separates(folded[j])) ++j;
    const std::string_view word = std::string_view(folded).substr(i, j - i);
    // why: the conjunction the matching key leaves out, with "&" and dashes (the key's
    // grammar).
    if (!word.empty() && word != "va") {
      if (!out.empty()) out += ' ';
      out += word;
    }
    i = j;
  }
  return out;
}

Status UnitRegistry::Load(const std::filesystem::path& path) {
  std::vector<TsvRow> rows;
  Status status = ReadTsv(path, 2, &rows);
  if (!status.ok()) return status;
  // The prefixes first: every name is keyed with and without them (Add).
  for (const TsvRow& row : rows) {
    if (row.fields[1] == "optional_prefix") optional_prefixes_.push_back(Key(row.fields[0]) + " ");
  }
  for (const TsvRow& row : rows) {
    if (row.fields[1] == "optional_prefix") continue;
    std::vector<std::string> aliases;
    if (row.fields.size() > 2) {
      std::string_view all = row.fields[2];
      size_t start = 0;
      while (start <= all.size()) {
        const size_t bar = all.find('|', start);
        std::string a = TrimPhrase(all.substr(
            start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
        if (!a.empty()) aliases.push_back(a);
        if (bar == std::string_view::npos) break;
        start = bar + 1;
      }
    }
    if (row.fields[1] == "abbreviation") {
      for (const std::string& a : aliases) abbreviations_.emplace(Key(a), row.fields[0]);
    } else if (row.fields[1] == "unit_word") {
      unit_words_.push_back(Key(row.fields[0]));
    } else if (row.fields[1] == "place_body") {
      place_bodies_.emplace_back(FoldKey(row.fields[0]) + " ", row.fields[0] + " ");
      for (const std::string& a : aliases) {
        place_bodies_.emplace_back(FoldKey(a) + " ", row.fields[0] + " ");
      }
    } else if (row.fields[1] == "place_level") {
      place_levels_.emplace_back(FoldKey(row.fields[0]) + " ", row.fields[0]);
    } else if (row.fields[1] == "area_unit") {
      area_units_.push_back(FoldKey(row.fields[0]) + " ");
    } else if (row.fields[1] == "list_word") {
      ListWord word{FoldKey(row.fields[0]), {}};
      for (const std::string& a : aliases) word.after.push_back(FoldKey(a));
      list_words_.push_back(std::move(word));
    } else {
      Add(row.fields[0], row.fields[1], aliases);
    }
  }
  return Status::Ok();
}

void UnitRegistry::Add(std::string canonical, std::string kind,
                       const std::vector<std::string>& aliases) {
  Entry entry{canonical, kind};
  auto put = [&](std::string_view name) {
    const std::string key = Key(name);
    by_key_.emplace(key, entry);
    by_key_.emplace(WithoutPrefix(key), entry);
  };
  put(canonical);
  for (const std::string& a : aliases) put(a);
}

std::string UnitRegistry::ExpandAbbreviations(std::string_view name) const {
  std::string out;
  size_t i = 0;
  while (i < name.size()) {
    size_t j = name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    std::string_view word = name.substr(i, j - i);
    // Punctuation around the word stays: "(UBND)" -> "(Ủy ban nhân dân)".
    size_t b = 0, e = word.size();
    while (b < e && std::string_view("(\"',;:.*").find(word[b]) != std::string_view::npos) ++b;
    while (e > b && std::string_view(")\"',;:.*").find(word[e - 1]) != std::string_view::npos) --e;
    const std::string_view core = word.substr(b, e - b);
    const std::string lower = ToLower(core);
    size_t capitals = 0;
    for (size_t p = 0, q = 0; p < core.size() && q < lower.size();) {
      const char32_t a = DecodeUtf8(core, &p), l = DecodeUtf8(lower, &q);
      capitals += a != l;
    }
    auto it = capitals >= 2 ? abbreviations_.find(Key(core)) : abbreviations_.end();
    out.append(word.substr(0, b));
    out.append(it != abbreviations_.end() ? std::string_view(it->second) : core);
    out.append(word.substr(e));
    if (j < name.size()) out += ' ';
    i = j + 1;
  }
  return out;
}

bool UnitRegistry::StartsUnitName(std::string_view folded) const {
  const std::string key = Key(folded.substr(0, 40));
  for (const std::string& w : unit_words_) {
    if (StartsWith(key, w) && (key.size() == w.size() || key[w.size()] == ' ')) return true;
  }
  return false;
}

CanonicalUnit UnitRegistry::Canonical(std::string_view mention, std::string_view commune) const {
  const std::string written = TrimPhrase(mention);
  CanonicalUnit unit = Lookup(written, commune);
  if (unit.known) return unit;
  // Abbreviations expanded, then looked up again: "Phòng TN&MT thị xã" is known
  // by its expansion or kept as written with it.
  const std::string expanded = ExpandAbbreviations(written);
  if (expanded == written) return unit;
  unit = Lookup(expanded, commune);
  if (!unit.known) unit.name = expanded;
  return unit;
}

CanonicalUnit UnitRegistry::Lookup(const std::string& written, std::string_view commune) const {
  std::string key = Key(written);
  std::string bare = WithoutPrefix(key);
  auto it = by_key_.find(key);
  if (it == by_key_.end()) it = by_key_.find(bare);
  // "Nội vụ huyện", "Cán bộ phụ trách NTM xã": the unit, however its level is
  // written, unless a row names it with its level (found above).
  for (std::string_view level : {" huyen", " xa"}) {
    if (it == by_key_.end() && bare.size() > level.size() &&
        bare.compare(bare.size() - level.size(), level.size(), level) == 0) {
      it = by_key_.find(std::string_view(bare).substr(0, bare.size() - level.size()));
    }
  }
  bool by_prefix = false;
  if (it == by_key_.end()) {
    // The longest known name the mention starts with, two words at least:
    // "Các phòng, ban, ngành được giao phụ trách tiêu chí" -> "Các phòng, ban, ngành".
    for (size_t cut = bare.rfind(' '); cut != std::string::npos && cut > 0;
         cut = bare.rfind(' ', cut - 1)) {
      const std::string_view prefix = std::string_view(bare).substr(0, cut);
      if (prefix.find(' ') == std::string::npos) break;
      auto p = by_key_.find(prefix);
      if (p != by_key_.end() && p->second.kind != "commune_body") {
        it = p;
        by_prefix = true;
        break;
      }
    }
  }
  if (it != by_key_.end()) {
    if (it->second.kind == "commune_body" && !commune.empty()) {
      // why: the commune level as a canonical name spells it (units.tsv commune_body).
      return {it->second.canonical + " xã " + std::string(commune), true, by_prefix};
    }
    return {it->second.canonical, true, by_prefix};
  }
  // People's Committees and councils with their place: "UBND xã Măng Bút".
  const std::string folded = FoldKey(written);
  for (const auto& [prefix, canonical] : place_bodies_) {
    if (!StartsWith(folded, prefix)) continue;
    // The rest as written: skip as many code points as the prefix has words.
    size_t words = 0;
    for (char c : prefix) words += c == ' ';
    size_t at = 0;
    for (size_t w = 0; w < words && at != std::string::npos; ++w) {
      at = written.find(' ', at);
      if (at != std::string::npos) ++at;
    }
    if (at == std::string::npos) break;
    std::string rest = written.substr(at);
    const std::string rest_key = FoldKey(rest);
    for (const auto& [level, lower] : place_levels_) {
      if (StartsWith(rest_key, level)) {
        const size_t space = rest.find(' ');
        return {canonical + lower + rest.substr(space), true};
      }
    }
    break;
  }
  // Units whose area is part of the name stay as written, dashes tidied.
  if (std::any_of(area_units_.begin(), area_units_.end(),
                  [&](const std::string& unit) { return StartsWith(folded, unit); })) {
    std::string tidy;
    std::string area = written;
    // "Điện lực huyện Kon Plông" is "Điện lực Kon Plông": the level word goes. (The
    // one area unit whose official names drop it: a units.tsv column would be a
    // rule for one row.)
    if (StartsWith(folded, "dien luc huyen ")) {
      const size_t first = area.find(' ');
      const size_t second = area.find(' ', first + 1);
      const size_t third = area.find(' ', second + 1);
      if (third != std::string::npos) area = area.substr(0, second) + area.substr(third);
    }
    for (size_t i = 0; i < area.size(); ++i) {
      if (area[i] == '-' || (area.compare(i, 3, "–") == 0)) {
        while (!tidy.empty() && tidy.back() == ' ') tidy.pop_back();
        tidy += " - ";
        if (area[i] != '-') i += 2;
        while (i + 1 < area.size() && area[i + 1] == ' ') ++i;
      } else {
        tidy += area[i];
      }
    }
    return {tidy, true};
  }
  return {written, false};
}

std::vector<std::string> UnitRegistry::SplitUnits(std::string_view list) const {
  std::vector<std::string> out;
  int depth = 0;
  std::string current;
  auto flush = [&] {
    std::string t = TrimPhrase(current);
    if (!t.empty()) out.push_back(t);
    current.clear();
  };
  for (size_t i = 0; i < list.size(); ++i) {
    const char c = list[i];
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (depth == 0 && c == ';') {
      flush();
      continue;
    }
    if (depth == 0 && c == ',') {
      // A comma separates units when the next word starts a new unit name
      // (upper case, or a unit word); "phòng, ban, ngành" stays together.
      size_t j = i + 1;
      while (j < list.size() && list[j] == ' ') ++j;
      const std::string next = FoldKey(list.substr(j, 64));
      if (!JoinsGroup(FoldKey(current), next)) {
        flush();
        continue;
      }
    }
    current += c;
  }
  flush();
  return out;
}

bool UnitRegistry::JoinsGroup(std::string_view before, std::string_view next) const {
  const auto ends_with = [&](std::string_view w) {
    return before.size() >= w.size() &&
           before.compare(before.size() - w.size(), w.size(), w) == 0 &&
           (before.size() == w.size() || before[before.size() - w.size() - 1] == ' ');
  };
  for (const ListWord& word : list_words_) {
    if (!StartsWordAt(next, 0, word.word)) continue;
    if (word.after.empty() || std::any_of(word.after.begin(), word.after.end(), ends_with))
      return true;
  }
  return false;
}

}  // namespace ntmx
