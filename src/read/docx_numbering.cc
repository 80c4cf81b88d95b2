// See docx_numbering.h.
#include "read/docx_numbering.h"

#include "read/docx_xml.h"
#include "text/case.h"
#include "text/utf8.h"

namespace ntmx {
namespace {

using docx::Attr;
using docx::Child;
using docx::IntVal;
using docx::Is;
using docx::Val;

std::string Roman(int n) {
  static constexpr std::pair<int, const char*> kDigits[] = {
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
  std::string out;
  for (const auto& [value, digits] : kDigits) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  return out;
}

// Word's letters: 1 a, 26 z, 27 aa, 28 bb ... (the letter repeated).
std::string Letters(int n, char a) {
  const int repeat = (n - 1) / 26 + 1;
  return std::string(static_cast<size_t>(repeat), static_cast<char>(a + (n - 1) % 26));
}

// A symbol-font bullet (U+F000..U+F0FF, Symbol or Wingdings) has no meaning outside
// its font: written as the bullet readers of the text form know.
std::string BulletText(std::string_view text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const size_t from = i;
    const char32_t cp = DecodeUtf8(text, &i);
    if (i <= from) return "•";
    out += (cp >= 0xF000 && cp <= 0xF0FF) ? std::string("•")
                                          : std::string(text.substr(from, i - from));
  }
  return out;
}

}  // namespace

std::string FormatListNumber(int n, std::string_view format) {
  if (n >= 1 && n <= 3999 && format == "upperRoman") return Roman(n);
  if (n >= 1 && n <= 3999 && format == "lowerRoman") return ToLower(Roman(n));
  if (n >= 1 && n <= 780 && format == "upperLetter") return Letters(n, 'A');
  if (n >= 1 && n <= 780 && format == "lowerLetter") return Letters(n, 'a');
  if (format == "decimalZero" && n >= 0 && n < 10) return "0" + std::to_string(n);
  return std::to_string(n);
}

void DocxNumbering::Load(std::string_view numbering_xml, std::string_view styles_xml) {
  LoadNumbering(numbering_xml);
  LoadStyles(styles_xml);
}

namespace {

// Fills `level` from a w:lvl element; what it does not say stays as it was.
void ReadLevel(const pugi::xml_node& lvl, std::string* style, int* start, std::string* format,
               std::string* text, bool* separator, bool* legal) {
  if (auto l = Child(lvl, "isLgl")) *legal = docx::On(l);
  if (auto v = IntVal(Child(lvl, "start"))) *start = *v;
  if (auto f = Child(lvl, "numFmt")) *format = Val(f);
  if (auto t = Child(lvl, "lvlText")) *text = Val(t);
  if (auto s = Child(lvl, "suff")) *separator = Val(s) != "nothing";
  if (auto p = Child(lvl, "pStyle")) *style = Val(p);
}

}  // namespace

void DocxNumbering::LoadNumbering(std::string_view xml) {
  pugi::xml_document doc;
  if (xml.empty() || !doc.load_buffer(xml.data(), xml.size())) return;
  const pugi::xml_node root = doc.document_element();
  for (pugi::xml_node node = root.first_child(); node; node = node.next_sibling()) {
    if (Is(node, "abstractNum")) {
      const char* raw = Attr(node, "abstractNumId").value();
      char* end = nullptr;
      const long abstract_id = std::strtol(raw, &end, 10);
      if (end == raw) continue;
      Abstract& abstract = abstracts_[static_cast<int>(abstract_id)];
      for (pugi::xml_node lvl = node.first_child(); lvl; lvl = lvl.next_sibling()) {
        if (!Is(lvl, "lvl")) continue;
        const long ilvl = std::strtol(Attr(lvl, "ilvl").value(), nullptr, 10);
        if (ilvl < 0 || ilvl >= kLevels) continue;
        Level& l = abstract.levels[static_cast<size_t>(ilvl)];
        ReadLevel(lvl, &l.style, &l.start, &l.format, &l.text, &l.separator, &l.legal);
      }
    } else if (Is(node, "num")) {
      const char* raw = Attr(node, "numId").value();
      char* end = nullptr;
      const long num_id = std::strtol(raw, &end, 10);
      if (end == raw || num_id < -1000000 || num_id > 1000000) continue;
      List& list = lists_[static_cast<int>(num_id)];
      if (auto a = IntVal(Child(node, "abstractNumId"))) list.abstract_id = *a;
      for (pugi::xml_node o = node.first_child(); o; o = o.next_sibling()) {
        if (!Is(o, "lvlOverride")) continue;
        const long ilvl = std::strtol(Attr(o, "ilvl").value(), nullptr, 10);
        if (ilvl < 0 || ilvl >= kLevels) continue;
        const int level = static_cast<int>(ilvl);
        if (auto s = IntVal(Child(o, "startOverride"))) list.start_overrides[level] = *s;
        if (auto lvl = Child(o, "lvl")) {
          Level l;
          ReadLevel(lvl, &l.style, &l.start, &l.format, &l.text, &l.separator, &l.legal);
          list.level_overrides[level] = l;
        }
      }
    }
  }
}

void DocxNumbering::LoadStyles(std::string_view xml) {
  pugi::xml_document doc;
  if (xml.empty() || !doc.load_buffer(xml.data(), xml.size())) return;
  for (pugi::xml_node s = doc.document_element().first_child(); s; s = s.next_sibling()) {
    if (!Is(s, "style")) continue;
    StyleNumbering& sn = styles_[Attr(s, "styleId").value()];
    if (auto b = Child(s, "basedOn")) sn.based_on = Val(b);
    const pugi::xml_node num_pr = Child(Child(s, "pPr"), "numPr");
    sn.num_id = IntVal(Child(num_pr, "numId"));
    sn.level = IntVal(Child(num_pr, "ilvl"));
  }
}

std::pair<std::optional<int>, std::optional<int>> DocxNumbering::FromStyle(
    std::string_view style_id) const {
  std::optional<int> num_id, level;
  // A bounded walk up w:basedOn: a style may (wrongly) be based on itself.
  for (int depth = 0; depth < 16 && !style_id.empty(); ++depth) {
    const auto it = styles_.find(style_id);
    if (it == styles_.end()) break;
    if (!num_id) num_id = it->second.num_id;
    if (!level) level = it->second.level;
    if (num_id && level) break;
    style_id = it->second.based_on;
  }
  return {num_id, level};
}

const DocxNumbering::Level& DocxNumbering::LevelOf(const List& list, const Abstract& abstract,
                                                   int level) const {
  const auto it = list.level_overrides.find(level);
  return it != list.level_overrides.end() ? it->second
                                          : abstract.levels[static_cast<size_t>(level)];
}

std::string DocxNumbering::Label(std::optional<int> num_id, std::optional<int> level,
                                 std::string_view style_id) {
  if (!style_id.empty() && (!num_id || !level)) {
    const auto [style_num, style_level] = FromStyle(style_id);
    if (!num_id) num_id = style_num;
    if (!level) level = style_level;
  }
  if (!num_id || *num_id == 0) return "";
  const auto list_it = lists_.find(*num_id);
  if (list_it == lists_.end()) return "";
  List& list = list_it->second;
  const auto abstract_it = abstracts_.find(list.abstract_id);
  if (abstract_it == abstracts_.end()) return "";
  const Abstract& abstract = abstract_it->second;
  if (!level) {
    // A style linked to a level of the list (w:lvl/w:pStyle) numbers at that level.
    level = 0;
    for (int l = 0; l < kLevels; ++l) {
      if (!style_id.empty() && abstract.levels[static_cast<size_t>(l)].style == style_id) level = l;
    }
  }
  const int ilvl = *level < 0 ? 0 : *level >= kLevels ? kLevels - 1 : *level;

  Counters& counters = counters_[list.abstract_id];
  if (!list.used) {
    list.used = true;
    for (const auto& [l, start] : list.start_overrides) {
      counters.value[static_cast<size_t>(l)] = start - 1;
      counters.started[static_cast<size_t>(l)] = true;
    }
  }
  const Level& this_level = LevelOf(list, abstract, ilvl);
  auto& value = counters.value[static_cast<size_t>(ilvl)];
  auto& started = counters.started[static_cast<size_t>(ilvl)];
  if (!started) value = this_level.start - 1;
  if (value < 1000000) ++value;
  started = true;
  for (int l = ilvl + 1; l < kLevels; ++l) counters.started[static_cast<size_t>(l)] = false;

  if (this_level.format == "none") return "";
  std::string label;
  const std::string& text = this_level.text;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
      const int l = text[i + 1] - '1';
      const Level& that = LevelOf(list, abstract, l);
      const size_t li = static_cast<size_t>(l);
      const int n = counters.started[li] ? counters.value[li] : that.start;
      label += this_level.format == "bullet" ? ""
               : this_level.legal            ? std::to_string(n)
                                             : FormatListNumber(n, that.format);
      ++i;
    } else {
      label += text[i];
    }
  }
  if (this_level.format == "bullet") label = BulletText(label);
  if (label.empty()) return "";
  return this_level.separator ? label + " " : label;
}

}  // namespace ntmx
