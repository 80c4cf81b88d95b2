// Helpers for the store tests: a temporary directory that cleans up after itself,
// and a small literal Extraction with one record of every contract list.
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include <vector>

#include "model/records.h"
#include "places/type_words.h"
#include "store/migrations.h"
#include "text/utf8.h"

namespace ntmx::testing {

class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "ntmx_store_XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string File(std::string_view name) const { return (path_ / name).string(); }
  // Writes `content` to `name` under the directory (creating parents) and returns its path.
  std::string Write(std::string_view name, std::string_view content) const {
    const std::filesystem::path p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

 private:
  std::filesystem::path path_;
};

inline std::string SchemaDir() { return std::string(NTMX_SOURCE_DIR) + "/schemas/sql"; }
// The shipped place type words (schemas/places/place_levels.tsv), read once.
// The schema files 0001..`last` of the project, copied to `dir`/sql<last>: the
// migrations an older ntmx shipped, to make its databases.
inline std::string OlderSchema(const TempDir& dir, int last) {
  const std::string out = dir.File("sql" + std::to_string(last));
  std::filesystem::create_directories(out);
  std::vector<Migration> all;
  EXPECT_TRUE(LoadMigrations(SchemaDir(), &all).ok());
  for (const Migration& m : all) {
    if (m.version <= last) std::ofstream(out + "/" + m.name) << m.sql;
  }
  return out;
}

inline std::shared_ptr<const TypeWords> TestTypeWords() {
  static const std::shared_ptr<const TypeWords> words = [] {
    auto w = std::make_shared<TypeWords>();
    const Status s = TypeWords::Load(
        std::filesystem::path(NTMX_SOURCE_DIR) / "schemas" / "places" / "place_levels.tsv",
        w.get());
    if (!s.ok()) std::abort();
    return w;
  }();
  return words;
}

// The code-point span of the first `needle` in `text`.
inline Span SpanOf(std::string_view text, std::string_view needle) {
  const size_t at = text.find(needle);
  if (at == std::string_view::npos) return Span{};
  const auto begin = static_cast<uint32_t>(CountCodePoints(text.substr(0, at)));
  return Span{begin, begin + static_cast<uint32_t>(CountCodePoints(needle))};
}

inline Provenance Prov(std::string_view text, std::string_view needle, std::string rule) {
  return Provenance{SpanOf(text, needle), std::move(rule)};
}

// A commune plan with one record in each of the seven lists.
inline Extraction SmallExtraction(std::string source = "plans/mang_but_2024.txt",
                                  std::string sha256 = std::string(64, 'a')) {
  Extraction e;
  e.source = std::move(source);
  e.sha256 = std::move(sha256);
  e.format = "text";
  e.text =
      "KẾ HOẠCH\n"
      "Thực hiện Chương trình xây dựng nông thôn mới năm 2024 trên địa bàn xã Măng Bút\n"
      "Căn cứ Quyết định số 416/QĐ-UBND ngày 13/7/2022 của Ủy ban nhân dân tỉnh Kon Tum;\n"
      "Xã đã đạt 14/19 tiêu chí; tiêu chí số 2 (Giao thông) đã đạt.\n"
      "Thu nhập bình quân đầu người đạt ≥ 45 triệu đồng/người/năm.\n"
      "2.1. Tiêu chí số 1 (Quy hoạch): Đơn vị chủ trì: UBND xã; phối hợp: Phòng Kinh tế và Hạ "
      "tầng. Hoàn thành trong năm 2024.\n"
      "Phòng Nông nghiệp chủ trì tiêu chí số 3 và 13, chỉ tiêu 13.2.\n"
      "4. ...\n6. ...\n"
      "Huyện Kon Plông, ngày 05 tháng 01 năm 2024. Chủ tịch Hồ Thanh Nghi";
  const std::string& t = e.text;

  DocumentFacts& d = e.document;
  d.doc_type = "KH";
  d.doc_number = "03/KH-UBND";
  d.doc_symbol = "KH-UBND";
  d.issue_place = "Kon Plông";
  d.issue_date = "2024-01-05";
  d.year = 2024;
  d.title = "Thực hiện Chương trình xây dựng nông thôn mới năm 2024 trên địa bàn xã Măng Bút";
  d.issuer = Place{"commune", "Măng Bút"};
  d.locality = Locality{"Kon Tum", "Kon Plông", "Măng Bút"};
  d.signer = Signer{"Hồ Thanh Nghi", "Chủ tịch", "TM. Ủy ban nhân dân"};
  d.provenance.emplace_back("title", Prov(t, "Thực hiện Chương trình", "header.title"));
  d.provenance.emplace_back("signer", Prov(t, "Chủ tịch Hồ Thanh Nghi", "header.signer"));

  e.legal_bases.push_back(LegalBasis{"Quyết định", "416/QĐ-UBND", "2022-07-13",
                                     "Ủy ban nhân dân tỉnh Kon Tum",
                                     Prov(t, "Quyết định số 416/QĐ-UBND", "legal_bases.citation")});
  e.criteria_status.push_back(
      CriteriaStatus{"Măng Bút", "xa_ntm", 2, "met",
                     Prov(t, "tiêu chí số 2 (Giao thông) đã đạt", "status.numbered"),
                     /*group=*/std::nullopt});
  e.criteria_counts.push_back(CriteriaCount{"Măng Bút", "xa_ntm", "met", 14, 19, std::nullopt,
                                            Prov(t, "đã đạt 14/19 tiêu chí", "count.fraction")});
  Target target;
  target.subject = "Măng Bút";
  target.criteria_set = "xa_ntm";
  target.criterion = 10;
  target.metric = "thu nhập bình quân đầu người";
  target.comparator = ">=";
  target.value = 45;
  target.unit = "triệu đồng/người/năm";
  target.year = 2024;
  target.prov = Prov(t, "≥ 45 triệu đồng/người/năm", "target.comparator");
  e.targets.push_back(target);

  Task task;
  task.subject = "Măng Bút";
  task.criterion = 1;
  task.title = "Tiêu chí số 1 (Quy hoạch)";
  task.lead = {"Ủy ban nhân dân xã Măng Bút"};
  task.support = {"Phòng Kinh tế và Hạ tầng", "Văn phòng - Thống kê"};
  task.deadline = Deadline{"Hoàn thành trong năm 2024", "by", "2024-01-01", "2024-12-31"};
  task.prov = Prov(t, "2.1. Tiêu chí số 1 (Quy hoạch)", "task.block");
  e.tasks.push_back(task);

  e.responsibilities.push_back(Responsibility{
      "Phòng Nông nghiệp và Phát triển nông thôn",
      "lead",
      {3, 13},
      {"13.2"},
      Prov(t, "Phòng Nông nghiệp chủ trì tiêu chí số 3 và 13, chỉ tiêu 13.2", "resp.lead")});
  e.findings.push_back(Finding{"section_numbering_gap", std::nullopt, "warning",
                               "Mục 4 được theo sau bởi mục 6.",
                               Prov(t, "4. ...\n6.", "audit.numbering")});
  return e;
}

}  // namespace ntmx::testing
