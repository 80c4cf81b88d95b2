// See tsv.h.
#include "util/tsv.h"

#include <fstream>

namespace ntmx {

Status ReadTsv(const std::filesystem::path& path, size_t min_fields, std::vector<TsvRow>* rows) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path.string() + ": cannot open the word list");
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    TsvRow row;
    row.line = number;
    size_t start = 0;
    for (;;) {
      const size_t tab = line.find('\t', start);
      row.fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (row.fields.size() < min_fields) {
      return Status::InvalidInput(path.string() + ":" + std::to_string(number) + ": expected " +
                                  std::to_string(min_fields) + " tab-separated fields, found " +
                                  std::to_string(row.fields.size()));
    }
    rows->push_back(std::move(row));
  }
  return Status::Ok();
}

}  // namespace ntmx
