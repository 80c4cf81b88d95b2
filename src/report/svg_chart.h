// SvgBarChart: a horizontal bar chart as inline SVG, drawn in C++ so the report
// needs no script and no network.
//
// Horizontal because the categories are Vietnamese place names with a year
// ("Hương Sơn · 2023"), which do not fit under vertical bars. Each bar carries the
// way back to its sentence: a <title> (the browser's tooltip: the quote) and a link
// to the report's sources appendix. A range target ("45-47") draws the lower end
// solid and the rest of the range lighter. The value axis starts at zero, has
// round-number ticks and gridlines and is titled with the unit; every bar is
// labelled with its value as written (comparator included), so the chart reads
// without hovering and prints as it shows.
//
//   BarChart chart;
//   chart.title = "Thu nhập bình quân đầu người";
//   chart.value_axis = "triệu đồng/người/năm";
//   chart.category_axis = "Địa bàn · năm";
//   chart.series = {"Kon Tum", "Thừa Thiên Huế"};
//   chart.bars.push_back({"Măng Bút · 2024", 45, std::nullopt, "≥ 45", 0, "«…»", "#src-1"});
//   std::string svg = RenderBarChart(chart);
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ntmx {

struct ChartBar {
  std::string label;                // category: "Măng Bút · 2024"
  double value = 0;                 // where the bar ends
  std::optional<double> value_max;  // upper end of a range, drawn lighter
  std::string value_text;           // printed after the bar: "≥ 45"
  size_t series = 0;                // index into BarChart::series: the colour
  std::string tooltip;              // the quote, shown on hover
  std::string href;                 // "#src-targets-12"; empty: no link
};

struct BarChart {
  std::string title;          // the SVG's accessible name
  std::string value_axis;     // title of the value (x) axis: the unit
  std::string category_axis;  // title over the category labels
  // Names of the colours bars use (provinces); a legend is drawn when there are
  // two or more.
  std::vector<std::string> series;
  std::vector<ChartBar> bars;
};

// The chart as one <svg> element (with a viewBox, so it scales to its container).
// A chart without bars draws its axes and the words "không có dữ liệu" (no data).
std::string RenderBarChart(const BarChart& chart);

// Round tick values from 0 (or the lowest value, when negative) to at least
// `high`: steps of 1, 2, 2.5 or 5 times a power of ten, about `wanted` of them.
std::vector<double> NiceTicks(double low, double high, int wanted = 5);

}  // namespace ntmx
