// BuildReportHtml on a literal ReportData: the sections a reader expects, escaped
// text, and a source entry behind every link.
#include "report/report_builder.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "report/target_charts.h"

namespace ntmx {
namespace {

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

SourceRef Source(const std::string& kind, int64_t id, const std::string& quote) {
  SourceRef s;
  s.kind = kind;
  s.record_id = id;
  s.anchor = "src-" + kind + "-" + std::to_string(id);
  s.document_id = 1;
  s.source = "seeds/mang_but.txt";
  s.rule_id = "rule." + kind;
  s.span_begin = 10 * id;
  s.span_end = 10 * id + 5;
  s.quote = quote;
  s.before = "Phấn đấu ";
  s.after = " trong năm.";
  return s;
}

ReportTarget Target(int64_t id, const std::string& subject, const std::string& province,
                    double value, const std::string& comparator) {
  ReportTarget t;
  t.id = id;
  t.document_id = 1;
  t.subject = subject;
  t.criteria_set = "xa_ntm";
  t.criterion = 10;
  t.criterion_name = "Thu nhập";
  t.metric = "thu nhập bình quân đầu người";
  t.comparator = comparator;
  t.value = value;
  t.unit = "triệu đồng/người/năm";
  t.year = 2024;
  t.province = province;
  t.anchor = "src-targets-" + std::to_string(id);
  return t;
}

ReportData Sample() {
  ReportData data;
  ReportDocument d;
  d.id = 1;
  d.source = "seeds/mang_but.txt";
  d.format = "text";
  d.doc_type = "KH";
  d.doc_number = "03/KH-UBND";
  d.issue_date = "2024-01-05";
  d.year = 2024;
  d.title = "Xây dựng xã <Măng Bút> đạt chuẩn";
  d.issuer_level = "district";
  d.issuer_name = "Kon Plông";
  d.province = "Kon Tum";
  d.district = "Kon Plông";
  d.commune = "Măng Bút";
  d.criteria_status = 3;
  d.targets = 2;
  data.documents.push_back(d);

  CriteriaMatrix m;
  m.set = "xa_ntm";
  m.label = "Bộ tiêu chí quốc gia về xã nông thôn mới";
  m.criteria = {1, 2, 3};
  m.criterion_names = {{1, "Quy hoạch"}, {2, "Giao thông"}, {3, "Thủy lợi"}};
  MatrixRow row;
  row.subject = "Măng Bút";
  row.document_id = 1;
  row.year = 2024;
  row.cells[1] = {{"met", "src-criteria_status-1"}};
  // Planned read before unmet: the cell still shows ✗ before ○.
  row.cells[2] = {{"planned", "src-criteria_status-3"}, {"unmet", "src-criteria_status-2"}};
  row.claims.push_back({"met", 1, 3, "src-criteria_counts-4"});
  m.rows.push_back(row);
  data.matrices.push_back(m);

  data.targets.push_back(Target(5, "Măng Bút", "Kon Tum", 45, ">="));
  data.targets.push_back(Target(6, "Hương Sơn", "Thừa Thiên Huế", 47, "="));

  data.sources = {Source("criteria_status", 1, "Quy hoạch: đạt"),
                  Source("criteria_status", 2, "Giao thông: chưa đạt"),
                  Source("criteria_status", 3, "phấn đấu đạt giao thông"),
                  Source("criteria_counts", 4, "đạt 1/3 tiêu chí"),
                  Source("targets", 5, "thu nhập ≥ 45 triệu"),
                  Source("targets", 6, "thu nhập 47 triệu")};
  return data;
}

std::vector<AuditFinding> SampleFindings() {
  AuditFinding f;
  f.check = "count_mismatch";
  f.subject = "Măng Bút";
  f.year = 2024;
  f.severity = "warning";
  f.message = "Văn bản nói đạt 2 tiêu chí nhưng liệt kê 1.";
  f.documents = {"seeds/mang_but.txt"};
  f.quotes = {"seeds/mang_but.txt: «đạt 2/19 tiêu chí»"};
  return {f};
}

std::string Build(const ReportData& data, const std::vector<AuditFinding>& findings = {}) {
  ReportPageOptions options;
  options.database = "ntm.db";
  options.generated = "2026-11-28";
  return BuildReportHtml(data, findings, options);
}

TEST(BuildReportHtml, IsOneSelfContainedVietnamesePage) {
  const std::string html = Build(Sample(), SampleFindings());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"/>", 0),
            0u);
  EXPECT_NE(html.find("<style>"), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_NE(html.find("\"Noto Sans\", \"DejaVu Sans\""), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("http://"), html.find("http://www.w3.org/2000/svg"));  // no fetch
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_NE(html.find("tạo ngày 28/11/2026"), std::string::npos);
  for (const char* id : {"documents", "criteria", "targets", "findings", "sources"}) {
    EXPECT_NE(html.find("<section id=\"" + std::string(id) + "\">"), std::string::npos) << id;
  }
}

TEST(BuildReportHtml, EveryInternalLinkHasItsTarget) {
  const std::string html = Build(Sample(), SampleFindings());
  std::set<std::string> ids;
  const std::regex id(R"re( id="([^"]+)")re"), href(R"re( href="#([^"]+)")re");
  for (std::sregex_iterator it(html.begin(), html.end(), id), end; it != end; ++it) {
    ids.insert((*it)[1]);
  }
  size_t links = 0;
  for (std::sregex_iterator it(html.begin(), html.end(), href), end; it != end; ++it, ++links) {
    EXPECT_TRUE(ids.count((*it)[1])) << "no id for #" << (*it)[1];
  }
  EXPECT_GT(links, 10u);
}

TEST(BuildReportHtml, DocumentsTableEscapesTheTitle) {
  const std::string html = Build(Sample());
  EXPECT_EQ(Count(html, "<tr id=\"doc-"), 1u);
  EXPECT_NE(html.find("Xây dựng xã &lt;Măng Bút&gt; đạt chuẩn"), std::string::npos);
  EXPECT_EQ(html.find("<Măng Bút>"), std::string::npos);
  EXPECT_NE(html.find("KH 03/KH-UBND"), std::string::npos);
  EXPECT_NE(html.find("05/01/2024"), std::string::npos);
  EXPECT_NE(html.find("huyện Kon Plông"), std::string::npos);
}

TEST(BuildReportHtml, PeriodColumnOnlyWhenTheDatabaseKnowsOne) {
  ReportData data = Sample();
  EXPECT_EQ(Build(data).find("<th>Giai đoạn</th>"), std::string::npos);
  data.documents[0].period = "2021-2025";
  const std::string html = Build(data);
  EXPECT_NE(html.find("<th>Giai đoạn</th>"), std::string::npos);
  EXPECT_NE(html.find("<td>2021-2025</td>"), std::string::npos);
}

TEST(BuildReportHtml, MatrixCellsCarrySymbolColourQuoteAndLink) {
  const std::string html = Build(Sample());
  // Criterion 1 met; 2 unmet then planned (shown as planned, both symbols); 3 not stated.
  EXPECT_NE(html.find("<td class=\"cell met\" data-status=\"met\" title=\"Tiêu chí 1: đạt\n"
                      "Phấn đấu «Quy hoạch: đạt» trong năm."),
            std::string::npos);
  EXPECT_NE(html.find("<a href=\"#src-criteria_status-1\">✓</a>"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"#src-criteria_status-3\">✗○</a>"), std::string::npos);
  EXPECT_NE(html.find("class=\"cell planned\""), std::string::npos);
  EXPECT_NE(html.find("<td class=\"cell none\" title=\"không nêu\">·</td>"), std::string::npos);
  EXPECT_NE(html.find(">đạt 1/3</a>"), std::string::npos);
  EXPECT_NE(html.find("<th class=\"crit\" title=\"Giao thông\">2</th>"), std::string::npos);
  EXPECT_NE(html.find("✓1 ✗1 ○1"), std::string::npos);
}

TEST(BuildReportHtml, TargetsChartAndTable) {
  const std::string html = Build(Sample());
  EXPECT_EQ(Count(html, "<svg "), 1u);
  EXPECT_EQ(Count(html, "<g class=\"bar\">"), 2u);
  EXPECT_NE(html.find("<figcaption>Tiêu chí 10 – Thu nhập (triệu đồng/người/năm)</figcaption>"),
            std::string::npos);
  EXPECT_NE(html.find(">≥ 45</a>"), std::string::npos);
  EXPECT_NE(html.find("Tất cả chỉ tiêu (2)"), std::string::npos);
}

TEST(BuildReportHtml, FindingsQuoteTheirSentences) {
  const std::string html = Build(Sample(), SampleFindings());
  EXPECT_NE(html.find("<div class=\"finding warning\" data-check=\"count_mismatch\">"),
            std::string::npos);
  EXPECT_NE(html.find("<blockquote>seeds/mang_but.txt: «đạt 2/19 tiêu chí»</blockquote>"),
            std::string::npos);
  EXPECT_NE(Build(Sample()).find("Không có phát hiện nào."), std::string::npos);
}

TEST(BuildReportHtml, SourcesListEveryRecordWithItsLine) {
  const std::string html = Build(Sample());
  EXPECT_EQ(Count(html, "<li id=\"src-"), 6u);
  EXPECT_NE(
      html.find("<li id=\"src-targets-5\"><span class=\"where\">chỉ tiêu · rule.targets · "
                "ký tự 50–55</span><br/>Phấn đấu <mark>thu nhập ≥ 45 triệu</mark> trong năm."),
      std::string::npos);
  EXPECT_NE(html.find("<ol class=\"sources\" start=\"1\">"), std::string::npos);
}

TEST(BuildReportHtml, AnEmptyDatabaseSaysSo) {
  const std::string html = Build(ReportData());
  EXPECT_NE(html.find("id=\"empty\""), std::string::npos);
  EXPECT_NE(html.find("ntmx ingest --db ntm.db"), std::string::npos);
  EXPECT_EQ(html.find("<section"), std::string::npos);
  EXPECT_EQ(html.substr(html.size() - 8), "</html>\n");
}

TEST(TargetCharts, OnlyComparesOneCriterionAndUnitAcrossTwoPlaces) {
  ReportData data = Sample();
  EXPECT_EQ(TargetCharts(data, 8).size(), 1u);
  data.targets[1].unit = "%";  // no longer the same measure
  EXPECT_TRUE(TargetCharts(data, 8).empty());
  data.targets[1].unit = data.targets[0].unit;
  data.targets[1].subject = data.targets[0].subject;  // one place alone
  EXPECT_TRUE(TargetCharts(data, 8).empty());
}

TEST(TargetCharts, OrdersByProvinceAndColoursEachProvince) {
  const std::vector<BarChart> charts = TargetCharts(Sample(), 8);
  ASSERT_EQ(charts.size(), 1u);
  const BarChart& c = charts[0];
  EXPECT_EQ(c.series, (std::vector<std::string>{"Kon Tum", "Thừa Thiên Huế"}));
  ASSERT_EQ(c.bars.size(), 2u);
  EXPECT_EQ(c.bars[0].label, "Măng Bút · 2024");
  EXPECT_EQ(c.bars[0].value_text, "≥ 45");
  EXPECT_EQ(c.bars[0].href, "#src-targets-5");
  EXPECT_NE(c.bars[0].tooltip.find("«thu nhập ≥ 45 triệu»"), std::string::npos);
  EXPECT_EQ(c.bars[1].series, 1u);
}

TEST(TargetValueText, KeepsTheComparator) {
  ReportTarget t = Target(1, "a", "b", 45, ">=");
  EXPECT_EQ(TargetValueText(t), "≥ 45");
  t.comparator = "range";
  t.value_max = 47.5;
  EXPECT_EQ(TargetValueText(t), "45–47,5");
  t.comparator = "<";
  EXPECT_EQ(TargetValueText(t), "< 45");
  t.comparator = "=";
  t.value = 4342;
  EXPECT_EQ(TargetValueText(t), "4.342");
}

TEST(LineContext, KeepsTheQuotesLineOnly) {
  EXPECT_EQ(LineTail("trước\nPhấn đấu ", 100), "Phấn đấu ");
  EXPECT_EQ(LineHead(" trong năm.\nsau", 100), " trong năm.");
  EXPECT_EQ(LineTail("abcdef", 3), "…def");
  EXPECT_EQ(LineHead("đạt chuẩn", 3), "đạt…");
}

TEST(LineContext, CutsAtAWordWhenOneIsNear) {
  EXPECT_EQ(LineTail("nâng cao chất lượng", 9), "…lượng");
  EXPECT_EQ(LineHead("nâng cao chất lượng", 10), "nâng cao…");
}

}  // namespace
}  // namespace ntmx
