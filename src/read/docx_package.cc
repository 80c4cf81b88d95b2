// See docx_package.h.
#include "read/docx_package.h"

#include <zip.h>

#include <algorithm>

namespace ntmx {
namespace {

std::string ErrorText(zip_error_t* error) {
  const char* text = zip_error_strerror(error);
  return text != nullptr ? text : "unknown error";
}

}  // namespace

DocxPackage::~DocxPackage() {
  if (archive_ != nullptr) zip_discard(archive_);  // read-only: nothing to write back
}

Status DocxPackage::Open(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    const std::string why = ErrorText(&error);
    zip_error_fini(&error);
    return Status::InvalidInput("not a Word document: damaged ZIP archive (" + why + ")");
  }
  archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive_ == nullptr) {
    zip_source_free(source);
    const std::string why = ErrorText(&error);
    zip_error_fini(&error);
    return Status::InvalidInput("not a Word document: damaged ZIP archive (" + why + ")");
  }
  zip_error_fini(&error);
  return Status::Ok();
}

bool DocxPackage::Has(std::string_view name) const {
  return archive_ != nullptr && zip_name_locate(archive_, std::string(name).c_str(), 0) >= 0;
}

Status DocxPackage::Read(std::string_view name, size_t* budget, std::string* out,
                         bool* present) const {
  out->clear();
  *present = false;
  const std::string entry(name);
  const zip_int64_t index = zip_name_locate(archive_, entry.c_str(), 0);
  if (index < 0) return Status::Ok();
  *present = true;
  const auto too_large = [&] {
    out->clear();
    return Status::InvalidInput(
        "Word document too large: " + entry + " and the parts read before it are larger than " +
        std::to_string(*budget) + " bytes unpacked (the limit; a zip bomb?)");
  };
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &st) == 0 &&
      (st.valid & ZIP_STAT_SIZE) != 0 && st.size > *budget) {
    return too_large();
  }
  zip_file_t* file = zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0);
  if (file == nullptr) {
    return Status::InvalidInput("damaged Word document: cannot open " + entry + " (" +
                                zip_strerror(archive_) + ")");
  }
  constexpr size_t kChunk = size_t{1} << 16;
  Status status = Status::Ok();
  while (true) {
    // One byte past the budget is enough to know it is exceeded.
    const size_t room = std::min(kChunk, *budget - out->size() + 1);
    const size_t old = out->size();
    out->resize(old + room);
    const zip_int64_t n = zip_fread(file, out->data() + old, room);
    if (n < 0) {
      status = Status::InvalidInput("damaged Word document: cannot read " + entry + " (" +
                                    zip_file_strerror(file) + ")");
      out->clear();
      break;
    }
    out->resize(old + static_cast<size_t>(n));
    if (out->size() > *budget) {
      status = too_large();
      break;
    }
    if (n == 0) break;
  }
  zip_fclose(file);
  if (status.ok()) *budget -= out->size();
  return status;
}

}  // namespace ntmx
