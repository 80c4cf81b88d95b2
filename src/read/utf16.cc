// See utf16.h.
#include "read/utf16.h"

#include <unicode/ucnv.h>
#include <unicode/utf16.h>

#include <cstdint>
#include <cstdio>
#include <memory>

namespace ntmx {
namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

ConverterPtr OpenStrictConverter(const char* name, UErrorCode* err) {
  ConverterPtr cnv(ucnv_open(name, err));
  if (U_FAILURE(*err)) return nullptr;
  // Stop instead of substituting U+FFFD: the input was validated, so any error here
  // is a bug to report, never a silent change to the text.
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, err);
  ucnv_setFromUCallBack(cnv.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, err);
  return U_FAILURE(*err) ? nullptr : std::move(cnv);
}

Status InvalidUtf16(size_t offset, const char* what) {
  return Status::InvalidInput("invalid UTF-16 at byte " + std::to_string(offset) + " (" + what +
                              ")");
}

}  // namespace

Status Utf16ToUtf8(std::string_view bytes, bool big_endian, size_t base_offset, std::string* utf8) {
  utf8->clear();
  const auto* b = reinterpret_cast<const unsigned char*>(bytes.data());
  auto unit_at = [b, big_endian](size_t i) -> uint16_t {
    return big_endian ? static_cast<uint16_t>(b[i] << 8 | b[i + 1])
                      : static_cast<uint16_t>(b[i + 1] << 8 | b[i]);
  };

  // Validate before converting. ICU would stop at a bad unit too, but a streaming
  // converter reports where it stopped, not where the bad unit began; this pass gives
  // the exact byte offset and, on the way, the exact UTF-8 length to allocate.
  const size_t whole_units = bytes.size() & ~size_t{1};
  size_t utf8_length = 0;
  for (size_t i = 0; i < whole_units; i += 2) {
    const uint16_t u = unit_at(i);
    if (u < 0x80) {
      utf8_length += 1;
    } else if (u < 0x800) {
      utf8_length += 2;
    } else if (!U16_IS_SURROGATE(u)) {
      utf8_length += 3;
    } else if (U16_IS_SURROGATE_LEAD(u) && i + 2 < whole_units && U16_IS_TRAIL(unit_at(i + 2))) {
      utf8_length += 4;
      i += 2;
    } else {
      char what[32];
      std::snprintf(what, sizeof what, "unpaired surrogate %04X", u);
      return InvalidUtf16(base_offset + i, what);
    }
  }
  if (whole_units != bytes.size()) {
    return InvalidUtf16(base_offset + whole_units, "odd number of bytes");
  }
  if (utf8_length == 0) return Status::Ok();

  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr from = OpenStrictConverter(big_endian ? "UTF-16BE" : "UTF-16LE", &err);
  ConverterPtr to = OpenStrictConverter("UTF-8", &err);
  if (U_FAILURE(err)) {
    return Status::Internal(std::string("ICU cannot open a UTF-16 converter: ") + u_errorName(err));
  }
  // ucnv_convertEx takes pointers, not int32_t lengths, so it handles any size.
  utf8->resize(utf8_length);
  char* target = utf8->data();
  char* const target_limit = target + utf8->size();
  const char* source = bytes.data();
  UChar pivot[1024];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  ucnv_convertEx(to.get(), from.get(), &target, target_limit, &source, bytes.data() + bytes.size(),
                 pivot, &pivot_source, &pivot_target, pivot + std::size(pivot),
                 /*reset=*/true, /*flush=*/true, &err);
  if (U_FAILURE(err) || target != target_limit) {
    utf8->clear();
    return Status::Internal(std::string("ICU failed to convert UTF-16 to UTF-8: ") +
                            u_errorName(err));
  }
  return Status::Ok();
}

}  // namespace ntmx
