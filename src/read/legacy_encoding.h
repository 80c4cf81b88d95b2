// Legacy Vietnamese encodings: recognise them and convert them to Unicode.
//
// Older offices still type in 8-bit Vietnamese encodings: TCVN3 (ABC, fonts .VnTime),
// VNI (fonts VNI-Times), VISCII and Windows-1258. They reach ntmx in two shapes:
//
//   * as the bytes of a text file, rarely valid UTF-8. DecodeBytes calls
//     DetectLegacyVietnameseEncoding on every input that is not valid UTF-8 and converts
//     with DecodeLegacy:  "K\xd5 ho\xb9ch" (TCVN3)       -> "Kế hoạch"
//                         "Keá hoa\xefch"  (VNI)         -> "Kế hoạch"
//   * as mojibake that is already valid UTF-8: a PDF whose .VnTime font has no Unicode
//     map, or a text export that read the bytes as Windows-1252, yields "KÕ ho¹ch".
//     RepairMojibake maps such lines back to their bytes and decodes them.
//
// How detection decides: every candidate decoding is scored by how Vietnamese it looks
// (VietnameseScore: among the words that hold a non-ASCII character, the share that are
// well-formed Vietnamese syllables — an onset from the 27 Vietnamese initials, a vowel
// nucleus of one to three vowels carrying at most one tone mark and only the marks that
// vowel can take, and one of the eight codas). The best candidate wins when that share is
// at least kMinLegacyScore. Text that is already correct Vietnamese UTF-8 scores near 1
// as it stands, so mojibake repair only converts a line when the decoded line scores
// kMinLegacyScore or more AND at least kMinGain more than the line as it is; plain ASCII
// has no scored words and is never touched.
//
// The single-byte tables (TCVN3, VISCII, CP1258, and CP1252 to map mojibake back) are
// constexpr tables generated from glibc iconv by scripts/make_encoding_tables.py: they
// are fixed standards, not editable domain data, and the read stage is pure (no data
// folder, no iconv state). VNI is not a byte table (a letter is a base byte plus mark
// bytes) and is coded by hand.
//
// TCVN3 has no capitals with tone marks: the .VnTimeH fonts draw capitals from the
// lower-case codes, so "Uû BAN" decodes to "Uỷ BAN". DecodeLegacy re-cases a word whose
// ASCII letters are all capitals when it has two or more of them or stands next to an
// upper-case word ("UỶ BAN", "CỘNG HOÀ"), and leaves "Uỷ ban" alone.
#pragma once

#include <string>
#include <string_view>

namespace ntmx {

enum class LegacyEncoding { kNone, kTcvn3, kVni, kViscii, kCp1258 };

inline constexpr double kMinLegacyScore = 0.75;
inline constexpr double kMinGain = 0.3;

// "tcvn3", "vni", "viscii", "cp1258"; "none" for kNone.
std::string_view LegacyEncodingName(LegacyEncoding encoding);

// Parses a user's name for an encoding, case-insensitively: tcvn3, abc, tcvn5712 ->
// kTcvn3; vni, vni-windows -> kVni; viscii -> kViscii; cp1258, windows-1258 -> kCp1258;
// utf-8, utf8, none -> kNone. Returns false for anything else.
bool ParseLegacyEncodingName(std::string_view name, LegacyEncoding* out);

// The legacy encoding `bytes` are most likely in, or kNone when no candidate decoding
// scores kMinLegacyScore or more (or there are fewer than three words to judge by).
// `bytes` is a file without its BOM; meant for input that is not valid UTF-8.
LegacyEncoding DetectLegacyVietnameseEncoding(std::string_view bytes);

// Decodes `bytes` in `encoding` to UTF-8 in NFC (TCVN3 words re-cased as above). Every
// byte maps to something: a byte a table leaves undefined becomes U+FFFD. kNone copies
// the bytes (REQUIRES then: valid UTF-8).
std::string DecodeLegacy(std::string_view bytes, LegacyEncoding encoding);

// The inverse of DecodeLegacy for one NFC string (used by tests and fixtures): letters
// the encoding cannot hold are written as '?'. TCVN3 writes a capital with a tone with
// its lower-case code, as .VnTimeH typists do. REQUIRES: encoding != kNone.
std::string EncodeLegacy(std::string_view utf8, LegacyEncoding encoding);

// Share of words holding a non-ASCII character that are well-formed Vietnamese
// syllables, in [0, 1]; *words (may be null) receives how many such words there were.
// Returns 0 when there are none.
double VietnameseScore(std::string_view utf8, int* words);

// Repairs mojibake in valid UTF-8 `utf8`: lines made only of characters of Windows-1252
// (or Latin-1 C1 controls) are mapped back to bytes and decoded as TCVN3 or VNI (the
// encoding that scores best over all such lines and passes the test described above, or
// `forced` when it is not kNone), and each such line is replaced when its decoding has
// scored words and scores at least as well as the line as it is. Returns the text, changed or not;
// *found (may be null) receives the encoding used, or kNone when nothing was changed.
std::string RepairMojibake(std::string_view utf8, LegacyEncoding forced, LegacyEncoding* found);

}  // namespace ntmx
