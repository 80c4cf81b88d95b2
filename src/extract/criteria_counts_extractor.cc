// CriteriaCountsExtractor ("criteria_counts"): every "N/M tiêu chí"-style claim a
// plan makes ("đã đạt 14/19 tiêu chí", "chưa đạt 05/19", "gồm 08 tiêu chí",
// "tăng 03 tiêu chí … gồm"), with `listed`, the number of criteria the plan
// enumerates right after the claim (contract list `criteria_counts`).
//
// Read by CriteriaReader (criteria_reader.h) together with the statuses, since
// the list a claim counts is the list whose items get a status.
#include "extract/criteria_reader.h"

namespace ntmx {
namespace {

class CriteriaCountsExtractor : public Extractor {
 public:
  explicit CriteriaCountsExtractor(std::unique_ptr<CriteriaReader> reader)
      : reader_(std::move(reader)) {}

  std::string_view name() const override { return "criteria_counts"; }

  void Extract(const DocumentView& doc, Extraction* out, Diagnostics*) const override {
    CriteriaReading reading = reader_->Read(doc, *out);
    for (CriteriaCount& c : reading.counts) out->criteria_counts.push_back(std::move(c));
  }

 private:
  std::unique_ptr<CriteriaReader> reader_;
};

}  // namespace

Status MakeCriteriaCountsExtractor(const Resources& resources, std::unique_ptr<Extractor>* out) {
  std::unique_ptr<CriteriaReader> reader;
  Status status = CriteriaReader::Create(resources, &reader);
  if (!status.ok()) return status;
  *out = std::make_unique<CriteriaCountsExtractor>(std::move(reader));
  return Status::Ok();
}

}  // namespace ntmx
