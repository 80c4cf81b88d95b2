// See document_tree.h.
#include "structure/document_tree.h"

#include <algorithm>

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

}  // namespace ntmx
