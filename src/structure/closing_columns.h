// Side-by-side closings: "Nơi nhận:" and its recipients in the left column, the
// signature (TM./KT. lines, position, name) in the right one, written as spaced
// plain text (the normalizer turns the wide gap into a tab), as a pipe table, or
// as a markdown table whose cells join their lines with "<br>". The structure
// stage rewrites such a block as the left column's lines followed by the right
// column's, so the rest of it reads recipients and signature as it does when they
// are written one after the other. A template over the stage's own line type,
// which only it knows; the cell splitting is plain string work in the .cc.
#pragma once

#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule_set.h"
#include "text/fold.h"
#include "text/strings.h"

namespace ntmx {

// One cell of a line, and whether it is in the right column.
struct ColumnCell {
  bool right;
  std::string text;
};

// A line's cells: split at '|' (a pipe table), tabs (the normalizer turns a wide
// run of spaces into one), runs of three spaces, and "<br>" inside a cell; empty
// cells dropped. A cell is in the right column when it is not its line's first
// (of a pipe table: not in its first column).
std::vector<ColumnCell> ColumnCells(std::string_view line);

// `s` without surrounding markdown bold or italic marks and spaces.
std::string WithoutBold(std::string_view s);

// A side-by-side closing — "Nơi nhận:" and its list in the left column, the
// signature in the right one, as spaced plain text, tabs or a pipe table — becomes
// the left column's lines followed by the right column's, so the recipients and
// the signature read as they do when written one after the other. A cell is on
// the right when it is not its line's first, or, alone on its line (the margin is
// lost to normalization), when it is a signature line, a note such as "(Đã ký)"
// or the signer's name. The block ends at that name. Blocks without a signature
// line on the right are left alone.
template <class Line, class IsName>
void SplitClosingColumns(std::vector<Line>* lines, const Rule& recipients, const Rule& signature,
                         const Rule& signature_note, IsName looks_like_name) {
  for (size_t k = lines->size(); k-- > 0;) {
    const std::string_view folded = (*lines)[k].folded;
    const size_t text_start = folded.find_first_not_of(" \t|*_");
    if (text_start == std::string_view::npos ||
        !recipients.MatchFolded(folded.substr(text_start), nullptr))
      continue;
    std::vector<Line> left, right;
    bool split = false;  // some line had two columns
    bool signed_right = false;
    size_t end = k;
    for (; end < lines->size() && end < k + 16; ++end) {
      const Line& line = (*lines)[end];
      bool named = false;
      for (const ColumnCell& cell : ColumnCells(line.text)) {
        if (cell.text.find_first_not_of("-:| ") == std::string::npos) continue;  // a rule
        const std::string plain = WithoutBold(cell.text);
        const std::string folded = Fold(plain);
        const bool signature_line = signature.MatchFolded(folded, nullptr);
        const bool name = !signature_line && signed_right && looks_like_name(plain);
        const bool is_right = cell.right || signature_line || name ||
                              (signed_right && signature_note.MatchFolded(folded, nullptr));
        split |= cell.right;
        signed_right |= is_right && signature_line;
        named |= is_right && name;
        Line part;
        part.text = cell.text;
        part.folded = Fold(part.text);
        part.blank_before = (is_right ? right.empty() : left.empty()) ? line.blank_before : false;
        (is_right ? right : left).push_back(std::move(part));
      }
      if (named) {
        ++end;
        break;
      }
    }
    if (!split || !signed_right) continue;
    right.front().blank_before = true;
    std::vector<Line> merged = std::move(left);
    for (Line& line : right) merged.push_back(std::move(line));
    lines->erase(lines->begin() + static_cast<std::ptrdiff_t>(k),
                 lines->begin() + static_cast<std::ptrdiff_t>(end));
    lines->insert(lines->begin() + static_cast<std::ptrdiff_t>(k),
                  std::make_move_iterator(merged.begin()), std::make_move_iterator(merged.end()));
  }
}

}  // namespace ntmx
