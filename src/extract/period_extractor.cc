// PeriodExtractor ("period"): the programme period of the document
// (DocumentFacts::period), decided by criteria/period.h from the legal bases, the
// text and the plan's year. Runs after "header" and "legal_bases" and before
// "criteria", whose criterion numbers resolve in the period's catalogue.
#include <memory>

#include "criteria/catalogue.h"
#include "criteria/period.h"
#include "extract/extractor.h"
#include "knowledge/resources.h"

namespace ntmx {
namespace {

class PeriodExtractor : public Extractor {
 public:
  explicit PeriodExtractor(PeriodDecider decider) : decider_(std::move(decider)) {}

  std::string_view name() const override { return "period"; }

  void Extract(const DocumentView& doc, Extraction* out, Diagnostics*) const override {
    std::optional<int> year = out->document.year;
    if (!year && out->document.issue_date) year = std::stoi(out->document.issue_date->substr(0, 4));
    auto decision = decider_.Decide(out->legal_bases, &doc.text, year);
    if (!decision) return;
    out->document.period = decision->period;
    out->document.provenance.emplace_back("period", decision->prov);
  }

 private:
  PeriodDecider decider_;
};

}  // namespace

Status MakePeriodExtractor(const Resources& resources, std::unique_ptr<Extractor>* out) {
  if (resources.catalogue == nullptr) {
    return Status::InvalidInput("extractor 'period' needs the criteria catalogue");
  }
  PeriodDecider decider;
  Status status = PeriodDecider::Create(resources.rules, *resources.catalogue, &decider);
  if (!status.ok()) return status;
  *out = std::make_unique<PeriodExtractor>(std::move(decider));
  return Status::Ok();
}

}  // namespace ntmx
