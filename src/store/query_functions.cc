// See query_functions.h.
#include "store/query_functions.h"

#include <string>
#include <string_view>

#include "places/bare_place_key.h"
#include "store/sqlite_util.h"
#include "text/fold.h"

namespace ntmx {
namespace {

// Applies `key` (a std::string(std::string_view) function) to the one text argument.
template <std::string (*key)(std::string_view)>
void TextKeyFunction(sqlite3_context* context, int argc, sqlite3_value** argv) {
  if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_result_null(context);
    return;
  }
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  const int bytes = sqlite3_value_bytes(argv[0]);
  const std::string result =
      key(std::string_view(text != nullptr ? text : "", static_cast<size_t>(bytes)));
  sqlite3_result_text(context, result.data(), static_cast<int>(result.size()), SQLITE_TRANSIENT);
}

std::string FoldKeyOf(std::string_view text) { return FoldKey(text); }
std::string BarePlaceKeyOf(std::string_view text) { return BarePlaceKey(text); }

}  // namespace

Status RegisterQueryFunctions(sqlite3* db) {
  constexpr int kFlags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  int rc = sqlite3_create_function_v2(db, "ntmx_place_key", 1, kFlags, nullptr,
                                      &TextKeyFunction<&BarePlaceKeyOf>, nullptr, nullptr, nullptr);
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function_v2(db, "ntmx_fold", 1, kFlags, nullptr,
                                    &TextKeyFunction<&FoldKeyOf>, nullptr, nullptr, nullptr);
  }
  if (rc != SQLITE_OK) return sqlite::ErrorStatus(db, rc, "cannot register the query functions");
  return Status::Ok();
}

}  // namespace ntmx
