// The Read stage: encodings, format detection, refusals and their messages.
#include "read/reader.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <string_view>

#include "read/byte_sniff.h"
#include "read/markdown_sniff.h"
#include "test_privileges.h"

namespace ntmx {
namespace {

using namespace std::literals;
namespace fs = std::filesystem;

// Vietnamese with every kind of mark, plus a character outside the BMP.
constexpr std::u16string_view kVietnamese16 =
    u"Kế hoạch xây dựng nông thôn mới: Ủy ban, Đường, thủy lợi 𝐍";
constexpr std::string_view kVietnamese8 =
    "Kế hoạch xây dựng nông thôn mới: Ủy ban, Đường, thủy lợi 𝐍";

// Serializes UTF-16 code units in the given byte order, BOM first.
std::string Utf16Bytes(std::u16string_view units, bool big_endian) {
  std::string out = big_endian ? "\xFE\xFF" : "\xFF\xFE";
  for (char16_t u : units) {
    const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
    out += big_endian ? std::string{hi, lo} : std::string{lo, hi};
  }
  return out;
}

struct Decoded {
  Status status;
  std::string utf8;
  InputFormat format = InputFormat::kText;
};

Decoded Decode(std::string_view bytes) {
  Decoded d;
  d.status = DecodeBytes(bytes, &d.utf8, &d.format);
  return d;
}

// --- Encodings ---------------------------------------------------------------------------

TEST(DecodeBytes, PlainUtf8PassesThrough) {
  const Decoded d = Decode(kVietnamese8);
  ASSERT_TRUE(d.status.ok()) << d.status.message();
  EXPECT_EQ(d.utf8, kVietnamese8);
  EXPECT_EQ(d.format, InputFormat::kText);
}

TEST(DecodeBytes, Utf8BomIsStripped) {
  const Decoded d = Decode("\xEF\xBB\xBF"s + std::string(kVietnamese8));
  ASSERT_TRUE(d.status.ok()) << d.status.message();
  EXPECT_EQ(d.utf8, kVietnamese8);
}

TEST(DecodeBytes, Utf16LittleEndianRoundTrips) {
  const Decoded d = Decode(Utf16Bytes(kVietnamese16, /*big_endian=*/false));
  ASSERT_TRUE(d.status.ok()) << d.status.message();
  EXPECT_EQ(d.utf8, kVietnamese8);
  EXPECT_EQ(d.format, InputFormat::kText);
}

TEST(DecodeBytes, Utf16BigEndianRoundTrips) {
  const Decoded d = Decode(Utf16Bytes(kVietnamese16, /*big_endian=*/true));
  ASSERT_TRUE(d.status.ok()) << d.status.message();
  EXPECT_EQ(d.utf8, kVietnamese8);
}

TEST(DecodeBytes, Utf16KeepsASecondByteOrderMark) {
  const Decoded d = Decode(Utf16Bytes(u"\uFEFFa", false));
  ASSERT_TRUE(d.status.ok()) << d.status.message();
  EXPECT_EQ(d.utf8,
            "\xEF\xBB\xBF"
            "a");
}

TEST(DecodeBytes, Utf16MarkdownIsDetected) {
  const Decoded d = Decode(Utf16Bytes(u"## I. MỤC TIÊU\r\n", true));
  ASSERT_TRUE(d.status.ok()) << d.status.message();
  EXPECT_EQ(d.format, InputFormat::kMarkdown);
}

TEST(DecodeBytes, LineEndsAreKept) {
  const Decoded d = Decode("Kế hoạch\r\nSố: 03/KH-UBND\rHương Sơn\n");
  ASSERT_TRUE(d.status.ok()) << d.status.message();
  EXPECT_EQ(d.utf8, "Kế hoạch\r\nSố: 03/KH-UBND\rHương Sơn\n");

  const Decoded d16 = Decode(Utf16Bytes(u"a\r\nb\r", false));
  ASSERT_TRUE(d16.status.ok()) << d16.status.message();
  EXPECT_EQ(d16.utf8, "a\r\nb\r");
}

TEST(DecodeBytes, UnpairedSurrogatesInUtf16AreReported) {
  // High surrogate followed by 'A' (LE): the bad unit starts at byte 2, after the BOM.
  Decoded d = Decode("\xFF\xFE\x00\xD8\x41\x00"s);
  EXPECT_EQ(d.status.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(d.status.message(), "invalid UTF-16 at byte 2 (unpaired surrogate D800)");
  EXPECT_TRUE(d.utf8.empty());

  // Lone low surrogate after one good unit (BE).
  d = Decode("\xFE\xFF\x00\x41\xDC\x00"s);
  EXPECT_EQ(d.status.message(), "invalid UTF-16 at byte 4 (unpaired surrogate DC00)");

  // High surrogate as the very last unit.
  d = Decode("\xFF\xFE\x41\x00\x3D\xD8"s);
  EXPECT_EQ(d.status.message(), "invalid UTF-16 at byte 4 (unpaired surrogate D83D)");
}

TEST(DecodeBytes, OddLengthUtf16IsReported) {
  const Decoded d = Decode("\xFF\xFE\x41\x00\x42"s);
  EXPECT_EQ(d.status.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(d.status.message(), "invalid UTF-16 at byte 4 (odd number of bytes)");
}

TEST(DecodeBytes, Utf32IsUnsupported) {
  const Decoded d = Decode("\xFF\xFE\x00\x00\x41\x00\x00\x00"s);
  EXPECT_EQ(d.status.code(), Status::Code::kUnsupported);
  EXPECT_NE(d.status.message().find("UTF-32"), std::string::npos);
}

TEST(DecodeBytes, InvalidUtf8ReportsTheByteOffset) {
  // "Kế" is 4 bytes; then a lead byte followed by ASCII.
  Decoded d = Decode("K\xE1\xBA\xBF\xC3(x");
  EXPECT_EQ(d.status.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(d.status.message(), "invalid UTF-8 at byte 4");
  EXPECT_TRUE(d.utf8.empty());

  d = Decode("abc\xE1\xBA");  // truncated at the end
  EXPECT_EQ(d.status.message(), "invalid UTF-8 at byte 3");
  d = Decode("\xC0\xAF");  // overlong '/'
  EXPECT_EQ(d.status.message(), "invalid UTF-8 at byte 0");
  d = Decode("ab\xED\xA0\x80");  // an encoded surrogate
  EXPECT_EQ(d.status.message(), "invalid UTF-8 at byte 2");
  d = Decode(
      "K\xD5 ho\xB9"
      "ch");  // TCVN3 "Kế hoạch": two words are too few to tell an encoding by
  EXPECT_EQ(d.status.message(), "invalid UTF-8 at byte 1");
}

TEST(DecodeBytes, InvalidUtf8OffsetCountsTheBom) {
  const Decoded d = Decode(
      "\xEF\xBB\xBF"
      "ab\xFF");
  EXPECT_EQ(d.status.message(), "invalid UTF-8 at byte 5");
}

// --- Refusals ----------------------------------------------------------------------------

TEST(DecodeBytes, EmptyAndBlankFilesAreEmpty) {
  for (std::string_view bytes :
       {""sv, " \t\r\n\r\n"sv, "\xEF\xBB\xBF"sv, "\xEF\xBB\xBF  \n"sv, "\xC2\xA0\xE3\x80\x80\n"sv,
        "\xFF\xFE"sv, "\xFE\xFF\x00 \x00\n"sv}) {
    const Decoded d = Decode(bytes);
    EXPECT_EQ(d.status.code(), Status::Code::kInvalidInput) << ::testing::PrintToString(bytes);
    EXPECT_EQ(d.status.message(), "empty file") << ::testing::PrintToString(bytes);
  }
}

TEST(DecodeBytes, NulBytesMeanBinary) {
  const Decoded d = Decode("Kế hoạch\0\x01\x02 data"s);  // "Kế hoạch" is 12 bytes
  EXPECT_EQ(d.status.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(d.status.message(), "binary file (contains a NUL byte at byte 12), not a text plan");
}

TEST(DecodeBytes, NulCharactersInUtf16MeanBinary) {
  const Decoded d = Decode(Utf16Bytes(u"abc\0def"sv, false));
  EXPECT_EQ(d.status.message(), "binary file (contains NUL characters), not a text plan");
}

TEST(DecodeBytes, ManyControlCharactersMeanBinary) {
  const Decoded d = Decode(
      "ab\x01\x02\x03\x04\x05\x06\x1B\x7F"
      "cdefgh");
  EXPECT_EQ(d.status.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(d.status.message(), "binary file (43% control characters), not a text plan");
}

TEST(DecodeBytes, AFewControlCharactersAreText) {
  // Form feeds between pages, tabs, and one stray escape in a long line are text.
  const Decoded d = Decode("Trang 1\fTrang 2\tcột\x1B hết trang, còn nhiều chữ ở đây.\n");
  EXPECT_TRUE(d.status.ok()) << d.status.message();
}

TEST(DecodeBytes, KnownMagicNumbersAreNamed) {
  const struct {
    std::string bytes;
    std::string message;
  } cases[] = {
      {"\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR"s,
       "binary file (looks like a PNG image), not a text plan"},
      {"\xFF\xD8\xFF\xE0\x00\x10JFIF"s, "binary file (looks like a JPEG image), not a text plan"},
      {"\x7F"
       "ELF\x02\x01\x01"s,
       "binary file (looks like an ELF executable), not a text plan"},
      {"\x1F\x8B\x08\x00"s, "binary file (looks like a gzip archive), not a text plan"},
  };
  for (const auto& c : cases) {
    const Decoded d = Decode(c.bytes);
    EXPECT_EQ(d.status.code(), Status::Code::kInvalidInput);
    EXPECT_EQ(d.status.message(), c.message);
  }
}

TEST(DecodeBytes, BomlessUtf16IsNamed) {
  const std::string le = Utf16Bytes(u"Kế hoạch năm 2023", false).substr(2);
  const Decoded d = Decode(le);
  EXPECT_EQ(d.status.code(), Status::Code::kUnsupported);
  EXPECT_EQ(d.status.message(),
            "looks like UTF-16 text without a byte-order mark; save it as UTF-8");
}

TEST(DecodeBytes, PdfIsRecognisedAndReadAsPdf) {
  // Recognised by its magic (after white space or a BOM) and handed to the PDF reader,
  // which refuses these stubs as truncated (pdf_reader_test.cc has the real files).
  for (std::string_view bytes :
       {"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"sv, "\r\n  %PDF-1.4\n"sv, "\xEF\xBB\xBF%PDF-1.5"sv}) {
    const Decoded d = Decode(bytes);
    EXPECT_EQ(d.status.code(), Status::Code::kInvalidInput);
    EXPECT_EQ(d.format, InputFormat::kPdf);
    EXPECT_TRUE(d.status.message().starts_with("truncated PDF")) << d.status.message();
  }
  // "%PDF" inside a text is just text.
  EXPECT_TRUE(Decode("Xem tệp %PDF-1.7 đính kèm").status.ok());
}

// --- Robustness --------------------------------------------------------------------------

TEST(DecodeBytes, HandlesATenMegabyteLine) {
  std::string line(10 << 20, 'a');
  line[line.size() / 2] = '*';
  line[line.size() / 2 + 1] = '*';
  Decoded d = Decode(line);
  ASSERT_TRUE(d.status.ok()) << d.status.message();
  EXPECT_EQ(d.format, InputFormat::kText);
  EXPECT_EQ(d.utf8.size(), line.size());

  // Many "**" openers and no closer: still linear.
  std::string stars;
  for (int i = 0; i < 1 << 20; ++i) stars += "**a ";
  EXPECT_EQ(Decode(stars).format, InputFormat::kText);
}

TEST(DecodeBytes, NeverCrashesOnArbitraryPrefixes) {
  // Every prefix of a mixed input: BOMs, surrogates, truncated sequences, magic.
  const std::string samples[] = {Utf16Bytes(u"Kế 𝐍 hoạch", false),
                                 Utf16Bytes(u"Kế 𝐍 hoạch", true),
                                 "\xEF\xBB\xBF"
                                 "Kế hoạch **x**"s,
                                 "PK\x03\x04"s,
                                 "\x89PNG\r\n\x1A\n"s,
                                 "%PDF-1.7"s};
  for (const std::string& s : samples) {
    for (size_t n = 0; n <= s.size(); ++n) {
      std::string utf8;
      InputFormat format;
      const Status st = DecodeBytes(std::string_view(s).substr(0, n), &utf8, &format);
      if (!st.ok()) {
        EXPECT_TRUE(utf8.empty());
        EXPECT_FALSE(st.message().empty());
      }
    }
  }
}

// --- Markdown or text --------------------------------------------------------------------

TEST(LooksLikeMarkdown, Positives) {
  for (std::string_view text : {
           "# KẾ HOẠCH\n"sv,
           "Mở đầu\n## I. MỤC TIÊU\r\nNội dung"sv,
           "###### sáu\n"sv,
           "**KẾ HOẠCH**\n"sv,
           "Xã đạt **19/19 tiêu chí** năm 2023"sv,
           "| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"sv,
           "| :--- | ---: |"sv,
           "cột 1 | cột 2\n---|---\n"sv,
           "***\n"sv,
           "___"sv,
           "* * *\r\n"sv,
       }) {
    EXPECT_TRUE(LooksLikeMarkdown(text)) << text;
  }
}

TEST(LooksLikeMarkdown, Negatives) {
  for (std::string_view text : {
           ""sv,
           // A plain plan: Roman parts, numbering, "-" and "+" bullets, dash rules.
           "ỦY BAN NHÂN DÂN\n-------\nKẾ HOẠCH\nI. MỤC TIÊU\n1. Mục tiêu chung\n"
           "- Phấn đấu đạt 19/19 tiêu chí;\n+ Đường giao thông\n* Ghi chú\n"
           "---------------\n"sv,
           "#hashtag\n"sv,
           "####### bảy\n"sv,
           "#\n"sv,
           "a ** b\n"sv,
           "2**3 = 8\n"sv,
           "**\n"sv,
           "** không đóng\n"sv,
           "**mở** "sv.substr(0, 5),  // "**mở" cut before the closer
           "a | b\n"sv,
           "|\n||\n"sv,
           "**\n*\n"sv,
           "-- | --x\n"sv,
       }) {
    EXPECT_FALSE(LooksLikeMarkdown(text)) << text;
  }
}

TEST(DecodeBytes, PlainPlanIsText) {
  const Decoded d = Decode(
      "KẾ HOẠCH\r\nThực hiện Chương trình xây dựng nông thôn mới năm 2023\r\n"
      "I. MỤC ĐÍCH, YÊU CẦU\r\n1. Mục đích\r\n- Duy trì 19/19 tiêu chí;\r\n"
      "1.1. Giao thông\r\na) Đường trục xã\r\n");
  ASSERT_TRUE(d.status.ok()) << d.status.message();
  EXPECT_EQ(d.format, InputFormat::kText);
}

// --- Names and hashes --------------------------------------------------------------------

TEST(FormatName, SpellsTheContractValues) {
  EXPECT_EQ(FormatName(InputFormat::kText), "text");
  EXPECT_EQ(FormatName(InputFormat::kMarkdown), "markdown");
  EXPECT_EQ(FormatName(InputFormat::kPdf), "pdf");
}

TEST(Sha256Hex, KnownVectors) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

// --- Files -------------------------------------------------------------------------------

class ReadFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("ntmx_read_" + std::to_string(::getpid()) + "_" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(dir_ / "locked.txt", fs::perms::owner_all, ec);
    fs::remove_all(dir_, ec);
  }
  fs::path Write(const std::string& name, std::string_view bytes) {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return p;
  }
  fs::path dir_;
};

TEST_F(ReadFileTest, ReadsAndDecodesAFile) {
  const std::string bytes = "\xEF\xBB\xBF## KẾ HOẠCH\r\nSố: 03/KH-UBND\r\n";
  const fs::path p = Write("plan.txt", bytes);  // the name says .txt, the bytes say markdown
  RawDocument doc;
  const Status s = ReadFile(p, ReadOptions(), &doc);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(doc.source, p.string());
  EXPECT_EQ(doc.sha256, Sha256Hex(bytes));  // of the raw bytes, BOM included
  EXPECT_EQ(doc.format, InputFormat::kMarkdown);
  EXPECT_EQ(doc.utf8, "## KẾ HOẠCH\r\nSố: 03/KH-UBND\r\n");
}

TEST_F(ReadFileTest, MissingPathIsNotFound) {
  RawDocument doc;
  Status s = ReadFile(dir_ / "missing.txt", ReadOptions(), &doc);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_EQ(s.message(), "no such file");
  EXPECT_EQ(doc.source, (dir_ / "missing.txt").string());

  s = ReadFile(Write("f.txt", "x") / "below", ReadOptions(), &doc);  // a file as a directory
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
}

TEST_F(ReadFileTest, DirectoryIsRefused) {
  RawDocument doc;
  const Status s = ReadFile(dir_, ReadOptions(), &doc);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message(), "is a directory, not a file");
}

TEST_F(ReadFileTest, FifoIsRefusedWithoutBlocking) {
  const fs::path p = dir_ / "pipe";
  ASSERT_EQ(::mkfifo(p.c_str(), 0600), 0);
  RawDocument doc;
  const Status s = ReadFile(p, ReadOptions(), &doc);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message(), "not a regular file (a FIFO)");
}

TEST_F(ReadFileTest, MaxBytesIsEnforced) {
  const fs::path p = Write("big.txt", std::string(100, 'a'));
  RawDocument doc;
  ReadOptions options;
  options.max_bytes = 99;
  Status s = ReadFile(p, options, &doc);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message(), "file too large: 100 bytes (limit 99)");
  EXPECT_TRUE(doc.sha256.empty());

  options.max_bytes = 100;
  s = ReadFile(p, options, &doc);
  EXPECT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(doc.utf8.size(), 100u);
}

TEST_F(ReadFileTest, EmptyFileIsEmpty) {
  RawDocument doc;
  const Status s = ReadFile(Write("empty.txt", ""), ReadOptions(), &doc);
  EXPECT_EQ(s.message(), "empty file");
  EXPECT_EQ(doc.sha256, Sha256Hex(""));
}

TEST_F(ReadFileTest, PdfKeepsItsFormatAndHash) {
  const std::string bytes = "%PDF-1.7\n1 0 obj\n";
  RawDocument doc;
  const Status s = ReadFile(Write("plan.md", bytes), ReadOptions(), &doc);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(doc.format, InputFormat::kPdf);
  EXPECT_EQ(doc.sha256, Sha256Hex(bytes));
  EXPECT_TRUE(doc.utf8.empty());
}

// Root reads a file whatever its mode, so as root the read runs as `nobody`.
TEST_F(ReadFileTest, UnreadableFileIsAnIoError) {
  const fs::path p = Write("locked.txt", "x");
  fs::permissions(p, fs::perms::none);
  testing::MakeReachable(dir_);
  const int result = testing::AsNobody([&] {
    RawDocument doc;
    const Status s = ReadFile(p, ReadOptions(), &doc);
    if (s.code() == Status::Code::kIoError && s.message() == "cannot open: Permission denied")
      return true;
    std::fprintf(stderr, "ReadFile said: %s\n", s.message().c_str());
    return false;
  });
  EXPECT_EQ(result, 0);
}

}  // namespace
}  // namespace ntmx
