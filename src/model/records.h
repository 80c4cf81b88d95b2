// The records of the extraction contract `ntm-extract/1`
// (../shared/contract/extraction.md), as plain structs.
//
// Every stage after `read` fills or consumes these; `model/contract_json` turns them
// into the JSON that `ntmx extract` prints and `store/` writes the same structs to
// SQLite, so the two can never disagree. A record's Provenance says where it came
// from: the span of the stored text (code-point offsets) and the id of the rule
// that produced it, which is how `ntmx` answers "why did you extract this?".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/plan_context.h"

namespace ntmx {

// Half-open range [begin, end) of code points in the stored (normalized) text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct Provenance {
  Span span;
  std::string rule_id;  // e.g. "legal_bases.citation" from patterns/legal_bases.toml
};

struct Place {
  std::string level;  // "commune", "district" or "province"
  std::string name;   // without its prefix (xã/huyện/tỉnh), gazetteer spelling
};

struct Locality {
  std::optional<std::string> province;
  std::optional<std::string> district;
  std::optional<std::string> commune;
};

struct Signer {
  std::string name;
  std::string position;                   // sentence case: "Phó Chủ tịch"
  std::optional<std::string> acting_for;  // "TM. Ủy ban nhân dân", else KT. line
};

// The header facts of one document (contract section `document`).
struct DocumentFacts {
  std::string doc_type;                   // "KH"
  std::optional<std::string> doc_number;  // "03/KH-UBND"; null when left blank
  std::string doc_symbol;                 // "KH-UBND"
  std::optional<std::string> issue_place;
  std::optional<std::string> issue_date;  // ISO yyyy-mm-dd
  std::optional<int> year;
  std::optional<std::string> title;
  std::optional<Place> issuer;
  Locality locality;
  std::optional<Signer> signer;
  // The programme period, "2021-2025" or "2026-2030" (extractor "period"); an
  // extra JSON key, not part of ntm-extract/1.
  std::optional<std::string> period;
  // Where each fact was read from, for `--why`; not part of the JSON contract.
  std::vector<std::pair<std::string, Provenance>> provenance;
  // The gazetteer codes (places/place_record.h) the header resolved `issuer` and the
  // most specific level of `locality` to; not part of the JSON contract.
  std::optional<std::string> issuer_code;
  std::optional<std::string> locality_code;
};

struct LegalBasis {
  std::string kind;  // Quyết định, Kế hoạch, Luật, ...
  std::optional<std::string> number;
  std::optional<std::string> date;
  std::optional<std::string> issuer;
  Provenance prov;
};

struct CriteriaStatus {
  std::string subject;
  std::string criteria_set;
  int criterion = 0;
  std::string status;  // met, unmet, planned
  Provenance prov;
  std::optional<int> group;  // xã nhóm 1, 2, 3 (2026-2030) when the text gives it
};

struct CriteriaCount {
  std::string subject;
  std::string criteria_set;
  std::string status;
  int count = 0;
  std::optional<int> total;
  std::optional<int> listed;
  Provenance prov;
};

struct Target {
  std::optional<std::string> subject;
  std::optional<std::string> criteria_set;
  std::optional<int> criterion;
  std::optional<std::string> indicator;
  std::optional<std::string> metric;
  std::string comparator;  // >=, >, <=, <, =, ~, range
  double value = 0;
  std::optional<double> value_max;
  std::optional<double> of;
  std::optional<std::string> unit;
  std::optional<double> actual;
  std::optional<int> year;
  Provenance prov;
  std::optional<int> group;  // xã nhóm 1, 2, 3 (2026-2030) when the text gives it
};

struct Deadline {
  std::string text;
  std::string kind;  // by, during, ongoing, periodic
  std::optional<std::string> start;
  std::optional<std::string> end;
};

struct Task {
  std::optional<std::string> subject;
  std::optional<int> criterion;
  std::optional<std::string> indicator;
  std::string title;
  std::vector<std::string> lead;
  std::vector<std::string> support;
  std::optional<Deadline> deadline;
  Provenance prov;
};

struct Responsibility {
  std::string unit;
  std::string role;  // lead, support
  std::vector<int> criteria;
  std::vector<std::string> indicators;
  Provenance prov;
};

struct Finding {
  std::string check;
  std::optional<std::string> subject;
  std::string severity;  // info, warning, error
  std::string message;
  Provenance prov;
};

// A place the document names — its locality (one record per level), its issuer,
// the subject of a criteria, count or target record, the subject of a task —
// resolved to a gazetteer code in the scheme of the document's date, or left
// unresolved with a note saying why. Extra key "places" of the JSON (not in
// ntm-extract/1); stored in `document_places`.
struct DocumentPlace {
  std::string role;                   // locality, issuer, subject, task_subject
  std::string name;                   // as written, with its type word when it has one
  std::optional<std::string> level;   // commune, district, province; null: none (a village)
  std::optional<std::string> scheme;  // "2008" or "2025": the scheme of `code`
  std::optional<std::string> code;    // "2008:25342"; null when unresolved
  // Codes in the other scheme: what a 2008 unit became, what a 2025 unit was made of.
  std::vector<std::string> successors;
  std::optional<std::string> note;  // why unresolved: "ambiguous: 8 communes named …"
  Provenance prov;                  // where it is named (the record's span if not itself)
};

// One name the document's locality goes by at one level, in either scheme, as a
// PlaceKey (places/place_key.h): what place filters match. Stored in
// `document_place_keys`; not in the JSON.
struct LocalityKey {
  std::string level;  // commune, district, province
  std::string key;    // "binh phuoc"
};

// Everything extracted from one input file.
struct Extraction {
  std::string source;           // the path as given
  std::string sha256;           // of the raw bytes
  std::string format;           // text, markdown, pdf
  std::string text;             // the stored, normalized text that spans index (UTF-8)
  std::vector<uint32_t> pages;  // PDF: code point in `text` where each page begins
  DocumentFacts document;
  std::vector<LegalBasis> legal_bases;
  std::vector<CriteriaStatus> criteria_status;
  std::vector<CriteriaCount> criteria_counts;
  std::vector<Target> targets;
  std::vector<Task> tasks;
  std::vector<Responsibility> responsibilities;
  std::vector<Finding> findings;
  // Places (the "places" extractor): the scheme the locality's codes are in ("2008",
  // "2025"; null when neither the date nor the names decide), every place named,
  // and the locality's keys.
  std::optional<std::string> place_scheme;
  std::vector<DocumentPlace> places;
  std::vector<LocalityKey> locality_keys;
  // The plan as a whole (extract/plan_context.h): built once, after the header and
  // period extractors, by the first extractor that asks; not part of the contract.
  std::optional<PlanContext> plan;
  // Whether the text is no administrative document (extract/plan_context.h,
  // IsHeaderless): decided once by the header extractor; not part of the contract.
  bool headerless = false;
};

}  // namespace ntmx
