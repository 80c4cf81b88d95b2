// The two questions analysts ask of the stored targets and responsibilities
// (README "Querying"), answered with `ntmx sql`-style queries over a store built
// from two small plans of different provinces.
#include <gtest/gtest.h>

#include "pipeline_fixture.h"
#include "store/store.h"
#include "store_test_util.h"

namespace ntmx {
namespace {

using testing::ExtractText;
using testing::SchemaDir;
using testing::TempDir;
using testing::TestTypeWords;

// The two queries as README.md gives them.
constexpr const char* kIncomeTargets =
    "SELECT d.province, t.subject, t.comparator, t.value, t.value_max "
    "FROM targets t JOIN documents d ON d.id = t.document_id "
    "WHERE t.unit = 'triệu đồng/người/năm' AND t.year = 2024 "
    "ORDER BY d.province, t.subject";
constexpr const char* kLeadOf13 =
    "SELECT d.source, r.unit FROM responsibilities r "
    "JOIN responsibility_criteria c ON c.responsibility_id = r.id "
    "JOIN documents d ON d.id = r.document_id "
    "WHERE r.role = 'lead' AND c.criterion = 13 "
    "UNION SELECT d.source, u.unit FROM tasks t "
    "JOIN task_units u ON u.task_id = t.id AND u.role = 'lead' "
    "JOIN documents d ON d.id = t.document_id WHERE t.criterion = 13 "
    "ORDER BY 1, 2";

Extraction Plan(std::string source, std::string_view header, std::string_view body) {
  Extraction e = ExtractText(std::string(header) + "\n\n" + std::string(body) + "\n");
  e.source = std::move(source);
  e.sha256 = std::string(64, static_cast<char>('a' + e.source.size() % 6));
  e.format = "text";
  return e;
}

TEST(TargetsQuery, IncomeTargetsByProvinceAndLeadOfCriterion13) {
  TempDir dir;
  Store store;
  ASSERT_TRUE(store.Open(dir.File("ntm.db"), SchemaDir(), TestTypeWords()).ok());
  const Extraction kon_tum =
      Plan("kon_ray.txt",
           "ỦY BAN NHÂN DÂN\nHUYỆN KON RẪY\n\nSố: /KH-UBND\nKon Rẫy, ngày    tháng    năm 2024\n\n"
           "KẾ HOẠCH\nXây dựng xã Đắk Ruồng đạt chuẩn nông thôn mới năm 2024",
           "I. NỘI DUNG\n\n1. Tiêu chí số 10 (Thu nhập)\n\nThu nhập bình quân đạt ≥ 48 triệu "
           "đồng/người/năm.\n\n"
           "II. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Nông nghiệp và PTNT:\n\n"
           "- Chủ trì hướng dẫn thực hiện tiêu chí số 13 về Tổ chức sản xuất.\n");
  const Extraction lai_chau = Plan(
      "tam_duong.txt",
      "ỦY BAN NHÂN DÂN\nHUYỆN TAM ĐƯỜNG\n\nSố: /KH-UBND\nTam Đường, ngày    tháng    năm 2024\n\n"
      "KẾ HOẠCH\nThực hiện Chương trình xây dựng nông thôn mới huyện Tam Đường năm 2024",
      "I. MỤC TIÊU\n\n- Thu nhập bình quân đầu người từ 40-42 trđ/người/năm.\n\n"
      "II. GIẢI PHÁP\n\n1. Tiêu chí số 13 (Tổ chức sản xuất)\n\nThành lập hợp tác xã.\n\n"
      "Đơn vị chủ trì: Phòng KT-HT.\n\nThời gian thực hiện: Trong năm 2024.\n");
  PutOutcome outcome;
  ASSERT_TRUE(store.Put(kon_tum, &outcome).ok());
  ASSERT_TRUE(store.Put(lai_chau, &outcome).ok());

  ResultTable income;
  Status s = store.Query(kIncomeTargets, &income);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(income.rows.size(), 2u);
  EXPECT_EQ(income.rows[0][0], "Kon Tum");
  EXPECT_EQ(income.rows[0][1], "Đắk Ruồng");
  EXPECT_EQ(income.rows[0][2], ">=");
  EXPECT_EQ(income.rows[1][0], "Lai Châu");
  EXPECT_EQ(income.rows[1][2], "range");

  ResultTable leads;
  s = store.Query(kLeadOf13, &leads);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(leads.rows.size(), 2u);
  EXPECT_EQ(leads.rows[0][0], "kon_ray.txt");
  EXPECT_EQ(leads.rows[0][1], "Phòng Nông nghiệp và Phát triển nông thôn");
  EXPECT_EQ(leads.rows[1][0], "tam_duong.txt");
  EXPECT_EQ(leads.rows[1][1], "Phòng Kinh tế và Hạ tầng");
}

}  // namespace
}  // namespace ntmx
