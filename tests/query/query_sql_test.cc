// BuildQuerySql: typed values become parameters, never SQL text; filters and extras
// that do not fit a kind are refused with the option's name.
#include "query/query_sql.h"

#include <gtest/gtest.h>

#include <variant>

namespace ntmx {
namespace {

TEST(QuerySqlTest, TypedValuesAreBoundNotPasted) {
  QueryRequest request;
  request.kind = QueryKind::kTasks;
  request.filters.province = "tỉnh Bình Phước'; DROP TABLE documents; --";
  request.filters.unit = "Phòng Nội vụ";
  request.filters.year = 2024;
  QuerySql q;
  ASSERT_TRUE(BuildQuerySql(request, &q).ok());
  EXPECT_EQ(q.sql.find("DROP"), std::string::npos);
  EXPECT_EQ(q.sql.find("Nội"), std::string::npos);
  EXPECT_EQ(q.sql.find("2024"), std::string::npos);
  // Province: the name as typed (keyed in SQL by ntmx_place_key) and its whole key;
  // then the year; then the folded unit.
  ASSERT_EQ(q.parameters.size(), 4u);
  EXPECT_EQ(std::get<std::string>(q.parameters[0]), "tỉnh Bình Phước'; DROP TABLE documents; --");
  EXPECT_NE(q.sql.find("ntmx_place_key(?1)"), std::string::npos);
  EXPECT_EQ(std::get<std::string>(q.parameters[1]), "tinh binh phuoc'; drop table documents;--");
  EXPECT_EQ(std::get<int64_t>(q.parameters[2]), 2024);
  EXPECT_EQ(std::get<std::string>(q.parameters[3]), "phong noi vu");
}

TEST(QuerySqlTest, RefusesWhatDoesNotApply) {
  QueryRequest request;
  request.kind = QueryKind::kTargets;
  request.filters.status = "met";
  QuerySql q;
  Status s = BuildQuerySql(request, &q);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message(), "--status does not apply to `ntmx query targets`");

  request = QueryRequest();
  request.kind = QueryKind::kCriteria;
  request.filters.status = "done";
  EXPECT_EQ(BuildQuerySql(request, &q).message(), "--status done: expected met, unmet or planned");

  request = QueryRequest();
  request.kind = QueryKind::kTasks;
  request.compare = true;
  EXPECT_EQ(BuildQuerySql(request, &q).message(), "--compare does not apply to `ntmx query tasks`");

  request = QueryRequest();
  request.kind = QueryKind::kDocuments;
  request.why = true;
  EXPECT_FALSE(BuildQuerySql(request, &q).ok());
  EXPECT_TRUE(q.sql.empty());
}

TEST(QuerySqlTest, EveryKindBuilds) {
  for (const char* name : {"documents", "criteria", "targets", "tasks", "units", "findings"}) {
    QueryRequest request;
    ASSERT_TRUE(ParseQueryKind(name, &request.kind)) << name;
    request.filters.commune = "Măng Bút";
    QuerySql q;
    ASSERT_TRUE(BuildQuerySql(request, &q).ok()) << name;
    EXPECT_NE(q.sql.find("document_place_keys"), std::string::npos) << name;
    EXPECT_EQ(q.parameters.size(), 2u) << name;
  }
}

}  // namespace
}  // namespace ntmx

namespace ntmx {
namespace {

// Each plan once by default (its primary copy), every file with --all-copies, for
// every kind: one condition on the kind's document id.
TEST(QuerySqlTest, EachPlanOnceUnlessAllCopies) {
  for (const char* name : {"documents", "criteria", "targets", "tasks", "units", "findings"}) {
    QueryRequest request;
    ASSERT_TRUE(ParseQueryKind(name, &request.kind));
    QuerySql q;
    ASSERT_TRUE(BuildQuerySql(request, &q).ok()) << name;
    EXPECT_NE(q.sql.find(" IN (SELECT primary_document_id FROM plans)"), std::string::npos)
        << name << ": " << q.sql;
    request.all_copies = true;
    ASSERT_TRUE(BuildQuerySql(request, &q).ok()) << name;
    EXPECT_EQ(q.sql.find("primary_document_id"), std::string::npos) << name << ": " << q.sql;
  }
}

}  // namespace
}  // namespace ntmx
