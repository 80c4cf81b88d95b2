// See place_key.h. One pass, one rule set, used for names and for text alike.
#include "places/place_key.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "text/fold.h"
#include "text/utf8.h"

namespace ntmx {
namespace {

constexpr bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}
constexpr bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Where KeyWriter puts a key: appended to a string that may hold other keys.
class StringSink {
 public:
  explicit StringSink(std::string* out) : out_(out), start_(out->size()) {}
  bool empty() const { return out_->size() == start_; }
  char back() const { return out_->back(); }
  void Put(char c, size_t /*at*/) { out_->push_back(c); }

 private:
  std::string* out_;
  const size_t start_;
};

// Where KeyWriter puts the key of a whole text, with the folded offset of each
// byte: arrays as long as the text, written in place (a key is never longer than
// what it is made from: every input byte is written at most once).
class BufferSink {
 public:
  BufferSink(char* keyed, uint32_t* offsets) : keyed_(keyed), offsets_(offsets) {}
  bool empty() const { return size_ == 0; }
  char back() const { return keyed_[size_ - 1]; }
  void Put(char c, size_t at) {
    keyed_[size_] = c;
    offsets_[size_++] = static_cast<uint32_t>(at);
  }
  size_t size() const { return size_; }

 private:
  char* keyed_;
  uint32_t* offsets_;
  size_t size_ = 0;
};

// Writes the key form of a folded byte stream, one byte at a time, so that names
// can be folded and keyed in one pass and text keyed with its offsets.
template <typename Sink>
class KeyWriter {
 public:
  explicit KeyWriter(Sink* sink) : sink_(sink) {}

  // Byte `c` of the folded text, found at folded offset `at`.
  void Push(char c, size_t at) {
    if (zero_pending_) {
      zero_pending_ = false;
      // A leading zero of a number: "05" -> "5" (but "0" and "2005" stay).
      if (!IsDigit(c)) sink_->Put('0', zero_at_);
    }
    if (IsSpace(c)) {
      if (!sink_->empty() && !space_pending_) {
        space_pending_ = true;
        space_at_ = at;
      }
      return;
    }
    if (space_pending_) {
      space_pending_ = false;
      const char last = sink_->back();
      // "a - b" -> "a-b", "h' drai" -> "h'drai".
      if (c != '-' && last != '-' && last != '\'') sink_->Put(' ', space_at_);
    }
    if (c == '0' && (sink_->empty() || !IsKeyWordByte(sink_->back()))) {
      zero_pending_ = true;
      zero_at_ = at;
      return;
    }
    sink_->Put(c, at);
  }

  // Call after the last byte.
  void Finish() {
    if (zero_pending_) sink_->Put('0', zero_at_);
    zero_pending_ = false;
  }

 private:
  Sink* sink_;
  bool space_pending_ = false;
  size_t space_at_ = 0;
  bool zero_pending_ = false;
  size_t zero_at_ = 0;
};

}  // namespace

void AppendPlaceKey(std::string_view name, std::string* out) {
  StringSink sink(out);
  KeyWriter writer(&sink);
  std::string folded;  // of one code point
  size_t pos = 0;
  while (pos < name.size()) {
    const char c = name[pos];
    if (static_cast<unsigned char>(c) < 0x80) {
      writer.Push(FoldAscii(c), 0);
      ++pos;
      continue;
    }
    folded.clear();
    AppendFoldedCodePoint(DecodeUtf8(name, &pos), &folded);
    for (char f : folded) writer.Push(f, 0);
  }
  writer.Finish();
}

std::string PlaceKey(std::string_view name) {
  std::string key;
  AppendPlaceKey(name, &key);
  return key;
}

std::string SpellingKey(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (U_SUCCESS(status)) {
    icu::UnicodeString normalized = nfc->normalize(s, status);
    if (U_SUCCESS(status)) s = normalized;
  }
  s.toLower();
  icu::UnicodeString out;
  bool space = false;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c)) {
      space = !out.isEmpty();
      continue;
    }
    if (space) out.append(static_cast<UChar>(' '));
    space = false;
    if (c == 0x00F0) c = 0x0111;  // ð, from Ð U+00D0 typed for Đ
    if (c == 0x01A3) c = 0x01B0;  // ƣ, a broken font's ư
    out.append(c);
  }
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

KeyedText::KeyedText(std::string_view folded) {
  keyed_.resize(folded.size());
  folded_of_.resize(folded.size());
  BufferSink sink(keyed_.data(), folded_of_.data());
  KeyWriter writer(&sink);
  for (size_t i = 0; i < folded.size(); ++i) writer.Push(folded[i], i);
  writer.Finish();
  keyed_.resize(sink.size());
  folded_of_.resize(sink.size());
}

}  // namespace ntmx
