// HtmlWriter: builds the text of an HTML (or inline SVG) document element by
// element, so that no caller ever pastes database text into markup by hand.
//
// Everything that comes from a plan -- titles, names, quotes, rule ids -- goes
// through Text() or an attribute value, which escape it (EscapeHtml); only Raw()
// writes markup as given, and is meant for fixed strings such as the style sheet or
// an SVG built by another HtmlWriter. Attribute order is kept as written, so the
// output is stable and tests can compare it.
//
//   HtmlWriter html;
//   html.Open("td", {{"class", "met"}, {"title", quote}});
//   html.Element("a", {{"href", "#src-targets-12"}}, "45");
//   html.Close("td");
//   html.str();   // <td class="met" title="«45 triệu…»"><a href="#src-targets-12">45</a></td>
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ntmx {

// `text` with & < > " ' replaced by character references: safe both as element
// text and inside a double- or single-quoted attribute value. Other bytes (all of
// UTF-8 Vietnamese) pass through unchanged.
std::string EscapeHtml(std::string_view text);

// An element's attributes in the order they are written. An attribute whose value
// is empty is still written (`title=""`); leave it out of the list to omit it.
using HtmlAttributes = std::vector<std::pair<std::string, std::string>>;

class HtmlWriter {
 public:
  // <tag a="v" ...>
  void Open(std::string_view tag, const HtmlAttributes& attributes = {});
  // </tag>
  void Close(std::string_view tag);
  // <tag a="v" ...>escaped text</tag>
  void Element(std::string_view tag, const HtmlAttributes& attributes, std::string_view text);
  void Element(std::string_view tag, std::string_view text) { Element(tag, {}, text); }
  // <tag a="v" .../> (SVG shapes, <meta>, <br>)
  void Empty(std::string_view tag, const HtmlAttributes& attributes = {});
  // Escaped text.
  void Text(std::string_view text);
  // Markup as given: fixed strings only, never text read from a document.
  void Raw(std::string_view markup);

  const std::string& str() const { return out_; }
  std::string Release() { return std::move(out_); }

 private:
  void Attributes(const HtmlAttributes& attributes);
  std::string out_;
};

}  // namespace ntmx
