// Referee: scores ntm-extract/1 objects against gold files, by the matching rules of
// the project's referee (../shared/tools/score.py), for `ntmx eval`.
//
// Every list the gold names in `annotated` is scored as a multiset of keys built
// from the fields that matter (names through RefereeFold, numbers rounded to 4
// places, the rest as given):
//   legal_bases      (kind, number without spaces upper-cased, date)
//   criteria_status  (subject, criteria_set, criterion, status)
//   criteria_counts  (subject, criteria_set, status, count, total, listed)
//   targets          (subject, comparator, value, value_max, of, unit)
//   tasks            facts, each counted once: one per (role, unit) and one for the
//                    deadline, anchored on (subject, criterion, indicator)
//   responsibilities one per (role, unit, criterion) and (role, unit, indicator)
//   findings         (check, subject)
// giving true positives (the smaller count of each key), extras (fp) and misses
// (fn) per list; document header fields are scored as accuracy; among targets
// matched on their key, the agreement of criteria_set, criterion, indicator, year
// and actual. Overall = the mean of the F1 of the lists that have any key.
//
// Score.py is the referee; this is its replica, kept in step by the CTest
// corpus.eval_agrees (same figures on the same corpus). Keys print in a
// Python-like tuple form: ('Măng Bút', 'xa_ntm', 10.0, 'met').
//
//   Referee referee;
//   referee.Score("000_c96f…", gold_json, &prediction_json);  // nullptr: none made
//   referee.PrintDetails(std::cout);  // every miss and extra
//   referee.PrintTable(std::cout);    // the figures, as score.py prints them
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

namespace ntmx {

// A list's keys with their counts.
using RefereeKeys = std::map<std::string, int>;

// The keys of `records`, list `list` of the contract ("targets", ...).
RefereeKeys RefereeKeysFor(const std::string& list, const nlohmann::ordered_json& records);

// Shape errors score.py reports for one prediction ("missing sha256", ...).
std::vector<std::string> RefereeShapeErrors(const nlohmann::ordered_json& prediction);

struct ListScore {
  int tp = 0, fp = 0, fn = 0;
  double Precision() const { return tp + fp > 0 ? static_cast<double>(tp) / (tp + fp) : 0.0; }
  double Recall() const { return tp + fn > 0 ? static_cast<double>(tp) / (tp + fn) : 0.0; }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

class Referee {
 public:
  // The contract's lists and the header fields score.py compares, in its order.
  static const std::vector<std::string>& Lists();
  static const std::vector<std::string>& DocumentFields();
  static const std::vector<std::string>& TargetAttributes();

  // Scores one document: `gold` is a gold file's object, `prediction` the
  // extraction of the same document, or nullptr when none could be made (then
  // every gold record is a miss).
  void Score(const std::string& name, const nlohmann::ordered_json& gold,
             const nlohmann::ordered_json* prediction);

  // Every miss, extra, shape error and header field that differs, one per line:
  //   000_c96f…: targets: missed ('măng bút', '>=', 45.0, None, None, 'triệu đồng/người/năm')
  void PrintDetails(std::ostream& out) const;
  // The figures, line for line as score.py prints them (the list table, targets
  // matched, document fields, overall).
  void PrintTable(std::ostream& out) const;

  // Lists that have any key, with their score, in contract order.
  std::vector<std::pair<std::string, ListScore>> ListScores() const;
  double Overall() const;
  double DocumentFieldAccuracy() const;
  // Agreement of `attribute` among matched targets; nullopt when none matched.
  std::optional<double> TargetAgreement(const std::string& attribute) const;
  int documents() const { return documents_; }
  int shape_errors() const { return shape_errors_; }

 private:
  std::map<std::string, ListScore> lists_;
  std::map<std::string, int> field_ok_, field_n_;
  int target_matches_ = 0;
  std::map<std::string, int> target_agree_;
  int shape_errors_ = 0;
  int documents_ = 0;
  std::vector<std::string> details_;
};

}  // namespace ntmx
