// DocumentKinds: the kinds of document a plan cites or is ("Quyết định", "Kế
// hoạch"…), keyed by their folded name, from schemas/document_kinds.tsv.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
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

 private:
  std::map<std::string, std::string, std::less<>> kinds_;
  std::map<std::string, std::string, std::less<>> symbols_;
};

}  // namespace ntmx
