// The Phát hiện sheet: what `ntmx audit` lists (query/collection_audit.h) -- the
// findings stored with each document and the checks across documents -- for the
// documents on the Văn bản sheet. A finding across plans names several files and
// quotes each: the Nguồn columns hold every file and every quote (" | " between
// them, as `ntmx audit` joins them) and the page of the first quote, which is the
// finding's own document.
#include "query/collection_audit.h"
#include "xlsx/sheet_builders.h"

namespace ntmx {
namespace {

std::string Joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : " | ") + p;
  return out;
}

bool NamesOneOf(const AuditFinding& f, const std::set<std::string>& sources) {
  for (const std::string& d : f.documents) {
    if (sources.count(d)) return true;
  }
  return false;
}

}  // namespace

Status BuildFindingsSheet(const ExportContext& context, const std::set<std::string>& sources,
                          SheetTable* out) {
  std::vector<AuditFinding> findings;
  const Status s = AuditCollection(context.store, *context.resources, context.copies, &findings);
  if (!s.ok()) return s;
  const SheetLabels& labels = *context.labels;
  *out = SheetTable();
  out->name = labels.Get("sheet.findings");
  for (const char* column :
       {"year", "subject", "check", "severity", "message", "source", "page", "quote"}) {
    out->columns.push_back({labels.Header("findings", column), ""});
  }
  for (const AuditFinding& f : findings) {
    if (!NamesOneOf(f, sources)) continue;
    SheetCell page;
    if (!f.pages.empty() && f.pages.front().has_value()) page = SheetCell::Number(*f.pages[0]);
    out->rows.push_back({
        f.year ? SheetCell::Number(*f.year) : SheetCell(),
        SheetCell::Text(f.subject.value_or("")),
        SheetCell::Text(f.check),
        SheetCell::Text(labels.Value("severity", f.severity)),
        SheetCell::Text(f.message),
        SheetCell::Text(Joined(f.documents)),
        page,
        SheetCell::Text(Joined(f.quotes)),
    });
  }
  return Status::Ok();
}

}  // namespace ntmx
