// RenderBarChart and NiceTicks on literal charts: bars in proportion, values and
// axes labelled, every text escaped, the way back to the source on each bar.
#include "report/svg_chart.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <regex>

namespace ntmx {
namespace {

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

// The widths of the bars (rects that are neither range extensions nor legend swatches).
std::vector<double> BarWidths(const std::string& svg) {
  std::vector<double> widths;
  const std::regex bar(R"re(<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="19.0")re");
  for (std::sregex_iterator it(svg.begin(), svg.end(), bar), end; it != end; ++it) {
    widths.push_back(std::stod((*it)[1]));
  }
  return widths;
}

BarChart IncomeChart() {
  BarChart chart;
  chart.title = "Tiêu chí 10 – Thu nhập";
  chart.value_axis = "triệu đồng/người/năm";
  chart.category_axis = "Địa bàn · năm";
  chart.series = {"Kon Tum"};
  chart.bars.push_back(
      {"Măng Bút · 2024", 45, std::nullopt, "≥ 45", 0, "«≥ 45 triệu»", "#src-targets-1"});
  chart.bars.push_back(
      {"Hương Sơn · 2023", 47, std::nullopt, "47", 0, "«47 triệu»", "#src-targets-2"});
  return chart;
}

TEST(NiceTicks, RoundStepsFromZeroPastTheHighestValue) {
  EXPECT_EQ(NiceTicks(0, 47), (std::vector<double>{0, 10, 20, 30, 40, 50}));
  EXPECT_EQ(NiceTicks(0, 13), (std::vector<double>{0, 5, 10, 15}));
  EXPECT_EQ(NiceTicks(0, 100), (std::vector<double>{0, 20, 40, 60, 80, 100}));
  EXPECT_EQ(NiceTicks(0, 23198), (std::vector<double>{0, 5000, 10000, 15000, 20000, 25000}));
}

TEST(NiceTicks, IncludesZeroAndNegativeValues) {
  EXPECT_EQ(NiceTicks(-5, 10), (std::vector<double>{-5, 0, 5, 10}));
  EXPECT_EQ(NiceTicks(3, 9).front(), 0);
}

TEST(NiceTicks, AllZeroStillMakesAnAxis) {
  const std::vector<double> ticks = NiceTicks(0, 0);
  ASSERT_GE(ticks.size(), 2u);
  EXPECT_EQ(ticks.front(), 0);
  EXPECT_NEAR(ticks.back(), 1, 1e-9);
}

TEST(NiceTicks, InfiniteOrNanBoundsStillEnd) {
  const double inf = std::numeric_limits<double>::infinity();
  EXPECT_EQ(NiceTicks(0, inf).back(), NiceTicks(0, 0).back());
  EXPECT_EQ(NiceTicks(-inf, std::nan("")).front(), 0);
}

TEST(RenderBarChart, AnInfiniteValueDoesNotBreakTheAxis) {
  BarChart chart = IncomeChart();
  chart.bars[0].value = std::numeric_limits<double>::infinity();
  const std::string svg = RenderBarChart(chart);
  EXPECT_EQ(svg.find("inf"), std::string::npos);
  EXPECT_EQ(svg.find("nan"), std::string::npos);
  EXPECT_NE(svg.find(">50</text>"), std::string::npos);  // the axis of the finite bar
}

TEST(RenderBarChart, BarsAreProportionalToTheirValues) {
  const std::string svg = RenderBarChart(IncomeChart());
  const std::vector<double> widths = BarWidths(svg);
  ASSERT_EQ(widths.size(), 2u);
  EXPECT_NEAR(widths[0] / widths[1], 45.0 / 47.0, 0.01);
}

TEST(RenderBarChart, LabelsValuesAxesAndTicks) {
  const std::string svg = RenderBarChart(IncomeChart());
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u);
  EXPECT_NE(svg.find(">Măng Bút · 2024</text>"), std::string::npos);
  EXPECT_NE(svg.find(">≥ 45</text>"), std::string::npos);
  EXPECT_NE(svg.find(">47</text>"), std::string::npos);
  EXPECT_NE(svg.find(">triệu đồng/người/năm</text>"), std::string::npos);
  EXPECT_NE(svg.find(">Địa bàn · năm</text>"), std::string::npos);
  for (const char* tick : {">0</text>", ">10</text>", ">50</text>"}) {
    EXPECT_NE(svg.find(tick), std::string::npos) << tick;
  }
  EXPECT_NE(svg.find("aria-label=\"Tiêu chí 10 – Thu nhập\""), std::string::npos);
}

TEST(RenderBarChart, EachBarLinksToItsSourceAndQuotesIt) {
  const std::string svg = RenderBarChart(IncomeChart());
  EXPECT_NE(svg.find("<a href=\"#src-targets-1\">"), std::string::npos);
  EXPECT_NE(svg.find("<a href=\"#src-targets-2\">"), std::string::npos);
  EXPECT_NE(svg.find("<title>Măng Bút · 2024\n«≥ 45 triệu»</title>"), std::string::npos);
  EXPECT_EQ(Count(svg, "<g class=\"bar\">"), 2u);
}

TEST(RenderBarChart, EscapesEveryText) {
  BarChart chart = IncomeChart();
  chart.title = "a<b";
  chart.bars[0].label = "<script>x</script>";
  chart.bars[0].tooltip = "\"&\"";
  chart.bars[0].href = "#x\"y";
  const std::string svg = RenderBarChart(chart);
  EXPECT_EQ(svg.find("<script"), std::string::npos);
  EXPECT_NE(svg.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(svg.find("&quot;&amp;&quot;"), std::string::npos);
  EXPECT_NE(svg.find("href=\"#x&quot;y\""), std::string::npos);
  EXPECT_NE(svg.find("aria-label=\"a&lt;b\""), std::string::npos);
}

TEST(RenderBarChart, ARangeDrawsItsUpperEndLighter) {
  BarChart chart = IncomeChart();
  chart.bars[1].value_max = 50;
  chart.bars[1].value_text = "47–50";
  const std::string svg = RenderBarChart(chart);
  EXPECT_EQ(Count(svg, "class=\"range\""), 1u);
  EXPECT_NE(svg.find("fill-opacity=\"0.35\""), std::string::npos);
}

TEST(RenderBarChart, ALegendOnlyWithTwoOrMoreSeries) {
  BarChart chart = IncomeChart();
  EXPECT_EQ(RenderBarChart(chart).find("class=\"legend\""), std::string::npos);
  chart.series = {"Kon Tum", "Thừa Thiên Huế"};
  chart.bars[1].series = 1;
  const std::string svg = RenderBarChart(chart);
  EXPECT_NE(svg.find(">Thừa Thiên Huế</text>"), std::string::npos);
  EXPECT_EQ(Count(svg, "class=\"legend\""), 2u);
  // The two bars take the two first colours.
  EXPECT_NE(svg.find("fill=\"#0072B2\""), std::string::npos);
  EXPECT_NE(svg.find("fill=\"#E69F00\""), std::string::npos);
}

TEST(RenderBarChart, LongLabelsAreCutWithAnEllipsisButKeptWholeInTheTooltip) {
  BarChart chart = IncomeChart();
  const std::string label(400, 'x');
  chart.bars[0].label = label;
  const std::string svg = RenderBarChart(chart);
  EXPECT_NE(svg.find("x…</text>"), std::string::npos);
  EXPECT_NE(svg.find("<title>" + label), std::string::npos);
}

TEST(RenderBarChart, NoBarsSaysSo) {
  BarChart chart;
  chart.title = "trống";
  const std::string svg = RenderBarChart(chart);
  EXPECT_NE(svg.find("không có dữ liệu"), std::string::npos);
  EXPECT_EQ(svg.find("<rect"), std::string::npos);
  EXPECT_EQ(svg.substr(svg.size() - 6), "</svg>");
}

}  // namespace
}  // namespace ntmx
