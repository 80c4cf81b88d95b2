// `ntmx extract`: print the ntm-extract/1 object of each file.
#include <iostream>

#include "cli/checked_stdout.h"
#include "cli/commands.h"
#include "cli/terminal.h"
#include "model/contract_json.h"
#include "pipeline/pipeline.h"

namespace ntmx {

int RunExtract(const CommonOptions& common, const ExtractOptions& options) {
  std::unique_ptr<Pipeline> pipeline;
  if (!LoadPipelineOrReport(common, &pipeline)) return 2;
  const bool as_array = options.format == "json";
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  const InputFiles inputs = ExpandInputs(options.paths);
  int failed = 0;
  for (const UnreadableInput& input : inputs.unreadable) {
    ReportFailure(input.path, input.status);
    ++failed;
  }
  for (const std::filesystem::path path : inputs.files) {
    if (!StdoutWritable()) break;  // a full disk: main says so, no use extracting more
    Extraction extraction;
    Diagnostics diagnostics;
    const Status status = pipeline->ProcessFile(path, &extraction, &diagnostics);
    ReportDiagnostics(common, path.string(), diagnostics);
    if (!status.ok()) {
      ReportFailure(path.string(), status);
      ++failed;
      continue;
    }
    const auto json = ToContractJson(extraction);
    if (as_array) {
      array.push_back(json);
    } else {
      std::cout << json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
  }
  if (as_array)
    std::cout << array.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  return failed > 0 ? 1 : 0;
}

}  // namespace ntmx
