// Byte sniffing: what a file's raw bytes look like before anyone decodes them.
//
// The Read stage asks two questions of the bytes before it decodes them: is this a
// known non-text format (a magic number at offset 0, or a PDF header), and does the
// content look like binary data (NUL bytes, many control characters) or like UTF-16
// that lost its byte-order mark? The answers become the stage's error messages, so
// they name what the file looks like ("a PNG image") rather than just refusing it.
//
//   BinaryMagicName("\x89PNG\r\n...")  == "a PNG image"
//   StartsWithPdfMagic("\n%PDF-1.7")   == true
//   SniffContent("abc\0def").kind      == ContentKind::kNulBytes, .offset == 3
//
// All functions are pure, linear in the input and never read past its end.
#pragma once

#include <cstddef>
#include <string_view>

namespace ntmx {

// A phrase naming the binary format whose magic number starts `bytes` ("a PNG image",
// "a gzip archive", ...), or "" when none matches.
// The phrase fits the message "binary file (looks like <phrase>), not a text plan".
std::string_view BinaryMagicName(std::string_view bytes);

// True when `bytes` start with "%PDF-" after optional ASCII white space.
bool StartsWithPdfMagic(std::string_view bytes);

enum class ContentKind {
  kText,               // nothing suspicious
  kNulBytes,           // at least one NUL byte
  kBomlessUtf16,       // NUL bytes in every other position: UTF-16 saved without a BOM
  kControlCharacters,  // more than 10% C0 controls other than \t \n \r \f
};

struct ContentSniff {
  ContentKind kind = ContentKind::kText;
  size_t offset = 0;     // kNulBytes: offset of the first NUL byte in the input
  unsigned percent = 0;  // kControlCharacters: share of control bytes, rounded down
};

// Classifies `text` (UTF-8 or any ASCII-compatible encoding; C0 bytes never occur
// inside a multi-byte UTF-8 sequence, so a byte scan is exact).
ContentSniff SniffContent(std::string_view text);

}  // namespace ntmx
