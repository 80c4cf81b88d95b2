// Reading the files tests run on: the corpus, fixtures under tests/data, anything
// of the source tree (NTMX_SOURCE_DIR is set by tests/CMakeLists.txt).
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace ntmx::testing {

// The bytes of `path`; empty when it cannot be read (the test's assertions on the
// content then fail with the file named).
inline std::string ReadTestFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The bytes of a file named relative to the source tree: "corpus/pdf/000_….pdf".
inline std::string ReadSourceFile(const std::string& relative) {
  return ReadTestFile(std::filesystem::path(NTMX_SOURCE_DIR) / relative);
}

}  // namespace ntmx::testing
