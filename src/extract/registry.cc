// The extractors a pipeline file can name. Adding an extractor means one line
// here, its file in src/extract/ and its rules in patterns/.
#include "extract/extractor.h"

namespace ntmx {

Status MakeHeaderExtractor(const Resources& resources, std::unique_ptr<Extractor>* out);
Status MakeLegalBasesExtractor(const Resources& resources, std::unique_ptr<Extractor>* out);
Status MakePeriodExtractor(const Resources& resources, std::unique_ptr<Extractor>* out);
Status MakeCriteriaExtractor(const Resources& resources, std::unique_ptr<Extractor>* out);
Status MakeCriteriaStatusExtractor(const Resources& resources, std::unique_ptr<Extractor>* out);
Status MakeCriteriaCountsExtractor(const Resources& resources, std::unique_ptr<Extractor>* out);
Status MakeAuditStage(const Resources& resources, std::unique_ptr<Extractor>* out);
Status MakeTargetsExtractor(const Resources& resources, std::unique_ptr<Extractor>* out);
Status MakeTasksExtractor(const Resources& resources, std::unique_ptr<Extractor>* out);
Status MakeResponsibilitiesExtractor(const Resources& resources, std::unique_ptr<Extractor>* out);
Status MakePlacesExtractor(const Resources& resources, std::unique_ptr<Extractor>* out);

Status MakeExtractor(std::string_view name, const Resources& resources,
                     std::unique_ptr<Extractor>* out) {
  struct Entry {
    std::string_view name;
    Status (*make)(const Resources&, std::unique_ptr<Extractor>*);
  };
  static constexpr Entry kExtractors[] = {
      {"header", MakeHeaderExtractor},
      {"legal_bases", MakeLegalBasesExtractor},
      {"period", MakePeriodExtractor},      // 2021-2025 or 2026-2030, before "criteria"
      {"criteria", MakeCriteriaExtractor},  // criteria_status and criteria_counts, one pass
      {"criteria_status", MakeCriteriaStatusExtractor},
      {"criteria_counts", MakeCriteriaCountsExtractor},
      {"audit", MakeAuditStage},  // document_audit.h: findings over what the others read
      {"targets", MakeTargetsExtractor},
      {"tasks", MakeTasksExtractor},
      {"responsibilities", MakeResponsibilitiesExtractor},
      {"places", MakePlacesExtractor},  // gazetteer codes of every place named
  };
  std::string known;
  for (const Entry& entry : kExtractors) {
    if (entry.name == name) return entry.make(resources, out);
    known += known.empty() ? "" : ", ";
    known += entry.name;
  }
  return Status::InvalidInput("unknown extractor '" + std::string(name) + "' (known: " + known +
                              ")");
}

}  // namespace ntmx
