// Solution blocks whose lead and partners share one line; the unit sections of
// "Tổ chức thực hiện" and where a unit heading stops being one.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pipeline_fixture.h"

namespace ntmx {
namespace {

TEST(Tasks, LeadAndPartnersOnOneLine) {
  const Extraction e = testing::ExtractText(
      "Số: 1/KH-UBND\nPhúc Chu, ngày 1 tháng 2 năm 2024\n\nKẾ HOẠCH\nXây dựng nông thôn mới năm "
      "2024\n\n"
      "I. NHIỆM VỤ\n\n1. Tiêu chí số 1 về Quy hoạch\n- Rà soát quy hoạch chung xã.\n"
      "- Đơn vị chủ trì: Công chức Địa chính - Xây dựng; phối hợp: Phòng Kinh tế và Hạ tầng "
      "huyện.\n");
  ASSERT_EQ(e.tasks.size(), 1u);
  EXPECT_EQ(e.tasks[0].criterion, 1);
  EXPECT_EQ(e.tasks[0].lead, std::vector<std::string>{"Công chức Địa chính - Xây dựng"});
  EXPECT_EQ(e.tasks[0].support, std::vector<std::string>{"Phòng Kinh tế và Hạ tầng"});
}

// A unit heading names its units before the colon in at most 160 characters
// (tasks.unit_heading and AssignmentReader::UnitSections); a longer run before the
// colon is a sentence, even when it names a unit, and makes no unit section.
TEST(Tasks, UnitSectionsEndTheirHeadingWithin160Characters) {
  const std::string sentence =
      "2. Phòng Kinh tế và Hạ tầng, cùng các cơ quan chuyên môn của huyện theo chức năng, "
      "nhiệm vụ được giao tăng cường kiểm tra, hướng dẫn, đôn đốc các xã trong quá trình triển "
      "khai thực hiện các nội dung của kế hoạch này: báo cáo kết quả.\n"
      "- Rà soát hồ sơ các công trình hạ tầng trên địa bàn.\n";
  const Extraction e = testing::ExtractText(
      "Số: 1/KH-UBND\nPhúc Chu, ngày 1 tháng 2 năm 2024\n\nKẾ HOẠCH\nXây dựng nông thôn mới năm "
      "2024\n\nI. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Phòng Nông nghiệp và PTNT:\n- Tham mưu tổng hợp kết quả thực hiện kế hoạch.\n" +
      sentence);
  ASSERT_FALSE(e.tasks.empty());
  EXPECT_EQ(e.tasks[0].lead, std::vector<std::string>{"Phòng Nông nghiệp và Phát triển nông thôn"});
  for (const Task& task : e.tasks) {
    EXPECT_EQ(std::count(task.lead.begin(), task.lead.end(), "Phòng Kinh tế và Hạ tầng"), 0)
        << task.title;
  }
  // The same heading, short enough, is a unit section.
  const Extraction short_heading = testing::ExtractText(
      "Số: 1/KH-UBND\nPhúc Chu, ngày 1 tháng 2 năm 2024\n\nKẾ HOẠCH\nXây dựng nông thôn mới năm "
      "2024\n\nI. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Phòng Kinh tế và Hạ tầng:\n- Rà soát hồ sơ các công trình hạ tầng trên địa bàn.\n");
  ASSERT_FALSE(short_heading.tasks.empty());
  EXPECT_EQ(short_heading.tasks[0].lead, std::vector<std::string>{"Phòng Kinh tế và Hạ tầng"});
}

}  // namespace
}  // namespace ntmx
