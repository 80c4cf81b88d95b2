// The Read stage: a file path in, the document's bytes as valid UTF-8 out.
//
// Read is the first stage of the pipeline. It consumes one input file and produces a
// RawDocument: the path as given, the SHA-256 of the raw bytes (the contract's `sha256`),
// the format detected from the bytes (the contract's `format`, never the file name) and
// the text as valid UTF-8. Anything it cannot turn into text is a Status whose one-line
// message names the problem; the CLI prefixes the file name.
//
//   RawDocument doc;
//   Status s = ReadFile("plans/huong-son-2023.md", ReadOptions(), &doc);
//   if (!s.ok()) return s;  // e.g. "invalid UTF-8 at byte 1234"
//   // doc.format == InputFormat::kMarkdown   ("## I. MỤC TIÊU" was seen)
//   // doc.sha256 == "3f2a...e9"               (64 lower-case hex digits)
//   // doc.utf8   == "## KẾ HOẠCH\r\nThực hiện ..." (CRLF kept, BOM gone)
//
// What it accepts: UTF-8 with or without a BOM (the BOM is dropped), UTF-16 LE or BE
// with a BOM (converted with ICU). What it refuses, with the reason in the message:
// empty or blank files, binary files (NUL bytes, many control characters, or a known
// magic number such as PNG, JPEG, ELF, gzip, a ZIP archive that is not a Word
// document), invalid UTF-8 or UTF-16 (with the byte offset in the file) and UTF-32.
// A Word .docx (a ZIP archive holding word/document.xml) is read by docx_reader.h, a
// Word 97-2003 .doc (OLE2 signature) by doc_reader.h (antiword); their text then
// goes through the same legacy-font repair as a .txt. A PDF is read by pdf_reader.h;
// bytes in a legacy Vietnamese encoding (TCVN3, VNI, VISCII, CP1258) and mojibake of
// them in UTF-8 are detected and converted by legacy_encoding.h.
//
// Read changes nothing else: line ends (CRLF, CR), Unicode normalization and stray
// spaces are left exactly as they arrive; the normalize stage owns them. Every function here is
// linear in the input and never throws on bad bytes.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "read/legacy_encoding.h"
#include "read/ocr_repair.h"
#include "read/pdf_ocr.h"
#include "util/deadline.h"
#include "util/status.h"

namespace ntmx {

// What the bytes are, as far as the later stages need to know.
enum class InputFormat { kText, kMarkdown, kPdf, kDocx, kDoc };

// The contract's spelling of `format`: "text", "markdown", "pdf", "docx" or "doc".
std::string_view FormatName(InputFormat format);

// One input file, read and decoded.
struct RawDocument {
  std::string source;  // the path as given (path.string()), for messages and `source`
  std::string sha256;  // lower-case hex SHA-256 of the raw file bytes, BOM included
  InputFormat format = InputFormat::kText;
  std::string utf8;  // the text: valid UTF-8, no BOM, otherwise as in the file
  // PDF only: byte offset in utf8 where each page begins (non-decreasing).
  std::vector<size_t> page_starts;
  // The legacy encoding the text was converted from (bytes or mojibake), or kNone.
  LegacyEncoding encoding = LegacyEncoding::kNone;
  // PDF pages read by OCR: per page, Tesseract's mean word confidence (0..100), -1 for
  // a page read from its text layer. Empty when no page was read by OCR.
  std::vector<int> ocr_confidence;
};

struct ReadOptions {
  // Files larger than this are refused with a message that gives both sizes, so a
  // stray video or database dump never gets loaded into memory. Also the bound on
  // a .docx's XML once unpacked, and on antiword's output for a .doc.
  size_t max_bytes = size_t{64} << 20;
  // PDF guards against pathological files ([read] max_pages, max_seconds).
  int max_pages = 1000;
  double max_seconds = 60;
  // The document's deadline (util/deadline.h), checked per PDF page; null: one of
  // max_seconds from the start of the PDF read. Must outlive the call.
  const WorkDeadline* deadline = nullptr;
  // PDF: paragraphs longer than this are broken into lines (pdf_pages.h); the
  // pipeline passes [normalize] max_line_bytes. 0: no bound.
  size_t max_paragraph_bytes = 0;
  // --from-encoding: nullopt detects legacy encodings; a value forces one for bytes
  // that are not valid UTF-8 and for mojibake (kNone: UTF-8 only, no detection).
  std::optional<LegacyEncoding> from_encoding;
  // PDF pages without a text layer ([ocr], pdf_ocr.h; off by default) and the repair
  // of what OCR read (ocr_repair.h; null: none). The repair must outlive the call.
  OcrOptions ocr;
  const OcrRepair* ocr_repair = nullptr;
};

// Reads the regular file at `path` and decodes it with DecodeBytes.
//
// Returns OK and fills every field of *out, or one of:
//   NotFound("no such file")                       the path (or a parent) does not exist
//   InvalidInput("is a directory, not a file")     and similar for FIFOs, devices, sockets
//   InvalidInput("file too large: N bytes (limit M)")
//   IoError("cannot open: <strerror>") / IoError("read error: <strerror>")
//   any error of DecodeBytes.
// On error, out->source is set; out->sha256 is set once the bytes were read and
// out->format once it was recognised (a PDF reports kPdf on PDF errors); out->utf8
// is empty. Never blocks on a FIFO and never reads more than max_bytes + 1 bytes.
// REQUIRES: out != nullptr.
Status ReadFile(const std::filesystem::path& path, const ReadOptions& options, RawDocument* out);

// The first half of ReadFile: the raw bytes of the regular file at `path`, undecoded,
// with the same errors for the file itself (no such file, not a regular file, too
// large, I/O). For callers that look at the content (its SHA-256) before deciding to
// decode it: `ntmx ingest` skips documents already stored. REQUIRES: out != nullptr.
Status ReadFileBytes(const std::filesystem::path& path, size_t max_bytes, std::string* out);

// Detects the encoding and format of `bytes` and decodes them into out->utf8 (and, for
// a PDF, out->page_starts); out->source and out->sha256 are left alone. Same errors as
// the short form below, and the PDF errors of pdf_reader.h. REQUIRES: out != nullptr.
Status DecodeBytes(std::string_view bytes, const ReadOptions& options, RawDocument* out);

// Detects the encoding and format of `bytes` and decodes them into *utf8, with default
// options. Pure: no I/O, no global state, safe to call from several threads.
//
// Returns OK with *utf8 valid UTF-8 (BOM removed, UTF-16 converted, nothing else
// changed) and *format kText or kMarkdown. Otherwise *utf8 is empty and the Status is
//   InvalidInput("empty file")                      0 bytes, or only BOM and white space
//   InvalidInput("binary file (looks like ...), not a text plan")
//   InvalidInput("invalid UTF-8 at byte N")         N counts from the first byte, BOM included
//   InvalidInput("invalid UTF-16 at byte N (...)")  unpaired surrogate or odd length
//   PDF errors (pdf_reader.h)                       with *format set to kPdf
//   .docx / .doc errors (docx_reader.h, doc_reader.h) with *format kDocx / kDoc
//   InvalidInput("not a Word document: no word/document.xml")  another ZIP archive
//   Unsupported(...)                                UTF-32, or UTF-16 without a BOM
// REQUIRES: utf8 != nullptr, format != nullptr.
Status DecodeBytes(std::string_view bytes, std::string* utf8, InputFormat* format);

// Lower-case hex SHA-256 of `bytes` (64 characters), computed with OpenSSL's EVP
// interface. Returns an empty string only if libcrypto itself fails.
std::string Sha256Hex(std::string_view bytes);

}  // namespace ntmx
