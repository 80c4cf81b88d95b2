// CriteriaStatusExtractor ("criteria_status"): which criteria each subject has
// met, has not met, or plans to meet (contract list `criteria_status`).
//
// The reading itself is CriteriaReader's (criteria_reader.h), shared with the
// criteria_counts extractor. A criterion written with a number whose name is
// another criterion's ("Tiêu chí số 5 về Y tế") is recorded under the number the
// name resolves to, and raises a criterion_name_mismatch finding here: only this
// stage sees the words, so the audit stage cannot.
#include "criteria/catalogue.h"
#include "extract/criteria_reader.h"

namespace ntmx {
namespace {

class CriteriaStatusExtractor : public Extractor {
 public:
  explicit CriteriaStatusExtractor(std::unique_ptr<CriteriaReader> reader, const Resources& r)
      : reader_(std::move(reader)), resources_(r) {}

  std::string_view name() const override { return "criteria_status"; }

  void Extract(const DocumentView& doc, Extraction* out, Diagnostics*) const override {
    CriteriaReading reading = reader_->Read(doc, *out);
    for (CriteriaStatus& s : reading.statuses) out->criteria_status.push_back(std::move(s));
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
};

}  // namespace

Status MakeCriteriaStatusExtractor(const Resources& resources, std::unique_ptr<Extractor>* out) {
  std::unique_ptr<CriteriaReader> reader;
  Status status = CriteriaReader::Create(resources, &reader);
  if (!status.ok()) return status;
  *out = std::make_unique<CriteriaStatusExtractor>(std::move(reader), resources);
  return Status::Ok();
}

}  // namespace ntmx
