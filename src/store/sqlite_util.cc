// The RAII helpers of sqlite_util.h.
#include "store/sqlite_util.h"

#include <filesystem>
#include <system_error>
#include <utility>

namespace ntmx::sqlite {

Status OpenDb(const std::string& path, int flags, DbPtr* out) {
  out->reset();
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  DbPtr db(raw);  // sqlite3_open_v2 hands back a handle even on failure
  if (rc != SQLITE_OK) {
    return Status::IoError(std::string("cannot open the database: ") +
                           (raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
  }
  sqlite3_extended_result_codes(db.get(), 1);
  *out = std::move(db);
  return Status::Ok();
}

namespace {

// `path` as a file: URI (absolute; characters other than unreserved ones and '/'
// percent-encoded, so '?', '#' and '%' in a name stay part of it).
std::string FileUri(const std::string& path) {
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(path, ec);
  if (ec) absolute = path;
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string uri = "file:";
  for (const unsigned char c : absolute.string()) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '/' || c == '-' || c == '_' || c == '.' || c == '~';
    if (plain) {
      uri += static_cast<char>(c);
    } else {
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 0xf];
    }
  }
  return uri;
}

// Reads the schema: the first read, where a missing WAL index or a file that is not
// a database shows.
int ReadSchema(sqlite3* db) {
  return sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
}

// kInvalidInput for data SQLite refused, kIoError for disk and lock trouble.
Status WithCode(int rc, std::string msg) {
  switch (rc & 0xff) {
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
      return Status::InvalidInput(std::move(msg));
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Status::IoError(std::move(msg));
    default:
      return Status::Internal(std::move(msg));
  }
}

std::string Join(std::string_view context, const char* sqlite_message) {
  std::string msg(context);
  if (!msg.empty()) msg += ": ";
  msg += sqlite_message;
  return msg;
}

}  // namespace

Status OpenReadOnly(const std::string& path, DbPtr* out) {
  Status s = OpenDb(path, SQLITE_OPEN_READONLY, out);
  if (!s.ok()) return s;
  const int rc = ReadSchema(out->get());
  if (rc == SQLITE_OK) return Status::Ok();
  std::error_code ec;
  const int primary = rc & 0xff;
  if ((primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY) &&
      !std::filesystem::exists(path + "-wal", ec) && !ec) {
    DbPtr immutable;
    if (OpenDb(FileUri(path) + "?immutable=1", SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, &immutable)
            .ok() &&
        ReadSchema(immutable.get()) == SQLITE_OK) {
      *out = std::move(immutable);
      return Status::Ok();
    }
  }
  s = ErrorStatus(out->get(), rc, "cannot read the database");
  out->reset();
  return s;
}

Status ErrorStatus(sqlite3* db, int rc, std::string_view context) {
  return WithCode(rc, Join(context, db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
}

Status Exec(sqlite3* db, const char* sql, std::string_view context) {
  char* err = nullptr;
  const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
  if (rc == SQLITE_OK) return Status::Ok();
  Status s = WithCode(rc, Join(context, err != nullptr ? err : sqlite3_errstr(rc)));
  sqlite3_free(err);
  return s;
}

Status WithContext(const Status& s, std::string_view context) {
  std::string msg = Join(context, s.message().c_str());
  switch (s.code()) {
    case Status::Code::kOk:
      return s;
    case Status::Code::kInvalidInput:
      return Status::InvalidInput(std::move(msg));
    case Status::Code::kUnsupported:
      return Status::Unsupported(std::move(msg));
    case Status::Code::kNotFound:
      return Status::NotFound(std::move(msg));
    case Status::Code::kIoError:
      return Status::IoError(std::move(msg));
    case Status::Code::kInternal:
      break;
  }
  return Status::Internal(std::move(msg));
}

bool IsBlankSql(std::string_view sql) { return SkipBlankSql(sql) == sql.size(); }

size_t SkipBlankSql(std::string_view sql) {
  size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == ';') {
      ++i;
    } else if (sql.compare(i, 2, "--") == 0) {
      const size_t eol = sql.find('\n', i);
      i = eol == std::string_view::npos ? sql.size() : eol + 1;
    } else if (sql.compare(i, 2, "/*") == 0) {
      const size_t close = sql.find("*/", i + 2);
      i = close == std::string_view::npos ? sql.size() : close + 2;  // SQLite allows it open
    } else {
      return i;
    }
  }
  return i;
}

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), bind_rc_(other.bind_rc_) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    bind_rc_ = other.bind_rc_;
  }
  return *this;
}

Status Statement::Prepare(sqlite3* db, std::string_view sql) {
  sqlite3_finalize(stmt_);
  stmt_ = nullptr;
  bind_rc_ = SQLITE_OK;
  const char* tail = nullptr;
  const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &stmt_, &tail);
  if (rc != SQLITE_OK) return ErrorStatus(db, rc, "cannot prepare \"" + std::string(sql) + "\"");
  if (stmt_ == nullptr) return Status::Internal("no SQL statement in \"" + std::string(sql) + "\"");
  if (!IsBlankSql(sql.substr(static_cast<size_t>(tail - sql.data())))) {
    sqlite3_finalize(stmt_);
    stmt_ = nullptr;
    return Status::Internal("more than one SQL statement in \"" + std::string(sql) + "\"");
  }
  return Status::Ok();
}

void Statement::NoteBind(int rc) {
  if (rc != SQLITE_OK && bind_rc_ == SQLITE_OK) bind_rc_ = rc;
}

void Statement::BindInt(int index, int64_t value) {
  NoteBind(sqlite3_bind_int64(stmt_, index, value));
}
void Statement::BindReal(int index, double value) {
  NoteBind(sqlite3_bind_double(stmt_, index, value));
}
void Statement::BindText(int index, std::string_view value) {
  NoteBind(
      sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
}
void Statement::BindNull(int index) { NoteBind(sqlite3_bind_null(stmt_, index)); }

void Statement::BindOpt(int index, const std::optional<int>& value) {
  value ? BindInt(index, *value) : BindNull(index);
}
void Statement::BindOpt(int index, const std::optional<double>& value) {
  value ? BindReal(index, *value) : BindNull(index);
}
void Statement::BindOpt(int index, const std::optional<std::string>& value) {
  value ? BindText(index, *value) : BindNull(index);
}

Status Statement::Next(bool* has_row) {
  *has_row = false;
  sqlite3* db = sqlite3_db_handle(stmt_);
  if (bind_rc_ != SQLITE_OK) return ErrorStatus(nullptr, bind_rc_, "cannot bind a parameter");
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) {
    *has_row = true;
    return Status::Ok();
  }
  if (rc == SQLITE_DONE) return Status::Ok();
  return ErrorStatus(db, rc, "");
}

Status Statement::Run() {
  bool has_row = true;
  Status s;
  while (s.ok() && has_row) s = Next(&has_row);
  Reset();
  return s;
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  bind_rc_ = SQLITE_OK;
}

Transaction::~Transaction() {
  if (!open_) return;
  // After an I/O error SQLite may already have rolled the enclosing transaction
  // back; ROLLBACK TO then fails, harmlessly: there is nothing left to undo.
  const char* undo = savepoint_ ? "ROLLBACK TO ntmx_unit; RELEASE ntmx_unit" : "ROLLBACK";
  sqlite3_exec(db_, undo, nullptr, nullptr, nullptr);
}

Status Transaction::Begin() {
  savepoint_ = sqlite3_get_autocommit(db_) == 0;
  Status s = savepoint_ ? Exec(db_, "SAVEPOINT ntmx_unit", "cannot begin a savepoint")
                        : Exec(db_, "BEGIN IMMEDIATE", "cannot begin a transaction");
  open_ = s.ok();
  return s;
}

Status Transaction::Commit() {
  Status s = savepoint_ ? Exec(db_, "RELEASE ntmx_unit", "cannot release a savepoint")
                        : Exec(db_, "COMMIT", "cannot commit");
  if (s.ok()) open_ = false;
  return s;
}

}  // namespace ntmx::sqlite
