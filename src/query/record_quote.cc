// See record_quote.h.
#include "query/record_quote.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string_view>

#include "pipeline/page_map.h"

namespace ntmx {
namespace {

// Characters of quoted context fetched on each side of a span.
constexpr int kContext = 160;

size_t ByteOfChar(std::string_view s, size_t chars) {
  size_t i = 0;
  while (i < s.size() && chars > 0) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    --chars;
  }
  return i;
}

// The line of `window` that holds the span starting `before` characters in and
// `length` characters long: the sentence to quote.
std::string QuoteLine(std::string_view window, int before, int length) {
  const size_t b = ByteOfChar(window, static_cast<size_t>(std::max(0, before)));
  const size_t e = b + ByteOfChar(window.substr(b), static_cast<size_t>(std::max(0, length)));
  size_t lb = window.rfind('\n', b == 0 ? 0 : b - 1);
  lb = (lb == std::string_view::npos || lb >= b) ? 0 : lb + 1;
  if (b == 0) lb = 0;
  size_t le = window.find('\n', e);
  if (le == std::string_view::npos) le = window.size();
  std::string line(window.substr(lb, le - lb));
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
  // A line longer than the window was cut at the window's start: say so.
  if (lb == 0 && before >= kContext) line = "…" + line;
  return line;
}

}  // namespace

// kContext characters each side, as <t>_window, the characters before the span in it
// (<t>_before), the span's length (<t>_length) and its PDF page (<t>_page).
std::string WindowSql(const std::string& t, const std::string& d) {
  const std::string c = std::to_string(kContext);
  return "substr(" + d + ".text, max(1, " + t + ".span_begin + 1 - " + c + "), " + t +
         ".span_end - " + t + ".span_begin + " + c + " + min(" + c + ", " + t +
         ".span_begin)) AS " + t + "_window, min(" + c + ", " + t + ".span_begin) AS " + t +
         "_before, " + t + ".span_end - " + t + ".span_begin AS " + t + "_length, " +
         // The PDF page, counted as the views of 0003_views.sql count it.
         "CASE WHEN " + d + ".pages IS NULL THEN NULL ELSE (SELECT count(*) FROM json_each(" + d +
         ".pages) pg WHERE pg.value <= " + t + ".span_begin) END AS " + t + "_page";
}

std::optional<int> QuotePage(const ResultRow& r, const std::string& t) {
  const std::optional<int64_t> page = r.OptInt(t + "_page");
  if (!page) return std::nullopt;
  return static_cast<int>(*page);
}

std::optional<int> PageFromJson(const std::string& pages_json, size_t begin) {
  if (pages_json.empty()) return std::nullopt;
  const nlohmann::json pages = nlohmann::json::parse(pages_json, nullptr, false);
  if (!pages.is_array() || pages.empty()) return std::nullopt;
  std::vector<uint32_t> starts;
  for (const nlohmann::json& p : pages) {
    if (!p.is_number_unsigned()) return std::nullopt;
    starts.push_back(p.get<uint32_t>());
  }
  return PageOf(starts, static_cast<uint32_t>(begin));
}

// "source: «the line of the span»" from the columns WindowSql(t, …) named, in row `r`.
std::string QuoteOf(const ResultRow& r, const std::string& source, const std::string& t) {
  return source + ": «" +
         QuoteLine(r.Str(t + "_window"), static_cast<int>(r.Int(t + "_before")),
                   static_cast<int>(r.Int(t + "_length"))) +
         "»";
}

}  // namespace ntmx
