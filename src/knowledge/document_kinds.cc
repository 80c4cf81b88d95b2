// See document_kinds.h.
#include "knowledge/document_kinds.h"

#include "text/fold.h"
#include "util/tsv.h"

namespace ntmx {

Status DocumentKinds::Load(const std::filesystem::path& tsv) {
  std::vector<TsvRow> rows;
  Status status = ReadTsv(tsv, 2, &rows);
  if (!status.ok()) return status;
  for (const TsvRow& row : rows) {
    kinds_[FoldKey(row.fields[0])] = row.fields[1];
    if (row.fields.size() > 2) {
      symbols_[FoldKey(row.fields[0])] = row.fields[2];
      abbreviations_.insert(FoldKey(row.fields[2]));
    }
  }
  return Status::Ok();
}

std::optional<std::string> DocumentKinds::KindOf(std::string_view name) const {
  auto it = kinds_.find(FoldKey(name));
  if (it == kinds_.end()) return std::nullopt;
  return it->second;
}

}  // namespace ntmx

namespace ntmx {

std::optional<std::string> DocumentKinds::SymbolOf(std::string_view name) const {
  auto it = symbols_.find(FoldKey(name));
  if (it == symbols_.end()) return std::nullopt;
  return it->second;
}

bool DocumentKinds::IsSymbol(std::string_view abbreviation) const {
  return abbreviations_.count(FoldKey(abbreviation)) > 0;
}

}  // namespace ntmx
