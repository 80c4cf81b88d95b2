// GroupWriter: documents are reported only once their group is committed, in the
// order they came; a document that fails inside a group costs only itself; a group
// that SQLite loses (here: the file-size limit standing in for a full disk) is put
// again document by document, and what is reported stored is exactly what the
// database holds, each document whole.
#include "ingest/group_writer.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>

#include <filesystem>
#include <string>
#include <vector>

#include "store/store_test_util.h"

namespace ntmx {
namespace {

using testing::SchemaDir;
using testing::SmallExtraction;
using testing::TempDir;
using testing::TestTypeWords;

// The n-th distinct document: its own source and content hash.
Extraction Document(int n) {
  return SmallExtraction("plans/" + std::to_string(n) + ".txt",
                         std::string(63, 'a') + "0123456789"[n % 10]);
}

IngestResult ResultFor(const Extraction& e) {
  IngestResult r;
  r.path = e.source;
  return r;
}

class GroupWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const Status s = store_.Open(dir_.File("ntmx.db"), SchemaDir(), testing::TestTypeWords());
    ASSERT_TRUE(s.ok()) << s.message();
  }

  std::function<void(const IngestResult&)> Recorder() {
    return [this](const IngestResult& r) {
      reported_.push_back(r.path.string() + (r.status.ok() ? " ok" : " failed:" + r.failed_stage));
    };
  }

  // What a reader on another connection sees: the committed documents' sources.
  std::vector<std::string> StoredSources() {
    ResultTable t;
    const Status s = store_.Query("SELECT source FROM documents ORDER BY id", &t);
    EXPECT_TRUE(s.ok()) << s.message();
    std::vector<std::string> out;
    for (const auto& row : t.rows) out.push_back(row[0].value_or(""));
    return out;
  }

  TempDir dir_;
  Store store_;
  std::vector<std::string> reported_;
};

TEST_F(GroupWriterTest, ReportsDocumentsOnlyOnceTheirGroupIsCommitted) {
  GroupLimits limits;
  limits.documents = 3;
  limits.age = std::chrono::hours(1);
  GroupWriter writer(&store_, limits, Recorder());
  writer.Add(ResultFor(Document(1)), Document(1));
  writer.Add(ResultFor(Document(2)), Document(2));
  EXPECT_TRUE(reported_.empty());
  EXPECT_TRUE(StoredSources().empty()) << "visible before the group's commit";
  writer.Add(ResultFor(Document(3)), Document(3));
  EXPECT_EQ(reported_,
            (std::vector<std::string>{"plans/1.txt ok", "plans/2.txt ok", "plans/3.txt ok"}));
  EXPECT_EQ(StoredSources(),
            (std::vector<std::string>{"plans/1.txt", "plans/2.txt", "plans/3.txt"}));
  EXPECT_FALSE(store_.InGroup());
}

TEST_F(GroupWriterTest, FailedAndSkippedFilesKeepTheirPlaceInTheReport) {
  GroupLimits limits;
  limits.documents = 10;
  GroupWriter writer(&store_, limits, Recorder());
  IngestResult unreadable;
  unreadable.path = "plans/gone.txt";
  unreadable.status = Status::IoError("no such file");
  unreadable.failed_stage = "read";
  writer.Add(unreadable, std::nullopt);  // nothing ahead of it: reported at once
  EXPECT_EQ(reported_, std::vector<std::string>{"plans/gone.txt failed:read"});
  writer.Add(ResultFor(Document(1)), Document(1));
  IngestResult skipped;
  skipped.path = "plans/old.txt";
  skipped.skipped = true;
  writer.Add(skipped, std::nullopt);  // waits behind document 1
  EXPECT_EQ(reported_.size(), 1u);
  writer.Finish();
  EXPECT_EQ(reported_, (std::vector<std::string>{"plans/gone.txt failed:read", "plans/1.txt ok",
                                                 "plans/old.txt ok"}));
}

TEST_F(GroupWriterTest, ADocumentThatFailsInsideAGroupCostsOnlyItself) {
  GroupLimits limits;
  limits.documents = 10;
  GroupWriter writer(&store_, limits, Recorder());
  Extraction bad = Document(2);
  bad.criteria_status[0].status = "mostly";  // CHECK fails after the document's first rows
  writer.Add(ResultFor(Document(1)), Document(1));
  writer.Add(ResultFor(bad), bad);
  writer.Add(ResultFor(Document(3)), Document(3));
  writer.Finish();
  EXPECT_EQ(reported_, (std::vector<std::string>{"plans/1.txt ok", "plans/2.txt failed:store",
                                                 "plans/3.txt ok"}));
  EXPECT_EQ(StoredSources(), (std::vector<std::string>{"plans/1.txt", "plans/3.txt"}));
  ResultTable t;
  ASSERT_TRUE(store_.Query("SELECT count(*) FROM legal_bases", &t).ok());
  EXPECT_EQ(t.rows[0][0], "2") << "the failed document's first rows are gone";
}

TEST_F(GroupWriterTest, OneDocumentPerCommitReportsEachAtOnce) {
  GroupLimits limits;
  limits.documents = 1;
  GroupWriter writer(&store_, limits, Recorder());
  writer.Add(ResultFor(Document(1)), Document(1));
  EXPECT_FALSE(store_.InGroup());
  EXPECT_EQ(reported_, std::vector<std::string>{"plans/1.txt ok"});
  EXPECT_EQ(StoredSources(), std::vector<std::string>{"plans/1.txt"});
}

// Lowers the largest file this process may write (RLIMIT_FSIZE) for its lifetime:
// a write past it fails with EFBIG, which SQLite reports as a full disk.
class FileSizeLimit {
 public:
  explicit FileSizeLimit(rlim_t bytes) {
    getrlimit(RLIMIT_FSIZE, &saved_);
    signal(SIGXFSZ, SIG_IGN);  // the default action would end the test binary
    rlimit lowered = saved_;
    lowered.rlim_cur = bytes;
    setrlimit(RLIMIT_FSIZE, &lowered);
  }
  ~FileSizeLimit() {
    setrlimit(RLIMIT_FSIZE, &saved_);
    signal(SIGXFSZ, SIG_DFL);
  }

 private:
  rlimit saved_{};
};

TEST_F(GroupWriterTest, AGroupLostToAFullDiskIsRedoneDocumentByDocument) {
  // Documents with enough text that a few fill the allowed file size.
  std::vector<Extraction> docs;
  for (int n = 0; n < 8; ++n) {
    Extraction e = Document(n);
    e.text += "\n" + std::string(60'000, 'x');
    docs.push_back(std::move(e));
  }
  const auto db_bytes = std::filesystem::file_size(dir_.File("ntmx.db"));
  {
    FileSizeLimit limit(db_bytes + 1'000'000);
    GroupLimits limits;
    limits.documents = 8;
    GroupWriter writer(&store_, limits, Recorder());
    for (const Extraction& e : docs) writer.Add(ResultFor(e), e);
    writer.Finish();
  }
  // Some fit alone, the rest failed; the report and the database agree.
  std::vector<std::string> reported_ok;
  for (const std::string& line : reported_) {
    if (line.ends_with(" ok")) reported_ok.push_back(line.substr(0, line.size() - 3));
  }
  ASSERT_EQ(reported_.size(), docs.size());
  EXPECT_FALSE(reported_ok.empty()) << "no document fitted: raise the limit";
  EXPECT_LT(reported_ok.size(), docs.size()) << "the limit never bit: lower it";
  EXPECT_EQ(StoredSources(), reported_ok);
  // Each stored document is whole: as many legal bases as a stored document has.
  ResultTable t;
  ASSERT_TRUE(store_.Query("SELECT count(*) FROM legal_bases", &t).ok());
  EXPECT_EQ(t.rows[0][0], std::to_string(reported_ok.size() * docs[0].legal_bases.size()));
}

// A full database (Store::LimitSize standing in for a full disk, SQLITE_FULL) is not
// retried document by document: the write that failed is reported with SQLite's
// message, every later document is reported stopped without being written, and
// what was committed before stays.
TEST_F(GroupWriterTest, AFullDatabaseStopsAtTheFirstFullWrite) {
  GroupLimits one;
  one.documents = 1;
  {
    GroupWriter writer(&store_, one, Recorder());
    writer.Add(ResultFor(Document(0)), Document(0));  // stored before the limit
  }
  ASSERT_TRUE(store_.LimitSize(0).ok());  // no room beyond what the file holds
  std::vector<IngestResult> results;
  GroupLimits limits;
  limits.documents = 3;
  GroupWriter writer(&store_, limits, [&](const IngestResult& r) { results.push_back(r); });
  for (int n = 1; n < 8; ++n) {
    Extraction e = Document(n);
    e.text += "\n" + std::string(20'000, 'x');
    writer.Add(ResultFor(e), e);
  }
  writer.Finish();
  ASSERT_EQ(results.size(), 7u);
  EXPECT_TRUE(writer.full());
  int failed = 0, stopped = 0;
  for (const IngestResult& r : results) {
    EXPECT_EQ(r.status.code(), Status::Code::kIoError) << r.path << ": " << r.status.message();
    (r.stopped ? stopped : failed) += 1;
  }
  EXPECT_EQ(failed, 1);  // the one whose write failed: "database or disk is full"
  EXPECT_EQ(stopped, 6);
  EXPECT_NE(results[0].status.message().find("database or disk is full"), std::string::npos)
      << results[0].status.message();
  EXPECT_EQ(StoredSources(), std::vector<std::string>{"plans/0.txt"});
}

}  // namespace
}  // namespace ntmx
