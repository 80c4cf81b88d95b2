// Tab-separated word lists in schemas/ (read with TsvReader): one record per line, "#" starts a
// comment line, blank lines ignored. Kept tiny on purpose: these files are meant
// to be edited by hand by people who do not write code.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "util/status.h"

namespace ntmx {

struct TsvRow {
  int line = 0;  // 1-based, for messages
  std::vector<std::string> fields;
};

// Reads every data row of `path`. Rows with fewer than `min_fields` fields are an
// error naming file:line.
Status ReadTsv(const std::filesystem::path& path, size_t min_fields, std::vector<TsvRow>* rows);

}  // namespace ntmx
