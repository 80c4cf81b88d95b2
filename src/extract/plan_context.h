// The plan context of one document (model/plan_context.h): built once, from what
// the header and period extractors found, and read by every extractor that needs a
// default subject, set, period, group or scheme.
//
//   const PlanContext& plan = PlanContextOf(doc, resources_, out);
//   record.subject = plan.subject;          // "Đắk Rơwa", never "" when a place is named
//
// Run after "header" and "period" in the pipeline; an extractor asking earlier gets
// a context without what those have not found yet (it is built on first request).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extract/extractor.h"
#include "model/plan_context.h"

namespace ntmx {

// out->plan, built by BuildPlanContext on the first call for this document.
const PlanContext& PlanContextOf(const DocumentView& doc, const Resources& resources,
                                 Extraction* out);

// Whether the text is no administrative document: it has neither a kind line
// ("KẾ HOẠCH") nor a title, the header reader found neither a symbol nor an issuer
// in it (`facts`), and its first line does not open with a kind (`kind_opening`,
// rule header.kind_opening: "Kế hoạch Chương trình … năm 2014" on a web page) — a
// news item, an answer on a web page, a paragraph copied out of a report. Such a
// text mostly reports; it cites no basis of its own, so the readers ask for more.
// The header extractor decides it once per document (Extraction::headerless).
bool IsHeaderless(const DocumentView& doc, const DocumentFacts& facts, const Rule& kind_opening);

// The first line of a text's own words: its first header line, else its first
// body line, else its first preamble line (a web page's or an excerpt's title).
Span FirstTextLine(const DocumentTree& tree);

// The context of the document `doc` whose header facts are `facts`.
PlanContext BuildPlanContext(const DocumentView& doc, const Resources& resources,
                             const DocumentFacts& facts);

// The criteria-set rules of `resources` ("criteria.set.<id>", for sets the catalogue
// knows), as (set id, rule) in rule-file order.
std::vector<std::pair<std::string, const Rule*>> SetRules(const Resources& resources);

// The set named first in folded bytes [begin, end) of `text`: of the cues found
// there, the earliest; where cues overlap, the one whose rule comes first in the
// file ("xã nông thôn mới nâng cao" is nâng cao, not plain). nullopt when none.
std::optional<std::string> FirstSetCue(
    const std::vector<std::pair<std::string, const Rule*>>& set_rules, const IndexedText& text,
    size_t begin, size_t end);

}  // namespace ntmx
