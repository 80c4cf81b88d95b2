// See normalizer.h. Each step is a plain string -> string pass; the document is
// small (tens of kB) and the passes are linear, so clarity wins over fusing them.
#include "normalize/normalizer.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <array>
#include <cctype>
#include <string>

#include "text/strings.h"
#include "text/utf8.h"

namespace ntmx {
namespace {

bool IsSpaceVariant(char32_t cp) {
  return cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000;
}

bool IsInvisible(char32_t cp) {
  return (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD ||
         cp == 0x180E;
}

// Line ends to "\n", invisible characters dropped, space variants to " ",
// ƣ/Ƣ to ư/Ư, other control characters (but tab) dropped.
std::string MapCharacters(std::string_view s, size_t* garbled) {
  std::string out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    // A run of printable ASCII stays as it is: most of a document.
    size_t run = pos;
    while (run < s.size() && s[run] >= 0x20 && s[run] < 0x7F) ++run;
    out.append(s.substr(pos, run - pos));
    pos = run;
    if (pos == s.size()) break;
    const size_t start = pos;
    const char32_t cp = DecodeUtf8(s, &pos);
    if (cp == '\r') {
      if (pos < s.size() && s[pos] == '\n') continue;
      out.push_back('\n');
    } else if (cp == '\f' || cp == '\v' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
      out.push_back('\n');
    } else if (cp == '\n' || cp == '\t') {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x20 || cp == 0x7F || IsInvisible(cp)) {
      continue;
    } else if (IsSpaceVariant(cp)) {
      out.push_back(' ');
    } else if (cp == 0x01A3) {
      ++*garbled;
      AppendUtf8(U'ư', &out);
    } else if (cp == 0x01A2) {
      ++*garbled;
      AppendUtf8(U'Ư', &out);
    } else if (cp == U'\uFFFD') {
      AppendUtf8(cp, &out);  // an invalid sequence, or the character itself
    } else {
      out.append(s.substr(start, pos - start));  // a valid sequence is its own encoding
    }
  }
  return out;
}

bool IsAsciiPunct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// A line made only of '*', '_' (three or more) and spaces: a markdown rule.
bool IsEmphasisRule(std::string_view line) {
  int marks = 0;
  for (char c : line) {
    if (c == '*' || c == '_') {
      ++marks;
    } else if (!IsBlank(c)) {
      return false;
    }
  }
  return marks >= 3;
}

// Collapses runs of spaces to one and trims both ends of a line (tabs kept: they
// separate table cells). A wide run of spaces between words is a column break of a
// layout aligned with spaces (the two-column header of a plain-text plan: "UBND XÃ
// HỒNG LỘC          CỘNG HÒA XÃ HỘI …") and becomes a tab, as a typed table's would.
// Appends the tidied line to `out`.
void AppendTidySpaces(std::string_view line, std::string* out) {
  constexpr size_t kColumnBreak = 6;  // spaces; justified prose rarely stretches this far
  const size_t base = out->size();    // the line starts here
  size_t run = 0;
  for (char c : line) {
    if (c == ' ') {
      ++run;
      if (out->size() == base || out->back() == ' ' || out->back() == '\t') {
        if (run >= kColumnBreak && out->size() != base && out->back() == ' ') out->back() = '\t';
        continue;
      }
    } else {
      run = 0;
    }
    out->push_back(c);
  }
  while (out->size() > base && IsBlank(out->back())) out->pop_back();
  size_t start = base;
  while (start < out->size() && IsBlank((*out)[start])) ++start;
  out->erase(base, start - base);
}

// Whether ReduceMarkdownLine can change `line`: every mark it removes has one of
// these bytes. Most lines have none and are not copied.
bool MayHaveMarkdown(std::string_view line) {
  // A plain loop: find_first_of would search the set once per byte of the line.
  for (char c : line) {
    if (c == '*' || c == '_' || c == '\\' || c == '#') return true;
  }
  return false;
}

// Replaces `*s` with its NFC form unless it is in NFC already (the common case:
// the check is much cheaper than normalizing, and nothing is copied).
void ToNfcInPlace(std::string* s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return;
  const icu::StringPiece piece(s->data(), static_cast<int32_t>(s->size()));
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return;
  status = U_ZERO_ERROR;
  std::string out;
  out.reserve(s->size());
  icu::StringByteSink<std::string> sink(&out);
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_SUCCESS(status)) *s = std::move(out);
}

struct LatexCommand {
  std::string_view name;
  std::string_view text;
};

constexpr std::array<LatexCommand, 16> kLatexCommands = {{
    {"leq", "≤"},
    // why: LaTeX command names, not words.
    {"le", "≤"},
    {"geq", "≥"},
    {"ge", "≥"},
    {"neq", "≠"},
    {"ne", "≠"},
    {"times", "×"},
    {"pm", "±"},
    {"sim", "~"},
    {"approx", "≈"},
    {"div", "÷"},
    {"cdot", "·"},
    {"lt", "<"},
    {"gt", ">"},
    {"ldots", "..."},
    {"dots", "..."},
}};

std::string ReduceLatexBody(std::string_view body) {
  std::string out;
  size_t i = 0;
  while (i < body.size()) {
    const char c = body[i];
    if (c == '\\' && i + 1 < body.size()) {
      if (!std::isalpha(static_cast<unsigned char>(body[i + 1]))) {
        out.push_back(body[i + 1]);  // "\%" -> "%", "\," -> ","
        i += 2;
        continue;
      }
      size_t j = i + 1;
      while (j < body.size() && std::isalpha(static_cast<unsigned char>(body[j]))) ++j;
      const std::string_view name = body.substr(i + 1, j - i - 1);
      bool known = false;
      for (const auto& command : kLatexCommands) {
        if (command.name == name) {
          out.append(command.text);
          known = true;
          break;
        }
      }
      // \text{...}, \mathrm{...} and unknown commands: keep the braced text only.
      (void)known;
      i = j;
      continue;
    }
    if (c == '{' || c == '}' || c == '^' || c == '_') {
      ++i;
      continue;
    }
    out.push_back(c);
    ++i;
  }
  return out;
}

}  // namespace

std::string ToNfc(std::string_view utf8) {
  std::string out(utf8);
  ToNfcInPlace(&out);
  return out;
}

std::string ReduceLatex(std::string_view line) {
  std::string out;
  size_t i = 0;
  while (i < line.size()) {
    if (line[i] == '$') {
      const size_t close = line.find('$', i + 1);
      if (close != std::string_view::npos && close > i + 1) {
        out += ReduceLatexBody(line.substr(i + 1, close - i - 1));
        i = close + 1;
        continue;
      }
    }
    out.push_back(line[i]);
    ++i;
  }
  return out;
}

std::string ReduceMarkdownLine(std::string_view line) {
  if (IsEmphasisRule(line)) return std::string();
  size_t i = 0;
  while (i < line.size() && IsBlank(line[i])) ++i;
  // ATX heading marks: "## Title" -> "Title".
  size_t hashes = i;
  while (hashes < line.size() && line[hashes] == '#') ++hashes;
  if (hashes > i && hashes - i <= 6 && (hashes == line.size() || IsBlank(line[hashes]))) {
    i = hashes;
    while (i < line.size() && IsBlank(line[i])) ++i;
  }
  std::string out;
  out.reserve(line.size());
  // A "* " at the start of the line is a bullet, not emphasis.
  if (i + 1 < line.size() && line[i] == '*' && IsBlank(line[i + 1])) {
    out += "* ";
    i += 2;
  }
  for (; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '\\' && i + 1 < line.size() && IsAsciiPunct(line[i + 1])) {
      out.push_back(line[++i]);  // "1\." -> "1.", "\*" -> "*"
      continue;
    }
    if (c == '*') {
      // "(*)" is a footnote marker, not emphasis.
      if (i > 0 && line[i - 1] == '(' && i + 1 < line.size() && line[i + 1] == ')') {
        out.push_back(c);
        continue;
      }
      continue;
    }
    if (c == '_' && i + 1 < line.size() && line[i + 1] == '_') {
      // "__bold__" marks; a blank "____" to fill in stays (it is three or more).
      size_t run = i;
      while (run < line.size() && line[run] == '_') ++run;
      if (run - i == 2) {
        ++i;
        continue;
      }
      out.append(line.substr(i, run - i));
      i = run - 1;
      continue;
    }
    out.push_back(c);
  }
  return out;
}

size_t BreakLongLines(std::string* text, size_t max_line_bytes) {
  if (max_line_bytes < 2) return 0;
  std::string& t = *text;
  size_t breaks = 0;
  size_t line = 0;  // where the current line begins
  while (line < t.size()) {
    size_t end = t.find('\n', line);
    if (end == std::string::npos) end = t.size();
    while (end - line > max_line_bytes) {
      // At a sentence end or a space (text/strings.h).
      size_t cut = LongLineCut(std::string_view(t).substr(line, end - line), max_line_bytes);
      if (cut == std::string::npos) break;  // no space left: leave the rest
      cut += line;
      t[cut] = '\n';
      ++breaks;
      line = cut + 1;
    }
    line = end + 1;
  }
  return breaks;
}

std::string NormalizeText(std::string_view utf8, const NormalizeOptions& options,
                          Diagnostics* diagnostics, const WorkDeadline* deadline) {
  size_t garbled = 0;
  // Characters are mapped before NFC so that a mark separated from its letter by
  // an invisible character still composes with it.
  const std::string mapped = MapCharacters(utf8, &garbled);
  if (Expired(deadline)) return std::string();
  constexpr size_t kBytesBetweenChecks = 64 * 1024;
  size_t next_check = kBytesBetweenChecks;
  std::string out;
  out.reserve(mapped.size());
  std::string latex;     // a line with its LaTeX reduced
  std::string markdown;  // a line with its markdown marks removed
  size_t start = 0;
  while (start <= mapped.size()) {
    size_t end = mapped.find('\n', start);
    if (end == std::string::npos) end = mapped.size();
    std::string_view line = std::string_view(mapped).substr(start, end - start);
    if (options.reduce_latex && line.find('$') != std::string_view::npos) {
      latex = ReduceLatex(line);
      line = latex;
    }
    if (options.strip_markdown && MayHaveMarkdown(line)) {
      markdown = ReduceMarkdownLine(line);
      line = markdown;
    }
    AppendTidySpaces(line, &out);
    if (end == mapped.size()) break;
    if (end >= next_check) {
      if (Expired(deadline)) return out;
      next_check = end + kBytesBetweenChecks;
    }
    out.push_back('\n');
    start = end + 1;
  }
  // Blank lines at either end carry nothing.
  while (!out.empty() && out.back() == '\n') out.pop_back();
  size_t first = 0;
  while (first < out.size() && out[first] == '\n') ++first;
  out.erase(0, first);
  if (Expired(deadline)) return out;
  ToNfcInPlace(&out);
  if (Expired(deadline)) return out;
  if (const size_t breaks = BreakLongLines(&out, options.max_line_bytes);
      breaks > 0 && diagnostics != nullptr) {
    diagnostics->Warn("normalize", "lines longer than " + std::to_string(options.max_line_bytes) +
                                       " bytes were broken at " + std::to_string(breaks) +
                                       " sentence ends or spaces ([normalize] max_line_bytes)");
  }
  if (garbled > 0 && diagnostics != nullptr) {
    // why: a message naming the two letters.
    diagnostics->Warn("normalize", std::to_string(garbled) +
                                       " letters \"ƣ\" from a broken PDF font map were read as "
                                       "\"ư\"; other vowels of this document may be garbled too");
  }
  return out;
}

}  // namespace ntmx
