// TargetCharts: which targets the report compares in charts, and how.
//
// A chart lines up one criterion's targets in one unit across the places that set
// them -- the income-per-head target of every commune, the poverty rate, the share
// insured -- so a reader sees at once who aims higher. Which charts exist follows
// from the data, not from a list of indicators: targets are grouped by (criteria
// set, criterion, unit), and a group becomes a chart when at least two places set
// such a target (one place alone compares with nothing; its targets stay in the
// report's table). Units are compared only when written the same way, so "%" and
// "triệu đồng/người/năm" never share an axis.
//
// Bars are ordered by province, then year, then place, and coloured by province.
// A bar's label is "place · year", with the metric when one place has several
// targets in the chart; its value label keeps the comparator ("≥ 45", "45–47").
//
//   std::vector<BarChart> charts = TargetCharts(data, 8);
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "report/report_data.h"
#include "report/svg_chart.h"

namespace ntmx {

// At most `max_charts` charts of `data.targets`, the groups with the most places
// first (ties: by set and criterion number). Each bar's tooltip quotes its source
// and links to it.
std::vector<BarChart> TargetCharts(const ReportData& data, size_t max_charts);

// A target's value as the plan states it: "≥ 45", "< 3", "45–47", "~ 4.342".
std::string TargetValueText(const ReportTarget& target);

// A tooltip for a record: its line with the quoted words, and where it is from.
std::string SourceTooltip(const SourceRef& source);

}  // namespace ntmx
