// `ntmx query` over a database built from corpus/seeds: the rows of each kind, each
// filter (folded names, type words, both administrative schemes through
// document_place_keys), the CSV (with and without BOM) and JSON shapes, --why
// provenance, --compare and --summary.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdlib>

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_harness.h"

namespace ntmx::testing {
namespace {

using nlohmann::json;

class QueryCliTest : public CliTestBase {
 protected:
  void SetUp() override {
    CliTestBase::SetUp();
    db_ = (dir_ / "ntm.db").string();
    const CliRun run = Ntmx("ingest -q --db " + db_ + " " NTMX_SOURCE_DIR "/corpus/seeds");
    ASSERT_EQ(run.exit_code, 0) << run.err;
  }

  // `ntmx query ARGS --format json`, parsed.
  json Query(const std::string& args) {
    const CliRun run = Ntmx("query " + args + " --db " + db_ + " --format json");
    EXPECT_EQ(run.exit_code, 0) << run.err;
    return json::parse(run.out);
  }

  static std::set<std::string> Values(const json& rows, const char* key) {
    std::set<std::string> out;
    for (const json& row : rows) out.insert(row[key].is_null() ? "" : row[key].dump());
    return out;
  }

  // Runs one statement on the database with write access (what another ingest
  // would have written).
  void Exec(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    const std::string message = error != nullptr ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << message;
  }

  std::string db_;
};

TEST_F(QueryCliTest, DocumentsAllAndByYear) {
  const json all = Query("documents");
  EXPECT_EQ(all.size(), 5u);
  const json year = Query("documents --year 2024");
  EXPECT_EQ(year.size(), 3u);
  for (const json& row : year) EXPECT_EQ(row["year"], 2024);
  EXPECT_EQ(Values(year, "province"),
            (std::set<std::string>{"\"Kon Tum\"", "\"Lai Châu\"", "\"Thái Nguyên\""}));
}

TEST_F(QueryCliTest, PlaceFiltersMatchFoldedNamesWithOrWithoutTypeWords) {
  for (const char* province :
       {"\"binh phuoc\"", "\"Bình Phước\"", "\"tỉnh BÌNH PHƯỚC\"", "\"Binh  Phuoc\""}) {
    const json rows = Query(std::string("documents --province ") + province);
    ASSERT_EQ(rows.size(), 1u) << province;
    EXPECT_EQ(rows[0]["district"], "Hớn Quản");
  }
  const json district = Query("documents --district \"huyện nam dong\"");
  ASSERT_EQ(district.size(), 1u);
  EXPECT_EQ(district[0]["commune"], "Hương Sơn");
  EXPECT_TRUE(Query("documents --province \"binh dinh\"").empty());
}

TEST_F(QueryCliTest, ProvinceOfTheOtherSchemeThroughDocumentPlaceKeys) {
  // Ingest resolves the 2025 Hớn Quản plan (Bình Phước before July 2025) to the 2008
  // units and records what they became (Đồng Nai): both names find it, with or
  // without diacritics and type word.
  for (const char* name :
       {"\"Đồng Nai\"", "\"tinh dong nai\"", "\"Bình Phước\"", "\"binh phuoc\""}) {
    const json rows = Query(std::string("documents --province ") + name);
    ASSERT_EQ(rows.size(), 1u) << name;
    EXPECT_EQ(rows[0]["district"], "Hớn Quản") << name;
  }
  // And the records of that plan with it.
  const json criteria = Query("criteria --province \"dong nai\"");
  EXPECT_FALSE(criteria.empty());
  for (const json& row : criteria) EXPECT_EQ(row["district"], "Hớn Quản");
  // The filter goes through document_place_keys: without its rows, "Đồng Nai" finds
  // nothing (the document's own columns say Bình Phước).
  Exec("DELETE FROM document_place_keys;");
  EXPECT_TRUE(Query("documents --province \"Đồng Nai\"").empty());
  EXPECT_EQ(Query("documents --province \"binh phuoc\"").size(), 1u);
}

TEST_F(QueryCliTest, CriteriaOfOneCommuneFromItsSubject) {
  const json rows = Query("criteria --commune \"tan hiep\"");
  ASSERT_FALSE(rows.empty());
  for (const json& row : rows) EXPECT_EQ(row["subject"], "Tân Hiệp");  // a district plan's rows
  const json own = Query("criteria --commune \"mang but\" --set xa_ntm");
  EXPECT_EQ(Values(own, "criterion").size(), 19u);  // all 19 criteria of the commune's plan
}

TEST_F(QueryCliTest, CriteriaByStatusSetAndCriterion) {
  const json unmet = Query("criteria --status unmet --set xa_ntm");
  ASSERT_FALSE(unmet.empty());
  for (const json& row : unmet) {
    EXPECT_EQ(row["status"], "unmet");
    EXPECT_EQ(row["set"], "xa_ntm");
  }
  const json income = Query("criteria --criterion 10");
  ASSERT_FALSE(income.empty());
  for (const json& row : income) {
    EXPECT_EQ(row["criterion"], 10);
    EXPECT_EQ(row["name"], "Thu nhập");  // from criteria_catalogue
  }
}

TEST_F(QueryCliTest, TargetsByCriterionAndIndicator) {
  const json income = Query("targets --criterion 10 --province \"kon tum\"");
  ASSERT_EQ(income.size(), 1u);
  EXPECT_EQ(income[0]["subject"], "Măng Bút");
  EXPECT_EQ(income[0]["cmp"], ">=");
  EXPECT_EQ(income[0]["value"], 45.0);
  EXPECT_EQ(income[0]["unit"], "triệu đồng/người/năm");
  const json indicator = Query("targets --indicator 8.2");
  ASSERT_EQ(indicator.size(), 1u);
  EXPECT_EQ(indicator[0]["indicator"], "8.2");
}

TEST_F(QueryCliTest, TasksAndUnitsByUnitNameFolded) {
  const json tasks = Query("tasks --unit \"phong noi vu\"");
  ASSERT_FALSE(tasks.empty());
  for (const json& row : tasks) {
    const std::string units = row["lead"].dump() + row["support"].dump();
    EXPECT_NE(units.find("Phòng Nội vụ"), std::string::npos) << row.dump();
  }
  const json leads = Query("units --unit \"noi vu\" --role lead");
  ASSERT_FALSE(leads.empty());
  for (const json& row : leads) {
    EXPECT_EQ(row["unit"], "Phòng Nội vụ");
    EXPECT_EQ(row["role"], "lead");
  }
  EXPECT_EQ(Values(leads, "from"), (std::set<std::string>{"\"responsibility\"", "\"task\""}));
  const json criterion = Query("units --criterion 13 --role lead");
  ASSERT_FALSE(criterion.empty());
  for (const json& row : criterion) EXPECT_EQ(row["criterion"], 13);
}

TEST_F(QueryCliTest, FindingsByProvince) {
  const json rows = Query("findings --province \"thai nguyen\"");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0]["check"], "section_numbering_gap");
  EXPECT_EQ(Query("findings").size(), 2u);
}

TEST_F(QueryCliTest, WhyShowsSourceRuleQuoteAndSentence) {
  const json rows = Query("targets --criterion 10 --province \"kon tum\" --why");
  ASSERT_EQ(rows.size(), 1u);
  const json& row = rows[0];
  EXPECT_EQ(row["source"], NTMX_SOURCE_DIR "/corpus/seeds/000_c96f4298ede59e80.txt");
  EXPECT_TRUE(row["page"].is_null());  // a text file has no pages
  EXPECT_EQ(row["rule"].get<std::string>().rfind("targets.", 0), 0u) << row.dump();
  const std::string quote = row["quote"], sentence = row["sentence"];
  EXPECT_NE(quote.find("45"), std::string::npos) << quote;
  EXPECT_NE(sentence.find(quote), std::string::npos) << sentence;
  EXPECT_GT(sentence.size(), quote.size());
  EXPECT_EQ(sentence.find('\n'), std::string::npos);
  EXPECT_FALSE(row.contains("_document"));  // the helper columns are gone
}

TEST_F(QueryCliTest, WhyGivesThePageOfAPdfSpan) {
  // documents.pages holds page-start offsets for PDFs; set them as a PDF ingest would.
  Exec("UPDATE documents SET pages = '[0, 100, 100000]' WHERE district = 'Kon Plông'");
  const json rows = Query("targets --criterion 10 --province \"kon tum\" --why");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0]["page"], 2);
}

TEST_F(QueryCliTest, CsvIsRfc4180WithAnOptionalBom) {
  const CliRun plain = Ntmx("query documents --year 2023 --db " + db_ + " --format csv");
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_EQ(plain.out.rfind(
                "id,source,year,type,number,level,province,district,commune,title,copies\r\n", 0),
            0u)
      << plain.out;
  EXPECT_EQ(Lines(plain.out), 2u);
  const CliRun bom = Ntmx("query documents --year 2023 --db " + db_ + " --format csv --bom");
  EXPECT_EQ(bom.out, "\xEF\xBB\xBF" + plain.out);
  // A comma in a cell is quoted.
  const CliRun title =
      Ntmx("query documents --year 2024 --province \"kon tum\" --db " + db_ + " --format csv");
  EXPECT_NE(title.out.find(",\"Xây dựng xã Măng Bút, huyện Kon Plông"), std::string::npos)
      << title.out;
  EXPECT_EQ(Ntmx("query documents --bom --db " + db_).exit_code, 2);
}

TEST_F(QueryCliTest, JsonIsAnArrayOfObjectsWithNumbers) {
  const json rows = Query("criteria --commune \"mang but\" --criterion 10");
  ASSERT_TRUE(rows.is_array());
  ASSERT_FALSE(rows.empty());
  for (const json& row : rows) {
    ASSERT_TRUE(row.is_object());
    EXPECT_TRUE(row["criterion"].is_number_integer());
    EXPECT_TRUE(row["year"].is_number_integer());
    EXPECT_TRUE(row["subject"].is_string());
  }
}

TEST_F(QueryCliTest, TableFitsTheTerminal) {
  // Not a terminal (a file), so the width comes from $COLUMNS. The ten headers of
  // `tasks` and their separators take 105 columns, and headers are never cut.
  ::setenv("COLUMNS", "110", 1);
  const CliRun narrow = Ntmx("query tasks --db " + db_);
  ::unsetenv("COLUMNS");
  ASSERT_EQ(narrow.exit_code, 0) << narrow.err;
  std::istringstream lines(narrow.out);
  std::string line;
  int checked = 0;
  while (std::getline(lines, line)) {
    // Terminal columns: every UTF-8 lead byte is one (no wide or combining characters here).
    size_t columns = 0;
    for (unsigned char c : line) columns += (c & 0xC0) != 0x80;
    EXPECT_LE(columns, 110u) << line;
    ++checked;
  }
  EXPECT_GT(checked, 10);
  EXPECT_NE(narrow.out.find("…"), std::string::npos);
  // Without a width, cells are still cut, but the table is wider.
  const CliRun wide = Ntmx("query tasks --db " + db_);
  EXPECT_GT(wide.out.find('\n'), narrow.out.find('\n'));
}

TEST_F(QueryCliTest, CompareFlagsUnitsThatCannotBeCompared) {
  const json rows = Query("targets --criterion 10 --compare --set xa_ntm");
  ASSERT_GE(rows.size(), 3u);
  int yes = 0, no = 0;
  for (const json& row : rows) {
    const std::string unit = row["unit"], flag = row["comparable"];
    if (unit == "triệu đồng/người/năm") {
      EXPECT_EQ(flag, "yes") << row.dump();
      ++yes;
    } else {
      EXPECT_EQ(flag, "no: " + unit) << row.dump();
      ++no;
    }
  }
  EXPECT_GE(yes, 2);
  EXPECT_GE(no, 1);
  // Lined up: same metric together, highest value first.
  EXPECT_EQ(rows[0]["unit"], rows[1]["unit"]);
  EXPECT_GE(rows[0]["value"].get<double>(), rows[1]["value"].get<double>());
}

TEST_F(QueryCliTest, SummaryCountsPerCriterionHardestFirst) {
  const json rows = Query("criteria --summary");
  ASSERT_FALSE(rows.empty());
  int total = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    total +=
        rows[i]["unmet"].get<int>() + rows[i]["planned"].get<int>() + rows[i]["met"].get<int>();
    if (i > 0) {
      EXPECT_LE(rows[i]["unmet"].get<int>(), rows[i - 1]["unmet"].get<int>());
    }
  }
  EXPECT_EQ(total, 98);  // every criteria_status row of the corpus, once
  EXPECT_EQ(rows[0]["name"], "Quy hoạch");
  EXPECT_EQ(rows[0]["unmet"], 3);
  const json one = Query("criteria --summary --commune \"mang but\"");
  for (const json& row : one) EXPECT_EQ(row["subjects"], 1);
}

TEST_F(QueryCliTest, ViewsOpenInAPlainSqliteConnection) {
  // No ntmx functions here: what an analyst's sqlite3 shell sees.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(db_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  auto count = [&](const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    const int n = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    return n;
  };
  // One view row per record, none lost to a join.
  EXPECT_EQ(count("SELECT count(*) FROM targets_located"), count("SELECT count(*) FROM targets"));
  EXPECT_EQ(count("SELECT count(*) FROM criteria_matrix"),
            count("SELECT count(*) FROM criteria_status"));
  EXPECT_EQ(count("SELECT count(*) FROM tasks_assigned"), count("SELECT count(*) FROM tasks"));
  EXPECT_EQ(count("SELECT count(*) FROM findings_quoted WHERE quote <> ''"),
            count("SELECT count(*) FROM findings"));
  EXPECT_GT(count("SELECT count(*) FROM criteria_matrix"), 50);
  // Names from the catalogue, units in the task's order.
  EXPECT_EQ(count("SELECT count(*) FROM criteria_matrix WHERE criterion_name IS NULL"), 0);
  EXPECT_GT(count("SELECT count(*) FROM tasks_assigned WHERE lead LIKE '%Phòng Nội vụ%'"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM criteria_catalogue WHERE criteria_set = 'xa_ntm'"), 19);
  sqlite3_close(db);
}

TEST_F(QueryCliTest, RefusesWhatDoesNotApply) {
  const CliRun status = Ntmx("query targets --status met --db " + db_);
  EXPECT_EQ(status.exit_code, 2);
  EXPECT_EQ(status.err, "ntmx: query: --status does not apply to `ntmx query targets`\n");
  EXPECT_EQ(Ntmx("query tasks --summary --db " + db_).exit_code, 2);
  EXPECT_EQ(Ntmx("query projects --db " + db_).exit_code, 2);
  const CliRun missing = Ntmx("query documents --db " + (dir_ / "none.db").string());
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("no such database"), std::string::npos);
}

}  // namespace
}  // namespace ntmx::testing
