// ReadOnlyQuery: runs one user-supplied SQL statement for `ntmx sql`, and refuses
// anything that could change the database.
//
// Three locks, because each alone has holes:
//   - a separate connection opened SQLITE_OPEN_READONLY: SQLite itself refuses writes;
//   - sqlite3_stmt_readonly() after prepare: a statement that would write is refused
//     with a clear message instead of a late "attempt to write a readonly database";
//   - an authorizer that refuses what SQLite counts as read-only but which still
//     reaches outside or changes the connection: ATTACH/DETACH (other files),
//     BEGIN/COMMIT/SAVEPOINT, and every PRAGMA except a list of reporting ones
//     (table_info, index_list, user_version without a value, ...).
// Exactly one statement is run; text after it other than comments, spaces and
// semicolons is an error rather than silently ignored.
//
//   ReadOnlyQuery q;
//   Status s = q.Open("ntm.db");
//   ResultTable t;
//   s = q.Run("SELECT source, year FROM documents ORDER BY year", &t);
//   s = q.Run("SELECT source FROM documents WHERE year = ?1", {int64_t{2024}}, &t);
//   s = q.Run("SELECT * FROM targets", {}, &sink);   // a RowSink: row by row
//
// Values a caller got from a person are bound as parameters ("?1"), never pasted
// into the SQL text. The connection also knows ntmx_place_key() and ntmx_fold()
// (query_functions.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "places/type_words.h"
#include "store/result_table.h"
#include "store/sqlite_util.h"
#include "util/status.h"

namespace ntmx {

// A value bound to parameter ?N of a statement (N = position in the vector + 1);
// nullptr_t binds NULL.
using QueryParameter = std::variant<std::nullptr_t, int64_t, double, std::string>;

// Takes a query's result while the statement is still being stepped, so a result
// of any length costs the memory of one row (`ntmx sql` prints as it goes).
class RowSink {
 public:
  virtual ~RowSink() = default;
  // The column names, once, before any row.
  virtual void Columns(const std::vector<std::string>& names) = 0;
  // One row: a value per column (nullopt is NULL) and its storage class. Returns
  // false to stop the query here (the output cannot take more); Run then returns
  // Ok with the rows so far.
  virtual bool Row(const std::vector<std::optional<std::string>>& cells,
                   const std::vector<ResultTable::Kind>& kinds) = 0;
};

class ReadOnlyQuery {
 public:
  ReadOnlyQuery() = default;
  ReadOnlyQuery(const ReadOnlyQuery&) = delete;
  ReadOnlyQuery& operator=(const ReadOnlyQuery&) = delete;

  // Opens a read-only connection to the existing database at `path`
  // (sqlite::OpenReadOnly: also in a read-only folder), with the query functions
  // (query_functions.h) keying place names by `place_type_words`.
  Status Open(const std::string& path, std::shared_ptr<const TypeWords> place_type_words);

  // Runs `sql` and replaces `*out` with its columns and rows. Fails with
  // kInvalidInput when `sql` is empty, holds more than one statement, does not
  // compile (SQLite's message), or would write; with kIoError or kInternal when
  // SQLite fails while stepping. `*out` is cleared on failure.
  Status Run(std::string_view sql, ResultTable* out);
  // The same, with `parameters` bound to ?1, ?2, ... first.
  Status Run(std::string_view sql, const std::vector<QueryParameter>& parameters, ResultTable* out);
  // The same, handing each row to `sink` as it is stepped instead of keeping it. A
  // failure while stepping comes after the rows before it were handed over.
  Status Run(std::string_view sql, const std::vector<QueryParameter>& parameters, RowSink* sink);

 private:
  // Prepares `sql` (one read-only statement) into `*stmt` and binds `parameters`.
  Status Prepare(std::string_view sql, const std::vector<QueryParameter>& parameters,
                 sqlite::StmtPtr* stmt);
  static int Authorize(void* self, int action, const char* arg1, const char* arg2,
                       const char* database, const char* trigger);

  std::shared_ptr<const TypeWords> place_type_words_;  // outlives db_, which uses it
  sqlite::DbPtr db_;
  // What the authorizer refused last, for the error message ("ATTACH").
  std::string refused_;
};

}  // namespace ntmx
