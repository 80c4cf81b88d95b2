// Running one read-only statement for `ntmx sql` (read_only_query.h).
#include "store/read_only_query.h"

#include <sqlite3.h>

#include <string>

#include "store/query_functions.h"

namespace ntmx {

namespace {

// PRAGMAs that only report. A version pragma is allowed only without a value.
bool IsReadOnlyPragma(const char* name, const char* value) {
  static constexpr const char* kReporting[] = {
      "table_info",      "table_xinfo",     "table_list",       "index_list",
      "index_info",      "index_xinfo",     "foreign_key_list", "database_list",
      "collation_list",  "function_list",   "module_list",      "pragma_list",
      "compile_options", "integrity_check", "quick_check",      "foreign_key_check"};
  static constexpr const char* kVersions[] = {"user_version",   "schema_version", "data_version",
                                              "application_id", "page_count",     "page_size",
                                              "freelist_count", "encoding"};
  for (const char* p : kReporting)
    if (sqlite3_stricmp(name, p) == 0) return true;
  for (const char* p : kVersions)
    if (sqlite3_stricmp(name, p) == 0) return value == nullptr;
  return false;
}

// The actions the authorizer refuses; everything that writes is refused by
// sqlite3_stmt_readonly() (and, failing that, by the read-only connection).
std::string RefusedAction(int action, const char* arg1, const char* arg2) {
  switch (action) {
    case SQLITE_ATTACH:
      return "ATTACH";
    case SQLITE_DETACH:
      return "DETACH";
    case SQLITE_TRANSACTION:
      return "BEGIN/COMMIT";
    case SQLITE_SAVEPOINT:
      return "SAVEPOINT";
    case SQLITE_PRAGMA:
      if (IsReadOnlyPragma(arg1, arg2)) return "";
      return std::string("PRAGMA ") + arg1;
    default:
      return "";
  }
}

// The statement's first keyword, upper-cased ("INSERT"), for messages.
std::string FirstKeyword(std::string_view sql) {
  std::string word;
  for (size_t i = sqlite::SkipBlankSql(sql); i < sql.size(); ++i) {
    const char c = sql[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) break;
    word += static_cast<char>(c >= 'a' ? c - 'a' + 'A' : c);
  }
  return word;
}

Status Refused(const std::string& what) {
  return Status::InvalidInput("ntmx sql only reads (SELECT or WITH ... SELECT); refused " + what);
}

std::string HexBlob(const void* data, int size) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  const auto* bytes = static_cast<const unsigned char*>(data);
  std::string out = "X'";
  for (int i = 0; i < size; ++i) {
    out += kHex[bytes[i] >> 4];
    out += kHex[bytes[i] & 0xf];
  }
  out += '\'';
  return out;
}

}  // namespace

int ReadOnlyQuery::Authorize(void* self, int action, const char* arg1, const char* arg2,
                             const char* /*database*/, const char* /*trigger*/) {
  // A deny list, not an allow list: SQLite also consults the authorizer for the
  // statements it parses internally (declaring an FTS5 table "updates" sqlite_master),
  // and writes are already stopped by the two other locks.
  std::string refused = RefusedAction(action, arg1, arg2);
  if (refused.empty()) return SQLITE_OK;
  static_cast<ReadOnlyQuery*>(self)->refused_ = std::move(refused);
  return SQLITE_DENY;
}

Status ReadOnlyQuery::Open(const std::string& path,
                           std::shared_ptr<const TypeWords> place_type_words) {
  if (place_type_words == nullptr) return Status::Internal("no place type words to query with");
  place_type_words_ = std::move(place_type_words);
  Status s = sqlite::OpenReadOnly(path, &db_);
  if (!s.ok()) return s;
  sqlite3_busy_timeout(db_.get(), 5000);
  sqlite3_db_config(db_.get(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
  sqlite3_set_authorizer(db_.get(), &ReadOnlyQuery::Authorize, this);
  return RegisterQueryFunctions(db_.get(), place_type_words_.get());
}

Status ReadOnlyQuery::Run(std::string_view sql, ResultTable* out) { return Run(sql, {}, out); }

Status ReadOnlyQuery::Run(std::string_view sql, const std::vector<QueryParameter>& parameters,
                          ResultTable* out) {
  // Keeps every row: the buffered form for callers that need the whole table.
  class TableSink : public RowSink {
   public:
    explicit TableSink(ResultTable* table) : table_(table) {}
    void Columns(const std::vector<std::string>& names) override { table_->columns = names; }
    bool Row(const std::vector<std::optional<std::string>>& cells,
             const std::vector<ResultTable::Kind>& kinds) override {
      table_->rows.push_back(cells);
      table_->kinds.push_back(kinds);
      return true;
    }

   private:
    ResultTable* table_;
  };
  *out = ResultTable();
  TableSink sink(out);
  const Status s = Run(sql, parameters, &sink);
  if (!s.ok()) *out = ResultTable();
  return s;
}

Status ReadOnlyQuery::Prepare(std::string_view sql, const std::vector<QueryParameter>& parameters,
                              sqlite::StmtPtr* out) {
  if (!db_) return Status::Internal("the query connection is not open");
  if (sqlite::IsBlankSql(sql)) return Status::InvalidInput("no SQL statement given");

  refused_.clear();
  sqlite3_stmt* raw = nullptr;
  const char* tail = nullptr;
  const int rc =
      sqlite3_prepare_v2(db_.get(), sql.data(), static_cast<int>(sql.size()), &raw, &tail);
  sqlite::StmtPtr stmt(raw);
  if (rc == SQLITE_AUTH && !refused_.empty()) return Refused(refused_);
  if (rc != SQLITE_OK) {
    return Status::InvalidInput(std::string("SQL error: ") + sqlite3_errmsg(db_.get()));
  }
  const std::string_view rest = sql.substr(static_cast<size_t>(tail - sql.data()));
  if (!sqlite::IsBlankSql(rest)) {
    return Status::InvalidInput("ntmx sql runs one statement at a time; found more after \"" +
                                std::string(sql.substr(0, sql.size() - rest.size())) + "\"");
  }
  if (!sqlite3_stmt_readonly(stmt.get())) {
    return Refused(FirstKeyword(sql) + ": it would change the database");
  }

  if (static_cast<int>(parameters.size()) != sqlite3_bind_parameter_count(stmt.get())) {
    return Status::Internal("the query has " +
                            std::to_string(sqlite3_bind_parameter_count(stmt.get())) +
                            " parameters, " + std::to_string(parameters.size()) + " given");
  }
  for (size_t i = 0; i < parameters.size(); ++i) {
    const int index = static_cast<int>(i) + 1;
    const QueryParameter& p = parameters[i];
    int bound = SQLITE_OK;
    if (const auto* integer = std::get_if<int64_t>(&p)) {
      bound = sqlite3_bind_int64(stmt.get(), index, *integer);
    } else if (const auto* real = std::get_if<double>(&p)) {
      bound = sqlite3_bind_double(stmt.get(), index, *real);
    } else if (const auto* text = std::get_if<std::string>(&p)) {
      bound = sqlite3_bind_text(stmt.get(), index, text->data(), static_cast<int>(text->size()),
                                SQLITE_TRANSIENT);
    } else {
      bound = sqlite3_bind_null(stmt.get(), index);
    }
    if (bound != SQLITE_OK) return sqlite::ErrorStatus(db_.get(), bound, "cannot bind a value");
  }
  *out = std::move(stmt);
  return Status::Ok();
}

Status ReadOnlyQuery::Run(std::string_view sql, const std::vector<QueryParameter>& parameters,
                          RowSink* sink) {
  sqlite::StmtPtr stmt;
  if (Status s = Prepare(sql, parameters, &stmt); !s.ok()) return s;
  const int n = sqlite3_column_count(stmt.get());
  std::vector<std::string> columns;
  for (int c = 0; c < n; ++c) {
    const char* name = sqlite3_column_name(stmt.get(), c);
    columns.emplace_back(name != nullptr ? name : "");
  }
  sink->Columns(columns);
  // One row's cells, reused from row to row.
  std::vector<std::optional<std::string>> row(static_cast<size_t>(n));
  std::vector<ResultTable::Kind> kinds(static_cast<size_t>(n));
  int step;
  while ((step = sqlite3_step(stmt.get())) == SQLITE_ROW) {
    for (int c = 0; c < n; ++c) {
      const auto i = static_cast<size_t>(c);
      const int type = sqlite3_column_type(stmt.get(), c);
      if (type == SQLITE_NULL) {
        row[i].reset();
        kinds[i] = ResultTable::Kind::kNull;
      } else if (type == SQLITE_BLOB) {
        const void* data = sqlite3_column_blob(stmt.get(), c);
        row[i] = HexBlob(data, sqlite3_column_bytes(stmt.get(), c));
        kinds[i] = ResultTable::Kind::kBlob;
      } else {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt.get(), c));
        row[i].emplace(text, static_cast<size_t>(sqlite3_column_bytes(stmt.get(), c)));
        kinds[i] = type == SQLITE_INTEGER ? ResultTable::Kind::kInteger
                   : type == SQLITE_FLOAT ? ResultTable::Kind::kReal
                                          : ResultTable::Kind::kText;
      }
    }
    if (!sink->Row(row, kinds)) return Status::Ok();
  }
  if (step != SQLITE_DONE) {
    const std::string message = sqlite3_errmsg(db_.get());
    return (step & 0xff) == SQLITE_ERROR ? Status::InvalidInput("SQL error: " + message)
                                         : sqlite::ErrorStatus(db_.get(), step, "query failed");
  }
  return Status::Ok();
}

}  // namespace ntmx
