// AuditFinding: one row of `ntmx audit` — a finding stored with a document or one
// made across documents (collection_audit.h, copy_mismatch.h) — with the documents
// it names and the sentences it quotes.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace ntmx {

struct AuditFinding {
  std::string check;
  std::optional<std::string> subject;
  std::optional<int> year;
  std::string severity;                   // info, warning, error
  std::string message;                    // a sentence for a person
  std::vector<std::string> documents;     // sources, in the order the message names them
  std::vector<std::string> quotes;        // "source: «words»", one per quoted record
  std::vector<std::optional<int>> pages;  // the PDF page of each quote; nullopt: not known
};

}  // namespace ntmx
