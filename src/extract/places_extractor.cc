// PlacesExtractor ("places"): every place a document names, with its gazetteer
// code — the extra key "places" of the JSON, `document_places` and the place
// columns of `documents` in the store.
//
// Runs after the header and the record extractors, and reads what they wrote:
//   - locality: the unit the header resolved the plan's place to, and the levels
//     above it (one record per level), in the scheme of that unit;
//   - issuer: the header's issuer;
//   - subject / task_subject: every distinct subject of criteria_status,
//     criteria_counts and targets, and of tasks. The level comes from the criteria
//     set (a xa_* set names communes, a huyen_* set districts; villages are not in
//     the gazetteer); a subject that is the locality or one of its levels is that
//     unit; any other resolves through the district or province named in its own
//     record, then the locality's, then those the document names most often
//     (places/place_resolver.h), and stays unresolved, with a note, when they do
//     not decide.
// Places are resolved in the scheme of the locality's unit, else of the document's
// date (places/place_schemes.h), else preferring 2008. Each resolved place carries
// its codes in the other scheme (successors of a 2008 unit, what a 2025 unit was
// made from), and the locality every name it goes by in either scheme as
// PlaceKeys (`locality_keys`), which is what `--province "Đồng Nai"` matches on a
// 2025 plan of huyện Hớn Quản, Bình Phước.
#include <algorithm>
#include <map>
#include <set>

#include "criteria/catalogue.h"
#include "extract/extractor.h"
#include "places/place_key.h"
#include "places/place_resolver.h"
#include "places/place_schemes.h"

namespace ntmx {
namespace {

// Rule ids of the records this extractor writes (no pattern: the gazetteer decides).
constexpr const char* kNamedRule = "places.named";      // the place as the text names it
constexpr const char* kParentRule = "places.parent";    // a level above it, from the gazetteer
constexpr const char* kSubjectRule = "places.subject";  // a record's subject (span: the record)

class PlacesExtractor : public Extractor {
 public:
  explicit PlacesExtractor(const Resources& resources)
      : resources_(resources), gazetteer_(*resources.gazetteer), resolver_(*resources.gazetteer) {}

  std::string_view name() const override { return "places"; }

  void Extract(const DocumentView& doc, Extraction* out, Diagnostics*) const override {
    const DocumentFacts& facts = out->document;
    std::vector<const PlaceRecord*> chain;  // the locality, then the levels above it
    if (facts.locality_code) {
      for (const PlaceRecord* r = gazetteer_.ByCode(*facts.locality_code); r != nullptr;
           r = gazetteer_.Parent(*r)) {
        chain.push_back(r);
      }
    }
    // The locality's scheme, else the date's, else none (2008 preferred).
    std::optional<PlaceScheme> scheme;
    if (!chain.empty()) {
      scheme.emplace(chain.front()->scheme);
    } else if (resources_.place_schemes) {
      scheme = resources_.place_schemes->OfDocument(facts.issue_date, facts.year);
    }
    if (scheme.has_value()) out->place_scheme = std::string(SchemeName(*scheme));
    const PlaceContext context = resolver_.ContextOf(doc.places);

    AddLocality(doc, chain, scheme, context, out);
    AddIssuer(doc, scheme, context, out);
    // Each distinct subject once, by (role, key), where it is first met.
    const SubjectContext where{doc, chain, scheme, context};
    std::map<std::pair<std::string, std::string>, DocumentPlace> subjects;
    const auto add = [&](const char* role, const std::string& subject, const std::string& set,
                         const Provenance& prov) {
      std::pair<std::string, std::string> key{role, PlaceKey(subject)};
      if (key.second.empty() || subjects.contains(key)) return;
      subjects.emplace(std::move(key), ResolveSubject(where, role, subject, set, prov));
    };
    for (const CriteriaStatus& r : out->criteria_status) {
      add("subject", r.subject, r.criteria_set, r.prov);
    }
    for (const CriteriaCount& r : out->criteria_counts) {
      add("subject", r.subject, r.criteria_set, r.prov);
    }
    for (const Target& r : out->targets) {
      if (r.subject) add("subject", *r.subject, r.criteria_set.value_or(""), r.prov);
    }
    for (const Task& r : out->tasks) {
      if (r.subject) add("task_subject", *r.subject, "", r.prov);
    }
    std::vector<DocumentPlace> found;
    for (auto& [key, place] : subjects) found.push_back(std::move(place));
    std::stable_sort(found.begin(), found.end(),
                     [](const DocumentPlace& a, const DocumentPlace& b) {
                       return a.prov.span.begin < b.prov.span.begin;
                     });
    for (DocumentPlace& place : found) out->places.push_back(std::move(place));
  }

 private:
  // The first mention of `record` in the text.
  static const PlaceMention* MentionOf(const DocumentView& doc, const PlaceRecord& record) {
    for (const PlaceMention& m : doc.places) {
      for (const PlaceRecord* c : m.candidates) {
        if (c == &record) return &m;
      }
    }
    return nullptr;
  }

  DocumentPlace Resolved(std::string role, const PlaceRecord& record, std::string written,
                         Provenance prov) const {
    DocumentPlace place;
    place.role = std::move(role);
    place.name = std::move(written);
    place.level = std::string(LevelName(record.level));
    place.scheme = std::string(SchemeName(record.scheme));
    place.code = std::string(record.code);
    place.successors = resolver_.OtherSchemeCodes(record);
    place.prov = std::move(prov);
    return place;
  }

  static DocumentPlace Unresolved(std::string role, std::string written,
                                  std::optional<PlaceLevel> level, std::string note,
                                  Provenance prov) {
    DocumentPlace place;
    place.role = std::move(role);
    place.name = std::move(written);
    if (level) place.level = std::string(LevelName(*level));
    place.note = std::move(note);
    place.prov = std::move(prov);
    return place;
  }

  void AddLocality(const DocumentView& doc, const std::vector<const PlaceRecord*>& chain,
                   std::optional<PlaceScheme> scheme, const PlaceContext& context,
                   Extraction* out) const {
    std::set<std::pair<std::string, std::string>> keys;
    const auto add_key = [&](const PlaceRecord& r) {
      keys.emplace(LevelName(r.level), PlaceKey(r.name));
    };
    if (!chain.empty()) {
      const PlaceMention* named = MentionOf(doc, *chain.front());
      const Span named_span = named ? named->full_span : Span{};
      for (const PlaceRecord* r : chain) {
        const PlaceMention* m = r == chain.front() ? named : MentionOf(doc, *r);
        out->places.push_back(
            m ? Resolved("locality", *r, std::string(doc.text.Slice(m->full_span)),
                         Provenance{m->full_span, kNamedRule})
              : Resolved("locality", *r, std::string(r->type) + " " + std::string(r->name),
                         Provenance{named_span, kParentRule}));
        // Every name the unit goes by in either scheme, with the provinces of the
        // other scheme's units.
        add_key(*r);
        for (const PlaceRecord* next : gazetteer_.Successors(*r)) {
          add_key(*next);
          add_key(*gazetteer_.Province(*next));
        }
        for (const PlaceRecord* before : gazetteer_.Predecessors(*r)) {
          for (const PlaceRecord* p = before; p != nullptr; p = gazetteer_.Parent(*p)) add_key(*p);
        }
      }
    } else if (out->document.issuer) {
      // The header could not pin the plan's place: say why, under the issuer's name.
      const Place& issuer = out->document.issuer.value();
      const std::optional<PlaceLevel> level = ParseLevel(issuer.level);
      if (level) {
        out->places.push_back(
            Unresolved("locality", issuer.name, level,
                       resolver_.Lookup(*level, issuer.name, context, scheme).note,
                       Provenance{Span{}, kNamedRule}));
        keys.emplace(issuer.level, PlaceKey(issuer.name));
      }
    }
    for (const auto& [level, key] : keys) out->locality_keys.push_back(LocalityKey{level, key});
  }

  void AddIssuer(const DocumentView& doc, std::optional<PlaceScheme> scheme,
                 const PlaceContext& context, Extraction* out) const {
    const DocumentFacts& facts = out->document;
    if (!facts.issuer) return;
    const PlaceRecord* record = facts.issuer_code ? gazetteer_.ByCode(*facts.issuer_code) : nullptr;
    if (record != nullptr) {
      const PlaceMention* m = MentionOf(doc, *record);
      out->places.push_back(Resolved(
          "issuer", *record, m ? std::string(doc.text.Slice(m->full_span)) : facts.issuer->name,
          Provenance{m ? m->full_span : Span{}, kNamedRule}));
      return;
    }
    const std::optional<PlaceLevel> level = ParseLevel(facts.issuer->level);
    if (!level) return;
    out->places.push_back(
        Unresolved("issuer", facts.issuer->name, level,
                   resolver_.Lookup(*level, facts.issuer->name, context, scheme).note,
                   Provenance{Span{}, kNamedRule}));
  }

  // What resolving a subject needs of its document.
  struct SubjectContext {
    const DocumentView& doc;
    const std::vector<const PlaceRecord*>& chain;  // the locality and the levels above it
    std::optional<PlaceScheme> scheme;
    const PlaceContext& context;
  };

  // The gazetteer levels a subject of `set` can be at, most likely first; empty
  // for a village (not in the gazetteer); all three when the set does not say.
  std::vector<PlaceLevel> LevelsOfSet(const std::string& set, bool* village) const {
    *village = false;
    const CriteriaSetInfo* info = resources_.catalogue ? resources_.catalogue->Set(set) : nullptr;
    const std::string level = info ? info->subject_level : std::string();
    if (level == "village") {
      *village = true;
      return {};
    }
    if (const std::optional<PlaceLevel> one = ParseLevel(level)) return {*one};
    if (level == "town") return {PlaceLevel::kCommune, PlaceLevel::kDistrict};
    return {PlaceLevel::kCommune, PlaceLevel::kDistrict, PlaceLevel::kProvince};
  }

  DocumentPlace ResolveSubject(const SubjectContext& s, const std::string& role,
                               const std::string& subject, const std::string& set,
                               const Provenance& prov) const {
    const std::string key = PlaceKey(subject);
    bool village = false;
    const std::vector<PlaceLevel> levels = LevelsOfSet(set, &village);
    const Provenance record_prov{prov.span, kSubjectRule};
    if (village) {
      return Unresolved(role, subject, std::nullopt,
                        "a village (criteria set " + set + "): villages are not in the gazetteer",
                        record_prov);
    }
    // Written in the record itself ("xã Tân Lợi"): name and span as written.
    const auto written = [&](const PlaceRecord* record) -> std::pair<std::string, Provenance> {
      for (const PlaceMention& m : s.doc.places) {
        if (m.full_span.begin < prov.span.begin || m.full_span.end > prov.span.end) continue;
        const bool same = record ? std::find(m.candidates.begin(), m.candidates.end(), record) !=
                                       m.candidates.end()
                                 : PlaceKey(m.name) == key;
        if (same) {
          return {std::string(s.doc.text.Slice(m.full_span)), Provenance{m.full_span, kNamedRule}};
        }
      }
      return {subject, record_prov};
    };
    // The locality or a level of it.
    for (const PlaceRecord* r : s.chain) {
      if (PlaceKey(r->name) == key &&
          std::find(levels.begin(), levels.end(), r->level) != levels.end()) {
        auto [name, where] = written(r);
        return Resolved(role, *r, std::move(name), std::move(where));
      }
    }
    // Hints: the districts and provinces the record names, the locality's, then the
    // document's.
    PlaceContext hints;
    for (const PlaceMention& m : s.doc.places) {
      if (m.full_span.begin < prov.span.begin || m.full_span.end > prov.span.end) continue;
      if (m.level == PlaceLevel::kDistrict) hints.districts.emplace_back(m.name);
      if (m.level == PlaceLevel::kProvince) hints.provinces.emplace_back(m.name);
    }
    for (const PlaceRecord* r : s.chain) {
      if (r->level == PlaceLevel::kDistrict) hints.districts.emplace_back(r->name);
      if (r->level == PlaceLevel::kProvince) hints.provinces.emplace_back(r->name);
    }
    hints.districts.insert(hints.districts.end(), s.context.districts.begin(),
                           s.context.districts.end());
    hints.provinces.insert(hints.provinces.end(), s.context.provinces.begin(),
                           s.context.provinces.end());
    // The first level that has a unit of that name at all.
    PlaceLevel level = levels.front();
    for (PlaceLevel l : levels) {
      if (!gazetteer_.FindNamed(subject, l).empty()) {
        level = l;
        break;
      }
    }
    const PlaceLookup lookup = resolver_.Lookup(level, subject, hints, s.scheme);
    auto [name, where] = written(lookup.record);
    if (lookup.record != nullptr) return Resolved(role, *lookup.record, std::move(name), where);
    return Unresolved(role, std::move(name), level, lookup.note, where);
  }

  const Resources& resources_;
  const Gazetteer& gazetteer_;
  PlaceResolver resolver_;
};

}  // namespace

Status MakePlacesExtractor(const Resources& resources, std::unique_ptr<Extractor>* out) {
  if (!resources.gazetteer) return Status::InvalidInput("the places extractor needs the gazetteer");
  *out = std::make_unique<PlacesExtractor>(resources);
  return Status::Ok();
}

}  // namespace ntmx
