// See data_files.h.
#include "knowledge/data_files.h"

#include "places/gazetteer.h"

namespace ntmx {

DataPath PatternsDir(const DataPath& data_dir) { return data_dir / "patterns"; }
DataPath PipelinesDir(const DataPath& data_dir) { return data_dir / "pipelines"; }
DataPath SchemasDir(const DataPath& data_dir) { return data_dir / "schemas"; }

DataPath PlacesDir(const DataPath& data_dir) { return SchemasDir(data_dir) / "places"; }
DataPath PlaceSchemesFile(const DataPath& data_dir) { return PlacesDir(data_dir) / "schemes.tsv"; }
DataPath CriteriaDir(const DataPath& data_dir) { return SchemasDir(data_dir) / "criteria"; }
DataPath UnitsFile(const DataPath& data_dir) { return SchemasDir(data_dir) / "units.tsv"; }
DataPath OcrRepairFile(const DataPath& data_dir) { return SchemasDir(data_dir) / "ocr_repair.tsv"; }
DataPath OcrWordsFile(const DataPath& data_dir) { return SchemasDir(data_dir) / "ocr_words.tsv"; }
DataPath DocumentKindsFile(const DataPath& data_dir) {
  return SchemasDir(data_dir) / "document_kinds.tsv";
}
DataPath PositionsFile(const DataPath& data_dir) { return SchemasDir(data_dir) / "positions.tsv"; }
DataPath PlaceLevelsFile(const DataPath& data_dir) {
  return PlacesDir(data_dir) / Gazetteer::kTypeWordsFile;
}
DataPath XlsxLabelsFile(const DataPath& data_dir) {
  return SchemasDir(data_dir) / "labels" / "xlsx.tsv";
}
DataPath PlanCopiesFile(const DataPath& data_dir) {
  return SchemasDir(data_dir) / "plan_copies.toml";
}
DataPath MigrationsDir(const DataPath& data_dir) { return SchemasDir(data_dir) / "sql"; }

}  // namespace ntmx
