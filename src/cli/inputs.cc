// ExpandInputs: the files a command line names. Folders are walked recursively
// and their plan files (.txt, .md, .markdown, .pdf) taken in name order, so runs
// are reproducible; hidden files and folders (".git") and other files (the gold
// .json beside a corpus, a README.md) are skipped. A file named on the command
// line is always taken, whatever its name.
#include <algorithm>
#include <cctype>
#include <system_error>

#include "cli/commands.h"

namespace ntmx {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A folder's README, LICENSE or CHANGELOG describes the folder; it is never a plan.
bool IsPlanFileName(const std::filesystem::path& p) {
  const std::string ext = Lower(p.extension().string());
  const std::string stem = Lower(p.stem().string());
  if (stem == "readme" || stem == "license" || stem == "changelog") return false;
  return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".pdf" || ext == ".text";
}

}  // namespace

// Whether path string `a` sorts before `b` the way std::filesystem::path orders
// them (component by component): as strings in which '/' sorts before any other
// character.
bool PathLess(const std::string& a, const std::string& b) {
  const size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    if (a[i] == b[i]) continue;
    if (a[i] == '/') return true;
    if (b[i] == '/') return false;
    return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]);
  }
  return a.size() < b.size();
}

// Paths are kept as strings: a std::filesystem::path also keeps its parsed
// components, about 350 bytes a file, which made the list of a 100,000-file
// folder the largest thing in memory of a whole ingest.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      out.emplace_back(path);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      const fs::path& p = it->path();
      if (p.filename().string().starts_with(".")) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec) && IsPlanFileName(p)) found.push_back(p.string());
    }
    std::sort(found.begin(), found.end(), PathLess);
    out.insert(out.end(), std::make_move_iterator(found.begin()),
               std::make_move_iterator(found.end()));
  }
  return out;
}

}  // namespace ntmx
