// `ntmx eval`: extract FILEs and score them against gold files (eval/referee.h), so
// that whoever edits patterns/ or schemas/ sees at once what a change gained and
// broke. Prints every miss and extra, then the figures as the referee prints them,
// then (with --floors) each floor and whether it holds.
//
// A FILE is matched to the gold file of the same stem (corpus/seeds/001_x.txt to
// gold/001_x.json). Unlike score.py, which scores every gold file of its folder,
// only gold files with a FILE are scored: a rule author can check one document
// without the other documents counting as misses. Given every file, the two agree.
#include <fstream>
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "cli/terminal.h"
#include "eval/referee.h"
#include "model/contract_json.h"
#include "pipeline/pipeline.h"

namespace ntmx {
namespace {

using Json = nlohmann::ordered_json;

// Reads every *.json of `dir` as stem -> object; false (with the reason on
// stderr) when the folder or a file cannot be read.
bool LoadGold(const std::filesystem::path& dir, std::map<std::string, Json>* out) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    std::cerr << "ntmx: " << dir.string() << ": no such folder of gold files\n";
    return false;
  }
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    Json gold = Json::parse(in, nullptr, /*allow_exceptions=*/false);
    if (gold.is_discarded() || !gold.is_object()) {
      std::cerr << "ntmx: " << entry.path().string() << ": not a gold file (invalid JSON object)\n";
      return false;
    }
    (*out)[entry.path().stem().string()] = std::move(gold);
  }
  if (ec) {
    std::cerr << "ntmx: " << dir.string() << ": " << ec.message() << '\n';
    return false;
  }
  return true;
}

// Checks `referee`'s figures against the floors in `path` ({"targets": 0.97,
// "document_fields": 0.9, "targets.criterion": 0.95, "overall": 0.9}), printing
// one line per floor; sets `*below` when any is not reached. False when the file
// cannot be read.
// A file may also hold one such object per corpus folder ({"seeds": {...},
// "new-period": {...}}, as corpus/thresholds.json does): `section` picks one.
bool CheckFloors(const std::string& path, const std::string& section, const Referee& referee,
                 bool* below) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "ntmx: " << path << ": cannot read the floors\n";
    return false;
  }
  Json floors = Json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (floors.is_discarded() || !floors.is_object()) {
    std::cerr << "ntmx: " << path << ": expected a JSON object of floors\n";
    return false;
  }
  if (!section.empty()) {
    if (!floors.contains(section) || !floors[section].is_object()) {
      std::cerr << "ntmx: " << path << ": no section \"" << section << "\" of floors\n";
      return false;
    }
    floors = Json(floors[section]);
  }
  std::map<std::string, double> got;
  for (const auto& [list, score] : referee.ListScores()) got[list] = score.F1();
  got["document_fields"] = referee.DocumentFieldAccuracy();
  got["overall"] = referee.Overall();
  for (const std::string& a : Referee::TargetAttributes()) {
    got["targets." + a] = referee.TargetAgreement(a).value_or(0.0);
  }
  for (const auto& [name, floor] : floors.items()) {
    if (!floor.is_number()) {
      std::cerr << "ntmx: " << path << ": floor " << name << " is not a number\n";
      return false;
    }
    const double value = got.count(name) ? got[name] : 0.0;
    const bool ok = value >= floor.get<double>();
    char line[160];
    std::snprintf(line, sizeof line, "%-20s %.3f (floor %.2f) %s", name.c_str(), value,
                  floor.get<double>(), ok ? "ok" : "BELOW");
    std::cout << line << '\n';
    if (!ok) *below = true;
  }
  return true;
}

}  // namespace

int RunEval(const CommonOptions& common, const EvalOptions& options) {
  std::map<std::string, Json> gold;
  if (!LoadGold(options.gold_dir, &gold)) return 2;
  std::unique_ptr<Pipeline> pipeline;
  if (!LoadPipelineOrReport(common, &pipeline)) return 2;

  // stem -> prediction (nullopt: the file could not be read); the last file wins.
  std::map<std::string, std::optional<Json>> predictions;
  const InputFiles inputs = ExpandInputs(options.paths);
  bool failed = !inputs.unreadable.empty();
  for (const UnreadableInput& input : inputs.unreadable) ReportFailure(input.path, input.status);
  for (const std::filesystem::path path : inputs.files) {
    const std::string stem = path.stem().string();
    if (!gold.count(stem)) {
      std::cerr << "ntmx: " << path.string() << ": no gold file " << stem << ".json in "
                << options.gold_dir << "; not scored\n";
      continue;
    }
    Extraction extraction;
    Diagnostics diagnostics;
    const Status status = pipeline->ProcessFile(path, &extraction, &diagnostics);
    ReportDiagnostics(common, path.string(), diagnostics);
    if (!status.ok()) {
      ReportFailure(path.string(), status);
      failed = true;
      predictions[stem] = std::nullopt;
      continue;
    }
    // Through the contract's JSON, so eval scores exactly what `ntmx extract` prints.
    predictions[stem] = Json::parse(
        ToContractJson(extraction).dump(-1, ' ', false, Json::error_handler_t::replace));
  }
  if (predictions.empty()) {
    std::cerr << "ntmx: eval: no FILE has a gold file in " << options.gold_dir << '\n';
    return 2;
  }

  Referee referee;
  for (const auto& [stem, prediction] : predictions) {
    referee.Score(stem, gold[stem], prediction ? &*prediction : nullptr);
  }
  referee.PrintDetails(std::cout);
  referee.PrintTable(std::cout);

  bool below = false;
  if (!options.floors.empty() &&
      !CheckFloors(options.floors, options.floors_section, referee, &below))
    return 2;
  if (options.min_f1 && referee.Overall() < *options.min_f1) {
    std::cout << "overall F1 below --min-f1 " << *options.min_f1 << '\n';
    below = true;
  }
  const bool strict = options.min_f1 || !options.floors.empty();
  if (strict && referee.shape_errors() > 0) below = true;
  return below || failed ? 1 : 0;
}

}  // namespace ntmx
