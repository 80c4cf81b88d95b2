// See page_map.h.
#include "pipeline/page_map.h"

#include <algorithm>
#include <string>

#include "text/utf8.h"

namespace ntmx {

std::vector<uint32_t> MapPageStarts(std::string_view raw, const std::vector<size_t>& raw_starts,
                                    std::string_view stored, const NormalizeOptions& options) {
  std::vector<uint32_t> pages;
  size_t from = 0;  // byte offset in `stored` of the previous page's start
  for (size_t k = 0; k < raw_starts.size(); ++k) {
    if (k == 0) {
      pages.push_back(0);
      continue;
    }
    // The page's opening words: up to the end of its first line, at most ~48 bytes,
    // cut at a character boundary.
    const size_t begin = std::min(raw_starts[k], raw.size());
    size_t end = begin;
    while (end < raw.size() && raw[end] != '\n' && end - begin < 48) ++end;
    while (end < raw.size() && (static_cast<unsigned char>(raw[end]) & 0xC0) == 0x80) ++end;
    std::string probe = NormalizeText(raw.substr(begin, end - begin), options, nullptr);
    while (!probe.empty() && (probe.back() == '\n' || probe.back() == ' ')) probe.pop_back();
    const size_t at = probe.size() < 4 ? std::string_view::npos : stored.find(probe, from);
    if (at == std::string_view::npos) {
      pages.push_back(pages.back());
      continue;
    }
    from = at;
    pages.push_back(static_cast<uint32_t>(CountCodePoints(stored.substr(0, at))));
  }
  return pages;
}

int PageOf(const std::vector<uint32_t>& pages, uint32_t begin) {
  if (pages.empty()) return 0;
  return static_cast<int>(std::upper_bound(pages.begin(), pages.end(), begin) - pages.begin());
}

}  // namespace ntmx
