// AsNobody: run a piece of a test without root's power to read everything.
//
// CI runs the suite as root, and root opens a chmod-000 file or lists a chmod-000
// folder as if nothing were locked, so a test of "cannot read" would pass or skip
// without testing anything. Rather than skip, these helpers drop privileges
// themselves: in-process code runs in a forked child that becomes `nobody`
// (uid/gid 65534) before calling it; a command runs under `setpriv` (util-linux,
// in every Debian) as `nobody`. Run as another user, they just run.
//
//   ASSERT_EQ(AsNobody([&] { return ReadFile(p, opts, &doc).message() == "..."; }), 0);
//
// The body runs in the child, where a failed EXPECT would be lost: it returns true
// for success and prints what went wrong itself. Files the body touches must be
// reachable by `nobody` (MakeReachable opens a test folder to it).
#pragma once

#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <functional>
#include <string>

namespace ntmx::testing {

constexpr uid_t kNobody = 65534;

// 0: `body` returned true; 1: it returned false; 3: privileges could not be
// dropped; -1: the child did not exit.
inline int AsNobody(const std::function<bool()>& body) {
  if (::geteuid() != 0) return body() ? 0 : 1;
  const pid_t pid = ::fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    if (::setgroups(0, nullptr) != 0 || ::setresgid(kNobody, kNobody, kNobody) != 0 ||
        ::setresuid(kNobody, kNobody, kNobody) != 0) {
      ::_exit(3);
    }
    ::_exit(body() ? 0 : 1);  // _exit: no atexit handlers, no second test report
  }
  int status = 0;
  if (::waitpid(pid, &status, 0) != pid || !WIFEXITED(status)) return -1;
  return WEXITSTATUS(status);
}

// The prefix that runs a shell command as `nobody` when the test runs as root
// ("" otherwise).
inline std::string NobodyPrefix() {
  return ::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
}

// Lets anyone enter `dir` and each folder above it up to `/tmp` (mkdtemp makes
// them 0700), so `nobody` can reach what a test put there.
inline void MakeReachable(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  for (fs::path p = dir; !p.empty() && p != p.root_path() && p != fs::temp_directory_path();
       p = p.parent_path()) {
    fs::permissions(p,
                    fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                        fs::perms::others_read | fs::perms::others_exec,
                    ec);
  }
}

}  // namespace ntmx::testing
