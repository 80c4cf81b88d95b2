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

std::vector<std::filesystem::path> ExpandInputs(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  std::vector<fs::path> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      out.emplace_back(path);
      continue;
    }
    std::vector<fs::path> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      const fs::path& p = it->path();
      if (p.filename().string().starts_with(".")) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec) && IsPlanFileName(p)) found.push_back(p);
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace ntmx
