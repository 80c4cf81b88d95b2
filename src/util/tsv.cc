// See tsv.h. Parsing is TsvReader's; this adds comment lines and a minimum
// field count, and copies the fields so callers may keep them.
#include "util/tsv.h"

#include "util/tsv_reader.h"

namespace ntmx {

Status ReadTsv(const std::filesystem::path& path, size_t min_fields, std::vector<TsvRow>* rows) {
  TsvReader reader;
  Status status = TsvReader::Open(path, &reader);
  if (!status.ok()) return status;
  std::vector<std::string_view> fields;
  while (reader.Next(&fields)) {
    if (fields[0].starts_with('#')) continue;
    if (fields.size() < min_fields) {
      return reader.Error("expected " + std::to_string(min_fields) +
                          " tab-separated fields, found " + std::to_string(fields.size()));
    }
    TsvRow row;
    row.line = static_cast<int>(reader.line());
    row.fields.assign(fields.begin(), fields.end());
    rows->push_back(std::move(row));
  }
  return Status::Ok();
}

}  // namespace ntmx
