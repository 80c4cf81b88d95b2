// ExpandInputs: the files a command line names. Folders are walked recursively
// and their plan files (.txt, .md, .markdown, .pdf, .docx, .doc) taken in name order, so runs
// are reproducible; hidden files and folders (".git") and other files (the gold
// .json beside a corpus, a README.md) are skipped. A file named on the command
// line is always taken, whatever its name.
//
// Nothing that cannot be read is skipped in silence: a folder that cannot be
// listed (no permission, an I/O error) is an UnreadableInput the command reports
// as a failure, and an entry with a plan file's name that is not a regular file
// (a dangling link, a FIFO) is kept in the list so that reading it says why. The
// walk is a loop over a stack of folders rather than recursive_directory_iterator,
// whose skip_permission_denied dropped locked folders without a word and whose
// error state after a failed descent is not one to build on.
#include <algorithm>
#include <cctype>
#include <system_error>
#include <utility>

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
  return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".pdf" || ext == ".text" ||
         ext == ".docx" || ext == ".doc";
}

// Lists `dir` and, below it, every folder not hidden: plan files into `found`,
// folders that cannot be listed into `unreadable`. A link to a folder is not
// followed (a link loop must not hang the walk), as recursive_directory_iterator
// did not.
void Walk(const std::filesystem::path& top, std::vector<std::string>* found,
          std::vector<UnreadableInput>* unreadable) {
  namespace fs = std::filesystem;
  std::vector<fs::path> pending{top};
  while (!pending.empty()) {
    const fs::path dir = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      const fs::path& p = it->path();
      if (p.filename().string().starts_with(".")) continue;
      std::error_code type_ec;
      if (fs::is_directory(it->symlink_status(type_ec))) {
        pending.push_back(p);
      } else if (IsPlanFileName(p)) {
        found->push_back(p.string());  // not a regular file: reading it says so
      }
    }
    if (ec)
      unreadable->push_back(
          {dir.string(), Status::IoError("cannot read the folder: " + ec.message())});
  }
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
InputFiles ExpandInputs(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  InputFiles out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      out.files.emplace_back(path);
      continue;
    }
    std::vector<std::string> found;
    const size_t unreadable_before = out.unreadable.size();
    Walk(path, &found, &out.unreadable);
    std::sort(found.begin(), found.end(), PathLess);
    std::sort(out.unreadable.begin() + static_cast<std::ptrdiff_t>(unreadable_before),
              out.unreadable.end(), [](const UnreadableInput& a, const UnreadableInput& b) {
                return PathLess(a.path, b.path);
              });
    out.files.insert(out.files.end(), std::make_move_iterator(found.begin()),
                     std::make_move_iterator(found.end()));
  }
  return out;
}

}  // namespace ntmx
