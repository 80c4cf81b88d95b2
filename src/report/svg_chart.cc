// See svg_chart.h.
#include "report/svg_chart.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "report/html_writer.h"
#include "report/number_format.h"

namespace ntmx {
namespace {

// Geometry, in SVG user units (= CSS pixels at 100 %).
constexpr double kWidth = 760;
constexpr double kCharWidth = 7.4;  // average advance of a 13 px sans-serif letter
constexpr double kMinLabelWidth = 90;
constexpr double kMaxLabelWidth = 300;
constexpr double kTop = 26;  // room for the category axis title
constexpr double kRow = 28;  // one bar and its gap
constexpr double kBarHeight = 19;
constexpr double kValueRoom = 96;  // right of the plot, for "≥ 23.198"
constexpr double kLegendRow = 20;

// Okabe-Ito: told apart by people with any common colour-vision deficiency.
constexpr std::array<const char*, 8> kPalette = {"#0072B2", "#E69F00", "#009E73", "#CC79A7",
                                                 "#56B4E9", "#D55E00", "#8C7A00", "#000000"};

std::string Px(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// The first `max` code points of `s`, ending in "…" when cut.
std::string Truncate(const std::string& s, size_t max) {
  if (CodePoints(s) <= max || max == 0) return s;
  size_t n = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && n++ == max - 1) break;
  }
  return s.substr(0, i) + "…";
}

const char* Colour(size_t series) { return kPalette[series % kPalette.size()]; }

}  // namespace

std::vector<double> NiceTicks(double low, double high, int wanted) {
  // An infinite or NaN bound (SQLite stores 1e999 as Inf) would never be reached.
  low = std::isfinite(low) ? std::min(0.0, low) : 0.0;
  high = std::isfinite(high) ? std::max(0.0, high) : 0.0;
  if (high - low <= 0) high = low + 1;
  const double rough = (high - low) / std::max(1, wanted);
  const double power = std::pow(10.0, std::floor(std::log10(rough)));
  double step = power * 10;
  for (double m : {1.0, 2.0, 2.5, 5.0}) {
    if (m * power >= rough) {
      step = m * power;
      break;
    }
  }
  std::vector<double> ticks;
  const double first = std::floor(low / step) * step;
  for (int i = 0;; ++i) {
    const double t = first + i * step;
    ticks.push_back(std::fabs(t) < step * 1e-9 ? 0.0 : t);
    if (t >= high - step * 1e-9) break;
  }
  return ticks;
}

std::string RenderBarChart(const BarChart& chart) {
  size_t longest = CodePoints(chart.category_axis) / 2;
  for (const ChartBar& bar : chart.bars) longest = std::max(longest, CodePoints(bar.label));
  const double label_width =
      std::clamp(static_cast<double>(longest) * kCharWidth + 12, kMinLabelWidth, kMaxLabelWidth);
  const size_t label_chars = static_cast<size_t>((label_width - 12) / kCharWidth);
  const double left = label_width + 8, right = kWidth - kValueRoom;
  const double plot_height = static_cast<double>(std::max<size_t>(1, chart.bars.size())) * kRow;
  const double axis_y = kTop + plot_height;

  double low = 0, high = 0;
  for (const ChartBar& bar : chart.bars) {
    for (double v : {bar.value, bar.value_max.value_or(bar.value)}) {
      if (!std::isfinite(v)) continue;  // drawn as an empty bar with its value text
      low = std::min(low, v);
      high = std::max(high, v);
    }
  }
  const std::vector<double> ticks = NiceTicks(low, high);
  const double domain_low = ticks.front(), domain_high = ticks.back();
  auto x = [&](double v) {
    if (!std::isfinite(v)) return left;
    return left + (v - domain_low) / (domain_high - domain_low) * (right - left);
  };

  // The legend: swatch and name, wrapped onto as many rows as needed.
  struct LegendItem {
    double x;
    double row;
    size_t series;
  };
  std::vector<LegendItem> legend;
  if (chart.series.size() >= 2) {
    double lx = left, row = 0;
    for (size_t i = 0; i < chart.series.size(); ++i) {
      const double w = 18 + static_cast<double>(CodePoints(chart.series[i])) * kCharWidth + 16;
      if (lx + w > kWidth && lx > left) {
        lx = left;
        ++row;
      }
      legend.push_back({lx, row, i});
      lx += w;
    }
  }
  const double legend_y = axis_y + 52;
  const double height =
      legend.empty() ? axis_y + 44 : legend_y + (legend.back().row + 1) * kLegendRow;

  HtmlWriter svg;
  svg.Open("svg", {{"xmlns", "http://www.w3.org/2000/svg"},
                   {"class", "chart"},
                   {"viewBox", "0 0 " + Px(kWidth) + " " + Px(height)},
                   {"width", Px(kWidth)},
                   {"height", Px(height)},
                   {"role", "img"},
                   {"aria-label", chart.title}});
  svg.Element("title", chart.title);

  // Gridlines and tick labels of the value axis.
  for (double t : ticks) {
    const std::string tx = Px(x(t));
    svg.Empty("line", {{"class", t == 0 ? "axis" : "grid"},
                       {"x1", tx},
                       {"y1", Px(kTop - 4)},
                       {"x2", tx},
                       {"y2", Px(axis_y)}});
    svg.Element("text",
                {{"class", "tick"}, {"x", tx}, {"y", Px(axis_y + 16)}, {"text-anchor", "middle"}},
                FormatNumberVi(t));
  }
  svg.Empty("line", {{"class", "axis"},
                     {"x1", Px(left)},
                     {"y1", Px(axis_y)},
                     {"x2", Px(right)},
                     {"y2", Px(axis_y)}});
  svg.Element("text",
              {{"class", "axis-title"},
               {"x", Px((left + right) / 2)},
               {"y", Px(axis_y + 36)},
               {"text-anchor", "middle"}},
              chart.value_axis);
  svg.Element("text",
              {{"class", "axis-title"},
               {"x", Px(label_width)},
               {"y", Px(kTop - 10)},
               {"text-anchor", "end"}},
              chart.category_axis);

  if (chart.bars.empty()) {
    svg.Element("text",
                {{"class", "tick"},
                 {"x", Px((left + right) / 2)},
                 {"y", Px(kTop + kRow / 2 + 4)},
                 {"text-anchor", "middle"}},
                "không có dữ liệu");
  }
  for (size_t i = 0; i < chart.bars.size(); ++i) {
    const ChartBar& bar = chart.bars[i];
    const double y = kTop + static_cast<double>(i) * kRow + (kRow - kBarHeight) / 2;
    const double x0 = x(std::min(0.0, bar.value)), x1 = x(std::max(0.0, bar.value));
    const double x_end = bar.value_max ? std::max(x1, x(*bar.value_max)) : x1;
    svg.Open("g", {{"class", "bar"}});
    svg.Element("title", bar.tooltip.empty() ? bar.label : bar.label + "\n" + bar.tooltip);
    if (!bar.href.empty()) svg.Open("a", {{"href", bar.href}});
    svg.Element("text",
                {{"class", "label"},
                 {"x", Px(label_width)},
                 {"y", Px(y + kBarHeight / 2 + 4.5)},
                 {"text-anchor", "end"}},
                Truncate(bar.label, label_chars));
    svg.Empty("rect", {{"x", Px(x0)},
                       {"y", Px(y)},
                       {"width", Px(std::max(1.0, x1 - x0))},
                       {"height", Px(kBarHeight)},
                       {"fill", Colour(bar.series)}});
    if (x_end > x1) {
      svg.Empty("rect", {{"class", "range"},
                         {"x", Px(x1)},
                         {"y", Px(y)},
                         {"width", Px(x_end - x1)},
                         {"height", Px(kBarHeight)},
                         {"fill", Colour(bar.series)},
                         {"fill-opacity", "0.35"}});
    }
    svg.Element("text",
                {{"class", "value"}, {"x", Px(x_end + 5)}, {"y", Px(y + kBarHeight / 2 + 4.5)}},
                bar.value_text);
    if (!bar.href.empty()) svg.Close("a");
    svg.Close("g");
  }

  for (const LegendItem& item : legend) {
    const double y = legend_y + item.row * kLegendRow;
    svg.Empty("rect", {{"x", Px(item.x)},
                       {"y", Px(y - 10)},
                       {"width", "12"},
                       {"height", "12"},
                       {"fill", Colour(item.series)}});
    svg.Element("text", {{"class", "legend"}, {"x", Px(item.x + 17)}, {"y", Px(y)}},
                chart.series[item.series]);
  }
  svg.Close("svg");
  return svg.Release();
}

}  // namespace ntmx
