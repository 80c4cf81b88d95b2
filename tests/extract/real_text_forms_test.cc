// Forms that public text (news items, programme reports, drafts and templates)
// writes and plans borrow: counts several communes reach, communes listed by their
// bare names, a criterion's verdict after its plain name, a text without header
// (its figures, the decisions it mentions), and the dotted blanks of a draft's
// header. Every input is a small text written for the test, with invented or
// fixture places; each test failed before the reader learnt its form.
#include <gtest/gtest.h>

#include "extract/criteria_test_util.h"

namespace ntmx {
namespace {

using std::set;
using testing::CommunePlan;
using testing::DistrictPlan;
using testing::ExtractText;
using testing::Numbers;

bool HasCount(const Extraction& e, std::string_view subject, int count) {
  for (const CriteriaCount& c : e.criteria_counts)
    if (c.subject == subject && c.count == count) return true;
  return false;
}

// "Có 3/8 xã đạt 19/19 tiêu chí" counts communes; it claims nothing about the plan's
// own commune (criteria.claim.many_before, criteria.claim.many_after).
TEST(RealTextForms, ACountSeveralCommunesReachIsNoClaim) {
  const Extraction e = ExtractText(
      CommunePlan("I. THỰC TRẠNG\n\n"
                  "Toàn huyện có 3/8 xã đạt 19/19 tiêu chí; đã có 4 xã hoàn thành 18 tiêu chí.\n\n"
                  "Số xã đạt chuẩn (17 tiêu chí) trong tỉnh là 20 xã.\n\n"
                  "Xã đạt chuẩn (đủ 16 tiêu chí) là 12 xã.\n\n"
                  "Đến nay xã đã đạt 15/19 tiêu chí.\n"));
  EXPECT_FALSE(HasCount(e, "Hương Sơn", 19));
  EXPECT_FALSE(HasCount(e, "Hương Sơn", 18));
  EXPECT_FALSE(HasCount(e, "Hương Sơn", 17));
  EXPECT_FALSE(HasCount(e, "Hương Sơn", 16));
  EXPECT_TRUE(HasCount(e, "Hương Sơn", 15));  // the plan's own count stays
}

// A definition ("là xã … đáp ứng 11 tiêu chí về …") sizes a set; no commune's count
// and no status.
TEST(RealTextForms, ASetDescribedByItsSizeInADefinition) {
  const Extraction e = ExtractText(
      "Xã đạt chuẩn nông thôn mới nâng cao là xã đã được công nhận đạt chuẩn và đáp ứng 11 "
      "tiêu chí về giao thông, thủy lợi, điện, trường học.\n");
  EXPECT_TRUE(e.criteria_counts.empty());
  EXPECT_TRUE(e.criteria_status.empty());
}

// "Các xã còn lại: Hương Phú đạt 14 tiêu chí, Hương Lộc đạt 12 tiêu chí": each count
// is its commune's, not the district's (criteria.subject.bare_name).
TEST(RealTextForms, CommunesListedByTheirBareNames) {
  const Extraction e = ExtractText(
      DistrictPlan("I. THỰC TRẠNG\n\n"
                   "Các xã còn lại: Hương Phú đạt 14 tiêu chí, Hương Lộc đạt 12 tiêu chí.\n\n"
                   "Trong năm, các xã như Thượng Long đạt 13 tiêu chí.\n"));
  EXPECT_TRUE(HasCount(e, "Hương Phú", 14));
  EXPECT_TRUE(HasCount(e, "Hương Lộc", 12));
  EXPECT_TRUE(HasCount(e, "Thượng Long", 13));
  EXPECT_FALSE(HasCount(e, "Nam Đông", 14));
  EXPECT_FALSE(HasCount(e, "Nam Đông", 12));
  EXPECT_FALSE(HasCount(e, "Nam Đông", 13));
}

// A sentence that opens with a capitalised adverb is no name: the count stays the
// plan's.
TEST(RealTextForms, ACapitalisedOpeningIsNoBareName) {
  const Extraction e =
      ExtractText(CommunePlan("I. THỰC TRẠNG\n\n"
                              "Đến Nay đạt 15/19 tiêu chí.\n"));
  EXPECT_TRUE(HasCount(e, "Hương Sơn", 15));
}

// "tiêu chí trường học còn thiếu một phòng học": the verdict after the plain name.
TEST(RealTextForms, TheVerdictAfterACriterionsPlainName) {
  const Extraction e =
      ExtractText(CommunePlan("I. THỰC TRẠNG\n\n"
                              "Riêng tiêu chí trường học còn thiếu một phòng học đạt chuẩn.\n"));
  EXPECT_EQ(Numbers(e, "Hương Sơn", "xa_ntm", "unmet"), (set<int>{5}));
}

// A text without header: the decision it mentions is neither its own number nor a
// basis, and the figures it reports are no targets; a goal it states still is.
TEST(RealTextForms, AHeaderlessTextReportsAndCitesNothingOfItsOwn) {
  const Extraction e = ExtractText(
      "Theo Quyết định số 30/QĐ-UBND ngày 02/02/2024 của UBND tỉnh, xã An Bình được hỗ "
      "trợ vốn. Dân số toàn xã 12.450 người. Thu nhập bình quân đầu người đạt 41/45 triệu "
      "đồng. Phấn đấu đến năm 2026 có 95% hộ dùng nước sạch.\n");
  EXPECT_EQ(e.document.doc_number, std::nullopt);
  EXPECT_EQ(e.document.doc_symbol, "");
  EXPECT_TRUE(e.legal_bases.empty());
  ASSERT_EQ(e.targets.size(), 1u);
  EXPECT_EQ(e.targets[0].value, 95);
  EXPECT_EQ(e.targets[0].unit, "%");
}

// A headerless page that lists goals ("Các chỉ tiêu chủ yếu (giai đoạn 2021-2025)")
// gives targets under that line (targets.goal_line), until a line opens a report
// again (targets.report_line).
TEST(RealTextForms, AHeaderlessListOfGoals) {
  const Extraction e = ExtractText(
      "Các chỉ tiêu chủ yếu (giai đoạn 2021-2025)\n"
      "(1) Tỷ lệ hộ dùng nước sạch: 98%.\n"
      "(2) Trồng rừng mới: 30 ha/năm.\n\n"
      "Kết quả thực hiện năm 2022\n"
      "Tỷ lệ hộ nghèo còn 3,5%.\n");
  std::set<double> values;
  for (const Target& t : e.targets) values.insert(t.value);
  EXPECT_EQ(values, (std::set<double>{98, 30}));
}

// "Căn cứ …" still cites a basis in a headerless text (legal_bases.paragraph_headerless),
// and a number line that opens a text is still its number.
TEST(RealTextForms, AHeaderlessTextKeepsItsCanCuAndNumberLine) {
  const Extraction e = ExtractText(
      "Căn cứ Quyết định số 30/QĐ-UBND ngày 02/02/2024 của UBND tỉnh, xã An Bình đã lập hồ "
      "sơ đề nghị.\n");
  ASSERT_EQ(e.legal_bases.size(), 1u);
  EXPECT_EQ(e.legal_bases[0].number, "30/QĐ-UBND");
  const Extraction numbered = ExtractText(
      "Số: 18/KH-UBND\n\n"
      "Căn cứ Quyết định số 30/QĐ-UBND ngày 02/02/2024 của UBND tỉnh;\n");
  EXPECT_EQ(numbered.document.doc_number, "18/KH-UBND");
  EXPECT_EQ(numbered.legal_bases.size(), 1u);
}

// A plan's part on last year's results ("I. KẾT QUẢ NĂM 2023") reports its figures,
// achieved over planned ones too ("đạt 41/45 triệu đồng"); the goals come after.
TEST(RealTextForms, AYearsResultsPartReports) {
  const Extraction e = ExtractText(
      CommunePlan("I. KẾT QUẢ NĂM 2023\n\n"
                  "Thu nhập bình quân đầu người đạt 41/45 triệu đồng; lúa đạt 120/110 ha.\n\n"
                  "II. MỤC TIÊU NĂM 2024\n\n"
                  "Tỷ lệ hộ dùng nước sạch từ 95% trở lên.\n"));
  ASSERT_EQ(e.targets.size(), 1u);
  EXPECT_EQ(e.targets[0].value, 95);
}

// "Số: …./KH-UBND" and "An Bình, ngày ….. tháng ….. năm 2024": a draft's dotted
// blanks (header.number, header.place_date).
TEST(RealTextForms, DottedBlanksOfADraftHeader) {
  const Extraction e = ExtractText(
      "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\n\nSố: …./KH-UBND\n\n"
      "An Bình, ngày ….. tháng ….. năm 2024\n\nKẾ HOẠCH\nXây dựng nông thôn mới\n\n"
      "I. MỤC TIÊU\n\nNội dung.\n");
  EXPECT_EQ(e.document.doc_symbol, "KH-UBND");
  EXPECT_EQ(e.document.doc_number, std::nullopt);
  EXPECT_EQ(e.document.issue_place, "An Bình");
  EXPECT_EQ(e.document.issue_date, std::nullopt);
  EXPECT_EQ(e.document.year, 2024);
}

// A text with no header (a news item, an excerpt of a report) is about the place its
// first line names: "Xã A, huyện B …" gives the locality, and with it the subject of
// its counts (header_extractor.cc OnlyPlaceOf).
TEST(RealTextForms, AHeaderlessTextIsAboutThePlaceItsFirstLineNames) {
  const Extraction e = ExtractText(
      "Xã Hương Sơn, huyện Nam Đông về đích nông thôn mới\n\n"
      "Sau ba năm, đến nay xã đã đạt 19/19 tiêu chí.\n");
  EXPECT_EQ(e.document.locality.commune, "Hương Sơn");
  EXPECT_EQ(e.document.locality.district, "Nam Đông");
  EXPECT_TRUE(HasCount(e, "Hương Sơn", 19));
}

// Two communes on the first line, or a place the gazetteer does not know: the text is
// about no one place, and no locality is guessed.
TEST(RealTextForms, AFirstLineNamingTwoCommunesGivesNoLocality) {
  const Extraction two = ExtractText(
      "Xã Hương Sơn và xã Hương Phú thi đua về đích nông thôn mới\n\n"
      "Đến nay mỗi xã đã đạt 17 tiêu chí.\n");
  EXPECT_FALSE(two.document.locality.commune.has_value());
  const Extraction unknown = ExtractText(
      "Xã An Bình Thượng Nguồn, huyện Nam Đông đạt chuẩn nông thôn mới\n\n"
      "Đến nay xã đã đạt 19/19 tiêu chí.\n");
  EXPECT_FALSE(unknown.document.locality.commune.has_value());
}

}  // namespace
}  // namespace ntmx
