// Plan identity (store/plan_identity.h): which stored files are copies of one plan,
// on small literal headers and texts.
#include "store/plan_identity.h"

#include <gtest/gtest.h>

#include "knowledge/plan_copy_rules.h"
#include "text/shingles.h"

namespace ntmx {
namespace {

PlanCopyRules Rules() {
  PlanCopyRules rules;
  rules.shingle_words = 3;
  rules.min_resemblance = 0.8;
  rules.min_resemblance_same_number = 0.6;
  rules.min_title_resemblance = 0.7;
  rules.digit_lookalikes = {{'o', '0'}, {'l', '1'}, {'i', '1'}};
  return rules;
}

PlanCopyFacts Numbered(std::string number, std::string issuer = "Hương Sơn") {
  PlanCopyFacts f;
  f.doc_number = std::move(number);
  f.issue_date = "2023-01-05";
  f.issuer_level = "commune";
  f.issuer_name = std::move(issuer);
  f.title = "Thực hiện Chương trình xây dựng nông thôn mới năm 2023";
  f.year = 2023;
  return f;
}

PlanCopyFacts Draft(std::string title = "Xây dựng xã Măng Bút đạt chuẩn nông thôn mới") {
  PlanCopyFacts f;
  f.issuer_level = "district";
  f.issuer_name = "Kon Plông";
  f.title = std::move(title);
  f.year = 2024;
  return f;
}

constexpr const char* kPlanText =
    "I. MỤC TIÊU\n1. Xã Măng Bút đạt 15/19 tiêu chí nông thôn mới.\n"
    "2. Thu nhập bình quân đầu người đạt 45 triệu đồng/người/năm.\n"
    "II. NHIỆM VỤ\n1. Hoàn thiện tiêu chí Quy hoạch và Nhà ở dân cư trong năm 2024.\n"
    "2. Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Ủy ban nhân dân xã.\n";
// The same plan as a PDF gives it: other line breaks, a count changed, capitals.
constexpr const char* kPlanTextAsPdf =
    "I. MỤC TIÊU\n1. Xã Măng Bút đạt 14/19 tiêu chí nông thôn\nmới.\n"
    "2. Thu nhập bình quân đầu người đạt 45 triệu đồng/người/năm.\n"
    "II. NHIỆM VỤ\n1. Hoàn thiện tiêu chí Quy hoạch và Nhà ở dân cư trong năm 2024.\n"
    "2. PHÒNG KINH TẾ VÀ HẠ TẦNG chủ trì, phối hợp với Ủy ban nhân dân xã.\n";
constexpr const char* kOtherText =
    "I. KẾT QUẢ\n1. Năm 2023 toàn huyện có 7 xã đạt chuẩn.\n"
    "II. GIẢI PHÁP\n1. Huy động nguồn lực xã hội hóa cho giao thông nông thôn.\n"
    "2. Tuyên truyền, vận động nhân dân hiến đất làm đường.\n";

TEST(PlanIdentity, NumbersCompareFoldedWithoutSpacesAndWithOcrDigits) {
  const PlanCopyRules rules = Rules();
  EXPECT_EQ(NormalizedNumber("03/KH-UBND", rules), "03/kh-ubnd");
  EXPECT_EQ(NormalizedNumber(" 03 / KH - UBND ", rules), "03/kh-ubnd");
  EXPECT_EQ(NormalizedNumber("O3/KH-UBND", rules), "03/kh-ubnd");    // OCR: O for 0
  EXPECT_EQ(NormalizedNumber("1l5/QĐ-UBND", rules), "115/qd-ubnd");  // l for 1, Đ folded
  EXPECT_EQ(NormalizedNumber("KH/UBND", rules), "kh/ubnd");          // no digit: as written
  EXPECT_EQ(NormalizedNumber("  ", rules), std::nullopt);
}

TEST(PlanIdentity, KeysHoldTheNumberOrTheIssuerWithTheYear) {
  const PlanCopyRules rules = Rules();
  const PlanKeys numbered = KeysOf(Numbered("03/KH-UBND"), rules);
  EXPECT_EQ(numbered.number_key, "03/kh-ubnd|2023");
  EXPECT_EQ(numbered.draft_key, "commune|huong son|2023");
  const PlanKeys draft = KeysOf(Draft(), rules);
  EXPECT_EQ(draft.number_key, std::nullopt);
  EXPECT_EQ(draft.draft_key, "district|kon plong|2024");
  PlanCopyFacts no_year = Draft();
  no_year.year.reset();
  EXPECT_EQ(KeysOf(no_year, rules).draft_key, std::nullopt);
  PlanCopyFacts no_issuer = Draft();
  no_issuer.issuer_name.reset();
  EXPECT_EQ(KeysOf(no_issuer, rules).draft_key, std::nullopt);
}

TEST(PlanIdentity, NumberedCopiesAreOnePlanByTheirHeader) {
  const PlanCopyRules rules = Rules();
  PlanCopyFacts spaced = Numbered("03 / KH-UBND", "HƯƠNG SƠN");
  EXPECT_EQ(CompareHeaders(Numbered("03/KH-UBND"), spaced, rules), HeaderVerdict::kSame);
  EXPECT_EQ(CompareHeaders(Numbered("03/KH-UBND"), Numbered("04/KH-UBND"), rules),
            HeaderVerdict::kDifferent);
  PlanCopyFacts other_day = Numbered("03/KH-UBND");
  other_day.issue_date = "2023-02-05";
  EXPECT_EQ(CompareHeaders(Numbered("03/KH-UBND"), other_day, rules), HeaderVerdict::kDifferent);
  // Same number and date from another commune: only if the texts are alike.
  EXPECT_EQ(CompareHeaders(Numbered("03/KH-UBND"), Numbered("03/KH-UBND", "Hương Phú"), rules),
            HeaderVerdict::kNumberIfTextsAlike);
}

TEST(PlanIdentity, AnOcrGarbledNumberLinksWhenTheTextsAgree) {
  const PlanCopyRules rules = Rules();
  // The scan reads "O3" and loses the issuer's marks in a way folding does not undo.
  const PlanCopyFacts scan = Numbered("O3/KH-UBND", "Hơng Sơn");
  const WordShingles text(kPlanText, 3), scanned(kPlanTextAsPdf, 3), other(kOtherText, 3);
  EXPECT_EQ(CompareHeaders(Numbered("03/KH-UBND"), scan, rules),
            HeaderVerdict::kNumberIfTextsAlike);
  EXPECT_TRUE(SamePlan(Numbered("03/KH-UBND"), text, scan, scanned, rules));
  EXPECT_FALSE(SamePlan(Numbered("03/KH-UBND"), text, scan, other, rules));
}

TEST(PlanIdentity, AnUnnumberedDraftLinksOnlyWithNearIdenticalText) {
  const PlanCopyRules rules = Rules();
  const WordShingles text(kPlanText, 3), as_pdf(kPlanTextAsPdf, 3), other(kOtherText, 3);
  PlanCopyFacts signed_copy = Draft();
  signed_copy.doc_number = "12/KH-UBND";
  signed_copy.issue_date = "2024-03-01";
  EXPECT_EQ(CompareHeaders(Draft(), signed_copy, rules), HeaderVerdict::kDraftIfTextsAlike);
  EXPECT_TRUE(SamePlan(Draft(), text, signed_copy, as_pdf, rules));
  EXPECT_TRUE(SamePlan(Draft(), text, Draft(), as_pdf, rules));
  // Same title, issuer and year, different words: two plans.
  EXPECT_FALSE(SamePlan(Draft(), text, Draft(), other, rules));
  // A scan's title that lost its last words and misread one still links.
  EXPECT_TRUE(
      SamePlan(Draft(), text, Draft("Xây dựng xã Măng Bát đạt chuẩn nông thôn"), as_pdf, rules));
  // Near-identical text under another title, issuer or year: two plans.
  EXPECT_FALSE(SamePlan(Draft(), text, Draft("Kế hoạch khác"), text, rules));
  PlanCopyFacts next_year = Draft();
  next_year.year = 2025;
  EXPECT_FALSE(SamePlan(Draft(), text, next_year, text, rules));
  PlanCopyFacts other_issuer = Draft();
  other_issuer.issuer_name = "Kon Rẫy";
  EXPECT_FALSE(SamePlan(Draft(), text, other_issuer, text, rules));
}

// A number already says much: its copies need less text in common than a draft's.
TEST(PlanIdentity, ADraftNeedsMoreTextInCommonThanACopyWithTheSameNumber) {
  const PlanCopyRules rules = Rules();
  std::string common;
  for (int i = 0; i < 40; ++i) common += "muc" + std::to_string(i) + " ";
  const WordShingles a(common + "alpha beta gamma delta epsilon zeta eta theta", 3);
  const WordShingles b(common + "one two three four five six seven eight", 3);
  const double resemblance = a.Resemblance(b);
  ASSERT_GT(resemblance, rules.min_resemblance_same_number);
  ASSERT_LT(resemblance, rules.min_resemblance);
  // The same number and date, the issuer misread: one plan.
  EXPECT_TRUE(SamePlan(Numbered("03/KH-UBND"), a, Numbered("03/KH-UBND", "Hơng Sơn"), b, rules));
  // A draft with the same issuer, year and title: not enough.
  EXPECT_FALSE(SamePlan(Draft(), a, Draft(), b, rules));
}

}  // namespace
}  // namespace ntmx
