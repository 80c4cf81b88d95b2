// CriteriaReadingPass (criteria_pass.h): which place a statement is about — a
// commune or town named in its sentence or a heading above it, a village (thôn,
// bản, ấp) for village sets, the district for district sets, else the document's
// own commune or district.
#include <algorithm>
#include <map>

#include "criteria/catalogue.h"
#include "extract/criteria_pass.h"
#include "places/gazetteer.h"
#include "text/case.h"
#include "text/fold.h"

namespace ntmx {

// "Các xã còn lại: Tân Lộc đạt 14 tiêu chí, Vĩnh Phong đạt 12 tiêu chí": a list of
// communes each with its count names them without "xã", so the gazetteer's place
// mentions miss them and the counts fell to the plan's own subject, a false record.
// The name is the words between a list boundary and the verb that ends right at
// the claim (criteria.subject.bare_name), written in title case (a capital on each
// word: "Đến nay đạt" is no name) and not opening with a level, a body or a total
// (criteria.subject.bare_name_not). A place the clause names with its prefix wins.
std::optional<std::string> CriteriaReadingPass::BareNameBefore(int id, size_t at) const {
  return BareNameEndingAt(LineBegin(id), at);
}

std::optional<std::string> CriteriaReadingPass::BareNameEndingAt(size_t lb, size_t at) const {
  const size_t cb = ClauseBegin(lb, at);
  if (cb >= at || CommuneIn(cb, at, /*town_only=*/false)) return std::nullopt;
  RuleMatch m;
  if (!rules_.bare_name->FindIn(text_, cb, at, &m) || m.folded_end != at) return std::nullopt;
  const std::string name(text_.Slice(m.group("name")));
  if (name.empty() || TitleCase(name) != name || rules_.bare_name_not->Matches(name))
    return std::nullopt;
  return ResolveCommuneName(name);
}

// A commune (or town) the words [b, e) name: the last mention in the range.
std::optional<std::string> CriteriaReadingPass::CommuneIn(size_t b, size_t e,
                                                          bool town_only) const {
  std::optional<std::string> found;
  // Mentions are in text order: start at the first one at or after `b`.
  const size_t first = static_cast<size_t>(
      std::lower_bound(mention_at_.begin(), mention_at_.end(), b) - mention_at_.begin());
  for (size_t i = first; i < mentions_.size() && mention_at_[i] < e; ++i) {
    const PlaceMention& m = mentions_[i];
    if (m.level != PlaceLevel::kCommune) continue;
    const std::string type = FoldKey(m.type_word);
    // why: a town-level type word (thị trấn, phường) as place_levels.tsv names it, for the
    // "các thị trấn" lists only.
    if (town_only && type != "thi tran" && type != "phuong") continue;
    found = ResolveCommuneName(std::string(m.name));
  }
  return found;
}

// The last village named in [b, e) ("thôn Ta Rung"), or the first when `first`:
// the words after the type word that are written with a capital letter or a digit.
std::optional<std::string> CriteriaReadingPass::VillageIn(size_t b, size_t e, bool first) const {
  std::optional<std::string> found;
  for (const RuleMatch& m : All(*rules_.village, b, e)) {
    const std::string_view words = text_.Slice(m.group("name"));
    std::string name;
    size_t i = 0;
    while (i < words.size()) {
      size_t j = words.find(' ', i);
      if (j == std::string_view::npos) j = words.size();
      const std::string_view w = words.substr(i, j - i);
      const unsigned char c0 = static_cast<unsigned char>(w[0]);
      const bool upper =
          (c0 >= 'A' && c0 <= 'Z') || (c0 >= '0' && c0 <= '9') || (c0 >= 0x80 && IsUpperInitial(w));
      if (!upper) break;
      name += (name.empty() ? "" : " ") + std::string(w);
      i = j + 1;
    }
    if (!name.empty()) {
      found = name;
      if (first) break;
    }
  }
  return found;
}

// Whether the first code point of `w` is an upper-case Vietnamese letter.
bool CriteriaReadingPass::IsUpperInitial(std::string_view w) {
  static const std::string kUpper =
      // why: the Vietnamese capital letters outside ASCII: the alphabet, not vocabulary.
      "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ";
  size_t n = 1;
  while (n < w.size() && (static_cast<unsigned char>(w[n]) & 0xC0) == 0x80) ++n;
  return kUpper.find(w.substr(0, n)) != std::string::npos;
}

std::optional<std::string> CriteriaReadingPass::HeadingCommune(int id, bool town_only,
                                                               bool mentions) const {
  if (mentions) {
    if (auto c = CommuneIn(LineBegin(id), LineEnd(id), town_only)) return c;
  }
  if (town_only) return std::nullopt;
  std::map<std::string, std::string_view, std::less<>> groups;
  RuleMatch m;
  if (rules_.heading_name->FindIn(text_, LineBegin(id), LineEnd(id), &m) && m.has("name")) {
    const std::string name(text_.Slice(m.group("name")));
    const PlaceRecord* record =
        r_.gazetteer->ResolveCommune(name, default_district_.value_or(""), province_);
    if (record != nullptr) return std::string(record->name);
  }
  return std::nullopt;
}

std::string CriteriaReadingPass::ResolveCommuneName(const std::string& written) const {
  const PlaceRecord* record =
      r_.gazetteer->ResolveCommune(written, default_district_.value_or(""), province_);
  // A name the gazetteer knows only by a spelling variant keeps the text's spelling.
  if (record == nullptr || !r_.gazetteer->KnowsSpelling(written, PlaceLevel::kCommune))
    return written;
  return std::string(record->name);
}

std::string CriteriaReadingPass::DistrictName() const {
  if (default_district_) return *default_district_;
  if (facts_.issuer) return facts_.issuer->name;
  return default_commune_.value_or("");
}

// Whose statement at folded byte `at` of node `id` is, for `set`.
std::string CriteriaReadingPass::SubjectAt(int id, size_t at, const std::string& set) const {
  const CriteriaSetInfo* info = catalogue_.Set(set);
  const std::string level = info ? info->subject_level : "commune";
  if (level == "district" || level == "province") return DistrictName();
  if (level == "village") {
    if (auto v = VillageIn(LineBegin(id), at)) return *v;
    // "1. Bản Pá Khoang: đạt 12/15 tiêu chí": the village opens the sentence.
    if (auto v = VillageIn(at, SentenceEnd(at, LineEnd(id)), /*first=*/true)) return *v;
    for (int a : Ancestors(id)) {
      if (auto v = VillageIn(LineBegin(a), LineEnd(a))) return *v;
    }
  }
  const bool town = level == "town";
  // A commune named earlier in the statement's sentence; one named in an
  // earlier sentence of the paragraph ("xã Tân Lộc cũ đã đạt chuẩn … năm 2023.
  // Qua rà soát, xã đã đạt 10/10 tiêu chí") is not its subject.
  if (auto c = CommuneIn(SentenceBegin(LineBegin(id), at), at, town)) return *c;
  // One named after it in the same sentence ("… đạt 15/19 tiêu chí (xã Bản Bo)"),
  // or a heading's trailing name.
  if (auto c = CommuneIn(at, SentenceEnd(at, LineEnd(id)), town)) return *c;
  if (auto c = HeadingCommune(id, town, /*mentions=*/false)) return *c;
  for (int a : Ancestors(id)) {
    if (auto c = HeadingCommune(a, town)) return *c;
  }
  if (town) return DistrictName();
  if (default_commune_) return *default_commune_;
  return DistrictName();
}

}  // namespace ntmx
