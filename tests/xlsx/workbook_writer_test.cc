// WriteWorkbook: sheets into an .xlsx, read back with libzip. Sheet names.
#include "xlsx/workbook_writer.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "test_privileges.h"

namespace ntmx {
namespace {

// The text of `member` of the zip file `path`; "" when absent.
std::string ZipMember(const std::string& path, const std::string& member) {
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY, &error);
  if (zip == nullptr) return "";
  std::string out;
  zip_file_t* f = zip_fopen(zip, member.c_str(), 0);
  if (f != nullptr) {
    char buf[4096];
    zip_int64_t n;
    while ((n = zip_fread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
    zip_fclose(f);
  }
  zip_close(zip);
  return out;
}

class WorkbookWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("ntmx_xlsx_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override {
    std::filesystem::permissions(dir_, std::filesystem::perms::owner_all);
    std::filesystem::remove_all(dir_);
  }

  static SheetTable Sample() {
    SheetTable t;
    t.name = "Chỉ tiêu";
    t.columns = {{"Năm", ""},
                 {"Giá trị", ""},
                 {"Hạn chót", ""},
                 {"1", "Quy hoạch"},
                 {"Nguồn: trích dẫn", ""}};
    t.rows.push_back({SheetCell::Number(2024), SheetCell::Number(45.5), SheetCell::Date(45565),
                      SheetCell::Mark("✗", "unmet", "chưa đạt: «Quy hoạch»"),
                      SheetCell::Text("≥ 45 triệu đồng/người/năm")});
    t.rows.push_back(
        {SheetCell(), SheetCell::Text("a & <b>"), SheetCell(), SheetCell(), SheetCell()});
    return t;
  }

  std::filesystem::path dir_;
};

TEST_F(WorkbookWriterTest, WritesTypedCellsUnderAFrozenFilteredHeader) {
  const std::string path = (dir_ / "out.xlsx").string();
  ASSERT_TRUE(WriteWorkbook(path, {Sample()}).ok());
  const std::string sheet = ZipMember(path, "xl/worksheets/sheet1.xml");
  ASSERT_FALSE(sheet.empty());
  EXPECT_NE(sheet.find("state=\"frozen\""), std::string::npos);
  EXPECT_NE(sheet.find("<autoFilter ref=\"A1:E3\"/>"), std::string::npos) << sheet;
  EXPECT_NE(sheet.find("<c r=\"A2\"><v>2024</v></c>"), std::string::npos) << sheet;
  EXPECT_NE(sheet.find("<c r=\"B2\"><v>45.5</v></c>"), std::string::npos);
  EXPECT_NE(sheet.find("<c r=\"C2\" s=\""), std::string::npos);
  EXPECT_NE(sheet.find("<v>45565</v>"), std::string::npos);
  EXPECT_NE(sheet.find("<col "), std::string::npos);  // widths were set
  const std::string workbook = ZipMember(path, "xl/workbook.xml");
  EXPECT_NE(workbook.find("name=\"Chỉ tiêu\""), std::string::npos) << workbook;
  EXPECT_NE(ZipMember(path, "xl/styles.xml").find("formatCode=\"dd/mm/yyyy\""), std::string::npos);
  EXPECT_NE(ZipMember(path, "xl/comments1.xml").find("Quy hoạch"), std::string::npos);
  EXPECT_NE(ZipMember(path, "xl/sharedStrings.xml").find("a &amp; &lt;b&gt;"), std::string::npos);
  // Nothing is left beside it.
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir_), {}), 1);
}

TEST_F(WorkbookWriterTest, ReplacesAnOldFileAndKeepsItsPermissions) {
  const std::filesystem::path path = dir_ / "out.xlsx";
  std::ofstream(path) << "old";
  std::filesystem::permissions(path, std::filesystem::perms::owner_read |
                                         std::filesystem::perms::owner_write |
                                         std::filesystem::perms::group_read);
  ASSERT_TRUE(WriteWorkbook(path.string(), {Sample()}).ok());
  EXPECT_FALSE(ZipMember(path.string(), "xl/workbook.xml").empty());
  EXPECT_EQ(std::filesystem::status(path).permissions() & std::filesystem::perms::all,
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
                std::filesystem::perms::group_read);
}

TEST_F(WorkbookWriterTest, RefusesFoldersAndMissingFoldersWithoutLeavingFiles) {
  Status s = WriteWorkbook(dir_.string(), {Sample()});
  EXPECT_EQ(s.message(), "is a directory, not a file");
  s = WriteWorkbook((dir_ / "no" / "such" / "out.xlsx").string(), {Sample()});
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("cannot create a temporary file beside it: No such file"),
            std::string::npos)
      << s.message();
  s = WriteWorkbook("/dev/null", {Sample()});
  EXPECT_NE(s.message().find("is not a regular file"), std::string::npos) << s.message();
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir_), {}), 0);
}

TEST_F(WorkbookWriterTest, AFolderWithoutWritePermissionIsRefusedInWords) {
  const std::filesystem::path locked = dir_ / "locked";
  std::filesystem::create_directories(locked);
  testing::MakeReachable(dir_);
  std::filesystem::permissions(
      locked, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec |
                  std::filesystem::perms::others_read | std::filesystem::perms::others_exec);
  // As `nobody` when run as root, who would write there anyway.
  const int code = testing::AsNobody([&] {
    const Status s = WriteWorkbook((locked / "x.xlsx").string(), {Sample()});
    const bool ok = s.message() == "cannot create a temporary file beside it: Permission denied";
    if (!ok) std::cerr << "got: " << s.message() << '\n';
    return ok;
  });
  EXPECT_EQ(code, 0);
  EXPECT_TRUE(std::filesystem::is_empty(locked));
}

TEST_F(WorkbookWriterTest, WritesEmptySheetsAsHeadersOnly) {
  SheetTable t = Sample();
  t.rows.clear();
  const std::string path = (dir_ / "empty.xlsx").string();
  ASSERT_TRUE(WriteWorkbook(path, {t}).ok());
  const std::string sheet = ZipMember(path, "xl/worksheets/sheet1.xml");
  EXPECT_NE(sheet.find("<autoFilter ref=\"A1:E1\"/>"), std::string::npos) << sheet;
}

TEST(ExcelSheetName, MakesValidUniqueNames) {
  std::set<std::string> used;
  EXPECT_EQ(ExcelSheetName("Tiêu chí xa_ntm", &used), "Tiêu chí xa_ntm");
  EXPECT_EQ(ExcelSheetName("TIÊU CHÍ XA_NTM", &used), "TIÊU CHÍ XA_NTM");  // not ASCII-equal
  EXPECT_EQ(ExcelSheetName("tiêu chí xa_ntm", &used), "tiêu chí xa_ntm (2)");
  EXPECT_EQ(ExcelSheetName("a/b:c*d?[e]\\f", &used), "a-b-c-d--e--f");
  EXPECT_EQ(ExcelSheetName("'quoted'", &used), "quoted");
  EXPECT_EQ(ExcelSheetName("", &used), "Sheet");
  const std::string long_name = "Tiêu chí huyen_ntm_nang_cao_2026_extra";
  const std::string first = ExcelSheetName(long_name, &used);
  EXPECT_EQ(first, "Tiêu chí huyen_ntm_nang_cao_202");  // 31 characters
  const std::string second = ExcelSheetName(long_name, &used);
  EXPECT_EQ(second, "Tiêu chí huyen_ntm_nang_cao (2)");
}

}  // namespace
}  // namespace ntmx
