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
// question (a lookup by name cost a tenth of the reading). Bound from the one table
// kCriteriaRules of criteria_reader.cc.
struct CriteriaRules {
  const Rule* word = nullptr;
  const Rule* indicator_of = nullptr;
  const Rule* unmet = nullptr;
  const Rule* met = nullptr;
  const Rule* goal_recognition = nullptr;
  const Rule* planned = nullptr;
  const Rule* ratio = nullptr;
  const Rule* number = nullptr;
  const Rule* not_count = nullptr;
  const Rule* enumeration = nullptr;
  const Rule* aggregate = nullptr;
  const Rule* recognised_year = nullptr;
  const Rule* period_named = nullptr;
  const Rule* group = nullptr;
  const Rule* heading_name = nullptr;
  const Rule* village = nullptr;
  const Rule* present = nullptr;
  const Rule* heading_report = nullptr;
  const Rule* heading_plan = nullptr;
  const Rule* table_rule = nullptr;
  const Rule* not_before = nullptr;
  const Rule* change = nullptr;
  const Rule* extra = nullptr;
  const Rule* time = nullptr;
  const Rule* village_column = nullptr;
  const Rule* met_column = nullptr;
  const Rule* unmet_column = nullptr;
  const Rule* result_column = nullptr;
  const Rule* plan_column = nullptr;
  const Rule* cell_status = nullptr;
  const Rule* status_line = nullptr;
  const Rule* verdict_after = nullptr;
  const Rule* many_before = nullptr;
  const Rule* many_after = nullptr;
  const Rule* bare_name = nullptr;
  const Rule* bare_name_not = nullptr;
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
    bool change = false;  // "tăng 03 tiêu chí": a claim only with its list after it
  };

  // Criteria a statement or list of a line gave a status, for the words that
  // point back at them later in the line ("các tiêu chí này", "các tiêu chí còn
  // thiếu").
  struct Named {
    std::string subject, set;
    std::vector<Ref> refs;
    bool unmet = false;
    size_t at = 0;  // folded byte where the statement or list was made
  };

  // One line (node) being read: its claims, its criteria words, and the spans
  // already read as enumerations (single statements inside them are not read again).
  struct Line {
    int id = 0;
    size_t lb = 0, le = 0;  // folded bytes of the line
    std::vector<Claim> claims;
    std::vector<RuleMatch> words;
    std::vector<std::pair<size_t, size_t>> used;
    bool used_items = false;   // the items below the line were read for an opener
    std::vector<Named> named;  // what the line's lists and statements named, in order
  };

  // A status table: its rows' criteria and the statuses each row gives.
  struct TableRow {
    int id = 0;
    Ref ref;
    std::vector<std::string> statuses;
    std::optional<std::string> village;  // the row's village, in a table of villages
  };
  struct Columns;
  struct Table {
    std::vector<int> rows;       // node ids
    std::vector<TableRow> read;  // rows that name a criterion
    bool has_status_column = false;
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
  // How the nearest heading above the node being read that says what it is about
  // puts a bare "đạt": 1 reports ("Thực trạng", "Kết quả"), -1 plans, 0 neither.
  int HeadingTense() const;
  // Whether a bare "đạt" in the clause [b, e) reports what is met.
  bool BareDatReports(size_t b, size_t e, size_t bare_at) const;
  bool SubjectRightBefore(size_t at) const;
  std::optional<std::string> SetIn(size_t b, size_t e) const;
  std::string SetAt(int id, size_t b, size_t e) const;
  std::string CueSetAt(int id, size_t b, size_t e) const;

  // ---- subjects (criteria_subjects.cc) ----------------------------------------------
  std::optional<std::string> CommuneIn(size_t b, size_t e, bool town_only) const;
  std::optional<std::string> VillageIn(size_t b, size_t e, bool first = false) const;
  static bool IsUpperInitial(std::string_view w);
  std::optional<std::string> HeadingCommune(int id, bool town_only, bool mentions = true) const;
  std::string ResolveCommuneName(const std::string& written) const;
  std::string DistrictName() const;
  std::string SubjectAt(int id, size_t at, const std::string& set) const;
  // A commune named without "xã" right before the count claim at `at` ("Các xã
  // còn lại: Tân Lộc đạt 14 tiêu chí"), or nullopt.
  std::optional<std::string> BareNameBefore(int id, size_t at) const;
  // The same for words ending at folded byte `at` of a line starting at `lb` (the
  // claim, or right after "đạt").
  std::optional<std::string> BareNameEndingAt(size_t lb, size_t at) const;

  // ---- criterion references and enumerations (criteria_lists.cc) --------------------
  std::optional<Ref> NameAt(const std::string& set, size_t at, size_t end) const;
  std::optional<Ref> RefAfterWord(const std::string& set, size_t wb, size_t we, size_t end) const;
  std::vector<Ref> ListIn(const std::string& set, size_t b, size_t e) const;
  size_t ItemTextBegin(int id) const;
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
  size_t ListSentenceEnd(size_t b, size_t e) const;
  bool IsSeparator(size_t i) const;
  // The criteria a document adds to its set ("có thêm tiêu chí số 20 về …").
  void ReadExtraCriteria();
  std::optional<Ref> ExtraNameAt(const std::string& set, size_t at, size_t end) const;

  // ---- recording (criteria_reader.cc) -----------------------------------------------
  void AddStatus(const std::string& subject, const std::string& set, const Ref& ref,
                 const std::string& status, size_t span_begin, size_t span_end,
                 const std::string& rule);
  void AddCount(int id, const Claim& c, std::optional<int> listed);

  // ---- clauses, claims, one line (criteria_claims.cc) -------------------------------
  // How far the boundary walkers look from a position, in folded bytes: a plan's
  // clause or sentence is far shorter, and without a bound a line with no boundary
  // (a file without line breaks) made every claim walk the whole line: quadratic.
  static constexpr size_t kBoundaryWindow = 600;
  static bool HardBoundary(std::string_view f, size_t i);
  size_t SentenceBegin(size_t line_begin, size_t at) const;
  size_t SentenceEnd(size_t at, size_t line_end) const;
  size_t ClauseBegin(size_t line_begin, size_t at) const;
  size_t ClauseEnd(size_t at, size_t line_end) const;
  std::vector<Claim> ClaimsIn(size_t b, size_t e) const;
  bool ReachedByMany(size_t b, size_t cb, size_t ce, size_t e) const;
  bool EndsRightBefore(const Rule& rule, size_t b, size_t at) const;
  void ReadNode(int id);
  void ReadStatements(Line* line);
  // "các tiêu chí này", "các tiêu chí còn thiếu" at the criteria word [wb, we).
  const Named* PointsBack(const Line& line, size_t wb, size_t we) const;
  int Anaphor(size_t we, size_t le) const;
  struct Verdict {
    std::vector<std::string> given;
    size_t span_end = 0;
  };
  Verdict VerdictAfter(const Line& line, const Ref& ref) const;

  // ---- per-criterion status lines (criteria_status_lines.cc) --------------------------
  // "- Tiêu chí số 5 (Trường học): Đạt.": a line that is one criterion and its verdict,
  // as a status table's row is, and the line that opens a run of them ("Kết quả cụ
  // thể như sau:"), which gives their subject and set.
  struct StatusLine {
    Ref ref;
    std::string status;  // met, unmet or planned
    size_t end = 0;      // folded byte where the verdict ends
    int lead = -1;       // the node that opens the run, or -1
    std::string subject, set;
  };
  int StatusLineLead(int id) const;
  std::optional<StatusLine> StatusLineAt(int id) const;
  bool ReadStatusLine(int id);
  // How many criteria the status lines right after node `id` (and opened by it)
  // give `status`; nullopt when none follow or none has it.
  std::optional<int> ListedInStatusLinesAfter(int id, const std::string& status) const;

  // ---- tables (criteria_tables.cc) --------------------------------------------------
  static std::vector<std::pair<size_t, size_t>> Cells(std::string_view f, size_t b, size_t e);
  void FindTables();
  void ReadTables();
  Table ReadTableRows(const std::vector<int>& rows) const;
  Columns HeaderColumns(int row) const;
  std::string VillageSet(const std::string& set) const;
  // How many criteria the table right after node `id` gives `status` (all its
  // criteria when it has no status column); nullopt when no table follows.
  std::optional<int> ListedInTableAfter(int id, const std::string& status) const;
  bool EndsWithColon(size_t b, size_t e) const;

  const Resources& r_;
  const RuleSet& reader_rules_;
  const CriteriaRules& rules_;
  const CriteriaCatalogue& catalogue_;
  const DocumentView& doc_;
  const IndexedText& text_;
  const std::string& f_;
  const DocumentFacts& facts_;
  const PlanContext* plan_;        // so_far's, when an extractor built it already
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
  std::vector<Table> tables_;  // FindTables
  struct Extra {
    int number = 0;
    std::string set;
    std::string key;  // the name folded, spaces collapsed
  };
  std::vector<Extra> extras_;  // ReadExtraCriteria
  mutable std::map<std::pair<size_t, size_t>, std::optional<std::string>> set_in_;  // SetIn
};

}  // namespace ntmx
