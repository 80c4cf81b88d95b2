// The ZIP container of a .docx (Office Open XML package): its parts by name, read
// from the bytes in memory, with a bound on what they may expand to.
//
// libzip (Debian libzip-dev) opens the archive straight from the buffer
// (zip_source_buffer_create): no temporary file, nothing written to disk, and the
// archive's central directory, CRCs and compression methods are libzip's problem,
// tested against far more damaged archives than we could write. What it cannot
// guard against by itself is a small archive that inflates to gigabytes (a "zip
// bomb"); every part is therefore read in chunks against a byte budget shared by
// all the parts of one document, and reading stops as soon as the budget is spent,
// whatever size the archive's directory claims.
//
//   DocxPackage package;
//   if (Status s = package.Open(bytes); !s.ok()) return s;   // not a ZIP archive
//   size_t budget = 64 << 20;
//   std::string xml;
//   bool present = false;
//   Status s = package.Read("word/document.xml", &budget, &xml, &present);
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "util/status.h"

struct zip;

namespace ntmx {

class DocxPackage {
 public:
  DocxPackage() = default;
  DocxPackage(const DocxPackage&) = delete;
  DocxPackage& operator=(const DocxPackage&) = delete;
  ~DocxPackage();

  // Opens the archive held in `bytes`, which must outlive this object. Fails with
  // InvalidInput("not a Word document: damaged ZIP archive (<libzip's reason>)").
  Status Open(std::string_view bytes);

  // True when the archive holds an entry named exactly `name`.
  bool Has(std::string_view name) const;

  // Reads entry `name` into *out. An absent entry is not an error: *present is false
  // and *out empty. The uncompressed bytes are taken from *budget; past it the read
  // stops with InvalidInput("... larger than N bytes unpacked ..."). A damaged or
  // encrypted entry is InvalidInput naming the entry. REQUIRES: Open succeeded.
  Status Read(std::string_view name, size_t* budget, std::string* out, bool* present) const;

 private:
  zip* archive_ = nullptr;
};

}  // namespace ntmx
