// See pdf_layout.h.
#include "read/pdf_layout.h"

#include <algorithm>
#include <cmath>
#include <span>

namespace ntmx {
namespace {

// A gap wider than this many font sizes between two words of a row separates columns.
constexpr double kColumnGap = 3.0;

double Height(const PdfBox& b) { return std::max(0.1, b.bottom - b.top); }
double FontSize(const PdfBox& b) { return b.font_size > 0 ? b.font_size : Height(b); }

// Takes `v` by value to reorder it: pass it with std::move when it is not needed again.
double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
  return v[v.size() / 2];
}

bool AllDigits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct Row {
  std::vector<const PdfBox*> boxes;
  double top = 0, bottom = 0;
};

// A run of a row's boxes (sorted left to right) between column gaps. A view into the
// row, so that a row that is one line after all is not copied.
struct Segment {
  std::span<const PdfBox* const> boxes;
  double left = 0, right = 0;
};

PdfLine MakeLine(std::span<const PdfBox* const> boxes) {
  PdfLine line;
  std::vector<double> sizes, bottoms;
  sizes.reserve(boxes.size());
  bottoms.reserve(boxes.size());
  for (const PdfBox* b : boxes) {
    sizes.push_back(FontSize(*b));
    bottoms.push_back(b->bottom);
  }
  line.font_size = Median(std::move(sizes));
  const double base = Median(std::move(bottoms));
  line.left = boxes.front()->left;
  line.right = boxes.back()->right;
  line.top = boxes.front()->top;
  line.bottom = boxes.front()->bottom;
  const PdfBox* previous = nullptr;
  for (const PdfBox* b : boxes) {
    line.left = std::min(line.left, b->left);
    line.right = std::max(line.right, b->right);
    line.top = std::min(line.top, b->top);
    line.bottom = std::max(line.bottom, b->bottom);
    // A raised digit in a smaller size is a footnote marker.
    const bool superscript = boxes.size() > 1 && AllDigits(b->text) &&
                             FontSize(*b) < 0.85 * line.font_size &&
                             b->bottom < base - 0.2 * line.font_size;
    if (previous != nullptr) {
      const double gap = b->left - previous->right;
      const bool space = previous->space_after || gap > 0.2 * line.font_size;
      // No space before a marker that touches its word ("tiêu chí¹").
      if (space && !(superscript && gap < 0.2 * line.font_size)) line.text += ' ';
    } else if (superscript) {
      line.starts_superscript = true;
    }
    line.text += superscript ? ToSuperscriptDigits(b->text) : b->text;
    previous = b;
  }
  if (line.starts_superscript && line.text.find(' ') == std::string::npos) {
    line.starts_superscript = false;
  }
  return line;
}

}  // namespace

std::string ToSuperscriptDigits(const std::string& digits) {
  static const char* const kSup[10] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  std::string out;
  for (char c : digits) {
    if (c >= '0' && c <= '9') {
      out += kSup[c - '0'];
    } else {
      out += c;
    }
  }
  return out;
}

std::vector<PdfLine> LayoutPdfPage(const PdfPage& page) {
  std::vector<const PdfBox*> boxes;
  for (const PdfBox& b : page.boxes) {
    if (!b.text.empty()) boxes.push_back(&b);
  }
  std::stable_sort(boxes.begin(), boxes.end(), [](const PdfBox* a, const PdfBox* b) {
    return a->top + a->bottom < b->top + b->bottom;
  });

  // Rows: a box joins the row it overlaps vertically by half of the smaller height.
  std::vector<Row> rows;
  for (const PdfBox* b : boxes) {
    Row* target = nullptr;
    for (size_t k = rows.size(); k-- > 0 && k + 3 >= rows.size();) {
      Row& r = rows[k];
      const double overlap = std::min(r.bottom, b->bottom) - std::max(r.top, b->top);
      if (overlap >= 0.5 * std::min(r.bottom - r.top, Height(*b))) {
        target = &r;
        break;
      }
    }
    if (target == nullptr) {
      rows.push_back(Row{{}, b->top, b->bottom});
      target = &rows.back();
    }
    target->boxes.push_back(b);
    target->top = std::min(target->top, b->top);
    target->bottom = std::max(target->bottom, b->bottom);
  }

  // Segments of each row, split at gaps of kColumnGap font sizes.
  std::vector<std::vector<Segment>> segments(rows.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    auto& row = rows[i].boxes;
    std::stable_sort(row.begin(), row.end(),
                     [](const PdfBox* a, const PdfBox* b) { return a->left < b->left; });
    std::vector<double> sizes;
    sizes.reserve(row.size());
    for (const PdfBox* b : row) sizes.push_back(FontSize(*b));
    const double size = Median(std::move(sizes));
    for (size_t k = 0; k < row.size(); ++k) {
      const PdfBox* b = row[k];
      if (segments[i].empty() || b->left - segments[i].back().right > kColumnGap * size) {
        segments[i].push_back(Segment{std::span(row).subspan(k, 0), b->left, b->right});
      }
      Segment& s = segments[i].back();
      s.boxes = std::span(s.boxes.data(), s.boxes.size() + 1);
      s.right = std::max(s.right, b->right);
    }
  }

  std::vector<PdfLine> out;
  auto whole_row = [&](size_t i) { out.push_back(MakeLine(rows[i].boxes)); };
  for (size_t i = 0; i < rows.size();) {
    if (segments[i].size() != 2) {
      whole_row(i++);
      continue;
    }
    // A column block: two-segment rows, and one-segment rows on one side of the gap.
    double split = (segments[i][0].right + segments[i][1].left) / 2;
    std::vector<std::span<const PdfBox*const>> left, right;
    size_t j = i, split_rows = 0;
    for (; j < rows.size(); ++j) {
      const auto& seg = segments[j];
      if (j > i && rows[j].top - rows[j - 1].bottom > 3 * (rows[j - 1].bottom - rows[j - 1].top)) {
        break;
      }
      if (seg.size() == 2 && seg[0].right < split + 1 && seg[1].left > split - 1) {
        left.push_back(seg[0].boxes);
        right.push_back(seg[1].boxes);
        ++split_rows;
        split = std::clamp(split, seg[0].right, seg[1].left);
      } else if (seg.size() == 1 && seg[0].right < split) {
        left.push_back(seg[0].boxes);
      } else if (seg.size() == 1 && seg[0].left > split) {
        right.push_back(seg[0].boxes);
      } else {
        break;
      }
    }
    if (split_rows < 2) {
      whole_row(i++);
      continue;
    }
    for (const auto* side : {&left, &right}) {
      for (const auto& b : *side) {
        out.push_back(MakeLine(b));
        out.back().column = true;
      }
    }
    i = j;
  }
  return out;
}

}  // namespace ntmx
