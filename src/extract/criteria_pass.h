// CriteriaReadingPass: one document's reading by CriteriaReader (criteria_reader.h).
// Private to the reader; the public interface is criteria_reader.h.
//
// The pass is one class because its helpers share one state (the document, its
// folded text, the defaults, the records found so far), but its definitions are
// split by the concepts of the reading, one file each:
//   criteria_reader.cc    defaults, periods and groups, status and set cues, recording
//   criteria_claims.cc    count claims ("đạt 14/19 tiêu chí"), clauses, one line's reading
//   criteria_lists.cc     criterion references and the enumerations after a claim
//   criteria_subjects.cc  which commune, village or district a statement is about
//   criteria_tables.cc    status tables (one row per criterion)
// Everything works on folded byte offsets of the whole document
// (IndexedText::folded()) and turns them into code-point spans last.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/criteria_reader.h"

namespace ntmx {

class CriteriaCatalogue;

// The rules the reader asks, found by id once per reader rather than on every
// question (a lookup by name cost a tenth of the reading).
struct CriteriaRules {
  explicit CriteriaRules(const RuleSet& rules);
  const Rule* word;
  const Rule* indicator_of;
  const Rule* unmet;
  const Rule* met;
  const Rule* goal_recognition;
  const Rule* planned;
  const Rule* ratio;
  const Rule* number;
  const Rule* not_count;
  const Rule* enumeration;
  const Rule* aggregate;
  const Rule* recognised_year;
  const Rule* period_named;
  const Rule* group;
  const Rule* heading_name;
  const Rule* village;
  const Rule* present;
  const Rule* heading_report;
  const Rule* heading_plan;
  const Rule* table_rule;
};

// One document's reading: the state the helpers share.
class CriteriaReadingPass {
 public:
  CriteriaReadingPass(const CriteriaReader& reader, const DocumentView& doc,
                      const Extraction& so_far);

  CriteriaReading Run();

 private:
  struct StatusSet {
    bool met = false;
    bool unmet = false;
    bool planned = false;
    bool any() const { return met || unmet || planned; }
    // unmet beats met beats planned.
    std::string primary() const { return unmet ? "unmet" : met ? "met" : "planned"; }
    // The statuses a statement gives its criteria: what is not met may also be
    // planned; what is met is only met.
    std::vector<std::string> given() const {
      if (unmet)
        return planned ? std::vector<std::string>{"unmet", "planned"}
                       : std::vector<std::string>{"unmet"};
      if (met) return {"met"};
      if (planned) return {"planned"};
      return {};
    }
  };

  struct Ref {
    int number = 0;
    size_t begin = 0;  // folded bytes
    size_t end = 0;
    std::optional<int> written_number;
    std::optional<int> named_number;
  };

  struct Claim {
    size_t begin = 0, end = 0;
    int count = 0;
    std::optional<int> total;
    StatusSet status;
    const Rule* rule = nullptr;
    bool attached = false;
  };

  // One line (node) being read: its claims, its criteria words, and the spans
  // already read as enumerations (single statements inside them are not read again).
  struct Line {
    int id = 0;
    size_t lb = 0, le = 0;  // folded bytes of the line
    std::vector<Claim> claims;
    std::vector<RuleMatch> words;
    std::vector<std::pair<size_t, size_t>> used;
    bool used_items = false;  // the items below the line were read for an opener
  };

  static bool IsDigit(char c) { return c >= '0' && c <= '9'; }
  // Folded bytes of `s` whose NameKey (catalogue.cc: whitespace collapsed, "&" read
  // as "và") is `key_length` bytes long.
  static size_t FoldedLengthOfKey(std::string_view s, size_t key_length);

  // ---- defaults, periods, groups (criteria_reader.cc) ------------------------------
  void DecideDefaults();
  std::string InDocumentPeriod(const std::string& set) const;
  std::string Predecessor(const std::string& set) const;
  bool ClauseReportsEarlierPeriod(const std::string& set, const std::string& earlier, size_t b,
                                  size_t e) const;
  bool UnderEarlierPeriodHeading(int id) const;
  std::string PeriodSet(const std::string& cue, int id, size_t b, size_t e) const;
  std::optional<int> GroupAt(int id, size_t b, const std::string& set,
                             const std::string& subject) const;

  // ---- small readers --------------------------------------------------------------
  // Whether folded bytes [b, e) contain `w`.
  bool Holds(size_t b, size_t e, std::string_view w) const {
    return b < e && std::string_view(f_).substr(b, e - b).find(w) != std::string_view::npos;
  }
  size_t LineBegin(int id) const { return text_.FoldedByteOf(Node(id).line.begin); }
  size_t LineEnd(int id) const { return text_.FoldedByteOf(Node(id).line.end); }
  const ntmx::Node& Node(int id) const { return doc_.tree.nodes[static_cast<size_t>(id)]; }
  std::vector<RuleMatch> All(const Rule& rule, size_t b, size_t e) const;
  bool Any(const Rule& rule, size_t b, size_t e) const;
  // The ancestors of node `id`, innermost first (not `id` itself).
  std::vector<int> Ancestors(int id) const;

  // ---- status and set cues (criteria_reader.cc) -------------------------------------
  StatusSet StatusIn(size_t b, size_t e) const;
  bool UnderReportHeading() const;
  std::optional<std::string> SetIn(size_t b, size_t e) const;
  std::optional<std::string> FirstSetCue(size_t b, size_t e) const;
  std::string SetAt(int id, size_t b, size_t e) const;
  std::string CueSetAt(int id, size_t b, size_t e) const;

  // ---- subjects (criteria_subjects.cc) ----------------------------------------------
  std::optional<std::string> CommuneIn(size_t b, size_t e, bool town_only) const;
  std::optional<std::string> VillageIn(size_t b, size_t e) const;
  static bool IsUpperInitial(std::string_view w);
  std::optional<std::string> HeadingCommune(int id, bool town_only, bool mentions = true) const;
  std::string ResolveCommuneName(const std::string& written) const;
  std::string DistrictName() const;
  std::string SubjectAt(int id, size_t at, const std::string& set) const;

  // ---- criterion references and enumerations (criteria_lists.cc) --------------------
  std::optional<Ref> NameAt(const std::string& set, size_t at, size_t end) const;
  std::optional<Ref> RefAfterWord(const std::string& set, size_t wb, size_t we, size_t end) const;
  std::vector<Ref> ListIn(const std::string& set, size_t b, size_t e) const;
  std::optional<Ref> ItemRef(const std::string& set, int id) const;
  bool IsCriterionLine(const std::string& set, int id) const;
  bool IsItem(int id) const;
  void ItemsOf(int head, const StatusSet& status, const std::string& set,
               std::vector<std::pair<Ref, int>>* refs, int depth = 0) const;
  size_t LeadBegin(size_t lb, size_t opener_begin) const;
  bool ListFollowsLead(const Line& line, size_t lead_b, size_t lead_e,
                       const std::vector<RuleMatch>& lead_words) const;
  void ReadEnumerations(Line* line);
  size_t RecordList(const std::string& subject, const std::string& set,
                    const std::vector<Ref>& refs, const std::vector<std::string>& given);
  void ReadHeadingItems(Line* line);
  void ReadParenthesisLists(Line* line);

  // ---- recording (criteria_reader.cc) -----------------------------------------------
  void AddStatus(const std::string& subject, const std::string& set, const Ref& ref,
                 const std::string& status, size_t span_begin, size_t span_end,
                 const std::string& rule);
  void AddCount(int id, const Claim& c, std::optional<int> listed);

  // ---- clauses, claims, one line (criteria_claims.cc) -------------------------------
  static bool HardBoundary(std::string_view f, size_t i);
  size_t SentenceBegin(size_t line_begin, size_t at) const;
  size_t SentenceEnd(size_t at, size_t line_end) const;
  size_t ClauseBegin(size_t line_begin, size_t at) const;
  size_t ClauseEnd(size_t at, size_t line_end) const;
  std::vector<Claim> ClaimsIn(size_t b, size_t e) const;
  void ReadNode(int id);
  void ReadStatements(const Line& line);

  // ---- tables (criteria_tables.cc) --------------------------------------------------
  static std::vector<std::pair<size_t, size_t>> Cells(std::string_view f, size_t b, size_t e);
  void ReadTables();
  void ReadTable(const std::vector<int>& rows);

  const Resources& r_;
  const RuleSet& reader_rules_;
  const CriteriaRules& rules_;
  const CriteriaCatalogue& catalogue_;
  const DocumentView& doc_;
  const IndexedText& text_;
  const std::string& f_;
  const DocumentFacts& facts_;
  const size_t longest_name_key_;  // an upper bound of any name's key length
  std::vector<PlaceMention> mentions_;
  std::vector<size_t> mention_at_;  // folded byte of each mention, ascending
  std::optional<std::string> default_commune_;
  std::optional<std::string> default_district_;
  std::string province_;
  std::string default_set_;
  std::string period_;  // the document's, "2026-2030"; empty when undecided
  int period_first_year_ = 0;
  std::optional<int> document_group_;
  std::vector<std::pair<std::string, const Rule*>> set_rules_;  // set id, its cue
  CriteriaReading out_;
  int current_node_ = 0;  // the node ReadNode is reading, for heading context
  std::set<std::string> status_keys_, count_keys_, mismatch_keys_;
  mutable std::map<std::pair<size_t, size_t>, std::optional<std::string>> set_in_;  // SetIn
};

}  // namespace ntmx
