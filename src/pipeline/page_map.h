// Page provenance: where each page of a PDF begins in the stored text.
//
// The PDF reader knows where each page begins in the text it produced; the normalize and
// structure stages then rewrite that text (NFC, marks removed, footnotes moved to the end,
// sentences split by a page break rejoined), so the offsets cannot be carried through
// arithmetic. Instead each page's opening words are normalized the same way and looked
// up in the stored text, in order. A record's page is then the last page whose start is
// at or before its span's start:
//
//   pages = {0, 1840, 3902}; span [2000, 2100] -> page 2 (1-based)
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "normalize/normalizer.h"

namespace ntmx {

// Code-point offsets into `stored` where each page begins (non-decreasing; the first is
// 0). A page whose opening words are not found starts where the previous one did.
// `raw` is the reader's text and `raw_starts` its page offsets (bytes).
std::vector<uint32_t> MapPageStarts(std::string_view raw, const std::vector<size_t>& raw_starts,
                                    std::string_view stored, const NormalizeOptions& options);

// The 1-based page of a span that starts at code point `begin`; 0 when `pages` is empty.
int PageOf(const std::vector<uint32_t>& pages, uint32_t begin);

}  // namespace ntmx
