// The sheets that are `ntmx query targets|tasks|units --why` as they stand: one row
// per record, the query's columns in its order, then the Nguồn columns. Only how
// each column is written is said here (query_sheet.h): an indicator stays text, a
// deadline becomes a date, a role is shown in words.
#include <vector>

#include "xlsx/query_sheet.h"
#include "xlsx/sheet_builders.h"

namespace ntmx {
namespace {

// Where each row was read from, last on every sheet.
constexpr ColumnSpec kSource[] = {
    {"source", ColumnType::kText},
    {"page"},
    {"quote", ColumnType::kText},
    {"rule", ColumnType::kText},
};

struct RecordSheet {
  QueryKind kind;
  const char* sheet;  // the labels' name: sheet.<sheet>, <sheet>.<column>
  std::vector<ColumnSpec> columns;
};

std::vector<RecordSheet> RecordSheets() {
  using T = ColumnType;
  return {
      {QueryKind::kTargets,
       "targets",
       {{"year"},
        {"province"},
        {"subject"},
        {"criterion"},
        {"indicator", T::kText},
        {"metric", T::kText},
        {"cmp", T::kText},
        {"value"},
        {"max"},
        {"of"},
        {"unit", T::kText},
        {"actual"}}},
      {QueryKind::kTasks,
       "tasks",
       {{"year"},
        {"province"},
        {"subject"},
        {"criterion"},
        {"indicator", T::kText},
        {"title", T::kText},
        {"lead", T::kText},
        {"support", T::kText},
        {"deadline", T::kText},
        {"by", T::kDate}}},
      {QueryKind::kUnits,
       "responsibilities",
       {{"year"},
        {"province"},
        {"district"},
        {"unit", T::kText},
        {"role", T::kCode},
        {"from", T::kCode},
        {"criterion"},
        {"indicator", T::kText},
        {"task", T::kText}}},
  };
}

}  // namespace

Status BuildRecordSheets(const ExportContext& context, std::vector<SheetTable>* out) {
  for (RecordSheet& sheet : RecordSheets()) {
    ResultTable table;
    const Status s = context.RunQuery(sheet.kind, /*why=*/true, &table);
    if (!s.ok()) return s;
    sheet.columns.insert(sheet.columns.end(), std::begin(kSource), std::end(kSource));
    out->push_back(SheetFromQuery(table, sheet.sheet, sheet.columns, *context.labels, context.scope,
                                  "_document"));
  }
  return Status::Ok();
}

}  // namespace ntmx
