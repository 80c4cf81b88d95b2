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

namespace ntmx {

// Half-open range [begin, end) of code points in the stored (normalized) text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct Provenance {
  Span span;
  std::string rule_id;  // e.g. "basis.citation" from patterns/legal_bases.toml
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
};

}  // namespace ntmx
