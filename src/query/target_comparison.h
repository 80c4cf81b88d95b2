// Target comparison: flags, in the table of `ntmx query targets --compare`, the rows
// whose unit of measure cannot be compared with the rest of their metric.
//
// --compare lines targets up by metric (criteria set, criterion, indicator). Values
// compare only in one unit: 45 "triệu đồng/người/năm" against 13 "%" is
// meaningless, and so is a count of "xã" against a percentage. Each row's unit is
// canonicalised through schemas/measure_units.tsv (QuantityReader, so "trđ/người"
// and "triệu đồng/người/năm" agree); the unit most rows of the metric use is the
// metric's unit, and the column `comparable` says for each row:
//   yes          the metric's unit
//   no: xã       another unit (here, a count of communes among incomes)
//   no: no unit  a bare number
#pragma once

#include "knowledge/quantities.h"
#include "store/result_table.h"

namespace ntmx {

// Appends column "comparable" to `table`, which must have columns "set",
// "criterion", "indicator" and "unit" (as BuildQuerySql gives them for --compare).
void MarkComparableUnits(const QuantityReader& units, ResultTable* table);

}  // namespace ntmx
