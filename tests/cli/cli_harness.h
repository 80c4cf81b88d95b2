// CliTestBase: runs the built `ntmx` binary as a user would — in a fresh temporary
// folder per test, with stdout, stderr and the exit code captured — for the tests
// of tests/cli/.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace ntmx::testing {

struct CliRun {
  int exit_code;
  std::string out;
  std::string err;
};

inline std::string ReadAll(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class CliTestBase : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ =
        std::filesystem::temp_directory_path() / ("ntmx_cli_" + std::to_string(::getpid()) + "_" +
                                                  info->test_suite_name() + "_" + info->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // Writes `bytes` to `name` under the test's folder (creating subfolders).
  std::filesystem::path Write(const std::string& name, const std::string& bytes) {
    const std::filesystem::path p = dir_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }

  // Runs `ntmx --data-dir <source tree> ARGS` through the shell. `prefix` goes
  // before the binary (`setpriv ...`, `env X=1`); `stdout_to`, when given, takes
  // the standard output (`/dev/full`) instead of the file `out` is read from.
  CliRun Ntmx(const std::string& args, const std::string& prefix = "",
              const std::string& stdout_to = "") {
    const std::filesystem::path out = dir_ / "stdout", err = dir_ / "stderr";
    const std::string cmd = prefix + std::string(NTMX_BINARY) + " --data-dir " NTMX_SOURCE_DIR " " +
                            args + " >" + (stdout_to.empty() ? out.string() : stdout_to) + " 2>" +
                            err.string();
    std::filesystem::remove(out);
    const int status = std::system(cmd.c_str());
    return CliRun{WIFEXITED(status) ? WEXITSTATUS(status) : -1, ReadAll(out), ReadAll(err)};
  }

  static size_t Lines(const std::string& s) {
    return static_cast<size_t>(std::count(s.begin(), s.end(), '\n'));
  }

  std::filesystem::path dir_;
};

}  // namespace ntmx::testing
