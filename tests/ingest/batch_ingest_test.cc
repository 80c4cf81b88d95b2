// IngestBatch: several threads store what one thread stores, in the same order; a
// file that vanishes between listing and reading costs only itself; stored content
// is skipped without extraction.
#include "ingest/batch_ingest.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "cli/commands.h"
#include "pipeline_fixture.h"
#include "store/store_test_util.h"

namespace ntmx {
namespace {

namespace fs = std::filesystem;
using testing::DefaultPipeline;
using testing::TempDir;

const fs::path kSource(NTMX_SOURCE_DIR);

std::vector<IngestResult> Ingest(Store* store, const std::vector<std::string>& paths, int threads) {
  std::vector<IngestResult> results;
  const Status s = IngestBatch(DefaultPipeline(), store, paths, BatchOptions{.threads = threads},
                               [&](const IngestResult& r) {
                                 IngestResult copy;
                                 copy.path = r.path;
                                 copy.status = r.status;
                                 copy.failed_stage = r.failed_stage;
                                 copy.outcome = r.outcome;
                                 copy.skipped = r.skipped;
                                 results.push_back(copy);
                               });
  EXPECT_TRUE(s.ok()) << s.message();
  return results;
}

Status OpenStore(Store* store, const std::string& file) {
  return store->Open(file, (kSource / "schemas" / "sql").string(), testing::TestTypeWords());
}

// Seeds and their PDFs, copied under `dir`.
std::vector<std::string> CopyCorpus(const TempDir& dir) {
  for (const char* folder : {"seeds", "pdf"}) {
    fs::create_directories(dir.path() / "batch" / folder);
    for (const auto& entry : fs::directory_iterator(kSource / "corpus" / folder)) {
      fs::copy_file(entry.path(), dir.path() / "batch" / folder / entry.path().filename());
    }
  }
  return ExpandInputs({(dir.path() / "batch").string()}).files;
}

std::string Rows(Store* store, const std::string& sql) {
  ResultTable table;
  const Status s = store->Query(sql, &table);
  EXPECT_TRUE(s.ok()) << s.message();
  std::string out;
  for (const auto& row : table.rows) {
    for (const auto& cell : row) out += cell.value_or("NULL") + "|";
    out += "\n";
  }
  return out;
}

TEST(BatchIngestTest, ThreadsStoreWhatOneThreadStores) {
  TempDir dir;
  const std::vector<std::string> paths = CopyCorpus(dir);
  ASSERT_EQ(paths.size(), 10u);
  Store one, three;
  ASSERT_TRUE(OpenStore(&one, dir.File("one.db")).ok());
  ASSERT_TRUE(OpenStore(&three, dir.File("three.db")).ok());
  const std::vector<IngestResult> a = Ingest(&one, paths, 1);
  const std::vector<IngestResult> b = Ingest(&three, paths, 3);
  ASSERT_EQ(a.size(), paths.size());
  ASSERT_EQ(b.size(), paths.size());
  for (size_t i = 0; i < paths.size(); ++i) {
    EXPECT_EQ(b[i].path, paths[i]);
    EXPECT_TRUE(b[i].status.ok()) << paths[i] << ": " << b[i].status.message();
    EXPECT_EQ(b[i].outcome, PutOutcome::kInserted);
  }
  // Written in input order, so even the ids agree.
  for (const char* sql :
       {"SELECT id, source, sha256, format, title FROM documents ORDER BY id",
        "SELECT document_id, criterion, status, span_begin FROM criteria_status ORDER BY id",
        "SELECT document_id, subject, value, unit FROM targets ORDER BY id",
        "SELECT task_id, unit, role FROM task_units ORDER BY task_id, role, position"}) {
    EXPECT_EQ(Rows(&one, sql), Rows(&three, sql)) << sql;
  }
  EXPECT_NE(Rows(&one, "SELECT count(*) FROM targets"), "0|\n");
}

TEST(BatchIngestTest, AFileThatVanishedAfterListingFailsAloneAndTheRestIsStored) {
  TempDir dir;
  const std::vector<std::string> paths = CopyCorpus(dir);
  // Listed, then gone before a worker reads it: what a file deleted mid-run meets.
  ASSERT_TRUE(fs::remove(paths[3]));
  Store store;
  ASSERT_TRUE(OpenStore(&store, dir.File("t.db")).ok());
  const std::vector<IngestResult> results = Ingest(&store, paths, 2);
  ASSERT_EQ(results.size(), paths.size());
  for (size_t i = 0; i < results.size(); ++i) {
    if (i == 3) {
      EXPECT_EQ(results[i].status.code(), Status::Code::kNotFound);
      EXPECT_EQ(results[i].status.message(), "no such file");
      EXPECT_EQ(results[i].failed_stage, "read");
    } else {
      EXPECT_TRUE(results[i].status.ok()) << paths[i] << ": " << results[i].status.message();
    }
  }
  EXPECT_EQ(Rows(&store, "SELECT count(*) FROM documents"), "9|\n");
}

TEST(BatchIngestTest, StoredContentIsSkippedWithoutExtraction) {
  TempDir dir;
  const std::vector<std::string> paths = CopyCorpus(dir);
  Store store;
  ASSERT_TRUE(OpenStore(&store, dir.File("t.db")).ok());
  const std::vector<std::string> first(paths.begin(), paths.begin() + 4);
  for (const IngestResult& r : Ingest(&store, first, 2)) EXPECT_FALSE(r.skipped);
  const std::vector<IngestResult> again = Ingest(&store, paths, 2);
  for (size_t i = 0; i < again.size(); ++i) {
    EXPECT_TRUE(again[i].status.ok()) << again[i].status.message();
    EXPECT_EQ(again[i].skipped, i < 4) << paths[i];
    EXPECT_EQ(again[i].outcome, i < 4 ? PutOutcome::kUnchanged : PutOutcome::kInserted);
  }
}

TEST(BatchIngestTest, UndecodableBytesFailInTheReadStage) {
  TempDir dir;
  const std::vector<std::string> paths = {
      dir.Write("empty.txt", ""), dir.Write("ok.txt", "Số: 01/KH-UBND\n\nKẾ HOẠCH\nThử.\n")};
  Store store;
  ASSERT_TRUE(OpenStore(&store, dir.File("t.db")).ok());
  const std::vector<IngestResult> results = Ingest(&store, paths, 2);
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[0].status.message(), "empty file");
  EXPECT_EQ(results[0].failed_stage, "read");
  EXPECT_TRUE(results[1].status.ok());
}

}  // namespace
}  // namespace ntmx
