// ExpandInputs: a folder's plan files in the order std::filesystem::path sorts
// them (component by component), though they are kept as plain strings; other
// files skipped; a file named on the command line always taken; a folder that
// cannot be listed reported, never skipped. IngestThreads: -j capped.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "store/store_test_util.h"
#include "test_privileges.h"

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
  EXPECT_EQ(ExpandInputs({root}).files, expected);
  // A file named directly is taken whatever its name, in the order given.
  const std::string named = (dir.path() / "a" / "notes.json").string();
  EXPECT_EQ(ExpandInputs({named, (dir.path() / "a0.txt").string()}).files,
            (std::vector<std::string>{named, (dir.path() / "a0.txt").string()}));
}

TEST(ExpandInputs, WordDocumentsAreTakenFromFolders) {
  testing::TempDir dir;
  for (const char* name : {"b.DOCX", "a.doc", "c.docm", "d.odt", "e.pdf"}) dir.Write(name, "x");
  std::vector<std::string> expected;
  for (const char* name : {"a.doc", "b.DOCX", "e.pdf"})
    expected.push_back((dir.path() / name).string());
  EXPECT_EQ(ExpandInputs({dir.path().string()}).files, expected);
}

// A folder that cannot be listed is never skipped in silence: it is an unreadable
// input, named with the reason, whether it is below a folder given or given itself
// (run as `nobody` when the test runs as root, who lists any folder).
TEST(ExpandInputs, LockedFolderIsUnreadableNotSkipped) {
  testing::TempDir dir;
  dir.Write("in/a.txt", "x");
  dir.Write("in/locked/b.txt", "x");
  const std::filesystem::path locked = dir.path() / "in" / "locked";
  std::filesystem::permissions(locked, std::filesystem::perms::none);
  testing::MakeReachable(dir.path() / "in");
  const std::string in = (dir.path() / "in").string();
  const int result = testing::AsNobody([&] {
    const InputFiles below = ExpandInputs({in});
    const InputFiles named = ExpandInputs({locked.string()});
    const bool ok =
        below.files == std::vector<std::string>{in + "/a.txt"} && below.unreadable.size() == 1 &&
        below.unreadable[0].path == locked.string() &&
        below.unreadable[0].status.message() == "cannot read the folder: Permission denied" &&
        named.files.empty() && named.unreadable.size() == 1 &&
        named.unreadable[0].path == locked.string();
    if (!ok)
      std::fprintf(stderr, "files %zu, unreadable %zu\n", below.files.size(),
                   below.unreadable.size());
    return ok;
  });
  std::filesystem::permissions(locked, std::filesystem::perms::owner_all);
  EXPECT_EQ(result, 0);
}

// An entry with a plan file's name that is not a file to read (a dangling link, a
// FIFO) stays in the list, so that reading it reports why; root cannot read these
// either.
TEST(ExpandInputs, DanglingLinkAndFifoAreKeptForTheReaderToReport) {
  testing::TempDir dir;
  dir.Write("in/a.txt", "x");
  std::filesystem::create_symlink(dir.path() / "gone.txt", dir.path() / "in" / "b.txt");
  ASSERT_EQ(::mkfifo((dir.path() / "in" / "c.txt").c_str(), 0644), 0);
  const std::string in = (dir.path() / "in").string();
  const InputFiles inputs = ExpandInputs({in});
  EXPECT_EQ(inputs.files, (std::vector<std::string>{in + "/a.txt", in + "/b.txt", in + "/c.txt"}));
  EXPECT_TRUE(inputs.unreadable.empty());
}

TEST(IngestThreads, CappedByCoresAndInputs) {
  EXPECT_EQ(IngestThreads(0, 100, 8), 8);      // one per core
  EXPECT_EQ(IngestThreads(1024, 100, 8), 32);  // at most 4 per core
  EXPECT_EQ(IngestThreads(1024, 3, 8), 3);     // never more than the files
  EXPECT_EQ(IngestThreads(0, 0, 8), 1);        // at least one
  EXPECT_EQ(IngestThreads(6, 100, 0), 4);      // hardware unknown: one core
}

}  // namespace
}  // namespace ntmx
