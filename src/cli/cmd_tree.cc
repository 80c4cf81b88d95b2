// `ntmx tree`: show how ntmx read a document's structure — header, title,
// preamble, the tree of parts, sections and items, closing and footnotes — with
// each line's span. The first thing to look at when a record is missing.
#include <iostream>

#include "cli/commands.h"
#include "cli/terminal.h"
#include "read/reader.h"
#include "text/indexed_text.h"

namespace ntmx {
namespace {

std::string Clip(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "…";
}

void PrintLines(const IndexedText& text, const char* label, const std::vector<Span>& lines) {
  for (const Span& s : lines) {
    std::cout << label << " [" << s.begin << "," << s.end << ") " << Clip(text.Slice(s), 100)
              << '\n';
  }
}

void PrintNode(const IndexedText& text, const DocumentTree& tree, int id, int depth) {
  const Node& node = tree.nodes[static_cast<size_t>(id)];
  if (id != 0) {
    std::cout << std::string(static_cast<size_t>(depth) * 2, ' ') << NodeKindName(node.kind);
    if (!node.marker.empty()) std::cout << ' ' << node.marker;
    std::cout << " [" << node.line.begin << "," << node.line.end << ") "
              << Clip(text.Slice(node.line), 90) << '\n';
  }
  for (int child : node.children) PrintNode(text, tree, child, id == 0 ? depth : depth + 1);
}

}  // namespace

int RunTree(const CommonOptions& common, const TreeOptions& options) {
  std::unique_ptr<Pipeline> pipeline;
  if (!LoadPipelineOrReport(common, &pipeline)) return 2;
  RawDocument raw;
  const Status status = ReadFile(options.path, ReadOptions{}, &raw);
  if (!status.ok()) {
    ReportFailure(options.path, status);
    return 1;
  }
  Diagnostics diagnostics;
  StructuredText structured = pipeline->Structure(raw.utf8, &diagnostics);
  ReportDiagnostics(common, options.path, diagnostics);
  const DocumentTree tree = std::move(structured.tree);
  const IndexedText text(std::move(structured.text));
  PrintLines(text, "header  ", tree.header_lines);
  PrintLines(text, "doctype ", {tree.doc_type_line});
  PrintLines(text, "title   ", tree.title_lines);
  PrintLines(text, "preamble", tree.preamble_lines);
  PrintNode(text, tree, 0, 0);
  PrintLines(text, "recipient", tree.recipient_lines);
  PrintLines(text, "signature", tree.signature_lines);
  for (const Footnote& f : tree.footnotes) {
    std::cout << "footnote " << f.marker << " (" << f.anchors.size() << " marker(s)) "
              << Clip(text.Slice(f.text), 90) << '\n';
  }
  return 0;
}

}  // namespace ntmx
