// Word's automatic numbering, rendered the way the reader of the document sees it.
//
// In a .docx a section number such as "I.", "2.1." or "a)" is often not in the
// paragraph's text: the paragraph names a list (w:numPr: w:numId and level w:ilvl,
// directly or through its paragraph style), and numbering.xml says how that list's
// levels are counted and written (w:num -> w:abstractNum -> w:lvl with w:start,
// w:numFmt, w:lvlText "%1.%2.", w:suff; w:lvlOverride/w:startOverride per list).
// The later stages read the numbers as text, so the reader renders them here.
//
//   DocxNumbering n;
//   n.Load(numbering_xml, styles_xml);
//   n.Label(1, 0, "")   -> "I."      (level 0: upperRoman, "%1.")
//   n.Label(1, 1, "")   -> "1."      (level 1: decimal, "%2.")
//   n.Label(1, 1, "")   -> "2."
//   n.Label(1, 0, "")   -> "II."     (level 1 restarts: the next "%2." is "1." again)
//
// Counters belong to the abstract list, as in Word: two w:num of one w:abstractNum
// continue each other unless a w:num overrides a level's start, which restarts that
// level the first time the w:num is used. A level's counter restarts whenever a
// higher level advances. Bullets ("bullet" format) are their w:lvlText; a symbol-font
// bullet (a private-use code point) is written "•". Every input is bounded by the
// caller (the XML is already size-checked); unknown formats count in decimal; a
// level marked w:isLgl writes every number of its label in decimal.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>

namespace ntmx {

class DocxNumbering {
 public:
  // Reads the list definitions of numbering.xml and the list links of the paragraph
  // styles of styles.xml (w:style/w:pPr/w:numPr, following w:basedOn). Either text may
  // be empty or unparsable: then no list or no style numbering is known.
  void Load(std::string_view numbering_xml, std::string_view styles_xml);

  // The label of the next paragraph of list `num_id` at `level` (either may be absent:
  // they then come from paragraph style `style_id`), with its separator ("1. ", or "1."
  // when the level's w:suff is "nothing"); "" when the paragraph is not numbered (no
  // list, w:numId 0, an unknown list, a level with format "none"). Advances the counters.
  std::string Label(std::optional<int> num_id, std::optional<int> level, std::string_view style_id);

 private:
  struct Level {
    int start = 1;
    std::string format = "decimal";
    std::string text;  // w:lvlText, e.g. "%1.%2."
    bool separator = true;
    bool legal = false;  // w:isLgl: every level of the label in decimal ("1.1." under "I.")
    std::string style;   // w:pStyle: the paragraph style this level is linked to
  };
  static constexpr int kLevels = 9;
  struct Abstract {
    std::array<Level, kLevels> levels;
  };
  struct List {
    int abstract_id = -1;
    std::map<int, int> start_overrides;    // level -> start
    std::map<int, Level> level_overrides;  // level -> a whole w:lvl of w:lvlOverride
    bool used = false;
  };
  struct Counters {
    std::array<int, kLevels> value{};
    std::array<bool, kLevels> started{};
  };
  struct StyleNumbering {
    std::optional<int> num_id, level;
    std::string based_on;
  };

  void LoadNumbering(std::string_view xml);
  void LoadStyles(std::string_view xml);
  // The list and level a style gives a paragraph, following w:basedOn.
  std::pair<std::optional<int>, std::optional<int>> FromStyle(std::string_view style_id) const;
  const Level& LevelOf(const List& list, const Abstract& abstract, int level) const;

  std::map<int, Abstract> abstracts_;
  std::map<int, List> lists_;
  std::map<int, Counters> counters_;  // per abstract list
  std::map<std::string, StyleNumbering, std::less<>> styles_;
};

// `n` written in list format `format` ("decimal", "upperRoman", "lowerLetter", ...;
// unknown formats and numbers out of a format's range fall back to decimal).
std::string FormatListNumber(int n, std::string_view format);

}  // namespace ntmx
