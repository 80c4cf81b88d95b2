// WriteFileReplacing: the new file or the old one, never a cut one; the reason of a
// failure in words; a device written in place, never replaced.
#include "cli/file_replace.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "store/store_test_util.h"

namespace ntmx {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

TEST(WriteFileReplacing, ReplacesTheFileAndKeepsItsPermissions) {
  TempDir dir;
  const std::string path = dir.Write("r.html", "old");
  fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  ASSERT_TRUE(WriteFileReplacing(path, "new").ok());
  EXPECT_EQ(Read(path), "new");
  EXPECT_EQ(fs::status(path).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

TEST(WriteFileReplacing, ALinkStaysALinkToTheNewContent) {
  TempDir dir;
  const std::string target = dir.Write("reports/r.html", "old");
  fs::create_symlink(target, dir.path() / "latest.html");
  ASSERT_TRUE(WriteFileReplacing(dir.File("latest.html"), "new").ok());
  EXPECT_TRUE(fs::is_symlink(dir.path() / "latest.html"));
  EXPECT_EQ(Read(target), "new");
}

TEST(WriteFileReplacing, SaysWhyItCannotWrite) {
  TempDir dir;
  Status s = WriteFileReplacing(dir.File("missing/r.html"), "x");
  EXPECT_EQ(s.message(), "cannot create a temporary file beside it: No such file or directory");
  s = WriteFileReplacing("/dev/full", "x");
  EXPECT_EQ(s.code(), Status::Code::kIoError);
  EXPECT_EQ(s.message(), "cannot write: No space left on device");
  EXPECT_TRUE(fs::is_character_file("/dev/full"));
}

// A write that fails half-way (the file-size limit standing in for a full disk,
// which root cannot fake otherwise) leaves the previous file whole and no
// temporary file behind. Run in a child: the limit is per process.
TEST(WriteFileReplacing, AFailedWriteKeepsThePreviousFile) {
  TempDir dir;
  const std::string path = dir.Write("r.html", "the previous good report");
  const pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    ::signal(SIGXFSZ, SIG_IGN);  // the write fails with EFBIG instead of killing
    const rlimit limit{4096, 4096};
    ::setrlimit(RLIMIT_FSIZE, &limit);
    const Status s = WriteFileReplacing(path, std::string(100'000, 'x'));
    ::_exit(s.code() == Status::Code::kIoError && s.message() == "cannot write: File too large"
                ? 0
                : 1);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_EQ(Read(path), "the previous good report");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

}  // namespace
}  // namespace ntmx
