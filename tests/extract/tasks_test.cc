// Solution blocks whose lead and partners share one line; the unit sections of
// "Tổ chức thực hiện" and where a unit heading stops being one; task tables by
// village; pure role lines; sentences that open with their unit (a decision's
// "X là đầu mối chủ trì", a letter's "đề nghị Y hoàn tất … trước ngày 30-8").
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

// A commune plan's header and title, then `body`.
Extraction Plan2025(const std::string& body) {
  return testing::ExtractText(
      "Số: 7/KH-UBND\nAn Bình, ngày 3 tháng 3 năm 2025\n\nKẾ HOẠCH\nXây "
      "dựng nông thôn mới năm 2025\n\n" +
      body);
}

// The task whose lead list contains `unit`, or nullptr.
const Task* LedBy(const Extraction& e, const std::string& unit) {
  for (const Task& t : e.tasks) {
    if (std::find(t.lead.begin(), t.lead.end(), unit) != t.lead.end()) return &t;
  }
  return nullptr;
}

// "TC số 8" in a block's heading is criterion 8; "Thời gian hoàn thành:" makes
// "trong quý II" a deadline to be met by its end.
TEST(Tasks, AbbreviatedBlockHeadingAndCompletionLabel) {
  const Extraction e = Plan2025(
      "II. GIẢI PHÁP\n\nb) TC Thông tin và truyền thông (TC số 8)\n- Nội dung: lắp đặt loa.\n"
      "- Chủ trì: Công chức Văn hóa - Xã hội; phối hợp: Phòng Văn hóa và Thông tin huyện.\n"
      "- Thời gian hoàn thành: trong quý II năm 2025.\n");
  ASSERT_EQ(e.tasks.size(), 1u);
  EXPECT_EQ(e.tasks[0].criterion, 8);
  ASSERT_TRUE(e.tasks[0].deadline);
  EXPECT_EQ(e.tasks[0].deadline->kind, "by");
  EXPECT_EQ(e.tasks[0].deadline->start, "2025-04-01");
  EXPECT_EQ(e.tasks[0].deadline->end, "2025-06-30");
}

// A task table with a village column: each row is that village's task, its
// criterion the number the criterion cell opens with.
TEST(Tasks, TaskTableOneVillagePerRow) {
  const Extraction e = Plan2025(
      "II. NHIỆM VỤ\n\n"
      "| TT | Tiêu chí | Công việc | Thôn | Chủ trì | Phối hợp | Thời gian |\n"
      "|---|---|---|---|---|---|---|\n"
      "| 1 | Số 4 - Điện | Kéo điện | Thôn Đồi Mơ | Công chức Địa chính - Xây dựng | Phòng "
      "Kinh tế và Hạ tầng | Trước 15/10/2025 |\n"
      "| 2 | Số 9 - Thu nhập | Trồng chè | Khe Sâu | Ban quản lý nông thôn mới xã | Trung tâm "
      "Dịch vụ nông nghiệp huyện | Hằng quý |\n");
  ASSERT_EQ(e.tasks.size(), 2u);
  EXPECT_EQ(e.tasks[0].subject, "Đồi Mơ");
  EXPECT_EQ(e.tasks[0].criterion, 4);
  EXPECT_EQ(e.tasks[0].lead, std::vector<std::string>{"Công chức Địa chính - Xây dựng"});
  EXPECT_EQ(e.tasks[0].support, std::vector<std::string>{"Phòng Kinh tế và Hạ tầng"});
  ASSERT_TRUE(e.tasks[0].deadline);
  EXPECT_EQ(e.tasks[0].deadline->start, "2025-10-15");
  EXPECT_EQ(e.tasks[0].deadline->end, "2025-10-15");
  EXPECT_EQ(e.tasks[1].subject, "Khe Sâu");
  EXPECT_EQ(e.tasks[1].criterion, 9);
  ASSERT_TRUE(e.tasks[1].deadline);
  EXPECT_EQ(e.tasks[1].deadline->kind, "periodic");
}

// A table that only says who leads and supports each criterion assigns roles,
// not work: no task.
TEST(Tasks, RoleTableGivesNoTask) {
  const Extraction e = Plan2025(
      "III. TỔ CHỨC THỰC HIỆN\n\n"
      "| Tiêu chí | Đơn vị chủ trì | Đơn vị phối hợp |\n|---|---|---|\n"
      "| Tiêu chí số 2 - Giao thông | Phòng Kinh tế và Hạ tầng | Phòng Tài chính - Kế hoạch |\n");
  EXPECT_TRUE(e.tasks.empty());
}

// In "Tổ chức thực hiện", a unit's line that only names the criteria it leads
// is a responsibility; one that also names work and a time is a task.
TEST(Tasks, PureRoleLinesAreNotTasks) {
  const Extraction e = Plan2025(
      "V. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Công chức Văn hóa - Xã hội: chủ trì tiêu chí số 5, 6 và 14 (Y tế).\n"
      "2. Công an xã: chủ trì chỉ tiêu 19.2; phối hợp thực hiện tiêu chí số 18.\n"
      "3. Công chức Tài chính - Kế toán: chủ trì tiêu chí số 7; quyết toán các công trình trước "
      "ngày 10/12/2025.\n");
  ASSERT_EQ(e.tasks.size(), 1u);
  EXPECT_EQ(e.tasks[0].lead, std::vector<std::string>{"Công chức Tài chính - Kế toán"});
  EXPECT_FALSE(e.tasks[0].criterion);
  ASSERT_TRUE(e.tasks[0].deadline);
  EXPECT_EQ(e.tasks[0].deadline->kind, "by");
  EXPECT_EQ(e.tasks[0].deadline->start, "2025-12-10");
}

// A unit section written as running text, without a colon after the unit.
TEST(Tasks, UnitSectionInRunningText) {
  const Extraction e = Plan2025(
      "V. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Ban quản lý nông thôn mới xã tổng hợp tiến độ, báo cáo Ủy ban nhân dân xã hằng quý.\n"
      "2. Đề nghị các tổ chức chính trị - xã hội tuyên truyền, vận động hội viên tham gia.\n");
  const Task* board = LedBy(e, "Ban quản lý nông thôn mới xã");
  ASSERT_NE(board, nullptr);
  EXPECT_EQ(board->lead.size(), 1u);
  ASSERT_TRUE(board->deadline);
  EXPECT_EQ(board->deadline->kind, "periodic");
  const Task* mass = LedBy(e, "Các tổ chức chính trị - xã hội");
  ASSERT_NE(mass, nullptr);
  EXPECT_EQ(mass->lead.size(), 1u);
  EXPECT_FALSE(mass->deadline);
}

// A decision's article: "X là đầu mối chủ trì, phối hợp với Y …" is a task led
// by X and supported by Y; a letter's "Đề nghị Y hoàn tất … trước ngày 30-8" is
// Y's task by that day of the plan year.
TEST(Tasks, FocalPointAndRequestSentences) {
  const Extraction e = Plan2025(
      "Điều 2. Sở Nông nghiệp và Môi trường là đầu mối chủ trì, phối hợp với Sở Tài chính "
      "theo dõi, đôn đốc việc thực hiện Kế hoạch.\n\n"
      "Đề nghị Sở Xây dựng hoàn tất việc thẩm định hồ sơ trước ngày 30-8.\n");
  const Task* focal = LedBy(e, "Sở Nông nghiệp và Môi trường");
  ASSERT_NE(focal, nullptr);
  EXPECT_EQ(focal->support, std::vector<std::string>{"Sở Tài chính"});
  const Task* request = LedBy(e, "Sở Xây dựng");
  ASSERT_NE(request, nullptr);
  ASSERT_TRUE(request->deadline);
  EXPECT_EQ(request->deadline->kind, "by");
  EXPECT_EQ(request->deadline->start, "2025-08-30");
  EXPECT_EQ(request->deadline->end, "2025-08-30");
}

// A work line that opens with its rhythm and names no unit is still a task.
TEST(Tasks, ParagraphOpeningWithItsRhythm) {
  const Extraction e = Plan2025(
      "II. NHIỆM VỤ\n\n1. Đối với các tiêu chí đã đạt\n\nThường xuyên rà soát các chỉ tiêu có "
      "nguy cơ sụt giảm.\n");
  ASSERT_EQ(e.tasks.size(), 1u);
  EXPECT_TRUE(e.tasks[0].lead.empty());
  ASSERT_TRUE(e.tasks[0].deadline);
  EXPECT_EQ(e.tasks[0].deadline->kind, "ongoing");
  EXPECT_EQ(e.tasks[0].deadline->start, "2025-01-01");
}

// In a district plan, the work under a commune's heading, or a line that opens
// with the commune, is that commune's.
TEST(Tasks, DistrictPlanCommuneHeadingsGiveTheSubject) {
  const Extraction e = testing::ExtractText(
      "ỦY BAN NHÂN DÂN HUYỆN PHÚ GIÁO\nSố: 9/KH-UBND\nPhú Giáo, ngày 4 tháng 1 năm 2024\n\n"
      "KẾ HOẠCH\nXây dựng nông thôn mới năm 2024\n\nI. NHIỆM VỤ\n\n"
      "1. Xã An Bình\n\nNâng cấp chợ.\n- Đơn vị chủ trì: UBND xã An Bình.\n"
      "- Thời gian: trong quý II năm 2024.\n\n"
      "2. Xã Tân Hiệp: UBND xã Tân Hiệp chủ trì, phối hợp với Phòng Kinh tế và Hạ tầng sửa chữa "
      "tuyến đường liên ấp, hoàn thành trước ngày 31/10/2024.\n");
  const Task* first = LedBy(e, "Ủy ban nhân dân xã An Bình");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->subject, "An Bình");
  const Task* second = LedBy(e, "Ủy ban nhân dân xã Tân Hiệp");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->subject, "Tân Hiệp");
  EXPECT_EQ(second->support, std::vector<std::string>{"Phòng Kinh tế và Hạ tầng"});
  ASSERT_TRUE(second->deadline);
  EXPECT_EQ(second->deadline->start, "2024-10-31");
}

// The closing formula under the last unit section assigns no work; a block
// heading that a PDF ran into its lead label still gives the lead.
TEST(Tasks, ClosingFormulaAndLeadInsideTheHeading) {
  const Extraction e = Plan2025(
      "II. NHIỆM VỤ\n\n3. Lập hồ sơ công nhận Đơn vị chủ trì: Cán bộ phụ trách nông thôn mới.\n"
      "Đơn vị phối hợp: Văn phòng Điều phối nông thôn mới huyện.\n\n"
      "V. TỔ CHỨC THỰC HIỆN\n\n1. Công chức Tài chính - Kế toán: tham mưu bố trí vốn.\n\n"
      "Trên đây là Kế hoạch xây dựng nông thôn mới năm 2025 của UBND xã./.\n");
  const Task* block = LedBy(e, "Cán bộ phụ trách nông thôn mới");
  ASSERT_NE(block, nullptr);
  EXPECT_EQ(block->support, std::vector<std::string>{"Văn phòng Điều phối nông thôn mới huyện"});
  for (const Task& t : e.tasks) EXPECT_EQ(t.title.find("Trên đây"), std::string::npos);
}

}  // namespace
}  // namespace ntmx
