// See ocr_repair.h.
#include "read/ocr_repair.h"

#include <re2/re2.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "text/case.h"
#include "text/fold.h"

namespace ntmx {

struct OcrRepair::Rewrite {
  std::string id;
  std::unique_ptr<RE2> re;
  std::string replacement;
};

namespace {

// A rewrite is applied again while it changes the line ("2O2O" needs two passes, the
// matches overlapping), at most this many times.
constexpr int kMaxPasses = 4;

bool IsEdgePunct(unsigned char c) {
  return c < 0x80 && c != '-' && c != '/' &&
         !((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
}

// A word of the line split into its punctuation before, core and punctuation after
// ("(mởi," -> "(", "mởi", ",").
struct Token {
  std::string_view before, core, after;
};

Token SplitToken(std::string_view word) {
  size_t b = 0, e = word.size();
  while (b < e && IsEdgePunct(static_cast<unsigned char>(word[b]))) ++b;
  while (e > b && IsEdgePunct(static_cast<unsigned char>(word[e - 1]))) --e;
  return Token{word.substr(0, b), word.substr(b, e - b), word.substr(e)};
}

std::vector<std::string_view> SplitSpaces(std::string_view line) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i <= line.size()) {
    const size_t j = std::min(line.find(' ', i), line.size());
    words.push_back(line.substr(i, j - i));
    i = j + 1;
  }
  return words;
}

// The lower-case letters and marks of a word, decomposed and sorted: equal for "hoá"
// and "hóa" (the tone mark on another vowel), different for "mơi" and "mới".
std::u32string LettersAndMarks(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return {};
  const icu::UnicodeString decomposed =
      nfd->normalize(icu::UnicodeString::fromUTF8(ToLower(word)), status);
  if (U_FAILURE(status)) return {};
  std::u32string out;
  for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
    out.push_back(static_cast<char32_t>(decomposed.char32At(i)));
  }
  std::sort(out.begin(), out.end());
  return out;
}

// `word` in the case `as_read` was read in: all capitals, a capital first, or lower.
std::string InCaseOf(std::string_view word, std::string_view as_read) {
  const std::string upper = ToUpper(as_read), lower = ToLower(as_read);
  if (upper == as_read && lower != as_read) return ToUpper(word);
  if (lower != as_read) return SentenceCase(word);
  return ToLower(word);
}

}  // namespace

OcrRepair::OcrRepair() = default;
OcrRepair::~OcrRepair() = default;
OcrRepair::OcrRepair(OcrRepair&&) noexcept = default;
OcrRepair& OcrRepair::operator=(OcrRepair&&) noexcept = default;

Status OcrRepair::Create(const std::vector<TsvRow>& rewrites, const std::vector<TsvRow>& phrases,
                         const std::string& rewrites_name, OcrRepair* out) {
  OcrRepair repair;
  for (const TsvRow& row : rewrites) {
    const std::string where = rewrites_name + ":" + std::to_string(row.line) + ": rule '" +
                              (row.fields.empty() ? std::string() : row.fields[0]) + "': ";
    if (row.fields.size() < 5) {
      return Status::InvalidInput(where + "needs id, pattern, replacement, example, repaired");
    }
    RE2::Options options;
    options.set_log_errors(false);
    auto re = std::make_unique<RE2>(row.fields[1], options);
    if (!re->ok()) return Status::InvalidInput(where + re->error());
    std::string error;
    if (!re->CheckRewriteString(row.fields[2], &error)) {
      return Status::InvalidInput(where + error);
    }
    auto rewrite = std::make_unique<Rewrite>(Rewrite{row.fields[0], std::move(re), row.fields[2]});
    repair.rewrites_.push_back(std::move(rewrite));
  }
  for (const TsvRow& row : phrases) {
    if (row.fields.empty()) continue;
    Phrase phrase;
    for (std::string_view w : SplitSpaces(row.fields[0])) {
      const Token t = SplitToken(w);
      if (t.core.empty()) continue;
      phrase.words.emplace_back(t.core);
      phrase.folded.push_back(Fold(t.core));
      phrase.before.emplace_back(t.before);
      phrase.after.emplace_back(t.after);
    }
    if (phrase.words.size() < 2) continue;  // one syllable is never restored
    repair.phrases_[phrase.folded[0]].push_back(std::move(phrase));
    ++repair.phrase_count_;
  }
  for (auto& [first, list] : repair.phrases_) {
    std::stable_sort(list.begin(), list.end(), [](const Phrase& a, const Phrase& b) {
      return a.words.size() > b.words.size();
    });
  }
  // Every example must become what the file says (checked with all rules applied,
  // as lines are).
  for (const TsvRow& row : rewrites) {
    const std::string got = repair.Apply(row.fields[3]);
    if (got != row.fields[4]) {
      return Status::InvalidInput(rewrites_name + ":" + std::to_string(row.line) + ": rule '" +
                                  row.fields[0] + "': example \"" + row.fields[3] +
                                  "\" becomes \"" + got + "\", not \"" + row.fields[4] + "\"");
    }
  }
  *out = std::move(repair);
  return Status::Ok();
}

std::string OcrRepair::Apply(std::string_view line) const {
  std::string text(line);
  for (const auto& rewrite : rewrites_) {
    for (int pass = 0; pass < kMaxPasses; ++pass) {
      const std::string before = text;
      RE2::GlobalReplace(&text, *rewrite->re, rewrite->replacement);
      if (text == before) break;
    }
  }
  if (!phrases_.empty()) text = RestorePhrases(text);
  // One space between words, none at the edges (a rewrite may leave them).
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string OcrRepair::RestorePhrases(std::string_view line) const {
  const std::vector<std::string_view> words = SplitSpaces(line);
  std::vector<Token> tokens;
  std::vector<std::string> folded;
  tokens.reserve(words.size());
  for (std::string_view w : words) {
    tokens.push_back(SplitToken(w));
    folded.push_back(Fold(tokens.back().core));
  }
  std::vector<std::string> out(words.begin(), words.end());
  for (size_t i = 0; i < tokens.size();) {
    const auto it = phrases_.find(folded[i]);
    size_t matched = 0;
    if (it != phrases_.end()) {
      for (const Phrase& p : it->second) {
        const size_t n = p.words.size();
        if (i + n > tokens.size()) continue;
        bool same = true;
        for (size_t k = 0; k < n && same; ++k) {
          const Token& t = tokens[i + k];
          same = folded[i + k] == p.folded[k] && (k == 0 || t.before == p.before[k]) &&
                 (k + 1 == n || t.after == p.after[k]);
        }
        if (!same) continue;
        for (size_t k = 0; k < n; ++k) {
          const Token& t = tokens[i + k];
          if (LettersAndMarks(t.core) == LettersAndMarks(p.words[k])) continue;
          out[i + k] = std::string(t.before) + InCaseOf(p.words[k], t.core) + std::string(t.after);
        }
        matched = n;
        break;
      }
    }
    i += matched > 0 ? matched : 1;
  }
  std::string joined;
  for (size_t k = 0; k < out.size(); ++k) {
    if (k > 0) joined += ' ';
    joined += out[k];
  }
  return joined;
}

}  // namespace ntmx
