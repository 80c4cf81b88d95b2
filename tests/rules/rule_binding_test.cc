// BindRules: a reader's rules bound from its one table, and a missing rule named with
// the file it belongs in. Also each extractor's factory refuses a rule set without
// one of its rules, so a pipeline with a stale patterns/ file fails at start-up.
#include "rules/rule_binding.h"

#include <gtest/gtest.h>

#include <memory>

#include "extract/extractor.h"
#include "pipeline_fixture.h"

namespace ntmx {
namespace {

struct TwoRules {
  const Rule* first = nullptr;
  const Rule* second = nullptr;
};

constexpr RuleField<TwoRules> kTwoRules[] = {{&TwoRules::first, "tasks.first"},
                                             {&TwoRules::second, "criteria.second"}};

TEST(BindRules, SetsEveryFieldFromItsId) {
  RuleSet rules;
  ASSERT_TRUE(rules.Add("tasks.first", "một").ok());
  ASSERT_TRUE(rules.Add("criteria.second", "hai").ok());
  TwoRules bound;
  ASSERT_TRUE(BindRules<TwoRules>(rules, kTwoRules, "the test reader", &bound).ok());
  EXPECT_EQ(bound.first, rules.Find("tasks.first"));
  EXPECT_EQ(bound.second, rules.Find("criteria.second"));
}

TEST(BindRules, NamesTheMissingRuleAndItsFile) {
  RuleSet rules;
  ASSERT_TRUE(rules.Add("tasks.first", "một").ok());
  TwoRules bound;
  const Status s = BindRules<TwoRules>(rules, kTwoRules, "the test reader", &bound);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message(), "the test reader needs rule 'criteria.second' (patterns/criteria.toml)");
}

// Every extractor of the default pipeline, made from resources whose rules lack one
// rule it binds, refuses with that rule's name.
TEST(BindRules, ExtractorFactoriesRefuseARuleSetWithoutTheirRules) {
  const Resources& full = testing::DefaultPipeline().resources();
  struct Case {
    const char* extractor;
    const char* missing;
  };
  for (const Case& c :
       {Case{"header", "header.meta_kind"}, Case{"legal_bases", "legal_bases.issuer"},
        Case{"criteria", "criteria.verdict_after"}, Case{"tasks", "tasks.lead_inline"},
        Case{"tasks", "tasks.criterion_cell"},
        Case{"responsibilities", "responsibilities.unit_table"},
        Case{"responsibilities", "tasks.lead_words"}}) {
    RuleSet rules;
    for (const auto& rule : full.rules.rules()) {
      if (rule->id() == c.missing) continue;
      ASSERT_TRUE(rules.Add(rule->id(), rule->re().pattern()).ok()) << rule->id();
    }
    Resources partial;
    partial.rules = std::move(rules);
    partial.gazetteer = full.gazetteer;
    partial.place_schemes = full.place_schemes;
    partial.catalogue = full.catalogue;
    partial.units = full.units;
    partial.document_kinds = full.document_kinds;
    partial.quantities = full.quantities;
    partial.positions = full.positions;
    std::unique_ptr<Extractor> extractor;
    const Status s = MakeExtractor(c.extractor, partial, &extractor);
    EXPECT_FALSE(s.ok()) << c.extractor << " without " << c.missing;
    EXPECT_NE(s.message().find(std::string("'") + c.missing + "'"), std::string::npos)
        << s.message();
  }
}

}  // namespace
}  // namespace ntmx
