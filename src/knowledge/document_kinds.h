// DocumentKinds: the kinds of document a plan cites or is ("Quyết định", "Kế
// hoạch"…), keyed by their folded name, from schemas/document_kinds.tsv.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "util/status.h"

namespace ntmx {

class DocumentKinds {
 public:
  Status Load(const std::filesystem::path& tsv);
  // The canonical kind for a name as written or folded ("quyet dinh" -> "Quyết định").
  std::optional<std::string> KindOf(std::string_view name) const;
  // The abbreviation a symbol uses for it ("ke hoach" -> "KH").
  std::optional<std::string> SymbolOf(std::string_view name) const;
  // Whether an abbreviation is a kind's ("QĐ", "qd", "KH"): a symbol that starts
  // with one names the kind; one that starts with "UBND" names only its issuer.
  bool IsSymbol(std::string_view abbreviation) const;

 private:
  std::map<std::string, std::string, std::less<>> kinds_;
  std::map<std::string, std::string, std::less<>> symbols_;
  std::set<std::string, std::less<>> abbreviations_;
};

}  // namespace ntmx
