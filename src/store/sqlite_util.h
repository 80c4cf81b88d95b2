// Small RAII helpers over the SQLite C API, so the rest of store/ never calls
// sqlite3_close or sqlite3_finalize by hand and every failure becomes a Status that
// carries SQLite's own error text.
//
//   sqlite::DbPtr db;
//   Status s = sqlite::OpenDb(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &db);
//   sqlite::Statement insert;
//   s = insert.Prepare(db.get(), "INSERT INTO t (a, b) VALUES (?1, ?2)");
//   insert.BindText(1, "x");
//   insert.BindOpt(2, std::optional<int>());  // NULL
//   s = insert.Run();                         // steps to the end, then resets
//
// Statements are meant to be prepared once and run many times: Run() and Reset()
// leave them ready for the next set of bindings.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "util/status.h"

namespace ntmx::sqlite {

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using DbPtr = std::unique_ptr<sqlite3, DbCloser>;

struct StmtFinalizer {
  void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};
// A bare prepared statement, for code that needs sqlite3_prepare's tail itself;
// Statement below is the usual way.
using StmtPtr = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

// Opens (with sqlite3_open_v2 `flags`) the database at `path` into `*out`, with
// extended result codes on. On failure `*out` is empty; the Status says why, not where.
Status OpenDb(const std::string& path, int flags, DbPtr* out);

// Opens the existing database at `path` for reading only (SQLITE_OPEN_READONLY: never
// created, never written, no journal-mode switch) and reads its schema once, so that
// a file that is not a database fails here. A WAL database needs its -shm index,
// which a reader in a read-only folder (a read-only mount, another user's folder)
// cannot create: when that is why the read fails and there is no -wal file (so the
// database file holds every committed change), it is opened immutable instead.
Status OpenReadOnly(const std::string& path, DbPtr* out);

// Runs `sql` (one or more statements, no result rows wanted) with sqlite3_exec.
// On failure the Status reads "<context>: <SQLite's message>".
Status Exec(sqlite3* db, const char* sql, std::string_view context);

// True when `sql` holds nothing but whitespace, comments and semicolons: what may
// follow the one statement of a Prepare() or a query.
bool IsBlankSql(std::string_view sql);
// The offset of the first character of `sql` that is not whitespace, a comment or a
// semicolon (sql.size() when there is none).
size_t SkipBlankSql(std::string_view sql);

// A Status for SQLite result code `rc` on `db` (or, when `db` is null, for `rc`
// alone): "<context>: <sqlite3_errmsg>", or just SQLite's message when `context` is
// empty. A constraint failure is kInvalidInput (bad data), disk and lock trouble
// kIoError, the rest kInternal.
Status ErrorStatus(sqlite3* db, int rc, std::string_view context);

// `s` with its message prefixed by "<context>: ", same code: how a caller says which
// record or file a failure belongs to.
Status WithContext(const Status& s, std::string_view context);

// One prepared statement. Movable, not copyable; finalized on destruction. Binding
// copies the value (SQLITE_TRANSIENT), so arguments need not outlive the call. A
// failed bind is remembered and reported by the next Run() or Next().
class Statement {
 public:
  Statement() = default;
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Prepares the single statement `sql` on `db` (which must outlive this object).
  // Text after the first statement is an error.
  Status Prepare(sqlite3* db, std::string_view sql);

  sqlite3_stmt* get() const { return stmt_; }

  // Parameters are numbered from 1, as in SQLite ("?1").
  void BindInt(int index, int64_t value);
  void BindReal(int index, double value);
  void BindText(int index, std::string_view value);
  void BindNull(int index);
  // NULL when `value` is empty.
  void BindOpt(int index, const std::optional<int>& value);
  void BindOpt(int index, const std::optional<double>& value);
  void BindOpt(int index, const std::optional<std::string>& value);

  // Steps to completion, discarding any rows, then resets the statement and clears
  // its bindings (also on failure). A failure carries SQLite's message alone
  // ("CHECK constraint failed: ..."): the caller knows which record it was.
  Status Run();
  // Steps once: `*has_row` is true when a row is ready for the Column* accessors.
  // Call Reset() when done with the rows (or after a failure).
  Status Next(bool* has_row);
  void Reset();

  int64_t ColumnInt(int column) const { return sqlite3_column_int64(stmt_, column); }

 private:
  void NoteBind(int rc);

  sqlite3_stmt* stmt_ = nullptr;
  int bind_rc_ = SQLITE_OK;  // first failed bind since the last reset
};

// A write transaction that rolls back unless committed. BEGIN IMMEDIATE takes the
// write lock up front, so a transaction never fails half-way on a lock upgrade.
//
// Begun while the connection is already inside a transaction (a store's group
// commit, store.h), it is a savepoint of that transaction instead: Commit releases
// it into the enclosing transaction and the destructor undoes exactly its own
// changes, so the unit stays all-or-nothing while the enclosing transaction decides
// when it becomes durable.
class Transaction {
 public:
  explicit Transaction(sqlite3* db) : db_(db) {}
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  Status Begin();
  // Commits (or releases the savepoint); on failure the destructor rolls back.
  Status Commit();

 private:
  sqlite3* const db_;
  bool open_ = false;
  bool savepoint_ = false;
};

}  // namespace ntmx::sqlite
