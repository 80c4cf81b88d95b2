// Small plans for the criteria and audit tests: a commune plan of xã Hương Sơn
// (huyện Nam Đông, Thừa Thiên Huế) or a district plan of huyện Nam Đông, with
// `body` as parts I., II., … and helpers that reduce records to comparable tuples.
#pragma once

#include <set>
#include <string>
#include <tuple>

#include "pipeline_fixture.h"

namespace ntmx::testing {

inline std::string CommunePlan(std::string_view body,
                               std::string_view title = "Xây dựng nông thôn mới năm 2024",
                               int year = 2024) {
  return "ỦY BAN NHÂN DÂN XÃ HƯƠNG SƠN\n\nSố: 01/KH-UBND\n\nHương Sơn, ngày 01 tháng 02 năm " +
         std::to_string(year) + "\n\nKẾ HOẠCH\n" + std::string(title) +
         "\n\nThực hiện Kế hoạch số 269/KH-UBND ngày 20 tháng 12 năm 2022 của Ủy ban nhân dân "
         "huyện "
         "Nam Đông;\n\n" +
         std::string(body) + "\n";
}

// A commune plan of another commune of huyện Nam Đông ("Hương Phú", "Hương Lộc").
inline std::string CommunePlanOf(std::string_view commune, std::string_view body, int year) {
  return "ỦY BAN NHÂN DÂN XÃ " + std::string(commune) + "\n\nSố: 01/KH-UBND\n\n" +
         std::string(commune) + ", ngày 01 tháng 02 năm " + std::to_string(year) +
         "\n\nKẾ HOẠCH\nXây dựng nông thôn mới năm " + std::to_string(year) +
         "\n\nThực hiện Kế hoạch số 269/KH-UBND ngày 20 tháng 12 năm 2022 của Ủy ban nhân dân "
         "huyện Nam Đông;\n\n" +
         std::string(body) + "\n";
}

inline std::string DistrictPlan(std::string_view body, int year = 2024) {
  return "ỦY BAN NHÂN DÂN HUYỆN NAM ĐÔNG\n\nSố: 02/KH-UBND\n\nNam Đông, ngày 01 tháng 02 năm " +
         std::to_string(year) + "\n\nKẾ HOẠCH\nThực hiện Chương trình xây dựng nông thôn mới năm " +
         std::to_string(year) +
         "\n\nCăn cứ Kế hoạch số 33/KH-UBND ngày 24/01/2024 của UBND tỉnh Thừa Thiên Huế;\n\n"
         "UBND huyện Nam Đông ban hành Kế hoạch như sau:\n\n" +
         std::string(body) + "\n";
}

using StatusKey = std::tuple<std::string, std::string, int, std::string>;

inline std::set<StatusKey> Statuses(const Extraction& e) {
  std::set<StatusKey> out;
  for (const CriteriaStatus& s : e.criteria_status)
    out.insert({s.subject, s.criteria_set, s.criterion, s.status});
  return out;
}

// The criteria numbers with `status` for `subject` in `set`.
inline std::set<int> Numbers(const Extraction& e, std::string_view subject, std::string_view set,
                             std::string_view status) {
  std::set<int> out;
  for (const CriteriaStatus& s : e.criteria_status)
    if (s.subject == subject && s.criteria_set == set && s.status == status)
      out.insert(s.criterion);
  return out;
}

inline int CountFindings(const Extraction& e, std::string_view check) {
  int n = 0;
  for (const Finding& f : e.findings) n += f.check == check;
  return n;
}

}  // namespace ntmx::testing
