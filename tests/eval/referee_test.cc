// Referee on tiny gold/prediction pairs: a match, a miss, an extra, the task facts,
// and the table as score.py prints it (the expected table is what score.py printed
// for the same gold file and prediction).
#include "eval/referee.h"

#include <gtest/gtest.h>

#include <sstream>

namespace ntmx {
namespace {

using Json = nlohmann::ordered_json;

Json Gold(const char* lists) {
  Json gold = Json::parse(lists);
  gold["document"] = Json::parse(R"({"doc_type": "KH", "year": 2024,
      "issuer": {"level": "commune", "name": "Tân Lợi"}})");
  return gold;
}

Json Prediction(const char* lists) {
  Json p = Json::parse(lists);
  p["schema"] = "ntm-extract/1";
  p["source"] = "x.txt";
  p["sha256"] = "00";
  p["format"] = "text";
  p["document"] = Json::parse(R"({"doc_type": "KH", "year": "2024",
      "issuer": {"level": "commune", "name": "TÂN LỢI"}})");
  for (const std::string& list : Referee::Lists())
    if (!p.contains(list)) p[list] = Json::array();
  return p;
}

TEST(RefereeTest, CountsAMatchAMissAndAnExtra) {
  const Json gold = Gold(R"({"annotated": ["targets"], "targets": [
      {"subject": "Tân Lợi", "comparator": ">=", "value": 45, "unit": "triệu đồng/người/năm"},
      {"subject": "Tân Lợi", "comparator": "<=", "value": 2.5, "unit": "%"}]})");
  const Json pred = Prediction(R"({"targets": [
      {"subject": "TÂN LỢI", "comparator": ">=", "value": 45.0, "unit": "triệu đồng/người/năm",
       "span": [0, 3]},
      {"subject": "Tân Lợi", "comparator": "<=", "value": 3, "unit": "%", "span": [4, 9]}]})");
  Referee referee;
  referee.Score("doc", gold, &pred);
  const auto scores = referee.ListScores();
  ASSERT_EQ(scores.size(), 1u);
  EXPECT_EQ(scores[0].first, "targets");
  EXPECT_EQ(scores[0].second.tp, 1);
  EXPECT_EQ(scores[0].second.fp, 1);
  EXPECT_EQ(scores[0].second.fn, 1);
  EXPECT_DOUBLE_EQ(referee.Overall(), 0.5);
  EXPECT_DOUBLE_EQ(referee.DocumentFieldAccuracy(), 1.0);  // "2024" is 2024, case folds

  std::ostringstream details;
  referee.PrintDetails(details);
  EXPECT_NE(details.str().find("doc: targets: missed ('tân lợi', '<=', 2.5, None, None, '%')"),
            std::string::npos)
      << details.str();
  EXPECT_NE(details.str().find("doc: targets: extra  ('tân lợi', '<=', 3.0, None, None, '%')"),
            std::string::npos)
      << details.str();
}

TEST(RefereeTest, TaskFactsCountOnceHoweverTheListIsSplit) {
  const Json gold = Gold(R"({"annotated": ["tasks"], "tasks": [
      {"subject": null, "criterion": 5, "indicator": null, "title": "a",
       "lead": ["UBND xã"], "support": ["Trường học"],
       "deadline": {"kind": "by", "start": null, "end": "2024-12-31"}}]})");
  // The same facts split into two tasks, one unit repeated.
  const Json pred = Prediction(R"({"tasks": [
      {"criterion": 5, "title": "a1", "lead": ["UBND xã"], "support": [], "span": [0, 1],
       "deadline": {"kind": "by", "start": null, "end": "2024-12-31"}},
      {"criterion": 5, "title": "a2", "lead": ["UBND xã"], "support": ["Trường học"],
       "span": [1, 2]}]})");
  Referee referee;
  referee.Score("doc", gold, &pred);
  const auto scores = referee.ListScores();
  ASSERT_EQ(scores.size(), 1u);
  EXPECT_EQ(scores[0].second.tp, 3);
  EXPECT_EQ(scores[0].second.fp, 0);
  EXPECT_EQ(scores[0].second.fn, 0);
}

TEST(RefereeTest, NoPredictionMakesEveryGoldRecordAMiss) {
  const Json gold = Gold(R"({"annotated": ["findings"], "findings": [
      {"check": "count_mismatch", "subject": "Tân Lợi"}]})");
  Referee referee;
  referee.Score("doc", gold, nullptr);
  ASSERT_EQ(referee.ListScores().size(), 1u);
  EXPECT_EQ(referee.ListScores()[0].second.fn, 1);
  // doc_type, year, issuer.level and issuer.name differ; the ten fields the gold
  // leaves out agree (None = None), as in score.py.
  EXPECT_DOUBLE_EQ(referee.DocumentFieldAccuracy(), 10.0 / 14.0);
  std::ostringstream details;
  referee.PrintDetails(details);
  EXPECT_NE(details.str().find("doc: no prediction"), std::string::npos);
}

TEST(RefereeTest, ReportsShapeErrors) {
  Json pred = Prediction("{}");
  pred["targets"] = Json::parse(R"([{"value": 1}])");
  pred.erase("sha256");
  EXPECT_EQ(RefereeShapeErrors(pred),
            (std::vector<std::string>{"missing sha256", "targets: a record without a valid span"}));
}

TEST(RefereeTest, LegalBasisNumbersIgnoreSpacesAndCase) {
  const auto gold =
      RefereeKeysFor("legal_bases", Json::parse(R"([{"kind": "Quyết định", "number": "416/QĐ-UBND",
                                      "date": "2024-01-02"}])"));
  const auto pred = RefereeKeysFor(
      "legal_bases", Json::parse(R"([{"kind": "quyết  định", "number": "416 / qđ-ubnd",
                                      "date": "2024-01-02"}])"));
  EXPECT_EQ(gold, pred);
  EXPECT_EQ(gold.begin()->first, "('quyết định', '416/QĐ-UBND', '2024-01-02')");
}

TEST(RefereeTest, PrintsTheTableAsScorePyDoes) {
  const Json gold = Gold(R"({"annotated": ["findings"], "findings": [
      {"check": "count_mismatch", "subject": "Tân Lợi"}]})");
  const Json pred = Prediction(R"({"findings": [
      {"check": "count_mismatch", "subject": "Tân Lợi", "span": [0, 1]}]})");
  Referee referee;
  referee.Score("doc", gold, &pred);
  std::ostringstream table;
  referee.PrintTable(table);
  EXPECT_EQ(table.str(),
            "list                    P      R     F1    tp    fp    fn\n"
            "findings            1.000  1.000  1.000     1     0     0\n"
            "document fields: 1.000 ()\n"
            "overall F1 1.000 over 1 documents, document fields 1.000\n");
}

}  // namespace
}  // namespace ntmx
