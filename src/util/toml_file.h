// ParseTomlFile: read a TOML file of patterns/ or pipelines/ with toml++, turning
// its exceptions into a Status that names "file:line: problem" — the form every
// error about a data file takes in ntmx.
#pragma once

#include <toml++/toml.h>

#include <filesystem>
#include <string>

#include "util/status.h"

namespace ntmx {

inline Status ParseTomlFile(const std::filesystem::path& path, toml::table* out) {
  const std::string name = path.string();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return Status::NotFound(name + ": no such file");
  }
  try {
    *out = toml::parse_file(name);
  } catch (const toml::parse_error& e) {
    return Status::InvalidInput(name + ":" + std::to_string(e.source().begin.line) + ": " +
                                std::string(e.description()));
  }
  return Status::Ok();
}

}  // namespace ntmx
