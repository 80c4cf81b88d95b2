// The "audit" pipeline stage: DocumentAudit (document_audit.h) wrapped as an
// Extractor so that a pipeline file can place it after the extractors whose
// records it checks.
#include "criteria/catalogue.h"
#include "extract/document_audit.h"

namespace ntmx {
namespace {

class AuditStage : public Extractor {
 public:
  explicit AuditStage(const Resources& resources) : resources_(resources) {}
  std::string_view name() const override { return "audit"; }
  void Extract(const DocumentView& doc, Extraction* out, Diagnostics*) const override {
    AuditDocument(doc, resources_, out);
  }

 private:
  const Resources& resources_;
};

}  // namespace

Status MakeAuditStage(const Resources& resources, std::unique_ptr<Extractor>* out) {
  for (const char* id : {"criteria.goal_year", "criteria.subject.heading_name"}) {
    if (resources.rules.Find(id) == nullptr) {
      return Status::InvalidInput(std::string("the audit stage needs rule '") + id +
                                  "' (patterns/criteria.toml)");
    }
  }
  if (resources.catalogue == nullptr)
    return Status::InvalidInput("the audit stage needs the catalogue");
  *out = std::make_unique<AuditStage>(resources);
  return Status::Ok();
}

}  // namespace ntmx
