// `ntmx audit` end to end: ingest two fixture plans with the binary, then audit.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "extract/criteria_test_util.h"
#include "store/store_test_util.h"

namespace ntmx {
namespace {

// Runs `command` and returns its standard output and exit status.
std::string RunCommand(const std::string& command, int* status) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  *status = pclose(pipe);
  return out;
}

TEST(AuditCli, IngestedPlansShowARegressionAsJson) {
  testing::TempDir dir;
  const std::string a =
      dir.Write("huong_son_2023.txt",
                testing::CommunePlanOf(
                    "Hương Sơn", "I. THỰC TRẠNG\n\n- Các tiêu chí đã đạt gồm: Thu nhập.\n", 2023));
  const std::string b = dir.Write(
      "huong_son_2024.txt",
      testing::CommunePlanOf("Hương Sơn",
                             "I. THỰC TRẠNG\n\n- Các tiêu chí chưa đạt gồm: Thu nhập.\n", 2024));
  const std::string db = dir.File("ntm.db");
  const std::string ntmx = std::string(NTMX_BINARY) + " --data-dir " + NTMX_SOURCE_DIR;
  int status = -1;
  RunCommand(ntmx + " ingest -q --db " + db + " " + a + " " + b + " 2>&1", &status);
  ASSERT_EQ(status, 0);
  const std::string json = RunCommand(ntmx + " audit --db " + db + " --format json", &status);
  ASSERT_EQ(status, 0) << json;
  EXPECT_NE(json.find("\"check\":\"regression\""), std::string::npos) << json;
  EXPECT_NE(json.find("huong_son_2023.txt"), std::string::npos) << json;
  EXPECT_NE(json.find("huong_son_2024.txt"), std::string::npos) << json;
  EXPECT_NE(json.find("Các tiêu chí chưa đạt gồm: Thu nhập"), std::string::npos) << json;

  RunCommand(ntmx + " audit --db " + dir.File("missing.db") + " 2>&1", &status);
  EXPECT_NE(status, 0);
}

}  // namespace
}  // namespace ntmx
