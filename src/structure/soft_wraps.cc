// See soft_wraps.h. Step 1 needs only line lengths, so a text that is not wrapped
// (most typed plans) costs one pass over its lines and no rule; step 2 folds and
// matches only the lines of a wrapped text, each once.
#include "structure/soft_wraps.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <map>
#include <vector>

#include "text/fold.h"
#include "text/utf8.h"

namespace ntmx {

namespace {

struct TextLine {
  size_t begin = 0;  // byte offset in the text
  std::string_view text;
  size_t width = 0;  // code points
  bool blank = false;
  bool table = false;  // a pipe-table row or a line of tab-separated cells (columns)
};

std::vector<TextLine> Lines(std::string_view text) {
  std::vector<TextLine> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    TextLine line;
    line.begin = start;
    line.text = text.substr(start, end - start);
    line.width = CountCodePoints(line.text);
    line.blank = line.text.find_first_not_of(" \t") == std::string_view::npos;
    line.table = line.text.find('\t') != std::string_view::npos ||
                 (!line.text.empty() && line.text.front() == '|');
    lines.push_back(line);
    if (end == text.size()) break;
    start = end + 1;
  }
  return lines;
}

// The first line after the document-type line ("KẾ HOẠCH") among the first lines,
// or 0 when there is none: the header above it is laid out in columns, not wrapped.
size_t FirstBodyLine(const std::vector<TextLine>& lines, const Rule& doc_type) {
  constexpr size_t kHeaderLines = 60;
  for (size_t i = 0, seen = 0; i < lines.size() && seen < kHeaderLines; ++i) {
    if (lines[i].blank) continue;
    ++seen;
    if (doc_type.MatchFolded(Fold(lines[i].text), nullptr)) return i + 1;
  }
  return 0;
}

char32_t FirstCodePoint(std::string_view s) {
  size_t pos = 0;
  return s.empty() ? 0 : DecodeUtf8(s, &pos);
}

std::string_view FirstWord(std::string_view s) {
  const size_t space = s.find(' ');
  return space == std::string_view::npos ? s : s.substr(0, space);
}

// Whether the letters of `s` are all capitals (and there is at least one).
bool IsUpperCase(std::string_view s) {
  size_t pos = 0;
  bool any = false;
  while (pos < s.size()) {
    const UChar32 c = static_cast<UChar32>(DecodeUtf8(s, &pos));
    if (u_islower(c)) return false;
    if (u_isupper(c)) any = true;
  }
  return any;
}

// A line that B cannot continue: it opens something of its own.
bool OpensSomething(std::string_view b, const std::string& folded, const SoftWrapRules& r) {
  if (r.item_start->MatchFolded(folded, nullptr) || r.footnote->MatchFolded(folded, nullptr) ||
      r.recipients->MatchFolded(folded, nullptr) || r.signature->MatchFolded(folded, nullptr) ||
      r.title_end->MatchFolded(folded, nullptr) || r.doc_type->MatchFolded(folded, nullptr)) {
    return true;
  }
  std::map<std::string, std::string_view, std::less<>> groups;
  return r.part->MatchFolded(folded, &groups) &&
         IsUpperCase(b.substr(0, std::min(b.size(), groups["marker"].size()))) &&
         !r.roman_period->MatchFolded(folded, nullptr);
}

// One line break of a wrapped text: the lines around it (both non-blank, neither
// a table row), and what the lines after it do.
struct Break {
  const TextLine& a;
  const std::string& folded_a;
  const TextLine& b;
  const std::string& folded_b;
  bool b_opens;       // B opens something of its own (OpensSomething)
  bool b_ends_block;  // the line after B is blank, a table row or opens something, or none
  bool b_runs_on;     // B is full and the line after it continues it: B's paragraph goes on
};

// B opens like a numbered item or section; whether its number rather continues A:
// after a word that takes a number ("… chỉ tiêu" / "13.3 thực hiện …"), or when a
// word in lower case or a mark follows it ("… đạt chuẩn y tế;" / "15.3 tỷ lệ trẻ em …",
// "(Chỉ tiêu:" / "19.1*)."), as never in a heading — unless A ended with a full stop.
bool ContinuesWithNumber(const Break& k, const SoftWrapRules& r) {
  if (!u_isdigit(static_cast<UChar32>(FirstCodePoint(k.b.text))) ||
      !r.continued_item->MatchFolded(k.folded_b, nullptr)) {
    return false;
  }
  if (r.number_taker->MatchFolded(k.folded_a, nullptr)) return true;
  if (!k.folded_a.empty() && k.folded_a.back() == '.') return false;
  const size_t end = k.b.text.find_first_not_of("0123456789.");
  if (end == std::string_view::npos) return true;  // the line is the number
  std::string_view rest = k.b.text.substr(end);
  if (rest.front() != ' ') return true;  // "19.1*).", "17.11;"
  rest.remove_prefix(1);
  return u_islower(static_cast<UChar32>(FirstCodePoint(rest)));
}

// The decision of step 2 for one break after a full line A (B's first word would
// not have fitted on it).
bool IsSoftWrap(const Break& k, const SoftWrapRules& r) {
  const UChar32 first = static_cast<UChar32>(FirstCodePoint(k.b.text));
  if (k.b_opens) return ContinuesWithNumber(k, r);
  // A line in capitals after running text is a heading, not its tail — unless it is
  // one word, an abbreviation ending the sentence ("… xây dựng" / "NTM.").
  const bool one_word = k.b.text.find(' ') == std::string_view::npos;
  if (IsUpperCase(k.b.text) && !IsUpperCase(k.a.text) && !one_word) return false;
  const bool lower_start = u_islower(first) || u_isdigit(first);
  const bool ends_sentence = r.sentence_end->MatchFolded(k.folded_a, nullptr);
  if (!ends_sentence || lower_start) return true;
  const char last = k.folded_a.empty() ? '\0' : k.folded_a.back();
  // A list run on in one paragraph ("TC số 16 (Văn hóa);" / "TC số 18 …") goes on
  // after ; or , unless the next line opens a sentence of its own ("Căn cứ …").
  if (last == ';' || last == ',') return !r.opener->MatchFolded(k.folded_b, nullptr);
  // "… thực hiện các tiêu chí:" / "Tiêu chí số 5 về Trường học.": a full line goes on
  // after its colon into the line or paragraph it introduces; lines that each end
  // short after a colon are a list of their own.
  return last == ':' && (k.b_ends_block || k.b_runs_on);
}

}  // namespace

Status FindSoftWrapRules(const RuleSet& rules, SoftWrapRules* out) {
  const std::pair<const Rule**, const char*> wanted[] = {
      {&out->doc_type, "structure.doc_type_line"},
      {&out->item_start, "structure.wrap_item_start"},
      {&out->part, "structure.part"},
      {&out->roman_period, "structure.wrap_roman_period"},
      {&out->footnote, "structure.footnote"},
      {&out->recipients, "structure.recipients"},
      {&out->signature, "structure.signature"},
      {&out->title_end, "structure.title_end"},
      {&out->sentence_end, "structure.sentence_end"},
      {&out->opener, "structure.preamble"},
      {&out->number_taker, "structure.wrap_number_taker"},
      {&out->continued_item, "structure.wrap_continued_item"},
  };
  for (const auto& [slot, id] : wanted) {
    *slot = rules.Find(id);
    if (*slot == nullptr) {
      return Status::InvalidInput(std::string("joining soft wraps needs rule '") + id +
                                  "' (patterns/structure.toml)");
    }
  }
  return Status::Ok();
}

WrapProfile MeasureWrapProfile(std::string_view text, const SoftWrapRules& rules,
                               const SoftWrapOptions& options) {
  const std::vector<TextLine> lines = Lines(text);
  WrapProfile profile;
  const size_t first = FirstBodyLine(lines, *rules.doc_type);
  profile.body_begin = first < lines.size() ? lines[first].begin : text.size();
  std::vector<size_t> widths;
  for (size_t i = first; i < lines.size(); ++i) {
    if (!lines[i].blank && !lines[i].table) widths.push_back(lines[i].width);
  }
  if (widths.size() < options.min_lines || widths.empty()) return profile;
  std::sort(widths.begin(), widths.end());
  const size_t at =
      static_cast<size_t>(options.width_percentile * static_cast<double>(widths.size() - 1));
  profile.width = widths[at];
  const double near = options.near_width * static_cast<double>(profile.width);
  const size_t near_count =
      static_cast<size_t>(std::count_if(widths.begin(), widths.end(), [&](size_t w) {
        return static_cast<double>(w) > near && w <= profile.width;
      }));
  profile.near_share = static_cast<double>(near_count) / static_cast<double>(widths.size());
  profile.wrapped = profile.width >= options.min_width && profile.width <= options.max_width &&
                    near_count >= options.min_near_lines &&
                    profile.near_share >= options.min_near_share;
  return profile;
}

size_t JoinSoftWraps(std::string* text, const SoftWrapRules& rules,
                     const SoftWrapOptions& options) {
  const WrapProfile profile = MeasureWrapProfile(*text, rules, options);
  if (!profile.wrapped) return 0;
  const std::vector<TextLine> lines = Lines(*text);
  std::vector<std::string> folded(lines.size());
  auto folded_of = [&](size_t i) -> const std::string& {
    if (folded[i].empty()) folded[i] = Fold(lines[i].text);
    return folded[i];
  };
  std::vector<int> opens(lines.size(), -1);  // OpensSomething of each line, once asked
  auto opens_of = [&](size_t i) {
    if (opens[i] < 0) opens[i] = OpensSomething(lines[i].text, folded_of(i), rules) ? 1 : 0;
    return opens[i] == 1;
  };
  auto ends_block = [&](size_t i) {
    return i + 1 >= lines.size() || lines[i + 1].blank || lines[i + 1].table || opens_of(i + 1);
  };
  auto full = [&](size_t i) {  // line i is full before line i + 1
    return static_cast<double>(lines[i].width + 1 + CountCodePoints(FirstWord(lines[i + 1].text))) >
           options.full_share * static_cast<double>(profile.width);
  };
  auto runs_on = [&](size_t i) {  // line i goes on into line i + 1 (the plain cases)
    if (ends_block(i) || lines[i].table || !full(i)) return false;
    const UChar32 next = static_cast<UChar32>(FirstCodePoint(lines[i + 1].text));
    return u_islower(next) || u_isdigit(next) ||
           !rules.sentence_end->MatchFolded(folded_of(i), nullptr);
  };
  size_t joined = 0;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const TextLine& a = lines[i];
    const TextLine& b = lines[i + 1];
    if (a.begin < profile.body_begin || a.blank || b.blank || a.table || b.table) continue;
    if (!full(i)) continue;
    const Break k{
        a, folded_of(i), b, folded_of(i + 1), opens_of(i + 1), ends_block(i + 1), runs_on(i + 1)};
    if (!IsSoftWrap(k, rules)) continue;
    (*text)[b.begin - 1] = ' ';  // the line end between them: offsets keep their meaning
    ++joined;
  }
  return joined;
}

}  // namespace ntmx
