// SheetFromQuery: a query's rows as a sheet, each column written as its type says.
#include "xlsx/query_sheet.h"

#include <gtest/gtest.h>

namespace ntmx {
namespace {

using K = ResultTable::Kind;

ResultTable Table() {
  ResultTable t;
  t.columns = {"_document", "year", "indicator", "by", "role", "value"};
  t.rows = {{"1", "2024", "13.3", "2024-09-30", "lead", "45.0"},
            {"2", "2023", "2.1", "cuối năm", "support", std::nullopt},
            {"3", std::nullopt, std::nullopt, std::nullopt, "observer", "x"}};
  t.kinds = {{K::kInteger, K::kInteger, K::kText, K::kText, K::kText, K::kReal},
             {K::kInteger, K::kInteger, K::kText, K::kText, K::kText, K::kNull},
             {K::kInteger, K::kNull, K::kNull, K::kNull, K::kText, K::kText}};
  return t;
}

SheetLabels Labels() {
  SheetLabels labels;
  labels.Set("sheet.tasks", "Nhiệm vụ");
  labels.Set("column.year", "Năm");
  labels.Set("column.indicator", "Chỉ tiêu thành phần");
  labels.Set("tasks.by", "Hạn chót");
  labels.Set("tasks.role", "Vai trò");
  labels.Set("tasks.value", "Giá trị");
  labels.Set("value.role.lead", "chủ trì");
  return labels;
}

TEST(SheetFromQuery, WritesEachColumnAsItsTypeSays) {
  DocumentScope scope;
  scope.Add(1);
  scope.Add(2);
  const SheetLabels labels = Labels();
  const SheetTable sheet = SheetFromQuery(Table(), "tasks",
                                          {{"year"},
                                           {"indicator", ColumnType::kText},
                                           {"by", ColumnType::kDate},
                                           {"role", ColumnType::kCode},
                                           {"value"}},
                                          labels, scope, "_document");
  EXPECT_EQ(sheet.name, "Nhiệm vụ");
  ASSERT_EQ(sheet.columns.size(), 5u);
  EXPECT_EQ(sheet.columns[0].header, "Năm");
  EXPECT_EQ(sheet.columns[2].header, "Hạn chót");
  EXPECT_TRUE(labels.missing().empty());
  ASSERT_EQ(sheet.rows.size(), 2u);  // document 3 is outside the scope
  const std::vector<SheetCell>& first = sheet.rows[0];
  EXPECT_EQ(first[0].kind, SheetCell::Kind::kNumber);
  EXPECT_EQ(first[0].number, 2024);
  EXPECT_EQ(first[1].kind, SheetCell::Kind::kText);  // "13.3" is an id, not a number
  EXPECT_EQ(first[1].text, "13.3");
  EXPECT_EQ(first[2].kind, SheetCell::Kind::kDate);
  EXPECT_EQ(first[2].number, 45565);
  EXPECT_EQ(first[3].text, "chủ trì");
  EXPECT_EQ(first[4].kind, SheetCell::Kind::kNumber);
  EXPECT_EQ(first[4].number, 45);
  const std::vector<SheetCell>& second = sheet.rows[1];
  EXPECT_EQ(second[2].kind, SheetCell::Kind::kText);  // not a date: kept as written
  EXPECT_EQ(second[2].text, "cuối năm");
  EXPECT_EQ(second[3].text, "support");  // no label: as stored
  EXPECT_EQ(second[4].kind, SheetCell::Kind::kEmpty);
}

TEST(SheetFromQuery, AnEmptyScopeKeepsTheHeadersOnly) {
  const SheetLabels labels = Labels();
  const SheetTable sheet =
      SheetFromQuery(Table(), "tasks", {{"year"}}, labels, DocumentScope(), "_document");
  EXPECT_EQ(sheet.columns.size(), 1u);
  EXPECT_TRUE(sheet.rows.empty());
}

}  // namespace
}  // namespace ntmx
