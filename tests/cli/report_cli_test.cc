// `ntmx report` end to end: the seeds ingested with the binary, then the page
// written; a missing database, an empty one and an unwritable --out.
#include <regex>
#include <set>

#include "cli/cli_harness.h"

namespace ntmx::testing {
namespace {

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

class ReportCliTest : public CliTestBase {};

TEST_F(ReportCliTest, SeedsMakeAPageWithEverySection) {
  const std::string db = (dir_ / "ntm.db").string(), out = (dir_ / "report.html").string();
  const CliRun ingest = Ntmx("ingest -q --db " + db + " " NTMX_SOURCE_DIR "/corpus/seeds");
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  const CliRun run = Ntmx("report --db " + db + " --out " + out);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("wrote " + out + ": 5 documents"), std::string::npos) << run.err;
  const std::string html = ReadAll(out);

  EXPECT_EQ(Count(html, "<tr id=\"doc-"), 5u);
  for (const char* subject : {"Măng Bút", "Hương Sơn", "Phúc Chu"}) {
    EXPECT_NE(html.find("<tr data-subject=\"" + std::string(subject) + "\">"), std::string::npos)
        << subject;
  }
  EXPECT_GE(Count(html, "<svg "), 2u);
  // The income-per-head chart: Măng Bút's "≥ 45" beside Hương Sơn's 47.
  EXPECT_NE(html.find("(triệu đồng/người/năm)</figcaption>"), std::string::npos);
  EXPECT_NE(html.find(">≥ 45</text>"), std::string::npos);
  EXPECT_NE(html.find("<div class=\"finding "), std::string::npos);
  EXPECT_NE(html.find("<blockquote>"), std::string::npos);

  std::set<std::string> ids;
  const std::regex id(R"re( id="([^"]+)")re"), href(R"re( href="#([^"]+)")re");
  for (std::sregex_iterator it(html.begin(), html.end(), id), end; it != end; ++it) {
    ids.insert((*it)[1]);
  }
  size_t links = 0;
  for (std::sregex_iterator it(html.begin(), html.end(), href), end; it != end; ++it, ++links) {
    ASSERT_TRUE(ids.count((*it)[1])) << "no id for #" << (*it)[1];
  }
  EXPECT_GT(links, 200u);
}

TEST_F(ReportCliTest, AMissingDatabaseIsNamed) {
  const CliRun run =
      Ntmx("report --db " + (dir_ / "nope.db").string() + " --out " + (dir_ / "r.html").string());
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("nope.db: no such database"), std::string::npos) << run.err;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "r.html"));
}

TEST_F(ReportCliTest, AnEmptyDatabaseGivesAPageThatSaysSo) {
  std::filesystem::create_directories(dir_ / "empty");
  const std::string db = (dir_ / "empty.db").string();
  ASSERT_EQ(Ntmx("ingest -q --db " + db + " " + (dir_ / "empty").string()).exit_code, 0);
  const CliRun run = Ntmx("report --db " + db + " --out " + (dir_ / "r.html").string());
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("no documents stored"), std::string::npos) << run.err;
  EXPECT_NE(ReadAll(dir_ / "r.html").find("id=\"empty\""), std::string::npos);
}

TEST_F(ReportCliTest, OutIsRequiredAndMustBeWritable) {
  std::filesystem::create_directories(dir_ / "empty");
  const std::string db = (dir_ / "e.db").string();
  ASSERT_EQ(Ntmx("ingest -q --db " + db + " " + (dir_ / "empty").string()).exit_code, 0);
  EXPECT_EQ(Ntmx("report --db " + db).exit_code, 2);
  const CliRun run =
      Ntmx("report -q --db " + db + " --out " + (dir_ / "no/such/dir.html").string());
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("dir.html: cannot write the report"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace ntmx::testing
