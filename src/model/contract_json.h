// The JSON form of an Extraction, exactly as the contract `ntm-extract/1`
// (../shared/contract/extraction.md) lays it out: key order, nulls for facts the
// document does not state, `span: [begin, end]` on every record.
#pragma once

#include <nlohmann/json.hpp>

#include "model/records.h"

namespace ntmx {

inline constexpr const char* kContractSchema = "ntm-extract/1";

// The whole object `ntmx extract` prints for one document.
nlohmann::ordered_json ToContractJson(const Extraction& extraction);

// The `document` object alone (the store keeps it beside the columns).
nlohmann::ordered_json DocumentToJson(const DocumentFacts& facts);

}  // namespace ntmx
