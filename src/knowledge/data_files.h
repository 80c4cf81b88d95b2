// DataFiles: the one place that names ntmx's data files under a data directory
// (the folder holding patterns/, schemas/ and pipelines/), as LevelDB's
// db/filename.h names a database's files. Every other file asks here instead of
// joining "schemas" / "units.tsv" by hand, so moving a table is one edit and a
// reader can see every file ntmx loads in one screen.
//
//   Status s = registry.Load(UnitsFile(data_dir));
#pragma once

#include <filesystem>
#include <string_view>

namespace ntmx {

using DataPath = std::filesystem::path;

// patterns/: the RE2 rule files a pipeline names ("header.toml").
DataPath PatternsDir(const DataPath& data_dir);
// pipelines/: the stage lists ("default.toml").
DataPath PipelinesDir(const DataPath& data_dir);
// schemas/: the tables (word lists, registries, catalogues, DDL).
DataPath SchemasDir(const DataPath& data_dir);

// schemas/places/: the gazetteer (places.tsv, aliases.tsv, name_variants.tsv,
// place_levels.tsv), which names its own files (places/gazetteer.h).
DataPath PlacesDir(const DataPath& data_dir);
// schemas/places/schemes.tsv: the place-code schemes (2008 codes, 2025 codes).
DataPath PlaceSchemesFile(const DataPath& data_dir);
// schemas/criteria/: the criteria catalogue (sets, criteria, indicators).
DataPath CriteriaDir(const DataPath& data_dir);
// schemas/units.tsv: the responsible units and their abbreviations.
DataPath UnitsFile(const DataPath& data_dir);
// schemas/ocr_repair.tsv: the rewrites of OCR text (read/ocr_repair.h).
DataPath OcrRepairFile(const DataPath& data_dir);
// schemas/ocr_words.tsv: the known phrases whose marks OCR text gets back.
DataPath OcrWordsFile(const DataPath& data_dir);
// schemas/document_kinds.tsv: "Quyết định" / QĐ and the other kinds.
DataPath DocumentKindsFile(const DataPath& data_dir);
// schemas/positions.tsv: signers' positions ("KT. CHỦ TỊCH" -> "Phó Chủ tịch").
DataPath PositionsFile(const DataPath& data_dir);
// schemas/places/place_levels.tsv: the type words of places ("xã", "huyện", "TP.").
DataPath PlaceLevelsFile(const DataPath& data_dir);
// schemas/measure_units.tsv and comparators.tsv live in SchemasDir (QuantityReader).
// schemas/labels/xlsx.tsv: the words of the Excel workbook of `ntmx export`.
DataPath XlsxLabelsFile(const DataPath& data_dir);
// schemas/plan_copies.toml: when two stored files are copies of one plan.
DataPath PlanCopiesFile(const DataPath& data_dir);
// schemas/sql/: the store's migrations.
DataPath MigrationsDir(const DataPath& data_dir);

}  // namespace ntmx
