// PeriodDecider: a document's programme period from what it cites and its year,
// with the cue rules of patterns/period.toml and the periods of the catalogue.
#include "criteria/period.h"

#include <gtest/gtest.h>

#include "criteria/catalogue.h"
#include "rules/rule_set.h"

namespace ntmx {
namespace {

struct Fixture {
  RuleSet rules;
  CriteriaCatalogue catalogue;
  PeriodDecider decider;
};

const Fixture& Loaded() {
  static const Fixture* const f = [] {
    auto* out = new Fixture();
    Status s = out->rules.LoadFile(NTMX_SOURCE_DIR "/patterns/period.toml");
    EXPECT_TRUE(s.ok()) << s.message();
    s = CriteriaCatalogue::Load(NTMX_SOURCE_DIR "/schemas/criteria", &out->catalogue);
    EXPECT_TRUE(s.ok()) << s.message();
    s = PeriodDecider::Create(out->rules, out->catalogue, &out->decider);
    EXPECT_TRUE(s.ok()) << s.message();
    return out;
  }();
  return *f;
}

LegalBasis Cites(const char* number) {
  LegalBasis b;
  b.kind = "Quyết định";
  b.number = number;
  return b;
}

std::string PeriodOf(const std::vector<LegalBasis>& bases, std::optional<int> year) {
  auto d = Loaded().decider.Decide(bases, nullptr, year);
  return d ? d->period : "none";
}

TEST(PeriodDecider, TheDecisionsCitedDecide) {
  EXPECT_EQ(PeriodOf({Cites("318/QĐ-TTg")}, 2024), "2021-2025");
  EXPECT_EQ(PeriodOf({Cites("51/2025/QĐ-TTg")}, 2026), "2026-2030");
  EXPECT_EQ(PeriodOf({Cites("257/2025/QH15")}, 2026), "2026-2030");
  EXPECT_EQ(PeriodOf({Cites("51 / 2025 / QĐ-TTg")}, 2026), "2026-2030");
}

TEST(PeriodDecider, ANewPlanThatReviewsTheOldPeriodBelongsToTheNew) {
  // A 2026 plan cites 318/QĐ-TTg for the 2021-2025 results of its former communes.
  EXPECT_EQ(PeriodOf({Cites("318/QĐ-TTg"), Cites("51/2025/QĐ-TTg")}, 2026), "2026-2030");
  // The citation outranks the year: a plan dated 2026 under the old decisions.
  EXPECT_EQ(PeriodOf({Cites("318/QĐ-TTg")}, 2026), "2021-2025");
  auto d = Loaded().decider.Decide({Cites("320/QĐ-TTg"), Cites("51/2025/QĐ-TTg")}, nullptr, 2026);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->prov.rule_id, "period.cites.2026-2030");
}

TEST(PeriodDecider, WithoutCitationsTheYearDecides) {
  EXPECT_EQ(PeriodOf({Cites("416/QĐ-UBND")}, 2023), "2021-2025");
  EXPECT_EQ(PeriodOf({}, 2027), "2026-2030");
  EXPECT_EQ(PeriodOf({}, 2019), "none");  // before the catalogue's periods
  EXPECT_EQ(PeriodOf({}, std::nullopt), "none");
  auto d = Loaded().decider.Decide({}, nullptr, 2026);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->prov.rule_id, "period.year");
}

}  // namespace
}  // namespace ntmx
