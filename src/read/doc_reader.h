// Word 97-2003 .doc (an OLE2 compound file): converted to text by antiword.
//
// The .doc binary format (piece tables, FIB, several code pages) is large and old;
// antiword (Debian package antiword) reads it, writes UTF-8 and is small, fast and
// has no dependencies, where LibreOffice would be a gigabyte and seconds per file.
// The bytes are written to a private temporary file (mode 0600, removed afterwards),
// because antiword reads only files, and antiword runs as
//     antiword -m UTF-8.txt -w 0 FILE
// through posix_spawnp with an argument vector (no shell: nothing in a file name or
// the bytes reaches a command line), its stdout captured up to a byte bound and its
// run up to a time limit, after which it is killed. Legacy-font text (a .doc typed in
// .VnTime) comes out as mojibake; the caller repairs it like a .txt.
//
//   std::string text;
//   Status s = ReadDoc(bytes, DocReadOptions(), &text);
//   // s: "reading .doc needs antiword (apt-get install antiword)" when it is missing
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "util/status.h"

namespace ntmx {

// True when `bytes` begin with the OLE2 compound-file signature (.doc, .xls, .ppt).
bool StartsWithOle2Magic(std::string_view bytes);

struct DocReadOptions {
  std::string antiword = "antiword";    // the program, looked up in PATH
  double max_seconds = 60;              // then antiword is killed
  size_t max_bytes = size_t{64} << 20;  // of antiword's output
};

// Converts the .doc in `bytes` to UTF-8 text in *utf8. Errors (*utf8 empty):
//   Unsupported("reading .doc needs antiword (apt-get install antiword)")
//   InvalidInput("antiword could not read the .doc: <its first line of stderr>")
//   InvalidInput("antiword took more than N s on the .doc; stopped")
//   InvalidInput("antiword's output is larger than N bytes")
//   IoError(...) when no temporary file or pipe could be made.
// REQUIRES: utf8 != nullptr.
Status ReadDoc(std::string_view bytes, const DocReadOptions& options, std::string* utf8);

}  // namespace ntmx
