// SheetLabels: the workbook's words from a TSV file.
#include "xlsx/sheet_labels.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "knowledge/data_files.h"

namespace ntmx {
namespace {

class SheetLabelsTest : public ::testing::Test {
 protected:
  std::filesystem::path Write(const std::string& text) {
    const std::filesystem::path p = std::filesystem::temp_directory_path() /
                                    ("ntmx_labels_" + std::to_string(::getpid()) + ".tsv");
    std::ofstream(p, std::ios::binary) << text;
    paths_.push_back(p);
    return p;
  }
  void TearDown() override {
    for (const auto& p : paths_) std::filesystem::remove(p);
  }
  std::vector<std::filesystem::path> paths_;
};

TEST_F(SheetLabelsTest, LooksUpSheetHeadersThenSharedOnesThenCodes) {
  SheetLabels labels;
  ASSERT_TRUE(SheetLabels::Load(Write("# comment\n\nsheet.targets\tChỉ tiêu\n"
                                      "column.unit\tĐơn vị\ntargets.unit\tĐơn vị tính\n"
                                      "value.role.lead\tchủ trì\n"),
                                &labels)
                  .ok());
  EXPECT_EQ(labels.Get("sheet.targets"), "Chỉ tiêu");
  EXPECT_EQ(labels.Header("targets", "unit"), "Đơn vị tính");
  EXPECT_EQ(labels.Header("responsibilities", "unit"), "Đơn vị");
  EXPECT_EQ(labels.Value("role", "lead"), "chủ trì");
  EXPECT_EQ(labels.Value("role", "observer"), "observer");  // a new code: as stored
  EXPECT_TRUE(labels.missing().empty());
}

TEST_F(SheetLabelsTest, RemembersWhatItHadNoLabelFor) {
  SheetLabels labels;
  ASSERT_TRUE(SheetLabels::Load(Write("sheet.targets\tChỉ tiêu\n"), &labels).ok());
  EXPECT_EQ(labels.Get("sheet.tasks"), "sheet.tasks");
  EXPECT_EQ(labels.Header("tasks", "lead"), "lead");
  EXPECT_EQ(labels.missing(), (std::set<std::string>{"sheet.tasks", "tasks.lead"}));
}

TEST_F(SheetLabelsTest, RefusesMalformedLinesNamingFileAndLine) {
  SheetLabels labels;
  Status s = SheetLabels::Load(Write("a\tA\nb\n"), &labels);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find(".tsv:2: expected a key and a label"), std::string::npos)
      << s.message();
  s = SheetLabels::Load(Write("a\tA\nb\tB\ta third\n"), &labels);
  EXPECT_NE(s.message().find(":2: "), std::string::npos) << s.message();
  s = SheetLabels::Load(Write("a\tA\na\tAgain\n"), &labels);
  EXPECT_NE(s.message().find(":2: the key a is given twice"), std::string::npos) << s.message();
  s = SheetLabels::Load("/nonexistent/xlsx.tsv", &labels);
  EXPECT_FALSE(s.ok());
}

TEST_F(SheetLabelsTest, TheShippedFileLoads) {
  SheetLabels labels;
  const Status s = SheetLabels::Load(XlsxLabelsFile(NTMX_SOURCE_DIR), &labels);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(labels.Get("column.source"), "Nguồn: tệp");
  EXPECT_EQ(labels.Get("mark.met"), "✓");
}

}  // namespace
}  // namespace ntmx
