// See referee.h. Each function names the score.py function it replicates; a key is
// a string in Python tuple form, so two keys are equal exactly when score.py's
// tuples are (None, strings, floats rounded to 4 places).
#include "eval/referee.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>

#include "eval/referee_fold.h"
#include "text/utf8.h"

namespace ntmx {
namespace {

using Json = nlohmann::ordered_json;

std::string Quote(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\\' || c == '\'') out += '\\';
    out += c;
  }
  return out + "'";
}

// Python's repr() of a float: the shortest form that reads back, with ".0" on
// integral values.
std::string FloatRepr(double v) {
  // why: Python's spelling of NaN, which the referee copies (not a word).
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char buffer[400];
  const double magnitude = std::fabs(v);
  if (magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e16)) {
    for (int places = 0; places <= 20; ++places) {  // fixed notation, as repr() uses here
      std::snprintf(buffer, sizeof buffer, "%.*f", places, v);
      if (std::strtod(buffer, nullptr) == v) {
        return places == 0 ? std::string(buffer) + ".0" : std::string(buffer);
      }
    }
  }
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buffer, sizeof buffer, "%.*e", precision - 1, v);
    if (std::strtod(buffer, nullptr) == v) break;
  }
  return buffer;
}

// Python's str() of a JSON value.
std::string PythonStr(const Json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_null()) return "None";
  if (v.is_boolean()) return v.get<bool>() ? "True" : "False";
  if (v.is_number_integer()) return v.dump();
  if (v.is_number_float()) return FloatRepr(v.get<double>());
  return v.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// Python's float() of a string: spaces around, no hex.
std::optional<double> ParseFloat(std::string_view text) {
  std::string s(text);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.pop_back();
  size_t start = 0;
  while (start < s.size() && (s[start] == ' ' || s[start] == '\t' || s[start] == '\n')) ++start;
  s = s.substr(start);
  if (s.empty() || s.find_first_of("xXpP") != std::string::npos) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size()) return std::nullopt;
  return v;
}

// Python's round(f, 4): the correctly rounded decimal, as printf rounds.
double Round4(double v) {
  if (!std::isfinite(v)) return v;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.4f", v);
  return std::strtod(buffer, nullptr);
}

// num()
std::string Num(const Json& v) {
  if (v.is_null()) return "None";
  std::optional<double> f;
  if (v.is_boolean()) {
    f = v.get<bool>() ? 1.0 : 0.0;
  } else if (v.is_number()) {
    f = v.get<double>();
  } else if (v.is_string()) {
    f = ParseFloat(v.get<std::string>());
  }
  if (!f) return "('bad', " + Quote(PythonStr(v)) + ")";
  return FloatRepr(Round4(*f));
}

// fold()
std::string Fold(const Json& v) {
  if (v.is_null()) return "None";
  return Quote(RefereeFold(PythonStr(v)));
}

// A value as score.py keeps it unchanged (r.get("status"), ...): numbers compare
// across int and float, as in Python.
std::string Raw(const Json& v) {
  if (v.is_null()) return "None";
  if (v.is_string()) return Quote(v.get<std::string>());
  if (v.is_number()) return FloatRepr(v.get<double>());
  return PythonStr(v);
}

const Json& Get(const Json& record, const char* key) {
  static const Json kNull;
  if (!record.is_object()) return kNull;
  const auto it = record.find(key);
  return it == record.end() ? kNull : *it;
}

// get(d, "issuer.level")
const Json& GetPath(const Json& d, const std::string& path) {
  static const Json kNull;
  const Json* at = &d;
  size_t start = 0;
  while (true) {
    const size_t dot = path.find('.', start);
    const std::string part = path.substr(start, dot == std::string::npos ? dot : dot - start);
    if (!at->is_object()) return kNull;
    const auto it = at->find(part);
    if (it == at->end()) return kNull;
    at = &*it;
    if (dot == std::string::npos) return *at;
    start = dot + 1;
  }
}

std::string Tuple(std::initializer_list<std::string> parts) {
  std::string out = "(";
  bool first = true;
  for (const std::string& p : parts) {
    if (!first) out += ", ";
    out += p;
    first = false;
  }
  return out + ")";
}

// re.sub(r"\s", "", str(number or "")).upper()
std::string LegalNumber(const Json& v) {
  const bool falsy = v.is_null() || (v.is_string() && v.get<std::string>().empty()) ||
                     (v.is_boolean() && !v.get<bool>()) ||
                     (v.is_number() && v.get<double>() == 0) || (v.is_array() && v.empty()) ||
                     (v.is_object() && v.empty());
  const std::string text = falsy ? "" : PythonStr(v);
  std::string kept;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const char32_t cp = DecodeUtf8(text, &pos);
    if (!IsPythonSpace(cp)) kept.append(text, start, pos - start);
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(kept);
  u.toUpper(icu::Locale::getRoot());
  std::string out;
  u.toUTF8String(out);
  return Quote(out);
}

// The key of a target, for target_attrs().
std::string TargetKey(const Json& r) {
  return Tuple({Fold(Get(r, "subject")), Raw(Get(r, "comparator")), Num(Get(r, "value")),
                Num(Get(r, "value_max")), Num(Get(r, "of")), Fold(Get(r, "unit"))});
}

std::string Fixed(double v, int places) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", places, v);
  return buffer;
}

std::string Pad(std::string s, size_t width, bool left) {
  if (s.size() >= width) return s;
  return left ? s + std::string(width - s.size(), ' ') : std::string(width - s.size(), ' ') + s;
}

}  // namespace

// keys_for()
RefereeKeys RefereeKeysFor(const std::string& name, const Json& records) {
  RefereeKeys out;
  std::vector<Json> items;
  if (records.is_array()) {
    items.assign(records.begin(), records.end());
  } else if (records.is_object()) {
    for (const auto& [key, value] : records.items()) items.emplace_back(key);
  }
  for (const Json& r : items) {
    if (!r.is_object()) {
      ++out[Tuple({"'malformed'", Quote(r.dump(-1, ' ', false, Json::error_handler_t::replace))})];
      continue;
    }
    if (name == "legal_bases") {
      ++out[Tuple({Fold(Get(r, "kind")), LegalNumber(Get(r, "number")), Raw(Get(r, "date"))})];
    } else if (name == "criteria_status") {
      ++out[Tuple({Fold(Get(r, "subject")), Raw(Get(r, "criteria_set")), Num(Get(r, "criterion")),
                   Raw(Get(r, "status"))})];
    } else if (name == "criteria_counts") {
      ++out[Tuple({Fold(Get(r, "subject")), Raw(Get(r, "criteria_set")), Raw(Get(r, "status")),
                   Num(Get(r, "count")), Num(Get(r, "total")), Num(Get(r, "listed"))})];
    } else if (name == "targets") {
      ++out[TargetKey(r)];
    } else if (name == "tasks") {
      // Facts, not items: each counted once however often it recurs.
      const std::string anchor = Fold(Get(r, "subject")) + ", " + Num(Get(r, "criterion")) + ", " +
                                 Raw(Get(r, "indicator"));
      for (const char* role : {"lead", "support"}) {
        const Json& units = Get(r, role);
        if (!units.is_array()) continue;
        for (const Json& u : units) {
          out["('unit', '" + std::string(role) + "', " + anchor + ", " + Fold(u) + ")"] = 1;
        }
      }
      const Json& deadline = Get(r, "deadline");
      if (deadline.is_object()) {
        out["('deadline', " + anchor + ", " + Raw(Get(deadline, "kind")) + ", " +
            Raw(Get(deadline, "start")) + ", " + Raw(Get(deadline, "end")) + ")"] = 1;
      }
    } else if (name == "responsibilities") {
      const std::string who = Raw(Get(r, "role")) + ", " + Fold(Get(r, "unit"));
      const Json& criteria = Get(r, "criteria");
      if (criteria.is_array()) {
        for (const Json& c : criteria) ++out["(" + who + ", 'criterion', " + Num(c) + ")"];
      }
      const Json& indicators = Get(r, "indicators");
      if (indicators.is_array()) {
        for (const Json& i : indicators) {
          ++out["(" + who + ", 'indicator', " + Quote(PythonStr(i)) + ")"];
        }
      }
    } else if (name == "findings") {
      ++out[Tuple({Raw(Get(r, "check")), Fold(Get(r, "subject"))})];
    }
  }
  return out;
}

// check_shape()
std::vector<std::string> RefereeShapeErrors(const Json& obj) {
  std::vector<std::string> errors;
  const Json& schema = Get(obj, "schema");
  if (!schema.is_string() || schema.get<std::string>() != "ntm-extract/1") {
    errors.push_back("schema is not ntm-extract/1");
  }
  for (const char* key : {"source", "sha256", "format", "document"}) {
    if (!obj.is_object() || !obj.contains(key)) errors.push_back(std::string("missing ") + key);
  }
  for (const std::string& list : Referee::Lists()) {
    const Json& v = Get(obj, list.c_str());
    if (!v.is_array()) {
      errors.push_back(list + " is not a list");
      continue;
    }
    for (const Json& r : v) {
      const Json& span = Get(r, "span");
      const bool valid = span.is_array() && span.size() == 2 && span[0].is_number_integer() &&
                         span[1].is_number_integer() && span[0].get<int64_t>() >= 0 &&
                         span[0].get<int64_t>() <= span[1].get<int64_t>();
      if (!valid) {
        errors.push_back(list + ": a record without a valid span");
        break;
      }
    }
  }
  return errors;
}

const std::vector<std::string>& Referee::Lists() {
  static const std::vector<std::string> kLists = {
      "legal_bases", "criteria_status",  "criteria_counts", "targets",
      "tasks",       "responsibilities", "findings"};
  return kLists;
}

const std::vector<std::string>& Referee::DocumentFields() {
  static const std::vector<std::string> kFields = {"doc_type",
                                                   "doc_number",
                                                   "doc_symbol",
                                                   "issue_place",
                                                   "issue_date",
                                                   "year",
                                                   "title",
                                                   "issuer.level",
                                                   "issuer.name",
                                                   "locality.province",
                                                   "locality.district",
                                                   "locality.commune",
                                                   "signer.name",
                                                   "signer.position"};
  return kFields;
}

const std::vector<std::string>& Referee::TargetAttributes() {
  static const std::vector<std::string> kAttributes = {"criteria_set", "criterion", "indicator",
                                                       "year", "actual"};
  return kAttributes;
}

void Referee::Score(const std::string& name, const Json& gold, const Json* prediction) {
  static const Json kEmpty = Json::object();
  ++documents_;
  if (prediction == nullptr) {
    details_.push_back(name + ": no prediction");
    prediction = &kEmpty;
  } else {
    for (const std::string& e : RefereeShapeErrors(*prediction)) {
      ++shape_errors_;
      details_.push_back(name + ": shape: " + e);
    }
  }
  const Json& gold_doc = Get(gold, "document");
  const Json& pred_doc = Get(*prediction, "document");
  for (const std::string& field : DocumentFields()) {
    const Json& g = GetPath(gold_doc, field);
    const Json& p = GetPath(pred_doc, field);
    ++field_n_[field];
    const bool same = field == "year" ? Num(g) == Num(p) : Fold(g) == Fold(p);
    if (same) {
      ++field_ok_[field];
    } else {
      details_.push_back(name + ": document." + field + ": gold " + Raw(g) + " got " + Raw(p));
    }
  }
  const Json& annotated = Get(gold, "annotated");
  if (!annotated.is_array()) return;
  for (const Json& entry : annotated) {
    if (!entry.is_string()) continue;
    const std::string list = entry.get<std::string>();
    const RefereeKeys g = RefereeKeysFor(list, Get(gold, list.c_str()));
    const RefereeKeys p = RefereeKeysFor(list, Get(*prediction, list.c_str()));
    ListScore& score = lists_[list];
    for (const auto& [key, count] : g) {
      const auto it = p.find(key);
      const int matched = it == p.end() ? 0 : std::min(count, it->second);
      score.tp += matched;
      score.fn += count - matched;
      for (int i = matched; i < count; ++i)
        details_.push_back(name + ": " + list + ": missed " + key);
    }
    for (const auto& [key, count] : p) {
      const auto it = g.find(key);
      const int matched = it == g.end() ? 0 : std::min(count, it->second);
      score.fp += count - matched;
      for (int i = matched; i < count; ++i)
        details_.push_back(name + ": " + list + ": extra  " + key);
    }
    if (list != "targets") continue;
    // target_attrs(): pair each gold target with the first unused prediction of its key.
    std::map<std::string, std::vector<const Json*>> pool;
    const Json& predicted = Get(*prediction, "targets");
    if (predicted.is_array()) {
      for (const Json& r : predicted)
        if (r.is_object()) pool[TargetKey(r)].push_back(&r);
    }
    const Json& golden = Get(gold, "targets");
    if (!golden.is_array()) continue;
    for (const Json& gt : golden) {
      if (!gt.is_object()) continue;
      auto it = pool.find(TargetKey(gt));
      if (it == pool.end() || it->second.empty()) continue;
      const Json& pt = *it->second.front();
      it->second.erase(it->second.begin());
      ++target_matches_;
      for (const std::string& a : TargetAttributes()) {
        const Json& gv = Get(gt, a.c_str());
        const Json& pv = Get(pt, a.c_str());
        const bool numeric = a == "criterion" || a == "year" || a == "actual";
        target_agree_[a] += numeric ? Num(gv) == Num(pv) : Raw(gv) == Raw(pv);
      }
    }
  }
}

std::vector<std::pair<std::string, ListScore>> Referee::ListScores() const {
  std::vector<std::pair<std::string, ListScore>> out;
  for (const std::string& list : Lists()) {
    const auto it = lists_.find(list);
    if (it == lists_.end() || it->second.tp + it->second.fp + it->second.fn == 0) continue;
    out.emplace_back(list, it->second);
  }
  return out;
}

double Referee::Overall() const {
  const auto scores = ListScores();
  if (scores.empty()) return 0.0;
  double sum = 0;
  for (const auto& [list, score] : scores) sum += score.F1();
  return sum / static_cast<double>(scores.size());
}

double Referee::DocumentFieldAccuracy() const {
  int ok = 0, n = 0;
  for (const auto& [field, count] : field_n_) n += count;
  for (const auto& [field, count] : field_ok_) ok += count;
  return static_cast<double>(ok) / std::max(1, n);
}

std::optional<double> Referee::TargetAgreement(const std::string& attribute) const {
  if (target_matches_ == 0) return std::nullopt;
  const auto it = target_agree_.find(attribute);
  return static_cast<double>(it == target_agree_.end() ? 0 : it->second) / target_matches_;
}

void Referee::PrintDetails(std::ostream& out) const {
  for (const std::string& line : details_) out << line << '\n';
}

void Referee::PrintTable(std::ostream& out) const {
  out << Pad("list", 18, true) << Pad("P", 7, false) << Pad("R", 7, false) << Pad("F1", 7, false)
      << Pad("tp", 6, false) << Pad("fp", 6, false) << Pad("fn", 6, false) << '\n';
  for (const auto& [list, s] : ListScores()) {
    out << Pad(list, 18, true) << Pad(Fixed(s.Precision(), 3), 7, false)
        << Pad(Fixed(s.Recall(), 3), 7, false) << Pad(Fixed(s.F1(), 3), 7, false)
        << Pad(std::to_string(s.tp), 6, false) << Pad(std::to_string(s.fp), 6, false)
        << Pad(std::to_string(s.fn), 6, false) << '\n';
  }
  if (target_matches_ > 0) {
    out << "targets matched: ";
    bool first = true;
    for (const std::string& a : TargetAttributes()) {
      out << (first ? "" : ", ") << a << ' ' << Fixed(*TargetAgreement(a), 2);
      first = false;
    }
    out << '\n';
  }
  out << "document fields: " << Fixed(DocumentFieldAccuracy(), 3) << " (";
  bool first = true;
  for (const std::string& f : DocumentFields()) {
    const auto n = field_n_.find(f);
    const auto ok = field_ok_.find(f);
    const int total = n == field_n_.end() ? 0 : n->second;
    const int good = ok == field_ok_.end() ? 0 : ok->second;
    if (good >= total) continue;
    out << (first ? "" : ", ") << f << ' ' << good << '/' << total;
    first = false;
  }
  out << ")\n";
  if (shape_errors_ > 0) out << "shape errors: " << shape_errors_ << '\n';
  out << "overall F1 " << Fixed(Overall(), 3) << " over " << documents_
      << " documents, document fields " << Fixed(DocumentFieldAccuracy(), 3) << '\n';
}

}  // namespace ntmx
