// See byte_sniff.h.
#include "read/byte_sniff.h"

#include <algorithm>
#include <array>

namespace ntmx {
namespace {

struct Magic {
  std::string_view bytes;
  std::string_view name;
};

// Only formats that people actually mistake for a plan (scans, archives sent by mail)
// or that a wrong path picks up (executables). Each magic but GIF's holds a control
// byte or bytes that are not valid UTF-8, so no plan can begin with it; no plan begins
// with "GIF8" either. ZIP archives (.docx) and OLE2 files (.doc) are not here: the
// reader hands them to the Word readers, which name what they are when they fail.
constexpr std::array<Magic, 8> kMagics = {{
    {std::string_view("\x89PNG\r\n\x1A\n", 8), "a PNG image"},
    {std::string_view("\xFF\xD8\xFF", 3), "a JPEG image"},
    {std::string_view("GIF87a", 6), "a GIF image"},
    {std::string_view("GIF89a", 6), "a GIF image"},
    {std::string_view("\x7F"
                      "ELF",
                      4),
     "an ELF executable"},
    {std::string_view("\x1F\x8B", 2), "a gzip archive"},
    {std::string_view("Rar!\x1A\x07", 6), "a RAR archive"},
    {std::string_view("7z\xBC\xAF\x27\x1C", 6), "a 7-Zip archive"},
}};

bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

std::string_view BinaryMagicName(std::string_view bytes) {
  for (const Magic& m : kMagics) {
    if (bytes.starts_with(m.bytes)) return m.name;
  }
  return {};
}

bool StartsWithPdfMagic(std::string_view bytes) {
  size_t i = 0;
  while (i < bytes.size() && IsAsciiSpace(static_cast<unsigned char>(bytes[i]))) ++i;
  return bytes.substr(i).starts_with("%PDF-");
}

ContentSniff SniffContent(std::string_view text) {
  size_t first_nul = std::string_view::npos;
  size_t nul_at_even = 0;
  size_t nul_at_odd = 0;
  size_t controls = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20) continue;
    if (c == '\t' || c == '\n' || c == '\r' || c == '\f') continue;
    ++controls;
    if (c == 0) {
      if (first_nul == std::string_view::npos) first_nul = i;
      ++(i % 2 == 0 ? nul_at_even : nul_at_odd);
    }
  }
  ContentSniff result;
  const size_t nuls = nul_at_even + nul_at_odd;
  if (nuls > 0) {
    // UTF-16 text in a Latin script has a zero high byte in most code units: NULs
    // fill a quarter or more of the bytes, nearly all at the same parity. Binary
    // formats scatter their zeros over both.
    const bool one_parity = std::max(nul_at_even, nul_at_odd) * 10 >= nuls * 9;
    if (text.size() >= 4 && nuls * 4 >= text.size() && one_parity) {
      result.kind = ContentKind::kBomlessUtf16;
    } else {
      result.kind = ContentKind::kNulBytes;
      result.offset = first_nul;
    }
    return result;
  }
  // Decide on the count, not on the rounded percentage: 10.4% is already too many.
  if (controls * 10 > text.size()) {
    result.kind = ContentKind::kControlCharacters;
    result.percent = static_cast<unsigned>(controls * 100 / text.size());
  }
  return result;
}

}  // namespace ntmx
