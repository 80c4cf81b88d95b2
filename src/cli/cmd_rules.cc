// `ntmx rules`: compile every rule file of the pipeline and check each rule
// against its own examples — what a rule author runs after editing patterns/ (and
// schemas/ocr_repair.tsv, whose examples loading the pipeline checks).
#include <iostream>

#include "cli/commands.h"
#include "cli/terminal.h"

namespace ntmx {

int RunRulesCheck(const CommonOptions& common) {
  std::unique_ptr<Pipeline> pipeline;
  if (!LoadPipelineOrReport(common, &pipeline)) return 2;
  const RuleSet& rules = pipeline->resources().rules;
  const std::vector<std::string> failures = rules.CheckExamples();
  size_t examples = 0;
  for (const auto& rule : rules.rules()) examples += rule->examples().size();
  for (const std::string& failure : failures) std::cerr << "ntmx: " << failure << '\n';
  std::cout << rules.rules().size() << " rules compiled, " << examples - failures.size() << " of "
            << examples << " examples match\n";
  // The OCR repairs' examples were checked when the pipeline loaded (a wrong one stops
  // it, naming file:line).
  const OcrRepair& ocr = pipeline->ocr_repair();
  std::cout << ocr.rewrite_count() << " OCR repairs, every example repaired; " << ocr.phrase_count()
            << " known phrases\n";
  return failures.empty() ? 0 : 1;
}

}  // namespace ntmx
