// See sheet_labels.h.
#include "xlsx/sheet_labels.h"

#include <vector>

#include "util/tsv_reader.h"

namespace ntmx {

Status SheetLabels::Load(const std::filesystem::path& path, SheetLabels* out) {
  *out = SheetLabels();
  out->path_ = path.string();
  TsvReader reader;
  Status s = TsvReader::Open(path, &reader);
  if (!s.ok()) return s;
  std::vector<std::string_view> fields;
  while (reader.Next(&fields)) {
    if (fields[0].starts_with('#')) continue;
    if (fields.size() != 2) {
      return reader.Error("expected a key and a label separated by one tab, found " +
                          std::to_string(fields.size()) + " fields");
    }
    if (fields[0].empty() || fields[1].empty()) return reader.Error("empty key or label");
    const auto [it, inserted] = out->labels_.emplace(fields[0], fields[1]);
    if (!inserted) return reader.Error("the key " + it->first + " is given twice");
  }
  return Status::Ok();
}

const std::string* SheetLabels::Find(const std::string& key) const {
  const auto it = labels_.find(key);
  return it == labels_.end() ? nullptr : &it->second;
}

std::string SheetLabels::Get(std::string_view key) const {
  const std::string k(key);
  if (const std::string* label = Find(k)) return *label;
  missing_.insert(k);
  return k;
}

std::string SheetLabels::Header(std::string_view sheet, std::string_view column) const {
  const std::string own = std::string(sheet) + "." + std::string(column);
  if (const std::string* label = Find(own)) return *label;
  if (const std::string* label = Find("column." + std::string(column))) return *label;
  missing_.insert(own);
  return std::string(column);
}

std::string SheetLabels::Value(std::string_view column, std::string_view code) const {
  const std::string* label = Find("value." + std::string(column) + "." + std::string(code));
  return label ? *label : std::string(code);
}

}  // namespace ntmx
