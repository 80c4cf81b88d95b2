// Store: the SQLite database that `ntmx ingest` fills and `ntmx sql` reads.
//
// It takes the records of the extraction contract (model/records.h) and writes them
// to the tables of schemas/sql/ (documents, legal_bases, criteria_status,
// criteria_counts, targets, tasks + task_units, responsibilities +
// responsibility_criteria/indicators, findings, diagnostics), each document all or
// nothing (its own transaction, or a savepoint of a group commit); and it runs a user's read-only
// SELECT for `ntmx sql`.
//
//   Store store;
//   // type_words: schemas/places/place_levels.tsv (places/type_words.h)
//   Status s = store.Open("ntm.db", data_dir + "/schemas/sql", type_words);
//   if (!store.Contains(sha256)) {          // skip extracting unchanged files
//     PutOutcome outcome;
//     s = store.Put(extraction, diagnostics.all(), &outcome);
//   }
//   ResultTable table;
//   s = store.Query("SELECT source, year FROM documents", &table);
//
// Identity: a document is its content. The SHA-256 of the raw input bytes decides
// whether it is already stored (then Put writes nothing, whatever the path); the
// source path decides which stored document a new version replaces. See
// document_writer.h for the rules and what a failure leaves behind (nothing).
// Files that are copies of one plan (a .docx draft, the signed PDF, a scan) are
// linked into one plan as they are stored (plan_linker.h, plan_identity.h).
//
// The database is opened with foreign keys on and the WAL journal (readers such as
// `ntmx sql` in another terminal never block an ingest). A Store is not thread-safe.
//
// The read commands (sql, query, audit, report) use OpenForReading instead: the file
// is opened SQLITE_OPEN_READONLY and never written (no WAL switch, no migrations, no
// schema added to another program's file), so they work on a read-only mount, as
// another user, and on a database someone else is ingesting into.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "knowledge/plan_copy_rules.h"
#include "model/records.h"
#include "store/read_only_query.h"
#include "store/result_table.h"
#include "util/diagnostics.h"
#include "util/status.h"

namespace ntmx {

class CriteriaCatalogue;

enum class PutOutcome {
  kInserted,   // a new document
  kUnchanged,  // its SHA-256 was already stored: nothing written
  kReplaced,   // a new version of a stored source: the old one and its rows are gone
};

// "inserted", "unchanged", "replaced".
const char* PutOutcomeName(PutOutcome outcome);

// Row counts of the whole database, for the CLI's end-of-run summary.
struct StoreSummary {
  int64_t documents = 0;
  // The plans they are copies of (schemas/sql/0007_plan_copies.sql); nullopt on a
  // database older than 0007.
  std::optional<int64_t> plans;
  // (table, rows) for the seven contract lists in contract order, then
  // "diagnostics": {"legal_bases", 12}, {"criteria_status", 40}, ...
  std::vector<std::pair<std::string, int64_t>> records;

  // The rows of `table` in `records`, or 0 when it is not one of them.
  int64_t Count(std::string_view table) const;
};

// Whether `s` is SQLite's SQLITE_FULL, "database or disk is full" (a full disk, or
// the limit of Store::LimitSize): every later write would fail too. SQLite gives
// that code no other message, so the message (sqlite3_errstr) is the test.
bool IsDatabaseFull(const Status& s);

class Store {
 public:
  Store();
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Opens the database file at `path`, creating it when missing, and brings its
  // schema up to date from the migration files in `migrations_dir` (see
  // migrations.h; the CLI passes <data-dir>/schemas/sql). Fails when the file
  // cannot be opened or is not a database, when the migrations cannot be read or
  // one fails, or (kUnsupported) when the database was written by a newer ntmx.
  // `path` must name a file (not ":memory:"): queries use a second connection.
  // Call once per Store. Messages do not repeat `path`: the caller names it.
  // A SQLite file of another program (migrations.h, CheckNtmxDatabase) is refused
  // before anything is written to it; an empty one becomes an ntmx database.
  // `place_type_words` (schemas/places/place_levels.tsv) key place names in the
  // query functions (query_functions.h) that place filters use.
  // `plan_rules` (schemas/plan_copies.toml) decide which stored files are copies of
  // one plan (plan_identity.h); with them, documents stored before plans were kept
  // (a database just migrated to 0007) or by a store opened without them are
  // compared and linked here, in one transaction. Null: every document Put is a
  // plan of its own (for callers that do not care about copies).
  Status Open(const std::string& path, const std::string& migrations_dir,
              std::shared_ptr<const TypeWords> place_type_words,
              std::shared_ptr<const PlanCopyRules> plan_rules = nullptr);

  // Opens the existing database at `path` for reading only: Query, Contains,
  // CatalogueEmpty and Summary work; Put, BeginGroup and PutCatalogue fail. Fails
  // with one line (kInvalidInput) for a file that is not an ntmx database, and
  // (kUnsupported) for one from a newer ntmx or one too old to read without
  // `ntmx migrate` (CheckReadable). The file is never changed.
  Status OpenForReading(const std::string& path, const std::string& migrations_dir,
                        std::shared_ptr<const TypeWords> place_type_words);

  // Whether the store was opened by OpenForReading.
  bool read_only() const;

  // Lets the database file grow to about `bytes` and no further (PRAGMA
  // max_page_count on this connection, never below what it holds already): a
  // write that would pass it fails like a full disk (IsDatabaseFull) and undoes
  // itself. For a quota on a shared disk (`ntmx ingest --max-db-mb`), and how the
  // tests make a full disk without one.
  Status LimitSize(int64_t bytes);

  // Stores one document and its records in one transaction and sets `*outcome`.
  // A failure's message names the record, not the file (the caller does). Idempotent: the same
  // content again is kUnchanged and writes nothing. On failure the database is as it was before the
  // call. See document_writer.h for what is refused as bad input. The second form also keeps the
  // stages' diagnostics for the document.
  Status Put(const Extraction& e, PutOutcome* outcome);
  Status Put(const Extraction& e, const std::vector<Diagnostic>& diagnostics, PutOutcome* outcome);

  // Group commit. Between BeginGroup and CommitGroup every Put is still all or
  // nothing (a savepoint inside the group's transaction: a failed Put undoes its own
  // rows and nothing else), but the group's documents become durable together, at
  // CommitGroup: one commit writes the pages the documents share (indexes, the
  // full-text index) once instead of once per document. A crash before CommitGroup
  // loses the group's documents, whole; never part of one. Fails when a group is
  // already open or the write lock cannot be had.
  Status BeginGroup();
  // Commits the open group. On failure the group is rolled back: none of its
  // documents is stored.
  Status CommitGroup();
  // Rolls the open group back, if any.
  void AbandonGroup();
  // Whether a group is open. False after CommitGroup or AbandonGroup, and also when
  // SQLite rolled the group back on its own after an I/O error such as a full disk:
  // a Put that fails and leaves InGroup() false took the group's earlier documents
  // with it, and they must be put again.
  bool InGroup() const;

  // Whether a document with this SHA-256 (64 lower-case hex digits) is stored:
  // when true, Put of that content would be kUnchanged. False also when the store
  // is not open or the lookup fails (the following Put then reports the error).
  bool Contains(const std::string& sha256);

  // Runs one read-only SQL statement (SELECT, WITH ... SELECT, a reporting PRAGMA)
  // on a separate read-only connection and replaces `*out` with the result.
  // Refused with kInvalidInput, quoting SQLite's message where there is one: a
  // statement that writes or would ATTACH, more than one statement, SQL that does
  // not compile. Sees every Put committed before the call.
  Status Query(std::string_view sql, ResultTable* out);
  // The same with values bound to ?1, ?2, ... (read_only_query.h).
  Status Query(std::string_view sql, const std::vector<QueryParameter>& parameters,
               ResultTable* out);
  // The same, handing the rows to `sink` as they come (read_only_query.h): what
  // `ntmx sql` uses, so a result of any length is never held in memory.
  Status Query(std::string_view sql, RowSink* sink);

  // Replaces the tables criteria_sets and criteria_catalogue (schemas/sql/0003)
  // with `catalogue`, in one transaction, so that the views and `ntmx query` name
  // the criteria the way the TSV files of schemas/criteria/ do today. Ingest calls
  // it on every run; the read commands when the table is still empty.
  Status PutCatalogue(const CriteriaCatalogue& catalogue);
  // Whether criteria_catalogue holds no row (a database never ingested by a
  // version that fills it).
  bool CatalogueEmpty();

  // Counts documents and the rows of every record table.
  Status Summary(StoreSummary* out);

  // PRAGMA user_version after Open: the number of the last migration applied.
  int schema_version() const;
  // How many migrations the last Open applied (0 for an up-to-date database).
  int migrations_applied() const;
  // How many stored documents the last Open compared and linked into plans (those
  // stored before plans were kept, or without plan rules).
  int documents_linked() const;

 private:
  struct Rep;
  std::unique_ptr<Rep> rep_;
};

}  // namespace ntmx
