// See name_trie.h. Built depth-first over ranges of the sorted keys: the keys below a
// node are a contiguous range, and the keys below each child are a sub-range that
// shares the next byte, so a node's edges can be laid out together before its
// children are built.
#include "places/name_trie.h"

#include <algorithm>

namespace ntmx {

NameTrie::NameTrie(const std::vector<std::string_view>& sorted_keys) {
  size_t bytes = 0;
  for (std::string_view k : sorted_keys) bytes += k.size();
  nodes_.reserve(bytes / 2 + 1);
  edges_.reserve(bytes / 2 + 1);
  Build(sorted_keys, 0, sorted_keys.size(), 0);
}

uint32_t NameTrie::Build(const std::vector<std::string_view>& keys, size_t begin, size_t end,
                         size_t depth) {
  const uint32_t id = static_cast<uint32_t>(nodes_.size());
  nodes_.push_back(Node{});
  // Sorted order puts the key that ends here (if any) first in the range.
  if (begin < end && keys[begin].size() == depth) {
    nodes_[id].key = static_cast<uint32_t>(begin);
    ++begin;
  }
  // One edge per distinct next byte, all laid out before any child is built; the
  // second pass walks the same groups again to build the children (no per-node
  // allocation for the groups).
  const uint32_t first_edge = static_cast<uint32_t>(edges_.size());
  uint32_t edge_count = 0;
  for (size_t i = begin; i < end; ++edge_count) {
    const char byte = keys[i][depth];
    edges_.push_back(Edge{byte, kNoKey});
    while (i < end && keys[i][depth] == byte) ++i;
  }
  nodes_[id].first_edge = first_edge;
  nodes_[id].edge_count = edge_count;
  uint32_t e = first_edge;
  for (size_t i = begin; i < end; ++e) {
    const char byte = keys[i][depth];
    size_t j = i + 1;
    while (j < end && keys[j][depth] == byte) ++j;
    const uint32_t child = Build(keys, i, j, depth + 1);
    edges_[e].child = child;
    i = j;
  }
  return id;
}

uint32_t NameTrie::Child(uint32_t node, char byte) const {
  const Node& n = nodes_[node];
  const auto first = edges_.begin() + n.first_edge;
  const auto last = first + n.edge_count;
  // Edges are in byte order because the keys are; compare as unsigned like the sort.
  const auto it = std::lower_bound(first, last, byte, [](const Edge& e, char b) {
    return static_cast<unsigned char>(e.byte) < static_cast<unsigned char>(b);
  });
  return it != last && it->byte == byte ? it->child : kNoKey;
}

uint32_t NameTrie::Find(std::string_view key) const {
  if (nodes_.empty()) return kNoKey;
  uint32_t node = 0;
  for (char c : key) {
    node = Child(node, c);
    if (node == kNoKey) return kNoKey;
  }
  return nodes_[node].key;
}

}  // namespace ntmx
