// `ntmx extract` on PDFs and legacy encodings: --from-encoding overrides detection,
// a bad name stops the run, and PDF failures are one line naming the file.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "cli/cli_harness.h"
#include "read/legacy_encoding.h"

namespace ntmx {
namespace {

namespace fs = std::filesystem;

using testing::CliRun;
using testing::ReadAll;

class CliFormatsTest : public testing::CliTestBase {};

const char kPlan[] =
    "Số: 03/KH-UBND\nHương Sơn, ngày 05 tháng 01 năm 2023\n\nKẾ HOẠCH\nXây dựng nông thôn mới "
    "năm 2023\n\nCăn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2022 của UBND huyện Nam Đông;\n";

TEST_F(CliFormatsTest, LegacyBytesAreDetectedOrForced) {
  const fs::path vni = Write("vni.txt", EncodeLegacy(kPlan, LegacyEncoding::kVni));
  CliRun r = Ntmx("extract -q " + vni.string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"issue_place\":\"Hương Sơn\""), std::string::npos) << r.out;
  // Forcing the wrong encoding reads the bytes as that encoding: no Hương Sơn.
  r = Ntmx("extract -q --from-encoding tcvn3 " + vni.string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("\"issue_place\":\"Hương Sơn\""), std::string::npos) << r.out;
  // utf-8 turns detection off: the bytes are invalid UTF-8.
  r = Ntmx("extract -q --from-encoding utf-8 " + vni.string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("invalid UTF-8"), std::string::npos) << r.err;
  r = Ntmx("extract -q --from-encoding koi8-r " + vni.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown --from-encoding koi8-r"), std::string::npos) << r.err;
}

TEST_F(CliFormatsTest, PdfReadsAndReportsPages) {
  const CliRun r = Ntmx("extract -q " NTMX_SOURCE_DIR "/corpus/pdf/001_69c2c6e4fde7b3b3.pdf");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"format\":\"pdf\""), std::string::npos);
  EXPECT_NE(r.out.find("\"doc_number\":\"03/KH-UBND\""), std::string::npos);
  EXPECT_NE(r.out.find("\"pages\":[0,"), std::string::npos);
}

TEST_F(CliFormatsTest, BadPdfsAreOneLineEach) {
  const std::string whole = ReadAll(NTMX_SOURCE_DIR "/corpus/pdf/001_69c2c6e4fde7b3b3.pdf");
  const fs::path cut = Write("cut.pdf", whole.substr(0, whole.size() / 3));
  const CliRun r = Ntmx("extract -q " + cut.string() +
                        " " NTMX_SOURCE_DIR "/tests/data/pdf/encrypted.pdf " NTMX_SOURCE_DIR
                        "/tests/data/pdf/no_text.pdf");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 3) << r.err;
  EXPECT_NE(r.err.find(cut.string() + ": truncated PDF"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("encrypted.pdf: encrypted PDF"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("no_text.pdf: PDF has no text layer"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace ntmx
