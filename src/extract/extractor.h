// Extractor: one kind of record read from a structured document.
//
// An extractor consumes the stored text (IndexedText: text + folded view), its
// DocumentTree and the shared Resources (compiled rules, gazetteer), and appends
// records to the Extraction; it never reads files, prints or touches SQLite.
// Each extractor lives in its own file in src/extract/, its rules in patterns/,
// and is switched on by naming it in a pipelines/*.toml file:
//
//   class LegalBasesExtractor : public Extractor { ... };   // "legal_bases"
//
// Extractors run in the order the pipeline lists them, so a later one may use
// what an earlier one wrote (the header's year, the document's locality).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "knowledge/resources.h"
#include "model/records.h"
#include "places/gazetteer.h"
#include "structure/document_tree.h"
#include "text/indexed_text.h"
#include "util/diagnostics.h"
#include "util/status.h"

namespace ntmx {

// What an extractor sees of one document.
struct DocumentView {
  const IndexedText& text;
  const DocumentTree& tree;
  // Every "xã X" / "huyện Y" the gazetteer finds in the text, found once per
  // document by the pipeline (a pass over the whole text several extractors need).
  const std::vector<PlaceMention>& places;
};

class Extractor {
 public:
  virtual ~Extractor() = default;
  // The name the pipeline file uses ("header", "legal_bases").
  virtual std::string_view name() const = 0;
  // Appends this extractor's records to `out`; problems go to `diagnostics`.
  virtual void Extract(const DocumentView& doc, Extraction* out,
                       Diagnostics* diagnostics) const = 0;
};

// Creates the extractor called `name`, bound to `resources` (which must outlive
// it). Unknown names and missing rules give a Status naming what is missing.
Status MakeExtractor(std::string_view name, const Resources& resources,
                     std::unique_ptr<Extractor>* out);

}  // namespace ntmx
