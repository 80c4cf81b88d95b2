// See fuzz_targets.h.
#include "fuzz_targets.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

#include "normalize/normalizer.h"
#include "pipeline/pipeline.h"
#include "read/docx_reader.h"
#include "read/pdf_reader.h"
#include "read/reader.h"
#include "text/utf8.h"

namespace ntmx::fuzz {
namespace {

// The default pipeline, loaded once from $NTMX_DATA or the source tree.
const Pipeline& DefaultPipeline() {
  static const Pipeline* const pipeline = [] {
    const std::filesystem::path data_dir = FindDataDir({}, {});
    std::unique_ptr<Pipeline> p;
    const Status s = Pipeline::Load(data_dir, "default", &p);
    if (!s.ok()) {
      std::cerr << "fuzz: cannot load the default pipeline from " << data_dir << ": " << s.message()
                << '\n';
      std::abort();
    }
    return p.release();
  }();
  return *pipeline;
}

bool IsValidUtf8(std::string_view bytes) {
  return FindInvalidUtf8(bytes) == std::string_view::npos;
}

void Read(std::string_view bytes) {
  RawDocument doc;
  ReadOptions options;
  options.max_pages = 20;
  options.max_seconds = 5;
  (void)DecodeBytes(bytes, options, &doc);
}

void Pdf(std::string_view bytes) {
  PdfReadOptions options;
  options.max_pages = 20;
  options.max_seconds = 5;
  PdfText text;
  (void)ReadPdf(bytes, options, &text);
}

void Docx(std::string_view bytes) {
  std::string text;
  (void)ReadDocx(bytes, size_t{8} << 20, &text);
}

void Normalize(std::string_view bytes) {
  if (!IsValidUtf8(bytes)) return;
  Diagnostics diagnostics;
  (void)NormalizeText(bytes, NormalizeOptions(), &diagnostics);
}

void Structure(std::string_view bytes) {
  if (!IsValidUtf8(bytes)) return;
  Diagnostics diagnostics;
  (void)DefaultPipeline().Structure(bytes, &diagnostics);
}

void Extract(std::string_view bytes) {
  if (!IsValidUtf8(bytes)) return;
  Diagnostics diagnostics;
  Extraction extraction;
  DefaultPipeline().ProcessText(bytes, &extraction, &diagnostics);
}

}  // namespace

const std::vector<Target>& Targets() {
  static const std::vector<Target> targets = {{"read", Read},           {"pdf", Pdf},
                                              {"docx", Docx},           {"normalize", Normalize},
                                              {"structure", Structure}, {"extract", Extract}};
  return targets;
}

const Target* FindTarget(std::string_view name) {
  for (const Target& t : Targets()) {
    if (name == t.name) return &t;
  }
  return nullptr;
}

}  // namespace ntmx::fuzz
