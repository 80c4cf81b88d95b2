// See markdown_sniff.h.
#include "read/markdown_sniff.h"

namespace ntmx {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

std::string_view TrimBlanks(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && (IsBlank(s.back()) || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// "# Title" to "###### Title": the '#' run starts the line and a space (or tab)
// and some text follow it. "#hashtag" and "####### x" are not headings.
bool IsAtxHeading(std::string_view line) {
  size_t hashes = 0;
  while (hashes < line.size() && line[hashes] == '#') ++hashes;
  if (hashes == 0 || hashes > 6 || hashes == line.size()) return false;
  if (!IsBlank(line[hashes])) return false;
  return !TrimBlanks(line.substr(hashes)).empty();
}

// "***", "___", "* * *": three or more of one of '*' '_' and nothing else but blanks.
bool IsStarOrUnderscoreRule(std::string_view line) {
  line = TrimBlanks(line);
  if (line.empty() || (line.front() != '*' && line.front() != '_')) return false;
  size_t marks = 0;
  for (char c : line) {
    if (c == line.front()) {
      ++marks;
    } else if (!IsBlank(c)) {
      return false;
    }
  }
  return marks >= 3;
}

// "|---|:--:|", "| --- | --- |" or "---|---": cells of '-' with optional ':' at either
// end, separated by '|'. At least one '|' is required, so a dash rule is not a table.
bool IsTableDelimiterRow(std::string_view line) {
  line = TrimBlanks(line);
  if (line.find('|') == std::string_view::npos) return false;
  if (line.front() == '|') line.remove_prefix(1);
  if (!line.empty() && line.back() == '|') line.remove_suffix(1);
  if (line.empty()) return false;
  while (true) {
    const size_t bar = line.find('|');
    std::string_view cell = TrimBlanks(line.substr(0, bar));
    if (!cell.empty() && cell.front() == ':') cell.remove_prefix(1);
    if (!cell.empty() && cell.back() == ':') cell.remove_suffix(1);
    if (cell.empty() || cell.find_first_not_of('-') != std::string_view::npos) return false;
    if (bar == std::string_view::npos) return true;
    line.remove_prefix(bar + 1);
  }
}

// "**bold**": an opening "**" followed by a non-blank that is not '*', and a later
// closing "**" preceded by a non-blank. One pass: a closer that works for a later
// opener also works for the first, so only the first opener needs a search.
bool HasBoldRun(std::string_view line) {
  size_t open = 0;
  while (true) {
    open = line.find("**", open);
    if (open == std::string_view::npos || open + 2 >= line.size()) return false;
    const char next = line[open + 2];
    if (!IsBlank(next) && next != '*' && next != '\r') break;
    open += 1;
  }
  for (size_t close = line.find("**", open + 3); close != std::string_view::npos;
       close = line.find("**", close + 1)) {
    if (!IsBlank(line[close - 1])) return true;
  }
  return false;
}

bool LineLooksLikeMarkdown(std::string_view line) {
  return IsAtxHeading(line) || IsStarOrUnderscoreRule(line) || IsTableDelimiterRow(line) ||
         HasBoldRun(line);
}

}  // namespace

bool LooksLikeMarkdown(std::string_view text) {
  while (!text.empty()) {
    const size_t eol = text.find('\n');
    if (LineLooksLikeMarkdown(text.substr(0, eol))) return true;
    if (eol == std::string_view::npos) break;
    text.remove_prefix(eol + 1);
  }
  return false;
}

}  // namespace ntmx
