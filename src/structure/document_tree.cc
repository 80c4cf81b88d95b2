// See document_tree.h.
#include "structure/document_tree.h"

#include <algorithm>

#include "text/utf8.h"

namespace ntmx {

const char* NodeKindName(NodeKind kind) {
  switch (kind) {
    case NodeKind::kRoot:
      return "root";
    case NodeKind::kPart:
      return "part";
    case NodeKind::kSection:
      return "section";
    case NodeKind::kLettered:
      return "lettered";
    case NodeKind::kListItem:
      return "item";
    case NodeKind::kParagraph:
      return "paragraph";
    case NodeKind::kTableRow:
      return "row";
  }
  return "?";
}

int DocumentTree::NodeAt(uint32_t at) const {
  int current = 0;
  for (;;) {
    int next = -1;
    for (int child : nodes[current].children) {
      const Span& s = nodes[child].span;
      if (s.begin <= at && at < s.end) {
        next = child;
        break;
      }
    }
    if (next < 0) return current;
    current = next;
  }
}

std::vector<int> DocumentTree::PathTo(int id) const {
  std::vector<int> path;
  while (id > 0) {
    path.push_back(id);
    id = nodes[id].parent;
  }
  std::reverse(path.begin(), path.end());
  return path;
}

void DocumentTree::LinkFootnotes(std::string_view text, Diagnostics* diagnostics) {
  for (Footnote& footnote : footnotes) {
    // Find the superscript form of the marker in the body text.
    std::string superscript;
    static const char* const kSup[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    for (char c : footnote.marker) superscript += kSup[c - '0'];
    if (superscript.empty()) continue;
    const Span root = nodes[0].span;
    size_t at = 0;
    const std::string_view all(text);
    // Byte offsets of the body: count code points to locate them.
    size_t body_begin_byte = 0, body_end_byte = 0;
    {
      uint32_t c = 0;
      for (size_t b = 0; b <= all.size(); ++b) {
        if (b == all.size() || (static_cast<unsigned char>(all[b]) & 0xC0) != 0x80) {
          if (c == root.begin) body_begin_byte = b;
          if (c == root.end) {
            body_end_byte = b;
            break;
          }
          ++c;
        }
      }
    }
    at = body_begin_byte;
    while ((at = all.find(superscript, at)) != std::string_view::npos && at < body_end_byte) {
      const uint32_t begin = static_cast<uint32_t>(CountCodePoints(all.substr(0, at)));
      footnote.anchors.push_back(
          Span{begin, begin + static_cast<uint32_t>(CountCodePoints(superscript))});
      at += superscript.size();
    }
    if (footnote.anchors.empty() && diagnostics != nullptr) {
      diagnostics->Warn("structure", "footnote " + footnote.marker + " has no marker in the body");
    }
  }
}

}  // namespace ntmx
