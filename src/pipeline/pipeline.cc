// See pipeline.h.
#include "pipeline/pipeline.h"

#include <cstdlib>
#include <future>
#include <sstream>

#include "knowledge/data_files.h"
#include "pipeline/page_map.h"
#include "read/reader.h"
#include "text/indexed_text.h"
#include "util/toml_file.h"

namespace ntmx {
namespace {

// "60", "0.5": seconds as a person writes them.
std::string FormatSeconds(double seconds) {
  std::ostringstream s;
  s << seconds;
  return s.str();
}

}  // namespace

Status LoadPipelineConfig(const std::filesystem::path& file, PipelineConfig* out) {
  const std::string name = file.string();
  toml::table table;
  if (Status status = ParseTomlFile(file, &table); !status.ok()) return status;
  out->file = file;
  auto strings = [&](const char* key, std::vector<std::string>* into) -> Status {
    const toml::node_view<toml::node> node = table[key];
    if (!node) return Status::Ok();
    const toml::array* array = node.as_array();
    if (array == nullptr) {
      return Status::InvalidInput(name + ":" + std::to_string(node.node()->source().begin.line) +
                                  ": `" + key + "` must be a list of strings");
    }
    for (const toml::node& item : *array) {
      auto s = item.value<std::string>();
      if (!s) {
        return Status::InvalidInput(name + ":" + std::to_string(item.source().begin.line) + ": `" +
                                    key + "` must be a list of strings");
      }
      into->push_back(*s);
    }
    return Status::Ok();
  };
  Status status = strings("patterns", &out->pattern_files);
  if (status.ok()) status = strings("extractors", &out->extractors);
  if (!status.ok()) return status;
  out->max_bytes = static_cast<size_t>(
      table["read"]["max_bytes"].value_or<int64_t>(static_cast<int64_t>(out->max_bytes)));
  out->max_pages = static_cast<int>(table["read"]["max_pages"].value_or<int64_t>(out->max_pages));
  out->max_seconds = table["read"]["max_seconds"].value_or(out->max_seconds);
  out->normalize.strip_markdown =
      table["normalize"]["strip_markdown"].value_or(out->normalize.strip_markdown);
  out->normalize.reduce_latex =
      table["normalize"]["reduce_latex"].value_or(out->normalize.reduce_latex);
  out->normalize.max_line_bytes =
      static_cast<size_t>(table["normalize"]["max_line_bytes"].value_or<int64_t>(
          static_cast<int64_t>(out->normalize.max_line_bytes)));
  return Status::Ok();
}

Status Pipeline::Load(const std::filesystem::path& data_dir, const std::filesystem::path& file,
                      std::unique_ptr<Pipeline>* out) {
  std::unique_ptr<Pipeline> pipeline(new Pipeline());
  std::filesystem::path config_file = file;
  if (config_file.is_relative() && !std::filesystem::exists(config_file)) {
    config_file = PipelinesDir(data_dir) / file;
    if (!config_file.has_extension()) config_file += ".toml";
  }
  if (!std::filesystem::exists(config_file)) {
    return Status::NotFound("pipeline file " + file.string() + " not found (looked in " +
                            PipelinesDir(data_dir).string() + ")");
  }
  Status status = LoadPipelineConfig(config_file, &pipeline->config_);
  if (!status.ok()) return status;

  auto resources = std::make_unique<Resources>();
  status = LoadResources(data_dir, pipeline->config_.pattern_files, resources.get());
  if (!status.ok()) return status;
  pipeline->resources_ = std::move(resources);

  status = Structurer::Create(pipeline->resources_->rules, &pipeline->structurer_);
  if (!status.ok()) return status;
  for (const std::string& name : pipeline->config_.extractors) {
    std::unique_ptr<Extractor> extractor;
    status = MakeExtractor(name, *pipeline->resources_, &extractor);
    if (!status.ok()) return Status::InvalidInput(config_file.string() + ": " + status.message());
    pipeline->extractors_.push_back(std::move(extractor));
  }
  *out = std::move(pipeline);
  return Status::Ok();
}

StructuredText Pipeline::Structure(std::string_view utf8, Diagnostics* diagnostics) const {
  const std::string normalized = NormalizeText(utf8, config_.normalize, diagnostics);
  return structurer_->Run(normalized, diagnostics);
}

void Pipeline::ProcessText(std::string_view utf8, Extraction* out, Diagnostics* diagnostics) const {
  // Without a deadline no stage can fail.
  (void)RunStages(utf8, WorkDeadline(), out, diagnostics, nullptr);
}

Status Pipeline::RunStages(std::string_view utf8, const WorkDeadline& deadline, Extraction* out,
                           Diagnostics* diagnostics, std::string* failed_stage) const {
  auto out_of_time = [&](std::string_view stage) {
    if (!deadline.Expired()) return false;
    if (failed_stage != nullptr) *failed_stage = stage;
    return true;
  };
  auto too_slow = [&](std::string_view stage) {
    return Status::InvalidInput("processing took more than " + FormatSeconds(config_.max_seconds) +
                                " s (stopped after " + std::string(stage) +
                                ", [read] max_seconds)");
  };
  const std::string normalized = NormalizeText(utf8, config_.normalize, diagnostics, &deadline);
  if (out_of_time("normalize")) return too_slow("normalize");
  StructuredText structured = structurer_->Run(normalized, diagnostics, &deadline);
  if (out_of_time("structure")) return too_slow("structure");
  IndexedText indexed(std::move(structured.text));
  resources_->rules.AttachHints(&indexed);
  indexed.set_deadline(&deadline);
  const IndexedText& text = indexed;
  const std::vector<PlaceMention> places = resources_->gazetteer->FindMentions(text);
  if (out_of_time("place names")) return too_slow("place names");
  const DocumentView view{text, structured.tree, places};
  for (const auto& extractor : extractors_) {
    extractor->Extract(view, out, diagnostics);
    if (out_of_time(extractor->name())) return too_slow(extractor->name());
  }
  out->text = text.text();
  return Status::Ok();
}

Status Pipeline::ProcessFile(const std::filesystem::path& path, Extraction* out,
                             Diagnostics* diagnostics) const {
  std::string bytes;
  Status status = ReadFileBytes(path, config_.max_bytes, &bytes);
  if (!status.ok()) return status;
  return ProcessBytes(path, bytes, Sha256Hex(bytes), out, diagnostics);
}

Status Pipeline::ProcessBytes(const std::filesystem::path& path, std::string_view bytes,
                              std::string sha256, Extraction* out, Diagnostics* diagnostics,
                              std::string* failed_stage) const {
  // A limit beyond a few years (or none, <= 0) means no deadline, not an overflow.
  const WorkDeadline deadline = WorkDeadline::AfterSeconds(config_.max_seconds);
  RawDocument raw;
  raw.source = path.string();
  raw.sha256 = std::move(sha256);
  ReadOptions options;
  options.max_bytes = config_.max_bytes;
  options.max_pages = config_.max_pages;
  options.max_seconds = config_.max_seconds;
  options.deadline = &deadline;
  options.max_paragraph_bytes = config_.normalize.max_line_bytes;
  options.from_encoding = config_.from_encoding;
  Status status = DecodeBytes(bytes, options, &raw);
  if (!status.ok()) {
    if (failed_stage != nullptr) *failed_stage = "read";
    return status;
  }
  out->source = raw.source;
  out->sha256 = raw.sha256;
  out->format = std::string(FormatName(raw.format));
  if (raw.encoding != LegacyEncoding::kNone && diagnostics != nullptr) {
    diagnostics->Info("read", "converted from the legacy encoding " +
                                  std::string(LegacyEncodingName(raw.encoding)));
  }
  status = RunStages(raw.utf8, deadline, out, diagnostics, failed_stage);
  if (!status.ok()) return status;
  if (!raw.page_starts.empty()) {
    out->pages = MapPageStarts(raw.utf8, raw.page_starts, out->text, config_.normalize);
  }
  return Status::Ok();
}

std::filesystem::path FindDataDir(const std::filesystem::path& explicit_dir,
                                  const std::filesystem::path& argv0) {
  namespace fs = std::filesystem;
  if (!explicit_dir.empty()) return explicit_dir;
  if (const char* env = std::getenv("NTMX_DATA"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) exe = fs::absolute(argv0, ec);
  for (const fs::path& candidate :
       {exe.parent_path(), exe.parent_path().parent_path(), fs::path(NTMX_SOURCE_DIR)}) {
    if (fs::is_directory(PatternsDir(candidate)) && fs::is_directory(SchemasDir(candidate))) {
      return candidate;
    }
  }
  return fs::path(NTMX_SOURCE_DIR);
}

}  // namespace ntmx
