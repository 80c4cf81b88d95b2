// Query functions: the SQL functions `ntmx query` filters with, registered on the
// read-only connection (so `ntmx sql` may use them too).
//
//   ntmx_place_key(name)  BarePlaceKey(name) (places/bare_place_key.h) with the type
//                         words given at registration, NULL for NULL: "tỉnh Bình
//                         Phước" and "binh phuoc" give "binh phuoc".
//   ntmx_fold(text)       FoldKey(text) (text/fold.h), NULL for NULL: lower case,
//                         no diacritics, one space between words.
//
// Why functions and not stored key columns: the columns they read (documents.province,
// records' subject, unit names) are written by the ingest of any ntmx version, and a
// key column would have to be back-filled and kept in step by every writer; a
// function computes the key from what is stored, with the same C++ the extractors
// use, so the two cannot drift. Both are deterministic (SQLITE_DETERMINISTIC) and
// cheap next to the tens of thousands of rows a national database holds. The SQL
// views of schemas/sql/ do not use them: views must open in any sqlite3 shell.
#pragma once

#include <sqlite3.h>

#include "places/type_words.h"
#include "util/status.h"

namespace ntmx {

// Registers both functions on `db`; `type_words` must outlive the connection.
Status RegisterQueryFunctions(sqlite3* db, const TypeWords* type_words);

}  // namespace ntmx
