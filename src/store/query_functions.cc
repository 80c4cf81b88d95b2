// See query_functions.h.
#include "store/query_functions.h"

#include <string>
#include <string_view>

#include "places/bare_place_key.h"
#include "store/sqlite_util.h"
#include "text/fold.h"

namespace ntmx {
namespace {

// Applies `key` to the one text argument, with the data the function was registered
// with (sqlite3_user_data).
template <std::string (*key)(std::string_view, const void*)>
void TextKeyFunction(sqlite3_context* context, int argc, sqlite3_value** argv) {
  if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_result_null(context);
    return;
  }
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  const int bytes = sqlite3_value_bytes(argv[0]);
  const std::string result =
      key(std::string_view(text != nullptr ? text : "", static_cast<size_t>(bytes)),
          sqlite3_user_data(context));
  sqlite3_result_text(context, result.data(), static_cast<int>(result.size()), SQLITE_TRANSIENT);
}

std::string FoldKeyOf(std::string_view text, const void* /*data*/) { return FoldKey(text); }
std::string BarePlaceKeyOf(std::string_view text, const void* type_words) {
  return BarePlaceKey(text, *static_cast<const TypeWords*>(type_words));
}

}  // namespace

Status RegisterQueryFunctions(sqlite3* db, const TypeWords* type_words) {
  constexpr int kFlags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  int rc = sqlite3_create_function_v2(db, "ntmx_place_key", 1, kFlags,
                                      const_cast<TypeWords*>(type_words),
                                      &TextKeyFunction<&BarePlaceKeyOf>, nullptr, nullptr, nullptr);
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function_v2(db, "ntmx_fold", 1, kFlags, nullptr,
                                    &TextKeyFunction<&FoldKeyOf>, nullptr, nullptr, nullptr);
  }
  if (rc != SQLITE_OK) return sqlite::ErrorStatus(db, rc, "cannot register the query functions");
  return Status::Ok();
}

}  // namespace ntmx
