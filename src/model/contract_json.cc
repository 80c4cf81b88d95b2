// See contract_json.h. One function per record type; optional fields become JSON
// null, never a guessed default.
#include "model/contract_json.h"

namespace ntmx {
namespace {

using json = nlohmann::ordered_json;

template <typename T>
json Opt(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

json SpanJson(const Provenance& p) { return json::array({p.span.begin, p.span.end}); }

json ToJson(const LegalBasis& r) {
  return json{{"kind", r.kind},          {"number", Opt(r.number)},  {"date", Opt(r.date)},
              {"issuer", Opt(r.issuer)}, {"span", SpanJson(r.prov)}, {"rule", r.prov.rule_id}};
}

// Extra key (not in ntm-extract/1): the commune group of a 2026-2030 record,
// present only when the text gives it.
void AddGroup(const std::optional<int>& group, json* out) {
  if (group) (*out)["group"] = *group;
}

json ToJson(const CriteriaStatus& r) {
  json out{{"subject", r.subject}, {"criteria_set", r.criteria_set}, {"criterion", r.criterion},
           {"status", r.status},   {"span", SpanJson(r.prov)},       {"rule", r.prov.rule_id}};
  AddGroup(r.group, &out);
  return out;
}

json ToJson(const CriteriaCount& r) {
  return json{{"subject", r.subject},     {"criteria_set", r.criteria_set},
              {"status", r.status},       {"count", r.count},
              {"total", Opt(r.total)},    {"listed", Opt(r.listed)},
              {"span", SpanJson(r.prov)}, {"rule", r.prov.rule_id}};
}

json ToJson(const Target& r) {
  json out{{"subject", Opt(r.subject)},
           {"criteria_set", Opt(r.criteria_set)},
           {"criterion", Opt(r.criterion)},
           {"indicator", Opt(r.indicator)},
           {"metric", Opt(r.metric)},
           {"comparator", r.comparator},
           {"value", r.value},
           {"value_max", Opt(r.value_max)},
           {"of", Opt(r.of)},
           {"unit", Opt(r.unit)},
           {"actual", Opt(r.actual)},
           {"year", Opt(r.year)},
           {"span", SpanJson(r.prov)},
           {"rule", r.prov.rule_id}};
  AddGroup(r.group, &out);
  return out;
}

json ToJson(const Task& r) {
  json deadline = nullptr;
  if (r.deadline) {
    deadline = json{{"text", r.deadline->text},
                    {"kind", r.deadline->kind},
                    {"start", Opt(r.deadline->start)},
                    {"end", Opt(r.deadline->end)}};
  }
  return json{{"subject", Opt(r.subject)},
              {"criterion", Opt(r.criterion)},
              {"indicator", Opt(r.indicator)},
              {"title", r.title},
              {"lead", r.lead},
              {"support", r.support},
              {"deadline", deadline},
              {"span", SpanJson(r.prov)},
              {"rule", r.prov.rule_id}};
}

json ToJson(const Responsibility& r) {
  return json{{"unit", r.unit},           {"role", r.role},
              {"criteria", r.criteria},   {"indicators", r.indicators},
              {"span", SpanJson(r.prov)}, {"rule", r.prov.rule_id}};
}

json ToJson(const Finding& r) {
  return json{{"check", r.check},     {"subject", Opt(r.subject)}, {"severity", r.severity},
              {"message", r.message}, {"span", SpanJson(r.prov)},  {"rule", r.prov.rule_id}};
}

json ToJson(const DocumentPlace& r) {
  return json{{"role", r.role},          {"name", r.name},           {"level", Opt(r.level)},
              {"scheme", Opt(r.scheme)}, {"code", Opt(r.code)},      {"successors", r.successors},
              {"note", Opt(r.note)},     {"span", SpanJson(r.prov)}, {"rule", r.prov.rule_id}};
}

template <typename T>
json List(const std::vector<T>& records) {
  json out = json::array();
  for (const T& r : records) out.push_back(ToJson(r));
  return out;
}

}  // namespace

json DocumentToJson(const DocumentFacts& d) {
  json issuer = nullptr;
  if (d.issuer) issuer = json{{"level", d.issuer->level}, {"name", d.issuer->name}};
  json signer = nullptr;
  if (d.signer) {
    signer = json{{"name", d.signer->name},
                  {"position", d.signer->position},
                  {"acting_for", Opt(d.signer->acting_for)}};
  }
  return json{{"doc_type", d.doc_type},
              {"doc_number", Opt(d.doc_number)},
              {"doc_symbol", d.doc_symbol},
              {"issue_place", Opt(d.issue_place)},
              {"issue_date", Opt(d.issue_date)},
              {"year", Opt(d.year)},
              {"title", Opt(d.title)},
              {"issuer", issuer},
              {"locality", json{{"province", Opt(d.locality.province)},
                                {"district", Opt(d.locality.district)},
                                {"commune", Opt(d.locality.commune)}}},
              {"signer", signer}};
}

json ToContractJson(const Extraction& e) {
  json out{{"schema", kContractSchema},
           {"source", e.source},
           {"sha256", e.sha256},
           {"format", e.format}};
  // A scan read by OCR: `"ocr": true` beside `format` (the contract's words; omitted
  // otherwise, so other documents print as before), and an extra key (not in
  // ntm-extract/1): per page Tesseract's mean word confidence 0..100, null for a page
  // read from its text layer.
  if (e.ocr) {
    out["ocr"] = true;
    json confidence = json::array();
    for (int c : e.ocr_confidence) confidence.push_back(c >= 0 ? json(c) : json(nullptr));
    out["ocr_confidence"] = std::move(confidence);
  }
  out.update(json{{"document", DocumentToJson(e.document)},
                  {"legal_bases", List(e.legal_bases)},
                  {"criteria_status", List(e.criteria_status)},
                  {"criteria_counts", List(e.criteria_counts)},
                  {"targets", List(e.targets)},
                  {"tasks", List(e.tasks)},
                  {"responsibilities", List(e.responsibilities)},
                  {"findings", List(e.findings)}});
  // Extra key (not in ntm-extract/1): where each PDF page begins, in span offsets.
  if (!e.pages.empty()) out["pages"] = e.pages;
  // Extra key (not in ntm-extract/1): the places named, with their gazetteer codes.
  if (!e.places.empty()) out["places"] = List(e.places);
  // Extra key (not in ntm-extract/1): the programme period, "2021-2025" or "2026-2030".
  if (e.document.period) out["period"] = *e.document.period;
  return out;
}

}  // namespace ntmx
