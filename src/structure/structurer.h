// Structure: recover the shape of a plan from its normalized lines.
//
// Consumes the normalized text (normalize/normalizer.h); produces the text that
// is stored — the same lines, with footnote paragraphs moved after the body and a
// sentence that a footnote or page break split rejoined — and the DocumentTree of
// spans into it:
//
//   "... giúp người nghèo tiếp cận với các nguồn vốn vay\n\n"
//   "² Chương trình MTQG giảm nghèo bền vững ...\n\n"
//   "ưu đãi, phát triển sản xuất ..."
//     -> body line "... các nguồn vốn vay ưu đãi, phát triển sản xuất ..."
//        footnote 2 "² Chương trình MTQG ..." after the signature
//
// Lines are recognised by the rules of patterns/structure.toml (headings, bullets,
// footnotes, the recipients list, the signature block); the numbering logic —
// which "1." opens a section and which one a numbered list — is here.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "rules/rule_set.h"
#include "structure/document_tree.h"
#include "util/deadline.h"
#include "util/diagnostics.h"
#include "util/status.h"

namespace ntmx {

struct StructuredText {
  std::string text;  // the text to store; every Span of `tree` indexes it
  DocumentTree tree;
};

class Structurer {
 public:
  // Fails when a rule the structurer needs is missing from `rules` (which must
  // outlive the Structurer).
  static Status Create(const RuleSet& rules, std::unique_ptr<Structurer>* out);

  // Structures `normalized`. With a `deadline` (util/deadline.h), checked per line,
  // it stops once that expires and returns an empty StructuredText, which the caller
  // must not use (the pipeline fails the document).
  StructuredText Run(std::string_view normalized, Diagnostics* diagnostics,
                     const WorkDeadline* deadline = nullptr) const;

  // The rules of patterns/structure.toml it uses (defined in the .cc, named here so
  // that the steps of Run, free functions there, can take them).
  struct LineRules;

 private:
  explicit Structurer(std::unique_ptr<LineRules> rules);
  std::unique_ptr<LineRules> rules_;

 public:
  ~Structurer();
};

}  // namespace ntmx
