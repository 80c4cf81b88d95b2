// See tsv_reader.h.
#include "util/tsv_reader.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "text/utf8.h"

namespace ntmx {

Status TsvReader::Open(const std::filesystem::path& path, TsvReader* out) {
  TsvReader reader;
  reader.path_ = path.string();
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open " + reader.path_);
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size < 0) return Status::IoError("cannot read " + reader.path_);
  reader.data_.resize(static_cast<size_t>(size));
  in.seekg(0, std::ios::beg);
  if (!in.read(reader.data_.data(), size)) return Status::IoError("cannot read " + reader.path_);

  const size_t bad = FindInvalidUtf8(reader.data_);
  if (bad != std::string::npos) {
    reader.line_ = 1 + static_cast<size_t>(std::count(
                           reader.data_.begin(),
                           reader.data_.begin() + static_cast<std::ptrdiff_t>(bad), '\n'));
    return reader.Error("invalid UTF-8");
  }
  if (reader.data_.starts_with("\xEF\xBB\xBF")) reader.pos_ = 3;
  *out = std::move(reader);
  return Status::Ok();
}

bool TsvReader::Next(std::vector<std::string_view>* fields) {
  fields->clear();
  const std::string_view data(data_);
  while (pos_ < data.size()) {
    size_t end = data.find('\n', pos_);
    if (end == std::string_view::npos) end = data.size();
    std::string_view line = data.substr(pos_, end - pos_);
    pos_ = end + 1;
    line_ = next_line_++;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    size_t start = 0;
    while (true) {
      const size_t tab = line.find('\t', start);
      if (tab == std::string_view::npos) {
        fields->push_back(line.substr(start));
        break;
      }
      fields->push_back(line.substr(start, tab - start));
      start = tab + 1;
    }
    return true;
  }
  return false;
}

Status TsvReader::Error(std::string_view what) const {
  std::ostringstream msg;
  msg << path_ << ':' << line_ << ": " << what;
  return Status::InvalidInput(msg.str());
}

}  // namespace ntmx
