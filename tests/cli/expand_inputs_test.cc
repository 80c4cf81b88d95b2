// ExpandInputs: a folder's plan files in the order std::filesystem::path sorts
// them (component by component), though they are kept as plain strings; other
// files skipped; a file named on the command line always taken.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "store/store_test_util.h"

namespace ntmx {
namespace {

TEST(ExpandInputs, FolderFilesInPathOrderAsStrings) {
  testing::TempDir dir;
  // As strings "a-b/…" and "a.b/…" sort before "a/…" ('-' and '.' are below '/');
  // as paths the folder "a" comes first.
  for (const char* name : {"a.b/x.txt", "a-b/x.txt", "a/x.txt", "a0.txt", "a/README.md",
                           "a/notes.json", ".hidden/y.txt"}) {
    dir.Write(name, "x");
  }
  const std::string root = dir.path().string();
  std::vector<std::string> expected;
  for (const char* name : {"a/x.txt", "a-b/x.txt", "a.b/x.txt", "a0.txt"})
    expected.push_back((dir.path() / name).string());
  EXPECT_EQ(ExpandInputs({root}), expected);
  // A file named directly is taken whatever its name, in the order given.
  const std::string named = (dir.path() / "a" / "notes.json").string();
  EXPECT_EQ(ExpandInputs({named, (dir.path() / "a0.txt").string()}),
            (std::vector<std::string>{named, (dir.path() / "a0.txt").string()}));
}

}  // namespace
}  // namespace ntmx
