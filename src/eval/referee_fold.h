// RefereeFold: the referee's fold() (../shared/tools/score.py), in C++, so that
// `ntmx eval` compares names exactly as the referee does.
//
// This is NOT text/fold.h. The project's fold strips diacritics to match rules;
// the referee keeps them and only evens out what writers vary:
//   1. NFD, then old tone placement moved to the new one: a tone mark on the second
//      vowel of a syllable-final oa/oe/uy goes to the first ("hoà" -> "hòa", "thuỷ"
//      -> "thủy"; the mark must end the syllable: not followed by a word character
//      or a combining mark);
//   2. NFC, then full Unicode case folding (Python's str.casefold);
//   3. dashes U+2010..U+2015 and U+2212 to "-"; "&" to " và "; a hyphen with any
//      spaces around it to " - ";
//   4. "*", "_", "`", "#" dropped; whitespace runs to one space; spaces, ".", ",",
//      ";", ":" stripped from both ends.
// "Whitespace" and "word character" are Python's (str.isspace, re's \w), so the
// two implementations agree character for character; tests/eval/ checks examples
// and the e2e test corpus.eval_agrees checks whole corpora against score.py.
//
//   RefereeFold("Phòng Tài chính – Kế hoạch ") == "phòng tài chính - kế hoạch"
#pragma once

#include <string>
#include <string_view>

namespace ntmx {

std::string RefereeFold(std::string_view utf8);

// Python's str.isspace for one code point.
bool IsPythonSpace(char32_t cp);

}  // namespace ntmx
