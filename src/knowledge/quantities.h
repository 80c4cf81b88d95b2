// Quantities: a number together with its comparator and unit of measure, read
// from a FOLDED line ("phấn đấu đạt từ 95% trở lên", "trên 1.320 lao động").
//
// Numbers come from numbers.h; the unit is the longest alias of
// schemas/measure_units.tsv right after the number, canonicalised to the
// contract's list ("trđ/người/năm" -> "triệu đồng/người/năm", "m³" -> "m3",
// "sản phẩm OCOP" -> "sản phẩm"; an alias with "…" lets a few words stand
// between its parts: "tiêu chí nông thôn mới nâng cao/xã"); the comparator is
// the longest phrase of schemas/comparators.tsv that ends right before the
// number (and, for "từ … trở lên", the words after the unit, or a few words
// later in the clause: "từ 4 hợp tác xã chăn nuôi trở lên"). A range gives
// comparator "range"; a pair
// gives `actual`/value before a percent sign ("52,77/75%") and value/`of`
// otherwise ("12/12 xã").
//
//   QuantityReader r; r.Load("schemas");
//   r.Find("ty le ho ngheo duoi 3%")  // one Quantity: "<", 3, "%"
//
// A number without a known unit is not a quantity (dates, section numbers,
// "14/19 tiêu chí" and citations fall out here).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace ntmx {

struct Quantity {
  size_t begin = 0;  // folded bytes: comparator words .. unit (and "trở lên")
  size_t end = 0;
  size_t number_begin = 0;  // folded bytes of the number itself
  size_t number_end = 0;
  std::string comparator;           // >=, >, <=, <, =, ~, range
  bool comparator_written = false;  // false when "=" is only the default
  double value = 0;
  std::optional<double> value_max;
  std::optional<double> of;
  std::optional<double> actual;
  std::string unit;          // canonical
  std::string unit_written;  // folded, as written
  bool from_words = false;
  // Read by a caller's own form rather than Find() ("bình quân mỗi xã đạt 19 tiêu
  // chí"): a target only where its sentence sets a goal.
  bool needs_goal = false;
};

// What the targets extractor does with a figure in a unit: the `role` column of
// schemas/measure_units.tsv (its header says what each one means).
enum class MeasureRole { kNone, kCommune, kVillage, kPerCommune, kMultiplier, kMoney, kIncome };

class QuantityReader {
 public:
  // Loads `schemas_dir`/measure_units.tsv and comparators.tsv; errors name file:line.
  Status Load(const std::filesystem::path& schemas_dir);
  // Adds one unit alias or comparator phrase (tests; Load uses them too).
  void AddUnit(std::string_view alias, std::string canonical);
  // Gives `canonical` a role; InvalidInput for a role name the file may not use.
  Status SetRole(const std::string& canonical, std::string_view role);
  void AddComparator(std::string comparator, std::string_view before, std::string_view after);

  // Every quantity in folded `line`, left to right.
  std::vector<Quantity> Find(std::string_view line) const;

  // The canonical unit whose alias `folded` starts with (at a word end), or
  // nullopt; `length` receives the folded bytes matched.
  std::optional<std::string> UnitAt(std::string_view folded, size_t* length) const;

  // The role of a canonical unit (kNone for most), and the canonical unit that has
  // `role` (empty when no row gives it).
  MeasureRole RoleOf(std::string_view canonical) const;
  const std::string& UnitWithRole(MeasureRole role) const;

 private:
  struct UnitAlias {
    std::string folded;  // the whole alias; for a gap alias, its first part
    std::string canonical;
    std::string tail;  // a gap alias ("tiêu chí…/xã"): the part after the gap, else empty
  };
  struct ComparatorPhrase {
    std::string comparator;
    std::string before;  // folded; may be empty
    std::string after;   // folded; may be empty
  };
  std::vector<UnitAlias> units_;                            // longest first
  std::vector<ComparatorPhrase> comparators_;               // longest `before` first
  std::vector<std::pair<std::string, MeasureRole>> roles_;  // canonical unit, role
};

}  // namespace ntmx
