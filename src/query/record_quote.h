// Record quotes for audit findings: the line a record was read from, fetched with
// the record in the same SELECT, so a finding quotes its evidence without a second
// trip to the database per record.
//
// WindowSql(t, d) adds to a SELECT the characters around record alias `t`'s span in
// document alias `d`'s text; QuoteOf reads them back from the result row as
// "source: «the line of the span»". Shared by the collection audit's checks
// (collection_audit.h, copy_mismatch.h).
//
//   "SELECT d.source, " + WindowSql("c", "d") + " FROM criteria_counts c JOIN documents d ..."
//   QuoteOf(row, row.Str("source"), "c") == "plan.txt: «- Xã A đạt 14/19 tiêu chí»"
#pragma once

#include <optional>
#include <string>

#include "store/result_table.h"

namespace ntmx {

// Columns <t>_window, <t>_before and <t>_length: up to 160 characters each side of
// the span of record alias `t` in the text of document alias `d`.
std::string WindowSql(const std::string& t, const std::string& d);

// "source: «line»": the line of the span, from the columns WindowSql(t, …) named.
std::string QuoteOf(const ResultRow& r, const std::string& source, const std::string& t);

// The PDF page of the span, from the column <t>_page WindowSql(t, …) named; nullopt
// when the document is no PDF.
std::optional<int> QuotePage(const ResultRow& r, const std::string& t);

// The page of code point `begin` of a document whose documents.pages is `pages_json`
// (a JSON array of page starts), or nullopt (not a PDF, or unreadable).
std::optional<int> PageFromJson(const std::string& pages_json, size_t begin);

}  // namespace ntmx
