// TsvReader: reads a small tab-separated data file (a gazetteer, a name list) line
// by line, and words its errors as "path:line: problem".
//
// Data files under schemas/ are TSV because a linguist can edit them in any editor
// and a diff shows one changed row as one changed line. They are read whole into
// memory (the largest is about 1 MB) and split by hand: no quoting, no escapes, a
// field never contains a tab or a newline. The reader hands out string_views into
// its buffer, so parsing costs one read and no allocation per field.
//
//   TsvReader tsv;
//   Status s = TsvReader::Open(dir / "places.tsv", &tsv);
//   std::vector<std::string_view> fields;
//   while (s.ok() && tsv.Next(&fields)) {
//     if (fields.size() != 7) s = tsv.Error("expected 7 fields");
//   }
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace ntmx {

class TsvReader {
 public:
  TsvReader() = default;
  TsvReader(const TsvReader&) = delete;
  TsvReader& operator=(const TsvReader&) = delete;
  TsvReader(TsvReader&&) = default;
  TsvReader& operator=(TsvReader&&) = default;

  // Reads `path` into memory. Returns IoError (naming the path) when the file cannot
  // be read, InvalidInput ("path:line: invalid UTF-8") when it is not UTF-8. A UTF-8
  // byte order mark is skipped.
  static Status Open(const std::filesystem::path& path, TsvReader* out);

  // Splits the next non-blank line on tabs into `fields` (views into this reader's
  // buffer, valid while the reader lives) and returns true; returns false at the end
  // of the file. A trailing "\r" is dropped; blank lines are skipped.
  bool Next(std::vector<std::string_view>* fields);

  // The 1-based number of the line last returned by Next() (0 before the first).
  size_t line() const { return line_; }

  // InvalidInput whose message is "<path>:<line()>: <what>".
  Status Error(std::string_view what) const;

  const std::string& path() const { return path_; }
  // The size of the file in bytes.
  size_t size() const { return data_.size(); }

 private:
  std::string path_;
  std::string data_;
  size_t pos_ = 0;
  size_t line_ = 0;
  size_t next_line_ = 1;
};

}  // namespace ntmx
