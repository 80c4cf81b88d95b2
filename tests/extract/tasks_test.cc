// Solution blocks whose lead and partners share one line.
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace ntmx
