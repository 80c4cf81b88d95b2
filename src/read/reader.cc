// See reader.h.
#include "read/reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <limits>

#include "read/byte_sniff.h"
#include "read/doc_reader.h"
#include "read/docx_reader.h"
#include "read/legacy_encoding.h"
#include "read/markdown_sniff.h"
#include "read/pdf_reader.h"
#include "read/utf16.h"

namespace ntmx {
namespace {

constexpr std::string_view kUtf8Bom("\xEF\xBB\xBF", 3);
constexpr std::string_view kUtf16LeBom("\xFF\xFE", 2);
constexpr std::string_view kUtf16BeBom("\xFE\xFF", 2);
constexpr std::string_view kUtf32LeBom("\xFF\xFE\x00\x00", 4);
constexpr std::string_view kUtf32BeBom("\x00\x00\xFE\xFF", 4);

bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Decodes the UTF-8 sequence at text[i] into *cp (negative when invalid) and returns
// its length. ICU's U8_NEXT takes int32_t lengths, so it is given a window of at most
// four bytes: that keeps it exact on inputs of any size.
size_t NextCodePoint(std::string_view text, size_t i, UChar32* cp) {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data() + i);
  const int32_t window = static_cast<int32_t>(std::min<size_t>(4, text.size() - i));
  int32_t n = 0;
  U8_NEXT(p, n, window, *cp);
  return static_cast<size_t>(n);
}

// Offset of the first invalid UTF-8 sequence (overlong forms, surrogates and code
// points above U+10FFFF included), or npos. Unlike text/utf8.h's FindInvalidUtf8 it
// is not limited to 2 GiB, since ReadOptions::max_bytes may be raised past that.
size_t FindInvalidUtf8Anywhere(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    UChar32 cp;
    const size_t n = NextCodePoint(text, i, &cp);
    if (cp < 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

// True when `text` holds nothing but white space (ASCII or Unicode, U+FEFF and U+200B
// included). Stops at the first other character, so a non-blank file costs nothing;
// an invalid sequence counts as "not blank" and is reported later.
bool IsBlank(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (!IsAsciiSpace(c)) return false;
      ++i;
      continue;
    }
    UChar32 cp;
    const size_t n = NextCodePoint(text, i, &cp);
    if (cp < 0 || !(u_isUWhiteSpace(cp) || cp == 0xFEFF || cp == 0x200B)) return false;
    i += n;
  }
  return true;
}

Status EmptyFile() { return Status::InvalidInput("empty file"); }

Status BinaryFile(std::string_view why) {
  return Status::InvalidInput("binary file (" + std::string(why) + "), not a text plan");
}

// Turns a suspicious SniffContent result into the stage's error. `from_utf16` says the
// text was decoded from UTF-16, where offsets no longer match the file.
Status ContentError(const ContentSniff& sniff, size_t base_offset, bool from_utf16) {
  switch (sniff.kind) {
    case ContentKind::kText:
      return Status::Ok();
    case ContentKind::kNulBytes:
    case ContentKind::kBomlessUtf16:
      if (from_utf16) return BinaryFile("contains NUL characters");
      if (sniff.kind == ContentKind::kBomlessUtf16) {
        return Status::Unsupported(
            "looks like UTF-16 text without a byte-order mark; save it as UTF-8");
      }
      return BinaryFile("contains a NUL byte at byte " +
                        std::to_string(base_offset + sniff.offset));
    case ContentKind::kControlCharacters:
      return BinaryFile(std::to_string(sniff.percent) + "% control characters");
  }
  return Status::Internal("unknown content kind");
}

Status FileTooLarge(std::string size, size_t limit) {
  return Status::InvalidInput("file too large: " + size + " bytes (limit " + std::to_string(limit) +
                              ")");
}

Status Errno(const char* what, int err) {
  return Status::IoError(std::string(what) + ": " + std::strerror(err));
}

// Closes a file descriptor on every return path.
class FdCloser {
 public:
  explicit FdCloser(int fd) : fd_(fd) {}
  FdCloser(const FdCloser&) = delete;
  FdCloser& operator=(const FdCloser&) = delete;
  ~FdCloser() { ::close(fd_); }

 private:
  const int fd_;
};

std::string_view FileTypeName(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "a special file";
}

// A .docx or .doc: its text, repaired like a .txt when typed in a legacy font.
Status DecodeWord(std::string_view bytes, const ReadOptions& options, RawDocument* out) {
  std::string text;
  if (StartsWithOle2Magic(bytes)) {
    out->format = InputFormat::kDoc;
    DocReadOptions doc_options;
    doc_options.max_bytes = options.max_bytes;
    doc_options.max_seconds = options.max_seconds;
    if (Status s = ReadDoc(bytes, doc_options, &text); !s.ok()) return s;
    if (IsBlank(text)) return Status::InvalidInput("empty Word document");
    if (const size_t bad = FindInvalidUtf8Anywhere(text); bad != std::string_view::npos) {
      return Status::InvalidInput("antiword wrote invalid UTF-8 at byte " + std::to_string(bad));
    }
  } else {
    bool word = false;
    Status s = ReadDocx(bytes, options.max_bytes, &text, &word);
    out->format = word ? InputFormat::kDocx : InputFormat::kText;
    if (!s.ok()) return s;
  }
  if (!options.from_encoding || *options.from_encoding != LegacyEncoding::kNone) {
    out->utf8 =
        RepairMojibake(text, options.from_encoding.value_or(LegacyEncoding::kNone), &out->encoding);
  } else {
    out->utf8 = std::move(text);
  }
  return Status::Ok();
}

}  // namespace

std::string_view FormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kText:
      return "text";
    case InputFormat::kMarkdown:
      return "markdown";
    case InputFormat::kPdf:
      return "pdf";
    case InputFormat::kDocx:
      return "docx";
    case InputFormat::kDoc:
      // why: the contract's format name (a file extension).
      return "doc";
  }
  return "unknown";
}

Status DecodeBytes(std::string_view bytes, std::string* utf8, InputFormat* format) {
  RawDocument doc;
  const Status s = DecodeBytes(bytes, ReadOptions(), &doc);
  *utf8 = std::move(doc.utf8);
  *format = doc.format;
  return s;
}

Status DecodeBytes(std::string_view bytes, const ReadOptions& options, RawDocument* out) {
  std::string* utf8 = &out->utf8;
  InputFormat* format = &out->format;
  utf8->clear();
  out->page_starts.clear();
  out->encoding = LegacyEncoding::kNone;
  out->ocr_confidence.clear();
  *format = InputFormat::kText;
  if (bytes.empty()) return EmptyFile();

  if (StartsWithZipMagic(bytes) || StartsWithOle2Magic(bytes))
    return DecodeWord(bytes, options, out);
  if (std::string_view magic = BinaryMagicName(bytes); !magic.empty()) {
    return BinaryFile("looks like " + std::string(magic));
  }
  // UTF-32's BOMs start with UTF-16's, so they are tested first.
  if (bytes.starts_with(kUtf32LeBom) || bytes.starts_with(kUtf32BeBom)) {
    return Status::Unsupported("UTF-32 text is not supported; save it as UTF-8");
  }

  const bool utf16_le = bytes.starts_with(kUtf16LeBom);
  if (utf16_le || bytes.starts_with(kUtf16BeBom)) {
    Status s = Utf16ToUtf8(bytes.substr(2), /*big_endian=*/!utf16_le, /*base_offset=*/2, utf8);
    if (s.ok() && IsBlank(*utf8)) s = EmptyFile();
    if (s.ok()) s = ContentError(SniffContent(*utf8), 0, /*from_utf16=*/true);
    if (!s.ok()) {
      utf8->clear();
      return s;
    }
  } else {
    const size_t bom = bytes.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;
    const std::string_view text = bytes.substr(bom);
    if (StartsWithPdfMagic(text)) {
      *format = InputFormat::kPdf;
      PdfReadOptions pdf_options;
      pdf_options.max_pages = options.max_pages;
      pdf_options.max_seconds = options.max_seconds;
      pdf_options.deadline = options.deadline;
      pdf_options.max_paragraph_bytes = options.max_paragraph_bytes;
      pdf_options.from_encoding = options.from_encoding;
      pdf_options.ocr = options.ocr;
      pdf_options.ocr_repair = options.ocr_repair;
      PdfText pdf;
      if (Status s = ReadPdf(text, pdf_options, &pdf); !s.ok()) return s;
      *utf8 = std::move(pdf.utf8);
      out->page_starts = std::move(pdf.page_starts);
      out->encoding = pdf.repaired;
      out->ocr_confidence = std::move(pdf.ocr_confidence);
      return Status::Ok();
    }
    if (IsBlank(text)) return EmptyFile();
    // Binary before validity: a NUL or a run of control bytes says more about the file
    // than the first invalid sequence in it would.
    if (Status s = ContentError(SniffContent(text), bom, /*from_utf16=*/false); !s.ok()) return s;
    if (const size_t bad = FindInvalidUtf8Anywhere(text); bad != std::string_view::npos) {
      // TCVN3, VNI, VISCII or CP1258 bytes: see legacy_encoding.h for how it decides.
      const LegacyEncoding encoding =
          options.from_encoding ? *options.from_encoding : DetectLegacyVietnameseEncoding(text);
      if (encoding == LegacyEncoding::kNone) {
        return Status::InvalidInput("invalid UTF-8 at byte " + std::to_string(bom + bad));
      }
      *utf8 = DecodeLegacy(text, encoding);
      out->encoding = encoding;
    } else if (!options.from_encoding || *options.from_encoding != LegacyEncoding::kNone) {
      // Valid UTF-8 may still be mojibake of a legacy encoding ("KÕ ho¹ch").
      *utf8 = RepairMojibake(text, options.from_encoding.value_or(LegacyEncoding::kNone),
                             &out->encoding);
    } else {
      utf8->assign(text);
    }
  }

  *format = LooksLikeMarkdown(*utf8) ? InputFormat::kMarkdown : InputFormat::kText;
  return Status::Ok();
}

Status ReadFile(const std::filesystem::path& path, const ReadOptions& options, RawDocument* out) {
  *out = RawDocument();
  out->source = path.string();
  std::string bytes;
  if (Status s = ReadFileBytes(path, options.max_bytes, &bytes); !s.ok()) return s;
  out->sha256 = Sha256Hex(bytes);
  return DecodeBytes(bytes, options, out);
}

Status ReadFileBytes(const std::filesystem::path& path, size_t max_bytes, std::string* out) {
  out->clear();
  // O_NONBLOCK: opening a FIFO must not wait for a writer. It changes nothing for the
  // regular files that are read below; anything else is refused after fstat.
  int fd;
  do {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    const int err = errno;
    if (err == ENOENT || err == ENOTDIR) return Status::NotFound("no such file");
    if (err == EISDIR) return Status::InvalidInput("is a directory, not a file");
    return Errno("cannot open", err);
  }
  const FdCloser closer(fd);

  struct stat st;
  if (::fstat(fd, &st) != 0) return Errno("cannot stat", errno);
  if (S_ISDIR(st.st_mode)) return Status::InvalidInput("is a directory, not a file");
  if (!S_ISREG(st.st_mode)) {
    return Status::InvalidInput("not a regular file (" + std::string(FileTypeName(st.st_mode)) +
                                ")");
  }
  const size_t limit = max_bytes;
  const uintmax_t size = static_cast<uintmax_t>(st.st_size);
  if (size > limit) return FileTooLarge(std::to_string(size), limit);

  // Room for the size fstat reported plus one byte, so that EOF is seen without a
  // reallocation; a file that grows while it is read gets more room, never more than
  // limit + 1 bytes (enough to know it is too large).
  const size_t cap = limit == std::numeric_limits<size_t>::max() ? limit : limit + 1;
  std::string bytes(std::min<size_t>(static_cast<size_t>(size) + 1, cap), '\0');
  size_t got = 0;
  while (true) {
    if (got == bytes.size()) {
      if (got > limit) return FileTooLarge("more than " + std::to_string(limit), limit);
      bytes.resize(std::min<size_t>(std::max<size_t>(2 * got, 1 << 16), cap));
    }
    const ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Errno("read error", errno);
    }
    if (n == 0) break;
    got += static_cast<size_t>(n);
  }
  bytes.resize(got);
  *out = std::move(bytes);
  return Status::Ok();
}

}  // namespace ntmx
