// CriteriaStatusExtractor ("criteria_status"): which criteria each subject has
// met, has not met, or plans to meet (contract list `criteria_status`).
// Registered also as "criteria", which keeps the count claims of the same reading
// too (`criteria_counts`): one pass of the reader where the default pipeline
// would otherwise read every document twice.
//
// The reading itself is CriteriaReader's (criteria_reader.h), shared with the
// criteria_counts extractor. A criterion written with a number whose name is
// another criterion's ("Tiêu chí số 5 về Y tế") is recorded under the number the
// name resolves to, and raises a criterion_name_mismatch finding here: only this
// stage sees the words, so the audit stage cannot.
#include "criteria/catalogue.h"
#include "extract/criteria_reader.h"
#include "extract/plan_context.h"

namespace ntmx {
namespace {

class CriteriaStatusExtractor : public Extractor {
 public:
  CriteriaStatusExtractor(std::unique_ptr<CriteriaReader> reader, const Resources& r,
                          bool with_counts)
      : reader_(std::move(reader)), resources_(r), with_counts_(with_counts) {}

  std::string_view name() const override { return with_counts_ ? "criteria" : "criteria_status"; }

  void Extract(const DocumentView& doc, Extraction* out, Diagnostics*) const override {
    PlanContextOf(doc, resources_, out);
    CriteriaReading reading = reader_->Read(doc, *out);
    for (CriteriaStatus& s : reading.statuses) out->criteria_status.push_back(std::move(s));
    if (with_counts_) {
      for (CriteriaCount& c : reading.counts) out->criteria_counts.push_back(std::move(c));
    }
    for (const CriteriaReading::NameMismatch& m : reading.mismatches) {
      const CriterionEntry* named = resources_.catalogue->ByNumber(m.criteria_set, m.named_number);
      const CriterionEntry* numbered =
          resources_.catalogue->ByNumber(m.criteria_set, m.written_number);
      Finding f;
      f.check = "criterion_name_mismatch";
      f.subject = m.subject;
      f.severity = "warning";
      f.message = "\"" + m.written + "\": criterion " + std::to_string(m.written_number) +
                  (numbered ? " is " + numbered->name : std::string(" is not in the catalogue")) +
                  " in " + m.criteria_set + ", but the name is criterion " +
                  std::to_string(m.named_number) + (named ? " (" + named->name + ")" : "") +
                  "; recorded as " + std::to_string(m.named_number) + ".";
      f.prov = Provenance{m.span, "criteria.name_mismatch"};
      out->findings.push_back(std::move(f));
    }
  }

 private:
  std::unique_ptr<CriteriaReader> reader_;
  const Resources& resources_;
  const bool with_counts_;
};

Status Make(const Resources& resources, bool with_counts, std::unique_ptr<Extractor>* out) {
  std::unique_ptr<CriteriaReader> reader;
  Status status = CriteriaReader::Create(resources, &reader);
  if (!status.ok()) return status;
  *out = std::make_unique<CriteriaStatusExtractor>(std::move(reader), resources, with_counts);
  return Status::Ok();
}

}  // namespace

Status MakeCriteriaStatusExtractor(const Resources& resources, std::unique_ptr<Extractor>* out) {
  return Make(resources, /*with_counts=*/false, out);
}

Status MakeCriteriaExtractor(const Resources& resources, std::unique_ptr<Extractor>* out) {
  return Make(resources, /*with_counts=*/true, out);
}

}  // namespace ntmx
