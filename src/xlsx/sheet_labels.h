// SheetLabels: the words of the Excel workbook (sheet names, column headers, the
// names of stored codes, the matrix marks), read from schemas/labels/xlsx.tsv so
// that a Vietnamese reader can change them without touching C++.
//
// Keys are plain dotted names (the file's head lists them). Headers are looked up
// per sheet first and then shared, so "Năm" is written once for every sheet while
// "unit" can be "Đơn vị tính" on the targets sheet and "Đơn vị" on another:
//
//   SheetLabels labels;
//   Status s = SheetLabels::Load(XlsxLabelsFile(data_dir), &labels);
//   labels.Header("targets", "unit")   // targets.unit, else column.unit
//   labels.Value("role", "lead")       // value.role.lead: "chủ trì"; "lead" when absent
//   labels.Get("sheet.findings")       // "Phát hiện"
//
// A header or sheet name without a label is a defect of the data file, not of a
// document: Get and Header return the key itself and remember it, and the export
// refuses to write a workbook while missing() is not empty (one line naming the
// file and the key), so a renamed key cannot ship English keys to a reader.
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "util/status.h"

namespace ntmx {

class SheetLabels {
 public:
  // Reads `path`: two tab-separated fields a line (key, label), "#" comments and
  // blank lines skipped. A line with another number of fields, an empty label or a
  // key given twice fails as "path:line: problem".
  static Status Load(const std::filesystem::path& path, SheetLabels* out);

  // Sets one label (tests, and nothing else).
  void Set(std::string key, std::string label) { labels_[std::move(key)] = std::move(label); }

  // The label of `key`; the key itself, remembered in missing(), when absent.
  std::string Get(std::string_view key) const;
  // The header of `column` on `sheet`: "<sheet>.<column>", else "column.<column>";
  // else the column's name, remembered in missing() as "<sheet>.<column>".
  std::string Header(std::string_view sheet, std::string_view column) const;
  // What the stored `code` of `column` is shown as: "value.<column>.<code>", else
  // `code` unchanged (an open vocabulary: a new code is shown as stored).
  std::string Value(std::string_view column, std::string_view code) const;

  // The keys asked for that the file does not have.
  const std::set<std::string>& missing() const { return missing_; }
  // Where the labels were read from ("" when built by Set).
  const std::string& path() const { return path_; }

 private:
  const std::string* Find(const std::string& key) const;

  std::string path_;
  std::map<std::string, std::string, std::less<>> labels_;
  mutable std::set<std::string> missing_;
};

}  // namespace ntmx
