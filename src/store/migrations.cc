// Loading and applying the numbered schema files (migrations.h).
#include "store/migrations.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>
#include <system_error>

#include "store/sqlite_util.h"

namespace ntmx {

namespace fs = std::filesystem;

namespace {

// Whether one line of `text` is `marker` (trailing spaces and a CR aside).
bool HasMarkerLine(std::string_view text, std::string_view marker) {
  size_t at = 0;
  while ((at = text.find(marker, at)) != std::string_view::npos) {
    const bool line_start = at == 0 || text[at - 1] == '\n';
    size_t end = at + marker.size();
    while (end < text.size() && (text[end] == ' ' || text[end] == '\r')) ++end;
    if (line_start && (end == text.size() || text[end] == '\n')) return true;
    at += marker.size();
  }
  return false;
}

// The first column of the one-row `sql` as an integer.
Status ReadInt(sqlite3* db, const char* sql, int64_t* value) {
  sqlite::Statement statement;
  Status s = statement.Prepare(db, sql);
  bool has_row = false;
  if (s.ok()) s = statement.Next(&has_row);
  if (!s.ok()) return s;
  *value = has_row ? statement.ColumnInt(0) : 0;
  return Status::Ok();
}

std::string LatestVersion(const std::vector<Migration>& migrations) {
  return std::to_string(migrations.empty() ? 0 : migrations.back().version);
}

}  // namespace

Status LoadMigrations(const std::string& dir, std::vector<Migration>* out) {
  out->clear();
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) return Status::NotFound("cannot read migrations directory " + dir + ": " + ec.message());
  for (const fs::directory_entry& entry : it) {
    const fs::path& path = entry.path();
    if (path.extension() != ".sql" || !entry.is_regular_file(ec)) continue;
    const std::string name = path.filename().string();
    size_t digits = 0;
    while (digits < name.size() && std::isdigit(static_cast<unsigned char>(name[digits]))) ++digits;
    if (digits == 0 || digits > 6) {
      return Status::InvalidInput("migration " + path.string() +
                                  " does not start with its number (like 0001_init.sql)");
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream sql;
    sql << in.rdbuf();
    if (!in) return Status::IoError("cannot read migration " + path.string());
    Migration m{std::stoi(name.substr(0, digits)), name, sql.str()};
    m.read_compatible = HasMarkerLine(m.sql, "-- read-compatible");
    out->push_back(std::move(m));
  }
  if (out->empty()) return Status::NotFound("no migrations (*.sql) in " + dir);
  std::sort(out->begin(), out->end(),
            [](const Migration& a, const Migration& b) { return a.version < b.version; });
  for (size_t i = 0; i < out->size(); ++i) {
    const Migration& m = (*out)[i];
    if (m.version == static_cast<int>(i) + 1) continue;
    if (i > 0 && m.version == (*out)[i - 1].version) {
      return Status::InvalidInput("migrations " + (*out)[i - 1].name + " and " + m.name + " in " +
                                  dir + " share a number");
    }
    return Status::InvalidInput("migrations in " + dir + " skip number " + std::to_string(i + 1) +
                                " (found " + m.name + ")");
  }
  return Status::Ok();
}

Status SchemaVersion(sqlite3* db, int* version) {
  sqlite::Statement pragma;
  Status s = pragma.Prepare(db, "PRAGMA user_version");
  bool has_row = false;
  if (s.ok()) s = pragma.Next(&has_row);
  if (!s.ok()) return Status::IoError("cannot read the schema version: " + s.message());
  *version = has_row ? static_cast<int>(pragma.ColumnInt(0)) : 0;
  return Status::Ok();
}

Status ApplyMigrations(sqlite3* db, const std::vector<Migration>& migrations, int* applied) {
  *applied = 0;
  const int latest = migrations.empty() ? 0 : migrations.back().version;
  int version = 0;
  Status s = SchemaVersion(db, &version);
  if (!s.ok()) return s;
  if (version > latest) return CheckReadable(db, migrations);
  for (const Migration& m : migrations) {
    if (m.version <= version) continue;
    sqlite::Transaction txn(db);
    s = txn.Begin();
    // Another process may have migrated while we waited for the write lock.
    if (s.ok()) s = SchemaVersion(db, &version);
    if (!s.ok()) return s;
    if (m.version <= version) continue;
    s = sqlite::Exec(db, m.sql.c_str(), "migration " + m.name + " failed");
    if (s.ok()) {
      // PRAGMA takes no parameters; the number is ours, not user input.
      const std::string set_version = "PRAGMA user_version = " + std::to_string(m.version);
      s = sqlite::Exec(db, set_version.c_str(), "cannot set the schema version");
    }
    if (s.ok()) s = txn.Commit();
    if (!s.ok()) return s;
    version = m.version;
    ++*applied;
  }
  return Status::Ok();
}

Status CheckNtmxDatabase(sqlite3* db, bool empty_is_ntmx) {
  int64_t application_id = 0, objects = 0, documents = 0;
  Status s = ReadInt(db, "PRAGMA application_id", &application_id);
  if (s.ok()) s = ReadInt(db, "SELECT count(*) FROM sqlite_schema", &objects);
  if (s.ok()) {
    s = ReadInt(db,
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'documents'",
                &documents);
  }
  if (!s.ok()) return sqlite::WithContext(s, "cannot read the database");
  if (application_id == kNtmxApplicationId) return Status::Ok();
  if (application_id != 0) {
    return Status::InvalidInput(
        "not an ntmx database (it belongs to another program: application_id " +
        std::to_string(application_id) + "); ntmx leaves it alone");
  }
  if (objects == 0 && empty_is_ntmx) return Status::Ok();
  if (objects == 0) {
    return Status::InvalidInput("not an ntmx database (it holds no tables; run `ntmx ingest`)");
  }
  if (documents == 0) {
    return Status::InvalidInput(
        "not an ntmx database (it has tables but no ntmx `documents` table); ntmx leaves it "
        "alone");
  }
  return Status::Ok();
}

Status CheckReadable(sqlite3* db, const std::vector<Migration>& migrations) {
  int version = 0;
  Status s = SchemaVersion(db, &version);
  if (!s.ok()) return s;
  const int latest = migrations.empty() ? 0 : migrations.back().version;
  if (version > latest) {
    return Status::Unsupported("the database has schema version " + std::to_string(version) +
                               " but this ntmx knows only up to version " +
                               LatestVersion(migrations) +
                               "; it was written by a newer ntmx, so use that one");
  }
  for (const Migration& m : migrations) {
    if (m.version <= version || m.read_compatible) continue;
    return Status::Unsupported("the database has schema version " + std::to_string(version) +
                               ", older than this ntmx reads (" + LatestVersion(migrations) +
                               "): run `ntmx migrate --db FILE` (or `ntmx ingest`) to update it");
  }
  return Status::Ok();
}

}  // namespace ntmx
