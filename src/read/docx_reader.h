// Word .docx: the bytes of the file in, the plan's text out, in the form the later
// stages already read from .txt plans.
//
// What a reader of the document sees is what comes out:
//   * the paragraphs of w:body in order (inside tables too), runs joined, w:tab as a
//     tab, w:br as a line break; a blank line between paragraphs, a single line end
//     between centred ones (the title block), as the text exports have it;
//   * Word's automatic numbering rendered into the text ("I. MỤC ĐÍCH", "2.1. ...",
//     "a) ..."): docx_numbering.h;
//   * a data table as markdown pipe rows ("| 1 | Quy hoạch | Đạt |", a "|---|" row
//     after the first), a cell's paragraphs joined by a space, w:gridSpan as empty
//     cells after the spanning one and a continued w:vMerge as an empty cell, so the
//     columns stay in place;
//   * a layout table -- the borderless two-column table that holds the official
//     header (issuer and "Số:" left, the national motto and "place, ngày ..." right)
//     or the closing (recipients left, signature right) -- as its left column's lines
//     followed by its right column's, the way the PDF reader lays out such a block.
//     The rule: a table is a layout table when it has at most two columns, shows no
//     border (w:tblBorders all none/nil, or none given and no bordered table style,
//     or every cell's w:tcBorders none/nil; no cell with a visible border)
//     and nothing but empty paragraphs stands before it, or after it, in the body;
//   * footnotes: the reference becomes a superscript number ("tiêu chí¹", numbered in
//     order of reference) and the note a paragraph "¹ ..." at the end of the text;
//   * tracked changes as if accepted (w:ins kept; w:del, w:delText, w:moveFrom and
//     deleted table rows dropped; a paragraph whose mark was deleted joined to the
//     next); of a field only its shown result (w:instrText and what stands between
//     w:fldChar begin and separate dropped; w:fldSimple's runs kept); hidden text
//     (w:vanish) and comments dropped. Headers and footers (page numbers) are not read.
// The parts read are word/document.xml (required), word/numbering.xml,
// word/styles.xml and word/footnotes.xml, by these fixed names.
//
// Hostile input: the parts' uncompressed size is bounded (docx_package.h), the XML
// parser reads no DTD and expands no entities (docx_xml.h), nesting deeper than a
// fixed bound is skipped rather than followed, and the result is valid UTF-8 without
// control characters other than tab and line end. Legacy-font text (TCVN3/VNI fonts
// typed as "KÕ ho¹ch") comes out as written; the caller repairs it like a .txt.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "util/status.h"

namespace ntmx {

// True when `bytes` begin with a ZIP signature (a local file header, or the end
// record of an empty archive).
bool StartsWithZipMagic(std::string_view bytes);

// Reads the .docx held in `bytes` into *utf8. `max_xml_bytes` bounds the total
// uncompressed size of the parts read. Errors (InvalidInput, *utf8 empty):
//   "not a Word document: damaged ZIP archive (...)"
//   "not a Word document: no word/document.xml"        any other ZIP archive
//   "Word document too large: ... bytes unpacked (the limit; a zip bomb?)"
//   "damaged Word document: word/document.xml is not well-formed XML (...)"
//   "empty Word document"                               no visible text
// *word_document (may be null) says whether the archive holds word/document.xml, so
// the caller can tell a Word document that failed from another ZIP archive.
// REQUIRES: utf8 != nullptr.
Status ReadDocx(std::string_view bytes, size_t max_xml_bytes, std::string* utf8,
                bool* word_document = nullptr);

}  // namespace ntmx
