// The Store facade (store.h): opening and migrating the database, and handing Put
// to DocumentWriter and Query to ReadOnlyQuery.
#include "store/store.h"

#include <algorithm>
#include <string_view>

#include "criteria/catalogue.h"
#include "store/document_writer.h"
#include "store/migrations.h"
#include "store/read_only_query.h"
#include "store/sqlite_util.h"

namespace ntmx {

using sqlite::WithContext;

namespace {

// The tables StoreSummary counts, in contract order.
constexpr const char* kRecordTables[] = {"legal_bases", "criteria_status", "criteria_counts",
                                         "targets",     "tasks",           "responsibilities",
                                         "findings",    "diagnostics"};

// Foreign keys are per connection and off by default: without them ON DELETE
// CASCADE does nothing and a replaced document would leave its rows behind.
constexpr const char* kConnectionSetup =
    "PRAGMA foreign_keys = ON;"
    "PRAGMA journal_mode = WAL;"
    "PRAGMA synchronous = NORMAL;";

}  // namespace

struct Store::Rep {
  // Declared first, destroyed last: the statements below belong to it.
  sqlite::DbPtr db;
  DocumentWriter writer;
  ReadOnlyQuery query;
  int schema_version = 0;
  int migrations_applied = 0;
  int documents_linked = 0;
  bool read_only = false;
};

const char* PutOutcomeName(PutOutcome outcome) {
  switch (outcome) {
    case PutOutcome::kInserted:
      return "inserted";
    case PutOutcome::kUnchanged:
      return "unchanged";
    case PutOutcome::kReplaced:
      break;
  }
  return "replaced";
}

int64_t StoreSummary::Count(std::string_view table) const {
  for (const auto& [name, rows] : records)
    if (name == table) return rows;
  return 0;
}

Store::Store() = default;
Store::~Store() = default;

Status Store::Open(const std::string& path, const std::string& migrations_dir,
                   std::shared_ptr<const TypeWords> place_type_words,
                   std::shared_ptr<const PlanCopyRules> plan_rules) {
  if (rep_) return Status::Internal("the store is already open");
  // Read the migrations first: a wrong data dir must not leave an empty file behind.
  std::vector<Migration> migrations;
  Status s = LoadMigrations(migrations_dir, &migrations);
  if (!s.ok()) return s;

  auto rep = std::make_unique<Rep>();
  s = sqlite::OpenDb(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &rep->db);
  if (!s.ok()) return s;
  sqlite3* db = rep->db.get();
  sqlite3_busy_timeout(db, 5000);
  s = CheckNtmxDatabase(db, /*empty_is_ntmx=*/true);
  if (s.ok()) s = sqlite::Exec(db, kConnectionSetup, "cannot set up the database");
  if (s.ok()) s = ApplyMigrations(db, migrations, &rep->migrations_applied);
  if (s.ok()) s = SchemaVersion(db, &rep->schema_version);
  if (s.ok()) s = rep->writer.Prepare(db, std::move(plan_rules));
  if (s.ok()) s = rep->writer.plans().LinkUnkeyed(&rep->documents_linked);
  if (s.ok()) s = rep->query.Open(path, place_type_words);
  if (!s.ok()) return s;  // the caller names the file
  rep_ = std::move(rep);
  return Status::Ok();
}

Status Store::OpenForReading(const std::string& path, const std::string& migrations_dir,
                             std::shared_ptr<const TypeWords> place_type_words) {
  if (rep_) return Status::Internal("the store is already open");
  std::vector<Migration> migrations;
  Status s = LoadMigrations(migrations_dir, &migrations);
  if (!s.ok()) return s;
  auto rep = std::make_unique<Rep>();
  rep->read_only = true;
  s = sqlite::OpenReadOnly(path, &rep->db);
  if (!s.ok()) return s;
  sqlite3* db = rep->db.get();
  sqlite3_busy_timeout(db, 5000);
  s = CheckNtmxDatabase(db, /*empty_is_ntmx=*/false);
  if (s.ok()) s = CheckReadable(db, migrations);
  if (s.ok()) s = SchemaVersion(db, &rep->schema_version);
  if (s.ok()) s = rep->query.Open(path, place_type_words);
  if (!s.ok()) return s;
  rep_ = std::move(rep);
  return Status::Ok();
}

bool Store::read_only() const { return rep_ && rep_->read_only; }

bool IsDatabaseFull(const Status& s) {
  return s.code() == Status::Code::kIoError &&
         std::string_view(s.message()).ends_with(sqlite3_errstr(SQLITE_FULL));
}

Status Store::LimitSize(int64_t bytes) {
  if (!rep_) return Status::Internal("the store is not open");
  sqlite::Statement page_size;
  bool has_row = false;
  Status s = page_size.Prepare(rep_->db.get(), "PRAGMA page_size");
  if (s.ok()) s = page_size.Next(&has_row);
  if (!s.ok() || !has_row) return WithContext(s, "cannot read the page size");
  const int64_t pages = std::max<int64_t>(1, bytes / std::max<int64_t>(1, page_size.ColumnInt(0)));
  // SQLite keeps the limit at least the current page count.
  return sqlite::Exec(rep_->db.get(), ("PRAGMA max_page_count = " + std::to_string(pages)).c_str(),
                      "cannot limit the database size");
}

Status Store::Put(const Extraction& e, PutOutcome* outcome) { return Put(e, {}, outcome); }

Status Store::Put(const Extraction& e, const std::vector<Diagnostic>& diagnostics,
                  PutOutcome* outcome) {
  if (!rep_) return Status::Internal("the store is not open");
  if (rep_->read_only) return Status::Internal("the store is open for reading only");
  return rep_->writer.Put(e, diagnostics, outcome);  // the caller names the file
}

Status Store::BeginGroup() {
  if (!rep_) return Status::Internal("the store is not open");
  if (rep_->read_only) return Status::Internal("the store is open for reading only");
  if (InGroup()) return Status::Internal("a group commit is already open");
  return sqlite::Exec(rep_->db.get(), "BEGIN IMMEDIATE", "cannot begin a group of documents");
}

Status Store::CommitGroup() {
  if (!rep_) return Status::Internal("the store is not open");
  if (!InGroup()) return Status::Internal("no group commit is open");
  Status s = sqlite::Exec(rep_->db.get(), "COMMIT", "cannot commit a group of documents");
  if (!s.ok()) AbandonGroup();
  return s;
}

void Store::AbandonGroup() {
  if (InGroup()) sqlite3_exec(rep_->db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
}

bool Store::InGroup() const { return rep_ && sqlite3_get_autocommit(rep_->db.get()) == 0; }

bool Store::Contains(const std::string& sha256) {
  bool found = false;
  if (rep_ && rep_->read_only) {  // no writer statements on a read-only store
    sqlite::Statement lookup;
    if (!lookup.Prepare(rep_->db.get(), "SELECT 1 FROM documents WHERE sha256 = ?1").ok())
      return false;
    lookup.BindText(1, sha256);
    return lookup.Next(&found).ok() && found;
  }
  return rep_ && rep_->writer.ContainsHash(sha256, &found).ok() && found;
}

Status Store::Query(std::string_view sql, ResultTable* out) {
  if (!rep_) return Status::Internal("the store is not open");
  return rep_->query.Run(sql, out);
}

Status Store::Query(std::string_view sql, const std::vector<QueryParameter>& parameters,
                    ResultTable* out) {
  if (!rep_) return Status::Internal("the store is not open");
  return rep_->query.Run(sql, parameters, out);
}

Status Store::Query(std::string_view sql, RowSink* sink) {
  if (!rep_) return Status::Internal("the store is not open");
  return rep_->query.Run(sql, {}, sink);
}

Status Store::PutCatalogue(const CriteriaCatalogue& catalogue) {
  if (!rep_) return Status::Internal("the store is not open");
  if (rep_->read_only) return Status::Internal("the store is open for reading only");
  sqlite3* db = rep_->db.get();
  sqlite::Transaction transaction(db);
  Status s = transaction.Begin();
  if (s.ok())
    s = sqlite::Exec(db, "DELETE FROM criteria_sets; DELETE FROM criteria_catalogue;", "");
  sqlite::Statement put_set, put_criterion;
  if (s.ok()) {
    s = put_set.Prepare(db,
                        "INSERT INTO criteria_sets (criteria_set, subject_level, period, decision, "
                        "label) VALUES (?1, ?2, ?3, ?4, ?5)");
  }
  if (s.ok()) {
    s = put_criterion.Prepare(db,
                              "INSERT OR REPLACE INTO criteria_catalogue (criteria_set, criterion, "
                              "name, aliases, scope) VALUES (?1, ?2, ?3, ?4, ?5)");
  }
  for (const CriteriaSetInfo& set : catalogue.sets()) {
    if (!s.ok()) break;
    put_set.BindText(1, set.id);
    put_set.BindText(2, set.subject_level);
    put_set.BindText(3, set.period);
    put_set.BindText(4, set.decision);
    put_set.BindText(5, set.label);
    s = put_set.Run();
  }
  for (const CriterionEntry& c : catalogue.entries()) {
    if (!s.ok()) break;
    std::string aliases;
    for (const std::string& alias : c.aliases) aliases += (aliases.empty() ? "" : "|") + alias;
    put_criterion.BindText(1, c.set);
    put_criterion.BindInt(2, c.number);
    put_criterion.BindText(3, c.name);
    put_criterion.BindText(4, aliases);
    put_criterion.BindText(5, c.scope);
    s = put_criterion.Run();
  }
  if (s.ok()) s = transaction.Commit();
  return WithContext(s, "cannot store the criteria catalogue");
}

bool Store::CatalogueEmpty() {
  if (!rep_) return true;
  sqlite::Statement count;
  bool has_row = false;
  return !count.Prepare(rep_->db.get(), "SELECT EXISTS (SELECT 1 FROM criteria_catalogue)").ok() ||
         !count.Next(&has_row).ok() || !has_row || count.ColumnInt(0) == 0;
}

Status Store::Summary(StoreSummary* out) {
  *out = StoreSummary();
  if (!rep_) return Status::Internal("the store is not open");
  std::string sql = "SELECT (SELECT count(*) FROM documents)";
  for (const char* table : kRecordTables)
    sql += std::string(", (SELECT count(*) FROM ") + table + ")";
  sqlite::Statement counts;
  Status s = counts.Prepare(rep_->db.get(), sql);
  bool has_row = false;
  if (s.ok()) s = counts.Next(&has_row);
  if (!s.ok()) return WithContext(s, "cannot count records");
  out->documents = counts.ColumnInt(0);
  int column = 1;
  for (const char* table : kRecordTables)
    out->records.emplace_back(table, counts.ColumnInt(column++));
  // Plans exist from migration 0007 on; a store of an older schema has none to count.
  sqlite::Statement plans;
  if (plans.Prepare(rep_->db.get(), "SELECT count(*) FROM plans").ok() &&
      plans.Next(&has_row).ok() && has_row) {
    out->plans = plans.ColumnInt(0);
  }
  return Status::Ok();
}

int Store::schema_version() const { return rep_ ? rep_->schema_version : 0; }
int Store::migrations_applied() const { return rep_ ? rep_->migrations_applied : 0; }
int Store::documents_linked() const { return rep_ ? rep_->documents_linked : 0; }

}  // namespace ntmx
