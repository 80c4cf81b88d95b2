// Pipeline: the stages of ntmx wired in the order a pipelines/*.toml file names.
//
//   read -> normalize -> structure -> extractors (header, legal_bases, ...)
//
// A pipeline file is small TOML a user can read and edit:
//
//   patterns = ["structure.toml", "header.toml", "legal_bases.toml"]
//   extractors = ["header", "legal_bases"]
//   [read]
//   max_bytes = 67108864
//   [normalize]
//   strip_markdown = true
//
// Load() compiles every rule and loads every word list once; Process*() is then
// const and may run on many documents (and threads). A document that cannot be
// read returns a Status naming the problem; anything odd inside a readable
// document goes to its Diagnostics and never stops the run.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "knowledge/resources.h"
#include "model/records.h"
#include "normalize/normalizer.h"
#include "read/legacy_encoding.h"
#include "read/ocr_repair.h"
#include "read/pdf_ocr.h"
#include "structure/structurer.h"
#include "util/deadline.h"
#include "util/diagnostics.h"
#include "util/status.h"

namespace ntmx {

struct PipelineConfig {
  std::filesystem::path file;  // the pipeline file it came from
  std::vector<std::string> pattern_files;
  std::vector<std::string> extractors;
  size_t max_bytes = 64u << 20;
  int max_pages = 1000;                         // [read] PDF page limit
  double max_seconds = 60;                      // [read] time limit per document
  std::optional<LegacyEncoding> from_encoding;  // --from-encoding; nullopt: detect
  NormalizeOptions normalize;
  OcrOptions ocr;  // [ocr]: enabled, languages, dpi, max_pages (read/pdf_ocr.h)
};

// Parses a pipeline file; errors name file:line.
Status LoadPipelineConfig(const std::filesystem::path& file, PipelineConfig* out);

class Pipeline {
 public:
  // Loads the pipeline file (relative paths resolve against data_dir/pipelines)
  // and everything it names under `data_dir`.
  static Status Load(const std::filesystem::path& data_dir, const std::filesystem::path& file,
                     std::unique_ptr<Pipeline>* out);

  // Runs every stage on one file. `out->source` is `path` as given.
  Status ProcessFile(const std::filesystem::path& path, Extraction* out,
                     Diagnostics* diagnostics) const;

  // What ProcessFile does once the file is read: decodes `bytes` (read from `path`
  // with ReadFileBytes; `sha256` is theirs) and runs every later stage, within
  // [read] max_seconds for the whole document (checked inside the long stages too:
  // per PDF page, per line of the structurer, per rule search of the extractors;
  // util/deadline.h). On failure `*failed_stage`, when given, names the stage:
  // "read" (bytes that cannot be decoded, PDF limits) or the stage that ran out of time.
  Status ProcessBytes(const std::filesystem::path& path, std::string_view bytes, std::string sha256,
                      Extraction* out, Diagnostics* diagnostics,
                      std::string* failed_stage = nullptr) const;

  // Runs normalize, structure and the extractors on decoded text. `out` keeps its
  // source, sha256 and format; text and records are filled.
  void ProcessText(std::string_view utf8, Extraction* out, Diagnostics* diagnostics) const;

  // ProcessText within `deadline` (util/deadline.h), which the structurer checks per
  // line, the extractors' rule searches per search, and this after each stage; fails
  // naming the stage that ran past it (`*failed_stage`, when given). ProcessBytes
  // calls it with [read] max_seconds; tests with WorkDeadline::AfterChecks.
  Status RunStages(std::string_view utf8, const WorkDeadline& deadline, Extraction* out,
                   Diagnostics* diagnostics, std::string* failed_stage) const;

  // Normalize and structure only (for `ntmx tree` and tests).
  StructuredText Structure(std::string_view utf8, Diagnostics* diagnostics) const;

  // --from-encoding: read every file in `encoding` instead of detecting (kNone: UTF-8).
  void OverrideFromEncoding(LegacyEncoding encoding) { config_.from_encoding = encoding; }
  // --no-ocr: a PDF page without a text layer is not read by OCR.
  void DisableOcr() { config_.ocr.enabled = false; }

  const PipelineConfig& config() const { return config_; }
  const Resources& resources() const { return *resources_; }
  // The OCR repair (schemas/ocr_repair.tsv, ocr_words.tsv), its examples checked by Load.
  const OcrRepair& ocr_repair() const { return ocr_repair_; }

 private:
  Pipeline() = default;
  PipelineConfig config_;
  std::unique_ptr<Resources> resources_;
  OcrRepair ocr_repair_;  // schemas/ocr_repair.tsv and ocr_words.tsv
  std::unique_ptr<Structurer> structurer_;
  std::vector<std::unique_ptr<Extractor>> extractors_;
};

// Where patterns/, schemas/ and pipelines/ are: `explicit_dir` when given, else
// $NTMX_DATA, else the first of (binary's folder, its parent, the source tree)
// that holds a patterns/ folder.
std::filesystem::path FindDataDir(const std::filesystem::path& explicit_dir,
                                  const std::filesystem::path& argv0);

}  // namespace ntmx
