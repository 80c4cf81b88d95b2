// Migrations: the database schema as numbered SQL files, applied in order.
//
// The schema is data, not code: schemas/sql/ holds 0001_init.sql, 0002_....sql, and a
// database records in PRAGMA user_version the number of the last file it has run. A
// new database runs them all; an existing one runs only the files numbered above its
// version; a database from a newer ntmx (version above the last file) is refused
// rather than half understood.
//
//   std::vector<Migration> migrations;
//   Status s = LoadMigrations("schemas/sql", &migrations);
//   int applied = 0;
//   if (s.ok()) s = ApplyMigrations(db, migrations, &applied);
//
// A migration file is plain SQL without BEGIN/COMMIT: each runs inside its own
// transaction together with the user_version update, so a failing file leaves the
// database exactly at the previous version.
//
// Read commands (sql, query, audit, report) never migrate: they open the file
// read-only. A database a few versions behind is still read when every migration it
// lacks says, on a line of its own, "-- read-compatible" (it changes how rows are
// stored, not what a reader sees); otherwise CheckReadable asks for `ntmx migrate`.
//
// Identity: migration 0004 sets PRAGMA application_id to kNtmxApplicationId, so a
// SQLite file of another program is told from ours before anything touches it
// (CheckNtmxDatabase). Databases written before 0004 are recognised by their
// user_version and their `documents` table.
#pragma once

#include <sqlite3.h>

#include <string>
#include <vector>

#include "util/status.h"

namespace ntmx {

// PRAGMA application_id of an ntmx database: "NTMX" in ASCII.
inline constexpr int kNtmxApplicationId = 0x4E544D58;

struct Migration {
  int version = 0;   // the file's leading number: 0001_init.sql is 1
  std::string name;  // the file name, for messages
  std::string sql;
  // The file has a line "-- read-compatible": a database without this migration
  // reads the same to this ntmx.
  bool read_compatible = false;
};

// Reads every *.sql file of `dir` into `*out`, ordered by version; other files are
// ignored. Fails (kNotFound) when `dir` is missing or holds no .sql file, and
// (kInvalidInput) when a .sql name does not start with its number, two files share
// a number, or the numbers do not run 1, 2, 3, ... without a gap.
Status LoadMigrations(const std::string& dir, std::vector<Migration>* out);

// Brings `db` up to the last of `migrations` (as LoadMigrations returns them):
// every migration numbered above PRAGMA user_version runs in its own IMMEDIATE
// transaction that also sets user_version to its number. `*applied` receives how
// many ran (0 for an up-to-date database). Fails when the database's version is
// above the last migration, or when a migration fails (with the file name and
// SQLite's message); migrations committed before the failure stay.
Status ApplyMigrations(sqlite3* db, const std::vector<Migration>& migrations, int* applied);

// The database's PRAGMA user_version.
Status SchemaVersion(sqlite3* db, int* version);

// Whether `db` is an ntmx database (or, when `empty_is_ntmx`, a database with no
// schema at all, which Store::Open may fill). Fails with kInvalidInput and one line
// ("not an ntmx database: ...") for another program's file: its application_id is
// set and not ntmx's, or it holds tables but no ntmx `documents` table. Only reads.
Status CheckNtmxDatabase(sqlite3* db, bool empty_is_ntmx);

// Whether this ntmx can read `db` as it is, without migrating (the read commands):
// fails with kUnsupported for a database from a newer ntmx, and for one that lacks a
// migration not marked read-compatible, saying to run `ntmx migrate`. Only reads.
Status CheckReadable(sqlite3* db, const std::vector<Migration>& migrations);

}  // namespace ntmx
