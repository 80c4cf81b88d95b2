// DocumentTree: the recovered structure of a plan, as spans of its stored text.
//
// The structure stage (structure/structurer.h) produces it; extractors walk it
// instead of raw lines, so a rule can ask "which section am I in?" or "the list
// items under this heading". Everything is a Span of code points into the stored
// text, so the tree never copies text and survives being passed around freely.
//
//   HEADER    Số: 03/KH-UBND / Hương Sơn, ngày 05 tháng 01 năm 2023
//   TITLE     KẾ HOẠCH / Thực hiện Chương trình ... năm 2023      (title_lines)
//   PREAMBLE  Thực hiện Kế hoạch số 269/KH-UBND ...               (basis paragraphs)
//   BODY      I. MỤC TIÊU -> 1. Mục tiêu -> paragraphs, 2.1. ... -> "- " items
//   CLOSING   Nơi nhận: ... (recipients), TM. ỦY BAN NHÂN DÂN ... (signature)
//   FOOTNOTES ¹ Các cơ quan, đơn vị: ...  (moved out of the body, markers linked)
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/records.h"
#include "util/diagnostics.h"

namespace ntmx {

enum class NodeKind {
  kRoot,
  kPart,       // "I.", "II." (Roman)
  kSection,    // "1.", "1.2.", "2.3.1."
  kLettered,   // "a)", "b)"
  kListItem,   // "-", "+", "*", "•" bullets and numbered lists inside a section
  kParagraph,  // running text
  kTableRow,   // "| a | b |" or tab-separated cells
};

const char* NodeKindName(NodeKind kind);

struct Node {
  NodeKind kind = NodeKind::kParagraph;
  std::string marker;  // "II", "1.2", "a", "-", "3" (numbered list); empty otherwise
  Span line;           // the node's own line, marker included
  Span span;           // the line and every descendant
  int parent = -1;
  std::vector<int> children;
};

struct Footnote {
  std::string marker;         // "1" for "¹"
  Span text;                  // the note's own paragraph (moved after the body)
  std::vector<Span> anchors;  // where the marker appears in the body
};

class DocumentTree {
 public:
  // Node 0 is the root; its span covers the body.
  std::vector<Node> nodes;
  std::vector<Span> header_lines;     // before the document-type line
  Span doc_type_line;                 // "KẾ HOẠCH" (empty when not found)
  std::vector<Span> title_lines;      // the title under it
  std::vector<Span> preamble_lines;   // basis paragraphs before the first part/section
  std::vector<Span> recipient_lines;  // "Nơi nhận:" and its items
  std::vector<Span> signature_lines;  // "TM. ỦY BAN NHÂN DÂN" ... name
  std::vector<Footnote> footnotes;

  const Node& root() const { return nodes.front(); }
  // The innermost node whose line or span contains code point `at`, or 0.
  int NodeAt(uint32_t at) const;
  // Node ids from the root's child down to `id` (the headings a record sits under).
  std::vector<int> PathTo(int id) const;
  // Links each footnote to the superscript markers of the body that point to it
  // (`text` is the stored text the spans index); warns of a footnote without one.
  void LinkFootnotes(std::string_view text, Diagnostics* diagnostics);
};

}  // namespace ntmx
