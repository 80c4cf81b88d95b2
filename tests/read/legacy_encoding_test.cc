// Legacy Vietnamese encodings: every letter with every tone round-trips through each
// encoding's table; detection finds TCVN3, VNI, VISCII and CP1258 and never misfires on
// UTF-8 Vietnamese or plain ASCII; mojibake is repaired; TCVN3 capitals are re-cased.
#include "read/legacy_encoding.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <string>
#include <vector>

#include "text/utf8.h"

namespace ntmx {
namespace {

// Every Vietnamese vowel letter with every tone (none, sắc, huyền, hỏi, ngã, nặng), NFC.
std::vector<std::string> AllLetters(bool upper) {
  const std::u32string vowels = U"aăâeêioôơuưy";
  const char32_t tones[] = {0, 0x301, 0x300, 0x309, 0x303, 0x323};
  std::vector<std::string> out;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  for (char32_t v : vowels) {
    for (char32_t t : tones) {
      std::string s;
      AppendUtf8(upper ? u_toupper(static_cast<UChar32>(v)) : v, &s);
      if (t != 0) AppendUtf8(t, &s);
      std::string composed;
      nfc->normalize(icu::UnicodeString::fromUTF8(s), status).toUTF8String(composed);
      out.push_back(composed);
    }
  }
  out.push_back(upper ? "Đ" : "đ");
  return out;
}

TEST(LegacyEncoding, EveryLetterWithEveryToneRoundTrips) {
  for (LegacyEncoding e : {LegacyEncoding::kTcvn3, LegacyEncoding::kVni, LegacyEncoding::kViscii,
                           LegacyEncoding::kCp1258}) {
    for (bool upper : {false, true}) {
      for (const std::string& letter : AllLetters(upper)) {
        // Inside a word of its case: TCVN3 writes a toned capital with the lower-case
        // code, and the re-casing of an upper-case word brings it back.
        const std::string word = upper ? "X" + letter + "NG" : "x" + letter + "ng";
        const std::string bytes = EncodeLegacy(word, e);
        ASSERT_EQ(bytes.find('?'), std::string::npos) << LegacyEncodingName(e) << " " << word;
        EXPECT_EQ(DecodeLegacy(bytes, e), word) << LegacyEncodingName(e) << " " << word;
        if (!upper) {  // alone, mid-sentence
          const std::string alone = "x " + letter + " x";
          EXPECT_EQ(DecodeLegacy(EncodeLegacy(alone, e), e), alone) << LegacyEncodingName(e);
        }
      }
    }
  }
}

TEST(LegacyEncoding, KnownBytes) {
  EXPECT_EQ(DecodeLegacy("K\xd5 ho\xb9"
                         "ch",
                         LegacyEncoding::kTcvn3),
            "Kế hoạch");
  EXPECT_EQ(DecodeLegacy("Ke\xe1 hoa\xef"
                         "ch",
                         LegacyEncoding::kVni),
            "Kế hoạch");
  EXPECT_EQ(DecodeLegacy("Th\xf6\xef"
                         "c hie\xe4n",
                         LegacyEncoding::kVni),
            "Thực hiện");
  EXPECT_EQ(DecodeLegacy("C\xd4NG HO\xd8"
                         "A",
                         LegacyEncoding::kVni),
            "CƠNG HÒA");
  EXPECT_EQ(DecodeLegacy("\xd1"
                         "o\xe4"
                         "c la\xe4p",
                         LegacyEncoding::kVni),
            "Độc lập");
  // CP1258 writes tones as combining marks; the result is NFC.
  EXPECT_EQ(DecodeLegacy("Vi\xea\xf2t", LegacyEncoding::kCp1258), "Việt");
}

TEST(LegacyEncoding, Tcvn3CapitalsAreRecased) {
  // .VnTimeH headings use the lower-case codes.
  EXPECT_EQ(DecodeLegacy("U\xfb BAN NH\xa2N D\xa2N", LegacyEncoding::kTcvn3), "UỶ BAN NHÂN DÂN");
  EXPECT_EQ(DecodeLegacy("C\xe9NG HO\xb5 X\xb7 H\xe9I", LegacyEncoding::kTcvn3), "CỘNG HOÀ XÃ HỘI");
  // Title case stays: "Uỷ ban" is how TCVN3 typists wrote it.
  EXPECT_EQ(DecodeLegacy("U\xfb ban nh\xa9n d\xa9n", LegacyEncoding::kTcvn3), "Uỷ ban nhân dân");
  // A sentence that opens with a toned vowel gets its capital back.
  EXPECT_EQ(DecodeLegacy("\xf1y ban. \xf1y ban", LegacyEncoding::kTcvn3), "Ủy ban. Ủy ban");
  // A capital across punctuation or on another line is no neighbour.
  EXPECT_EQ(DecodeLegacy("S\xe8: 03/KH-UBND", LegacyEncoding::kTcvn3), "Số: 03/KH-UBND");
  EXPECT_EQ(DecodeLegacy("CH\xf1 T\xde"
                         "CH\nH\xe5 Thanh",
                         LegacyEncoding::kTcvn3),
            "CHỦ TỊCH\nHồ Thanh");
}

const char kSample[] =
    "Thực hiện Kế hoạch số 269/KH-UBND ngày 20 tháng 12 năm 2022 của Uỷ ban nhân dân huyện "
    "Nam Đông về việc triển khai thực hiện chương trình trọng điểm xây dựng nông thôn mới "
    "năm 2023; Tỷ lệ lao động qua đào tạo đạt 52,77%; người dân tham gia bảo hiểm y tế.";

TEST(LegacyEncoding, DetectsEachEncodingFromItsBytes) {
  for (LegacyEncoding e : {LegacyEncoding::kTcvn3, LegacyEncoding::kVni, LegacyEncoding::kViscii,
                           LegacyEncoding::kCp1258}) {
    const std::string bytes = EncodeLegacy(kSample, e);
    EXPECT_EQ(DetectLegacyVietnameseEncoding(bytes), e) << LegacyEncodingName(e);
    std::string decoded = DecodeLegacy(bytes, e);
    EXPECT_EQ(decoded, kSample) << LegacyEncodingName(e);
  }
}

TEST(LegacyEncoding, UnicodeVietnameseScoresHighAndMojibakeLow) {
  int words = 0;
  EXPECT_GT(VietnameseScore(kSample, &words), 0.95);
  EXPECT_GT(words, 20);
  // Mojibake scores below the bar, and far enough below the decoded text.
  EXPECT_LT(VietnameseScore("KÕ ho¹ch x©y dùng n«ng th«n míi", nullptr),
            kMinLegacyScore - kMinGain);
  EXPECT_LT(VietnameseScore("Keá hoaïch xaây döïng noâng thoân môùi", nullptr),
            kMinLegacyScore - kMinGain);
  EXPECT_EQ(VietnameseScore("plain ASCII only", &words), 0.0);
  EXPECT_EQ(words, 0);
}

TEST(LegacyEncoding, DetectionDoesNotMisfire) {
  // Latin-1 French or German bytes are not Vietnamese in any table.
  EXPECT_EQ(DetectLegacyVietnameseEncoding("Le d\xe9j\xe0 vu \xe0 la cr\xe8me br\xfbl\xe9"
                                           "e"),
            LegacyEncoding::kNone);
  EXPECT_EQ(DetectLegacyVietnameseEncoding("Gr\xfc\xdf"
                                           "e aus M\xfcnchen und K\xf6ln, sch\xf6n"),
            LegacyEncoding::kNone);
  // Valid UTF-8 Vietnamese and ASCII are left exactly as they are.
  LegacyEncoding found = LegacyEncoding::kTcvn3;
  EXPECT_EQ(RepairMojibake(kSample, LegacyEncoding::kNone, &found), kSample);
  EXPECT_EQ(found, LegacyEncoding::kNone);
  const std::string latin_only = "Hòa Bình, Sơn La và Hà Nội; Cà Mau, Bà Rịa; Tây Ninh";
  EXPECT_EQ(RepairMojibake(latin_only, LegacyEncoding::kNone, &found), latin_only);
  const std::string accents = "Hòa Bình và Lào Cai: Bí thư, Phó Chủ tịch, Hà Giang, cà phê";
  EXPECT_EQ(RepairMojibake(accents, LegacyEncoding::kNone, &found), accents);
  EXPECT_EQ(found, LegacyEncoding::kNone);
  EXPECT_EQ(RepairMojibake("Plain ASCII, 19/19 tiêu chí", LegacyEncoding::kNone, &found),
            "Plain ASCII, 19/19 tiêu chí");
}

TEST(LegacyEncoding, RepairsMojibakeLineByLine) {
  LegacyEncoding found = LegacyEncoding::kNone;
  // TCVN3 read as Windows-1252, as a PDF with .VnTime fonts yields it, next to a line
  // that is already Unicode.
  const std::string text =
      "KÕ ho¹ch x©y dùng n«ng th«n míi n¨m 2023\nĐã là Unicode: Hòa Bình\n"
      "Thùc hiÖn Ch\xc6\xb0¬ng tr×nh";
  const std::string repaired = RepairMojibake(
      "KÕ ho¹ch x©y dùng n«ng th«n míi n¨m 2023\nĐã là Unicode: Hòa Bình\n"
      "Thùc hiÖn ch­¬ng tr×nh",
      LegacyEncoding::kNone, &found);
  EXPECT_EQ(found, LegacyEncoding::kTcvn3);
  EXPECT_EQ(repaired,
            "Kế hoạch xây dựng nông thôn mới năm 2023\nĐã là Unicode: Hòa Bình\n"
            "Thực hiện chương trình");
  (void)text;
  EXPECT_EQ(RepairMojibake("Keá hoaïch xaây döïng noâng thoân môùi naêm 2023",
                           LegacyEncoding::kNone, &found),
            "Kế hoạch xây dựng nông thôn mới năm 2023");
  EXPECT_EQ(found, LegacyEncoding::kVni);
}

TEST(LegacyEncoding, ParsesNames) {
  LegacyEncoding e;
  ASSERT_TRUE(ParseLegacyEncodingName("TCVN3", &e));
  EXPECT_EQ(e, LegacyEncoding::kTcvn3);
  ASSERT_TRUE(ParseLegacyEncodingName("vni-windows", &e));
  EXPECT_EQ(e, LegacyEncoding::kVni);
  ASSERT_TRUE(ParseLegacyEncodingName("Windows-1258", &e));
  EXPECT_EQ(e, LegacyEncoding::kCp1258);
  ASSERT_TRUE(ParseLegacyEncodingName("utf-8", &e));
  EXPECT_EQ(e, LegacyEncoding::kNone);
  EXPECT_FALSE(ParseLegacyEncodingName("koi8-r", &e));
}

}  // namespace
}  // namespace ntmx
