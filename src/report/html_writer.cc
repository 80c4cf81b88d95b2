// See html_writer.h.
#include "report/html_writer.h"

namespace ntmx {

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

void HtmlWriter::Open(std::string_view tag, const HtmlAttributes& attributes) {
  out_ += '<';
  out_ += tag;
  Attributes(attributes);
  out_ += '>';
}

void HtmlWriter::Close(std::string_view tag) {
  out_ += "</";
  out_ += tag;
  out_ += '>';
}

void HtmlWriter::Element(std::string_view tag, const HtmlAttributes& attributes,
                         std::string_view text) {
  Open(tag, attributes);
  Text(text);
  Close(tag);
}

void HtmlWriter::Empty(std::string_view tag, const HtmlAttributes& attributes) {
  out_ += '<';
  out_ += tag;
  Attributes(attributes);
  out_ += "/>";
}

void HtmlWriter::Text(std::string_view text) { out_ += EscapeHtml(text); }

void HtmlWriter::Raw(std::string_view markup) { out_ += markup; }

void HtmlWriter::Attributes(const HtmlAttributes& attributes) {
  for (const auto& [name, value] : attributes) {
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    out_ += EscapeHtml(value);
    out_ += '"';
  }
}

}  // namespace ntmx
