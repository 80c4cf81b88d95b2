// NameTrie: every place-name key of the gazetteer in one byte trie, to find which
// names start at a given position of a keyed text.
//
// Place names are found after a type word ("xã ", "huyện "), so each search is
// anchored: walk the trie from the anchor and report every key that ends there.
// That costs the length of the longest matching name per anchor, whatever the
// number of names — where ten thousand names in one RE2 alternation compile slowly
// and scan at a few MB/s (see docs/domain.md).
//
// The trie is built once from the sorted keys into two flat arrays (nodes, and the
// edges of each node stored together, sorted by byte), so loading allocates a
// handful of blocks rather than one per node.
//
//   NameTrie trie({"huong son", "huong son dong", "nam dong"});
//   trie.ForEachPrefix("huong son dong va", 0, [](size_t end, uint32_t key) { ... });
//   // called with (9, 0) and (14, 1)
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace ntmx {

class NameTrie {
 public:
  static constexpr uint32_t kNoKey = UINT32_MAX;

  NameTrie() = default;
  // `sorted_keys` must be sorted (byte order), unique and non-empty strings; key i
  // is reported as index i.
  explicit NameTrie(const std::vector<std::string_view>& sorted_keys);

  // Calls `fn(end, key_index)` for every key equal to text[pos, end), shortest first.
  template <typename Fn>
  void ForEachPrefix(std::string_view text, size_t pos, Fn&& fn) const;

  // The index of the key equal to `key`, or kNoKey.
  uint32_t Find(std::string_view key) const;

 private:
  struct Node {
    uint32_t first_edge = 0;
    uint32_t edge_count = 0;
    uint32_t key = kNoKey;  // the key ending at this node
  };
  struct Edge {
    char byte;
    uint32_t child;
  };

  uint32_t Build(const std::vector<std::string_view>& keys, size_t begin, size_t end, size_t depth);
  // The child of `node` along `byte`, or kNoKey.
  uint32_t Child(uint32_t node, char byte) const;

  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
};

template <typename Fn>
void NameTrie::ForEachPrefix(std::string_view text, size_t pos, Fn&& fn) const {
  if (nodes_.empty()) return;
  uint32_t node = 0;
  for (size_t i = pos; i < text.size(); ++i) {
    node = Child(node, text[i]);
    if (node == kNoKey) return;
    if (nodes_[node].key != kNoKey) fn(i + 1, nodes_[node].key);
  }
}

}  // namespace ntmx
