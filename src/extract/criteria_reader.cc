// See criteria_reader.h. The reading works on folded byte offsets of the whole
// document (IndexedText::folded()) and turns them into code-point spans last.
#include "extract/criteria_reader.h"
#include "extract/criterion_refs.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "criteria/catalogue.h"
#include "criteria/commune_group.h"
#include "extract/plan_context.h"
#include "places/gazetteer.h"
#include "text/fold.h"

namespace ntmx {
namespace {

// The set cues: rules "criteria.set.<set id>", in file order (ties at one
// position go to the rule listed first).
constexpr std::string_view kSetRulePrefix = "criteria.set.";

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

// Folded bytes of `s` whose NameKey (catalogue.cc: whitespace collapsed, "&" read
// as "và") is `key_length` bytes long.
size_t FoldedLengthOfKey(std::string_view s, size_t key_length) {
  size_t key = 0;
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;  // trimmed by FoldKey
  bool last_space = false;
  while (i < s.size() && key < key_length) {
    const char c = s[i];
    if (c == '&') {
      key += (last_space ? 0 : 1) + 3;  // " va "
      last_space = true;
    } else if (c == ' ' || c == '\t' || c == '\n') {
      if (!last_space) ++key;
      last_space = true;
    } else {
      ++key;
      last_space = false;
    }
    ++i;
  }
  return i;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

// The rules the reader asks, found by id once per reader rather than on every
// question (a lookup by name cost a tenth of the reading).
struct CriteriaRules {
  explicit CriteriaRules(const RuleSet& rules)
      : word(rules.Find("criteria.word")),
        indicator_of(rules.Find("criteria.indicator_of")),
        unmet(rules.Find("criteria.status.unmet")),
        met(rules.Find("criteria.status.met")),
        goal_recognition(rules.Find("criteria.status.goal_recognition")),
        planned(rules.Find("criteria.status.planned")),
        ratio(rules.Find("criteria.claim.ratio")),
        number(rules.Find("criteria.claim.number")),
        not_count(rules.Find("criteria.claim.not_count")),
        enumeration(rules.Find("criteria.enumeration")),
        aggregate(rules.Find("criteria.aggregate")),
        recognised_year(rules.Find("criteria.recognised_year")),
        period_named(rules.Find("criteria.period_named")),
        group(rules.Find("criteria.group")),
        heading_name(rules.Find("criteria.subject.heading_name")),
        village(rules.Find("criteria.subject.village")),
        present(rules.Find("criteria.status.present")),
        heading_report(rules.Find("criteria.heading.report")),
        heading_plan(rules.Find("criteria.heading.plan")),
        table_rule(rules.Find("structure.table_rule")) {}
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
                      const Extraction& so_far)
      : r_(reader.resources_),
        reader_rules_(reader.resources_.rules),
        rules_(*reader.rules_),
        catalogue_(*reader.resources_.catalogue),
        doc_(doc),
        text_(doc.text),
        f_(doc.text.folded()),
        facts_(so_far.document),
        plan_(so_far.plan ? &*so_far.plan : nullptr),
        longest_name_key_(reader.longest_name_key_) {
    mentions_ = doc.places;
    for (const PlaceMention& m : mentions_) {
      mention_at_.push_back(text_.FoldedByteOf(m.full_span.begin));
    }
    DecideDefaults();
  }

  CriteriaReading Run() {
    const auto& nodes = doc_.tree.nodes;
    for (size_t id = 1; id < nodes.size(); ++id) ReadNode(static_cast<int>(id));
    ReadTables();
    return std::move(out_);
  }

 private:
  struct Claim {
    size_t begin = 0, end = 0;
    int count = 0;
    std::optional<int> total;
    StatusSet status;
    const Rule* rule = nullptr;
    bool attached = false;
  };

  // ---- defaults ---------------------------------------------------------------

  // The defaults come from the plan context (extract/plan_context.h), the one place
  // that decides them for every extractor.
  void DecideDefaults() {
    const PlanContext plan = plan_ ? *plan_ : BuildPlanContext(doc_, r_, facts_);
    default_commune_ = plan.commune;
    default_district_ = plan.district;
    province_ = plan.province.value_or("");
    period_ = plan.period;
    period_first_year_ = plan.period_first_year;
    set_rules_ = SetRules(r_);
    default_set_ = plan.criteria_set;
    document_group_ = plan.group;
  }

  // ---- periods and groups ---------------------------------------------------------

  // `set`, or the set of the document's period that takes its place (sets.tsv `next`).
  std::string InDocumentPeriod(const std::string& set) const {
    return catalogue_.InPeriod(set, period_);
  }

  // The set of the earlier period that `set` took the place of, or empty.
  std::string Predecessor(const std::string& set) const {
    for (const CriteriaSetInfo& s : catalogue_.sets()) {
      if (s.next == set) return s.id;
    }
    return {};
  }

  // Whether the clause [b, e) reports a standing under an earlier period's set: a
  // recognition in a year before the document's period ("đã đạt chuẩn nông thôn
  // mới nâng cao năm 2023"), or a count out of `earlier`'s size that is not
  // `set`'s ("đạt 15/19 tiêu chí").
  bool ClauseReportsEarlierPeriod(const std::string& set, const std::string& earlier, size_t b,
                                  size_t e) const {
    if (b >= e) return false;
    for (const RuleMatch& m : All(*rules_.recognised_year, b, e)) {
      if (std::stoi(std::string(text_.FoldedSlice(m.group("year")))) < period_first_year_)
        return true;
    }
    const int earlier_size = catalogue_.Size(earlier, province_);
    const int size = catalogue_.Size(set, province_);
    for (const RuleMatch& m : All(*rules_.ratio, b, e)) {
      if (!m.has("total")) continue;
      const int total = std::stoi(std::string(text_.FoldedSlice(m.group("total"))));
      if (total == earlier_size && total != size) return true;
    }
    return false;
  }

  // Whether a heading above node `id` names a period that ends before the
  // document's ("I. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021 - 2025").
  bool UnderEarlierPeriodHeading(int id) const {
    for (int a : Ancestors(id)) {
      for (const RuleMatch& m : All(*rules_.period_named, LineBegin(a), LineEnd(a))) {
        if (std::stoi(std::string(text_.FoldedSlice(m.group("last")))) < period_first_year_)
          return true;
      }
    }
    return false;
  }

  // The set a statement in [b, e) of node `id` is about, given the set its cue
  // (or the default) names: moved into the document's period, unless the clause
  // or a heading above reports the earlier period.
  std::string PeriodSet(const std::string& cue, int id, size_t b, size_t e) const {
    const std::string set = InDocumentPeriod(cue);
    const std::string earlier = Predecessor(set);
    if (earlier.empty()) return set;
    if (ClauseReportsEarlierPeriod(set, earlier, b, e) || UnderEarlierPeriodHeading(id))
      return earlier;
    return set;
  }

  // The commune group a record of `set` about `subject`, read at [b, e) of node
  // `id`, is given: a "xã nhóm N" in its line, else in the headings above it, else
  // the document's own when the subject is the document's commune. Only sets of
  // the document's period have groups.
  std::optional<int> GroupAt(int id, size_t b, const std::string& set,
                             const std::string& subject) const {
    const CriteriaSetInfo* info = catalogue_.Set(set);
    if (info == nullptr || period_.empty() || info->period != period_) return std::nullopt;
    const Rule& rule = *rules_.group;
    if (id > 0 && b >= LineBegin(id) && b <= LineEnd(id)) {
      if (auto g = CommuneGroupIn(rule, text_, LineBegin(id), LineEnd(id))) return g;
      for (int a : Ancestors(id)) {
        if (auto g = CommuneGroupIn(rule, text_, LineBegin(a), LineEnd(a))) return g;
      }
    }
    if (default_commune_ && subject == *default_commune_) return document_group_;
    return std::nullopt;
  }

  // ---- small readers ------------------------------------------------------------

  // Whether folded bytes [b, e) contain `w`.
  bool Holds(size_t b, size_t e, std::string_view w) const {
    return b < e && std::string_view(f_).substr(b, e - b).find(w) != std::string_view::npos;
  }

  size_t LineBegin(int id) const { return text_.FoldedByteOf(Node(id).line.begin); }
  size_t LineEnd(int id) const { return text_.FoldedByteOf(Node(id).line.end); }
  const ntmx::Node& Node(int id) const { return doc_.tree.nodes[static_cast<size_t>(id)]; }

  std::vector<RuleMatch> All(const Rule& rule, size_t b, size_t e) const {
    std::vector<RuleMatch> out;
    RuleMatch m;
    size_t at = b;
    while (at < e && rule.FindIn(text_, at, e, &m)) {
      out.push_back(m);
      at = std::max(m.folded_end, m.folded_begin + 1);
    }
    return out;
  }
  bool Any(const Rule& rule, size_t b, size_t e) const {
    RuleMatch m;
    return b < e && rule.FindIn(text_, b, e, &m);
  }

  StatusSet StatusIn(size_t b, size_t e) const {
    StatusSet s;
    if (b >= e) return s;
    std::vector<std::pair<size_t, size_t>> strong;
    for (const RuleMatch& m : All(*rules_.unmet, b, e)) {
      s.unmet = true;
      strong.push_back({m.folded_begin, m.folded_end});
    }
    const std::vector<RuleMatch> goals = All(*rules_.goal_recognition, ClauseBegin(0, b), e);
    for (const RuleMatch& m : All(*rules_.met, b, e)) {
      bool inside = false;
      for (auto [sb, se] : strong) inside |= m.folded_begin < se && sb < m.folded_end;
      if (inside) continue;
      bool promised = false;
      for (const RuleMatch& g : goals)
        promised |= g.folded_begin <= m.folded_begin && m.folded_end <= g.folded_end;
      if (promised) {
        s.planned = true;
        continue;
      }
      s.met = true;
      strong.push_back({m.folded_begin, m.folded_end});
    }
    bool only_bare_dat = true;
    for (const RuleMatch& m : All(*rules_.planned, b, e)) {
      bool inside = false;
      for (auto [sb, se] : strong) inside |= m.folded_begin < se && sb < m.folded_end;
      if (inside) continue;
      s.planned = true;
      only_bare_dat &= m.folded_end - m.folded_begin == 3;  // "dat"
    }
    // "Đến nay, xã đạt 15/19 tiêu chí": a bare "đạt" in the present is met; so is
    // one under a heading that reports ("I. THỰC TRẠNG") rather than plans.
    if (s.planned && only_bare_dat && !s.met && !s.unmet &&
        (Any(*rules_.present, ClauseBegin(0, b), e) || UnderReportHeading())) {
      s.planned = false;
      s.met = true;
    }
    return s;
  }

  // Whether the nearest heading above the node being read that says what it is
  // about reports the present ("Thực trạng", "Kết quả") rather than plans.
  bool UnderReportHeading() const {
    if (current_node_ <= 0) return false;
    for (int a : Ancestors(current_node_)) {
      if (Any(*rules_.heading_report, LineBegin(a), LineEnd(a))) return true;
      if (Any(*rules_.heading_plan, LineBegin(a), LineEnd(a))) return false;
    }
    return false;
  }

  // The criteria set whose cue comes first in [b, e).
  // A cue that overlaps the first one and whose rule is listed before it (more
  // specific) wins: "Bộ tiêu chí xã nông thôn mới nâng cao" is the advanced set,
  // though "bộ tiêu chí xã" starts first.
  // Remembered by range: the same lines (a statement's, the headings above it) are
  // asked again for every statement under them.
  std::optional<std::string> SetIn(size_t b, size_t e) const {
    if (b >= e) return std::nullopt;
    const auto [it, added] = set_in_.try_emplace({b, e});
    if (added) it->second = FirstSetCue(b, e);
    return it->second;
  }

  std::optional<std::string> FirstSetCue(size_t b, size_t e) const {
    struct Cue {
      size_t order, begin, end;
    };
    std::vector<Cue> cues;
    RuleMatch m;
    for (size_t i = 0; i < set_rules_.size(); ++i) {
      if (set_rules_[i].second->FindIn(text_, b, e, &m))
        cues.push_back({i, m.folded_begin, m.folded_end});
    }
    if (cues.empty()) return std::nullopt;
    const Cue* best = &cues[0];
    for (const Cue& c : cues) {
      if (c.begin < best->begin || (c.begin == best->begin && c.order < best->order)) best = &c;
    }
    const Cue first = *best;
    for (const Cue& c : cues) {
      if (c.begin < first.end && first.begin < c.end && c.order < best->order) best = &c;
    }
    return set_rules_[best->order].first;
  }

  // The ancestors of node `id`, innermost first (not `id` itself).
  std::vector<int> Ancestors(int id) const {
    std::vector<int> out;
    for (int a = Node(id).parent; a > 0; a = Node(a).parent) out.push_back(a);
    return out;
  }

  std::string SetAt(int id, size_t b, size_t e) const {
    return PeriodSet(CueSetAt(id, b, e), id, b, e);
  }

  // The set the nearest cue names (the words, the line, the headings above), or
  // the document's.
  std::string CueSetAt(int id, size_t b, size_t e) const {
    if (auto s = SetIn(b, e)) return *s;
    // The words right after: "đạt 10/10 tiêu chí xã nông thôn mới theo mức …".
    if (e >= LineBegin(id) && e < LineEnd(id)) {
      size_t after = e;
      while (after < LineEnd(id) && !HardBoundary(f_, after) && f_[after] != ',' &&
             f_[after] != ':')
        ++after;
      if (auto s = SetIn(e, after)) return *s;
    }
    if (auto s = SetIn(LineBegin(id), LineEnd(id))) return *s;
    for (int a : Ancestors(id)) {
      if (auto s = SetIn(LineBegin(a), LineEnd(a))) return *s;
    }
    return default_set_;
  }

  // A commune (or town) the words [b, e) name: the last mention in the range.
  std::optional<std::string> CommuneIn(size_t b, size_t e, bool town_only) const {
    std::optional<std::string> found;
    // Mentions are in text order: start at the first one at or after `b`.
    const size_t first = static_cast<size_t>(
        std::lower_bound(mention_at_.begin(), mention_at_.end(), b) - mention_at_.begin());
    for (size_t i = first; i < mentions_.size() && mention_at_[i] < e; ++i) {
      const PlaceMention& m = mentions_[i];
      if (m.level != PlaceLevel::kCommune) continue;
      const std::string type = FoldKey(m.type_word);
      if (town_only && type != "thi tran" && type != "phuong") continue;
      found = ResolveCommuneName(std::string(m.name));
    }
    return found;
  }

  // The last village named in [b, e) ("thôn Ta Rung"): the words after the type
  // word that are written with a capital letter or a digit.
  std::optional<std::string> VillageIn(size_t b, size_t e) const {
    std::optional<std::string> found;
    for (const RuleMatch& m : All(*rules_.village, b, e)) {
      const std::string_view words = text_.Slice(m.group("name"));
      std::string name;
      size_t i = 0;
      while (i < words.size()) {
        size_t j = words.find(' ', i);
        if (j == std::string_view::npos) j = words.size();
        const std::string_view w = words.substr(i, j - i);
        const unsigned char c0 = static_cast<unsigned char>(w[0]);
        const bool upper = (c0 >= 'A' && c0 <= 'Z') || (c0 >= '0' && c0 <= '9') ||
                           (c0 >= 0x80 && IsUpperInitial(w));
        if (!upper) break;
        name += (name.empty() ? "" : " ") + std::string(w);
        i = j + 1;
      }
      if (!name.empty()) found = name;
    }
    return found;
  }

  // Whether the first code point of `w` is an upper-case Vietnamese letter.
  static bool IsUpperInitial(std::string_view w) {
    static const std::string kUpper =
        "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ";
    size_t n = 1;
    while (n < w.size() && (static_cast<unsigned char>(w[n]) & 0xC0) == 0x80) ++n;
    return kUpper.find(w.substr(0, n)) != std::string::npos;
  }

  std::optional<std::string> HeadingCommune(int id, bool town_only, bool mentions = true) const {
    if (mentions) {
      if (auto c = CommuneIn(LineBegin(id), LineEnd(id), town_only)) return c;
    }
    if (town_only) return std::nullopt;
    std::map<std::string, std::string_view, std::less<>> groups;
    RuleMatch m;
    if (rules_.heading_name->FindIn(text_, LineBegin(id), LineEnd(id), &m) && m.has("name")) {
      const std::string name(text_.Slice(m.group("name")));
      const PlaceRecord* record =
          r_.gazetteer->ResolveCommune(name, default_district_.value_or(""), province_);
      if (record != nullptr) return std::string(record->name);
    }
    return std::nullopt;
  }

  std::string ResolveCommuneName(const std::string& written) const {
    const PlaceRecord* record =
        r_.gazetteer->ResolveCommune(written, default_district_.value_or(""), province_);
    // A name the gazetteer knows only by a spelling variant keeps the text's spelling.
    if (record == nullptr || !r_.gazetteer->KnowsSpelling(written, PlaceLevel::kCommune))
      return written;
    return std::string(record->name);
  }

  std::string DistrictName() const {
    if (default_district_) return *default_district_;
    if (facts_.issuer) return facts_.issuer->name;
    return default_commune_.value_or("");
  }

  // Whose statement at folded byte `at` of node `id` is, for `set`.
  std::string SubjectAt(int id, size_t at, const std::string& set) const {
    const CriteriaSetInfo* info = catalogue_.Set(set);
    const std::string level = info ? info->subject_level : "commune";
    if (level == "district" || level == "province") return DistrictName();
    if (level == "village") {
      if (auto v = VillageIn(LineBegin(id), at)) return *v;
      for (int a : Ancestors(id)) {
        if (auto v = VillageIn(LineBegin(a), LineEnd(a))) return *v;
      }
    }
    const bool town = level == "town";
    // A commune named earlier in the statement's sentence; one named in an
    // earlier sentence of the paragraph ("xã Tân Lộc cũ đã đạt chuẩn … năm 2023.
    // Qua rà soát, xã đã đạt 10/10 tiêu chí") is not its subject.
    if (auto c = CommuneIn(SentenceBegin(LineBegin(id), at), at, town)) return *c;
    // One named after it in the same sentence ("… đạt 15/19 tiêu chí (xã Bản Bo)"),
    // or a heading's trailing name.
    if (auto c = CommuneIn(at, SentenceEnd(at, LineEnd(id)), town)) return *c;
    if (auto c = HeadingCommune(id, town, /*mentions=*/false)) return *c;
    for (int a : Ancestors(id)) {
      if (auto c = HeadingCommune(a, town)) return *c;
    }
    if (town) return DistrictName();
    if (default_commune_) return *default_commune_;
    return DistrictName();
  }

  // ---- criterion references -------------------------------------------------------

  // A criterion name of `set` starting at folded byte `at` (before `end`).
  std::optional<Ref> NameAt(const std::string& set, size_t at, size_t end) const {
    while (at < end && (f_[at] == ' ' || f_[at] == '*' || f_[at] == '"')) ++at;
    if (at >= end) return std::nullopt;
    size_t key_length = 0;
    const std::string_view rest(f_.data() + at, end - at);
    const CriterionEntry* e =
        catalogue_.ByNameAtStart(set, NameKeyWindow(rest, longest_name_key_), &key_length);
    if (e == nullptr || key_length == 0) return std::nullopt;
    Ref ref;
    ref.number = e->number;
    ref.named_number = e->number;
    ref.begin = at;
    ref.end = at + FoldedLengthOfKey(rest, key_length);
    return ref;
  }

  // A reference that starts with the criteria word matched at [wb, we).
  std::optional<Ref> RefAfterWord(const std::string& set, size_t wb, size_t we, size_t end) const {
    // "tc số 10" is matched with its digit: step back to the number.
    size_t at = we;
    while (at > wb && IsDigit(f_[at - 1])) --at;
    auto skip = [&](std::string_view chars) {
      while (at < end && chars.find(f_[at]) != std::string_view::npos) ++at;
    };
    skip(" *:");
    if (f_.compare(at, 3, "so ") == 0 || f_.compare(at, 3, "so:") == 0) at += 3;
    skip(" *:");
    Ref ref;
    ref.begin = wb;
    if (at < end && IsDigit(f_[at])) {
      size_t d = at;
      while (d < end && IsDigit(f_[d])) ++d;
      if (d - at > 2) return std::nullopt;
      if (d + 1 < end && (f_[d] == '.' || f_[d] == ',') && IsDigit(f_[d + 1])) return std::nullopt;
      if (d < end && f_[d] == '/') return std::nullopt;
      ref.written_number = std::stoi(f_.substr(at, d - at));
      ref.number = *ref.written_number;
      ref.end = d;
      at = d;
      // The name after the number: "về Giao thông", "- Y tế", "(Quy hoạch)".
      size_t n = at;
      while (n < end && (f_[n] == ' ' || f_[n] == '-' || f_[n] == ':' || f_[n] == '(' ||
                         f_[n] == '*' || f_[n] == '.'))
        ++n;
      if (f_.compare(n, 3, "ve ") == 0) n += 3;
      if (auto named = NameAt(set, n, end)) {
        // A short form of the numbered criterion's own name ("Tiêu chí số 14 về
        // Giáo dục" for Giáo dục và Đào tạo) is that criterion, even where the
        // short form is another criterion's alias.
        const CriterionEntry* numbered = catalogue_.ByNumber(set, *ref.written_number);
        if (named->number != *ref.written_number && numbered != nullptr &&
            FoldKey(numbered->name)
                    .rfind(FoldKey(f_.substr(named->begin, named->end - named->begin)), 0) == 0) {
          named->number = *ref.written_number;
        }
        ref.named_number = named->number;
        ref.end = named->end;
        ref.number = named->number;
      }
      return ref;
    }
    if (f_.compare(at, 3, "ve ") == 0) at += 3;
    auto named = NameAt(set, at, end);
    if (!named) return std::nullopt;
    named->begin = wb;
    return named;
  }

  // Every criterion listed in [b, e): "Tiêu chí số 02 về giao thông; Tiêu chí số
  // 03 …", "Giao thông, Điện và Y tế", names with the criteria word or without;
  // parenthesised remarks are skipped.
  std::vector<Ref> ListIn(const std::string& set, size_t b, size_t e) const {
    std::vector<Ref> out;
    const Rule* word = rules_.word;
    size_t at = b;
    auto to_separator = [&]() {
      while (at < e && f_[at] != ';' && f_[at] != ',' && f_[at] != '(') ++at;
    };
    while (at < e) {
      const char c = f_[at];
      if (c == ' ' || c == ';' || c == ',' || c == '.' || c == '-' || c == '*' || c == ':' ||
          c == '+' || c == '\n' || c == '"') {
        ++at;
        continue;
      }
      if (c == '(') {
        int depth = 0;
        while (at < e) {
          if (f_[at] == '(') ++depth;
          if (f_[at] == ')' && --depth == 0) break;
          ++at;
        }
        ++at;
        continue;
      }
      if (f_.compare(at, 3, "va ") == 0) {
        at += 3;
        continue;
      }
      // "tiêu chí số 5, 9 và 10", "tiêu chí số 1, số 2": bare numbers after a
      // numbered criterion.
      if (f_.compare(at, 3, "so ") == 0 && at + 3 < e && IsDigit(f_[at + 3]) && !out.empty() &&
          out.back().written_number) {
        at += 3;
        continue;
      }
      if (IsDigit(c) && !out.empty() && out.back().written_number) {
        size_t d = at;
        while (d < e && IsDigit(f_[d])) ++d;
        const bool bare = d - at <= 2 && (d == e || f_[d] == ' ' || f_[d] == ',' || f_[d] == ';' ||
                                          f_[d] == ')' || f_[d] == '.');
        if (bare && !(d + 1 < e && f_[d] == '.' && IsDigit(f_[d + 1]))) {
          Ref ref;
          ref.number = std::stoi(f_.substr(at, d - at));
          ref.written_number = ref.number;
          ref.begin = at;
          ref.end = d;
          out.push_back(ref);
          at = d;
          continue;
        }
      }
      RuleMatch m;
      std::optional<Ref> ref;
      if (word->MatchAt(text_, at, e, &m)) {
        ref = RefAfterWord(set, m.folded_begin, m.folded_end, e);
        if (!ref) {
          at = m.folded_end;
          // "tiêu chí về X" not in the catalogue: move on to the next item.
          to_separator();
          continue;
        }
      } else {
        ref = NameAt(set, at, e);
      }
      if (ref) {
        out.push_back(*ref);
        at = std::max(ref->end, at + 1);
        // Skip the rest of the item ("Nhà ở dân cư (còn 03 nhà tạm)" keeps its
        // parenthesis for the loop; "… và Tiêu chí số 7" stops at "và tiêu chí").
        while (at < e && f_[at] != ';' && f_[at] != ',' && f_[at] != '(') {
          if (f_.compare(at, 4, " va ") == 0) break;
          ++at;
        }
        continue;
      }
      to_separator();
      if (at == b) ++at;
    }
    return out;
  }

  // The first criterion an item names near its start (before its first ":").
  std::optional<Ref> ItemRef(const std::string& set, int id) const {
    const ntmx::Node& n = Node(id);
    size_t b = LineBegin(id);
    const size_t line_end = LineEnd(id);
    // Skip the marker ("1.", "a)", "-", "2.1.").
    if (!n.marker.empty() || n.kind == NodeKind::kSection || n.kind == NodeKind::kListItem ||
        n.kind == NodeKind::kLettered) {
      while (b < line_end &&
             (IsDigit(f_[b]) || f_[b] == '.' || f_[b] == ')' || f_[b] == '-' || f_[b] == '+' ||
              f_[b] == '*' || f_[b] == ' ' ||
              (f_[b] >= 'a' && f_[b] <= 'z' && b + 1 < line_end && f_[b + 1] == ')')))
        ++b;
    }
    size_t e = f_.find(':', b);
    if (e == std::string::npos || e > line_end) e = line_end;
    e = std::min(e, b + 160);
    if (auto name = NameAt(set, b, e)) return name;
    RuleMatch m;
    if (rules_.word->FindIn(text_, b, e, &m)) {
      if (Any(*rules_.indicator_of, b, m.folded_end + 8)) return std::nullopt;
      return RefAfterWord(set, m.folded_begin, m.folded_end, e);
    }
    return std::nullopt;
  }

  // A short paragraph that is one criterion's name and little else.
  bool IsCriterionLine(const std::string& set, int id) const {
    if (Node(id).kind != NodeKind::kParagraph) return false;
    const size_t b = LineBegin(id), e = LineEnd(id);
    if (e - b > 100) return false;
    auto ref = ItemRef(set, id);
    return ref && ref->begin <= b + 2 && ref->end + 3 >= e;
  }

  bool IsItem(int id) const {
    const NodeKind k = Node(id).kind;
    return k == NodeKind::kSection || k == NodeKind::kLettered || k == NodeKind::kListItem;
  }

  // The criteria the items under (or, for a paragraph, after) node `head` list,
  // with the statuses each receives. Sub-headings with the same primary status
  // ("2.1. Các tiêu chí chưa đạt:" under "thực hiện hoàn thành 05/20 tiêu chí
  // chưa đạt, cụ thể:") add their items; others are read on their own.
  void ItemsOf(int head, const StatusSet& status, const std::string& set,
               std::vector<std::pair<Ref, int>>* refs, int depth = 0) const {
    std::vector<int> candidates;
    const ntmx::Node& h = Node(head);
    bool has_items = false;
    for (int c : h.children) has_items |= IsItem(c);
    if (has_items) {
      candidates = h.children;
    } else if (h.parent >= 0) {
      const auto& siblings = Node(h.parent).children;
      auto it = std::find(siblings.begin(), siblings.end(), head);
      // Items, or short lines that are each one criterion ("Giao thông;").
      for (++it; it != siblings.end(); ++it) {
        if (IsItem(*it) || IsCriterionLine(set, *it)) {
          candidates.push_back(*it);
        } else {
          break;
        }
      }
    }
    for (int c : candidates) {
      if (!IsItem(c) && !IsCriterionLine(set, c)) continue;
      if (auto ref = ItemRef(set, c)) {
        refs->push_back({*ref, c});
        continue;
      }
      if (depth > 0) continue;
      const StatusSet sub = StatusIn(LineBegin(c), LineEnd(c));
      if (sub.any() && sub.primary() == status.primary() &&
          Any(*rules_.word, LineBegin(c), LineEnd(c))) {
        ItemsOf(c, status, set, refs, depth + 1);
      }
    }
  }

  // ---- recording ----------------------------------------------------------------

  void AddStatus(const std::string& subject, const std::string& set, const Ref& ref,
                 const std::string& status, size_t span_begin, size_t span_end,
                 const std::string& rule) {
    if (ref.written_number && ref.named_number && *ref.written_number != *ref.named_number) {
      const std::string key = subject + "|" + set + "|" + std::to_string(*ref.written_number) +
                              "|" + std::to_string(*ref.named_number);
      if (mismatch_keys_.insert(key).second) {
        CriteriaReading::NameMismatch mm;
        mm.subject = subject;
        mm.criteria_set = set;
        mm.written_number = *ref.written_number;
        mm.named_number = *ref.named_number;
        mm.span = text_.SpanOfFolded(ref.begin, ref.end);
        mm.written = std::string(text_.Slice(mm.span));
        out_.mismatches.push_back(std::move(mm));
      }
    }
    const std::string key = subject + "|" + set + "|" + std::to_string(ref.number) + "|" + status;
    if (!status_keys_.insert(key).second) return;
    CriteriaStatus s;
    s.subject = subject;
    s.criteria_set = set;
    s.criterion = ref.number;
    s.status = status;
    s.group = GroupAt(current_node_, span_begin, set, subject);
    s.prov = Provenance{text_.SpanOfFolded(span_begin, span_end), rule};
    out_.statuses.push_back(std::move(s));
  }

  void AddCount(int id, const Claim& c, std::optional<int> listed) {
    const std::string set = SetAt(id, ClauseBegin(LineBegin(id), c.begin), c.end);
    const std::string subject = SubjectAt(id, c.begin, set);
    const std::string status = c.status.primary();
    const std::string key = subject + "|" + set + "|" + status + "|" + std::to_string(c.count) +
                            "|" + (c.total ? std::to_string(*c.total) : "-");
    if (!count_keys_.insert(key).second) return;
    CriteriaCount out;
    out.subject = subject;
    out.criteria_set = set;
    out.status = status;
    out.count = c.count;
    out.total = c.total;
    out.listed = listed;
    out.prov = Provenance{text_.SpanOfFolded(c.begin, c.end), c.rule->id()};
    out_.counts.push_back(std::move(out));
  }

  // ---- clauses ------------------------------------------------------------------

  static bool HardBoundary(std::string_view f, size_t i) {
    const char c = f[i];
    if (c == ';' || c == '(' || c == ')' || c == '\n') return true;
    if (c == '.') return !(i > 0 && IsDigit(f[i - 1]) && i + 1 < f.size() && IsDigit(f[i + 1]));
    return false;
  }
  // Where the sentence around `at` starts: after the last ". " before it.
  size_t SentenceBegin(size_t line_begin, size_t at) const {
    while (at > line_begin + 1 && !(f_[at - 2] == '.' && f_[at - 1] == ' ')) --at;
    return at > line_begin + 1 ? at : line_begin;
  }
  // Where the sentence around `at` ends: at the next ". " (or the line's end).
  size_t SentenceEnd(size_t at, size_t line_end) const {
    while (at + 1 < line_end && !(f_[at] == '.' && f_[at + 1] == ' ')) ++at;
    return at + 1 < line_end ? at : line_end;
  }
  size_t ClauseBegin(size_t line_begin, size_t at) const {
    while (at > line_begin && !HardBoundary(f_, at - 1)) --at;
    return at;
  }
  size_t ClauseEnd(size_t at, size_t line_end) const {
    while (at < line_end && !HardBoundary(f_, at)) ++at;
    return at;
  }

  // Count claims in [b, e).
  std::vector<Claim> ClaimsIn(size_t b, size_t e) const {
    std::vector<Claim> claims;
    const Rule* not_count = rules_.not_count;
    auto preceded_by_number = [&](size_t at) {
      return at > 0 && (IsDigit(f_[at - 1]) ||
                        ((f_[at - 1] == ',' || f_[at - 1] == '.' || f_[at - 1] == '/') && at > 1 &&
                         IsDigit(f_[at - 2])));
    };
    for (const Rule* rule : {rules_.ratio, rules_.number}) {
      for (const RuleMatch& m : All(*rule, b, e)) {
        if (preceded_by_number(m.folded_begin)) continue;
        bool overlaps = false;
        for (const Claim& c : claims) overlaps |= m.folded_begin < c.end && c.begin < m.folded_end;
        if (overlaps) continue;
        RuleMatch nm;
        // "05/05 xã" counts communes; "19/19 tiêu chí xã nông thôn mới" names its set.
        if (!m.has("word") && not_count->MatchAt(text_, m.folded_end, e, &nm)) continue;
        Claim c;
        c.begin = m.folded_begin;
        c.end = m.folded_end;
        c.rule = rule;
        c.count = std::stoi(std::string(text_.FoldedSlice(m.group("count"))));
        if (m.has("total")) c.total = std::stoi(std::string(text_.FoldedSlice(m.group("total"))));
        if (m.has("total") && !m.has("word")) {
          // "chưa đạt 05/19": a status verb must come right before.
          size_t w = m.folded_begin;
          while (w > b && f_[w - 1] == ' ') --w;
          if (w < 3 || f_.compare(w - 3, 3, "dat") != 0) continue;
        }
        claims.push_back(c);
      }
    }
    std::sort(claims.begin(), claims.end(),
              [](const Claim& a, const Claim& c) { return a.begin < c.begin; });
    // Each claim's status: the words from the previous claim or boundary (a comma
    // too) to the next.
    for (size_t i = 0; i < claims.size(); ++i) {
      size_t wb = claims[i].begin;
      const size_t floor = i > 0 ? claims[i - 1].end : b;
      while (wb > floor && !HardBoundary(f_, wb - 1) && f_[wb - 1] != ',') --wb;
      size_t we = claims[i].end;
      const size_t ceil = i + 1 < claims.size() ? claims[i + 1].begin : e;
      while (we < ceil && !HardBoundary(f_, we) && f_[we] != ',' && f_[we] != ':') {
        if (f_.compare(we, 5, " gom ") == 0 || f_.compare(we, 7, " cu the") == 0) break;
        ++we;
      }
      claims[i].status = StatusIn(wb, we);
      // "các tiêu chí chưa đạt (07 tiêu chí)": the words before the parenthesis.
      if (!claims[i].status.any() && wb > b && f_[wb - 1] == '(') {
        claims[i].status = StatusIn(ClauseBegin(b, wb - 1), we);
      }
    }
    claims.erase(std::remove_if(claims.begin(), claims.end(),
                                [](const Claim& c) { return !c.status.any(); }),
                 claims.end());
    return claims;
  }

  // ---- one line -----------------------------------------------------------------

  void ReadNode(int id) {
    current_node_ = id;
    const ntmx::Node& n = Node(id);
    if (n.kind == NodeKind::kTableRow) return;
    const size_t lb = LineBegin(id);
    const size_t le = LineEnd(id);
    if (lb >= le) return;
    std::vector<Claim> claims = ClaimsIn(lb, le);
    // The criteria words of the line, asked once for the enumerations, the heading
    // and the single statements below.
    const std::vector<RuleMatch> line_words = All(*rules_.word, lb, le);
    std::vector<std::pair<size_t, size_t>> used;  // spans read as enumerations
    bool used_items = false;

    // Enumerations opened by "gồm", "cụ thể", ":".
    // A line without a claim or a criteria word opens nothing and is not searched:
    // a lead (a clause of the line, which starts after a boundary character) would
    // need one of them. (A line without ":" or "gồm" is skipped by the rule
    // prefilter: patterns/criteria.toml says every opener holds one.)
    const Rule* opener = rules_.enumeration;
    const bool may_open = !claims.empty() || !line_words.empty();
    size_t at = lb;
    RuleMatch om;
    while (may_open && at < le && opener->FindIn(text_, at, le, &om)) {
      at = std::max(om.folded_end, om.folded_begin + 1);
      size_t lead_b = ClauseBegin(lb, om.folded_begin);
      // "các tiêu chí chưa đạt (07 tiêu chí):": the lead runs on before the
      // parenthesis that ends it.
      {
        size_t p = om.folded_begin;
        while (p > lead_b && f_[p - 1] == ' ') --p;
        if (p == lead_b && p > lb && f_[p - 1] == ')') {
          int depth = 0;
          size_t q = p - 1;
          for (;; --q) {
            if (f_[q] == ')') ++depth;
            if (f_[q] == '(' && --depth == 0) break;
            if (q == lb) break;
          }
          if (f_[q] == '(') lead_b = ClauseBegin(lb, q);
        }
      }
      const size_t lead_e = om.folded_begin;
      bool inside_used = false;
      for (auto [ub, ue] : used) inside_used |= om.folded_begin >= ub && om.folded_begin < ue;
      if (inside_used) continue;
      Claim* claim = nullptr;
      for (Claim& c : claims) {
        if (c.begin >= lead_b && c.end <= lead_e) claim = &c;
      }
      // A lead without the criteria word or a claim introduces no criteria: the
      // status and the rest are not asked (most ":" of a plan end here).
      const std::vector<RuleMatch> lead_words = All(*rules_.word, lead_b, lead_e);
      const bool has_word = !lead_words.empty();
      if (!has_word && claim == nullptr) continue;
      // The list must follow the criteria it introduces closely: "các tiêu chí
      // chưa đạt gồm:", "14/19 tiêu chí, gồm:" — not "các tiêu chí chưa đạt
      // chuẩn, trong Kế hoạch cần … như:" (a list of works, not of criteria).
      size_t last_ref_end = lead_b;
      for (const RuleMatch& w : lead_words) last_ref_end = std::max(last_ref_end, w.folded_end);
      for (const Claim& c : claims)
        if (c.begin >= lead_b && c.end <= lead_e) last_ref_end = std::max(last_ref_end, c.end);
      if (last_ref_end > lead_b) {
        size_t gap_end = lead_e;
        while (gap_end > last_ref_end && (f_[gap_end - 1] == ' ' || f_[gap_end - 1] == ','))
          --gap_end;
        if (gap_end > last_ref_end + 60 ||
            f_.substr(last_ref_end, gap_end - last_ref_end).find(',') != std::string::npos)
          continue;
      }
      StatusSet status = StatusIn(lead_b, lead_e);
      if (claim != nullptr) {
        // The claim's own words decide ("05/20 … chưa đạt"), with a promise kept.
        const bool planned = status.planned || claim->status.planned;
        status = claim->status;
        status.planned = planned && status.unmet ? true : status.planned;
      }
      if (!status.any()) continue;
      // The region: up to the ")" closing a "(" before the lead, else the line end.
      size_t region_e = le;
      if (lead_b > lb && f_[lead_b - 1] == '(') {
        int depth = 1;
        for (size_t i = om.folded_end; i < le; ++i) {
          if (f_[i] == '(') ++depth;
          if (f_[i] == ')' && --depth == 0) {
            region_e = i;
            break;
          }
        }
      }
      const std::string set = SetAt(id, lead_b, lead_e);
      const std::string subject = SubjectAt(id, lead_b, set);
      std::vector<Ref> refs = ListIn(set, om.folded_end, region_e);
      // A claim after the opener ("gồm 08 tiêu chí:") belongs to this list too.
      if (claim == nullptr) {
        for (Claim& c : claims) {
          if (c.begin >= om.folded_end && c.end <= region_e) claim = &c;
        }
      }
      std::vector<std::pair<Ref, int>> item_refs;
      if (refs.empty()) {
        size_t tail = region_e;
        while (tail > om.folded_end && (f_[tail - 1] == ' ' || f_[tail - 1] == '*')) --tail;
        const bool ends_colon = tail > lb && f_[tail - 1] == ':';
        if (ends_colon || region_e == le) {
          ItemsOf(id, status, set, &item_refs);
          used_items = true;
        }
      }
      used.push_back({lead_b, region_e});
      std::set<int> distinct;
      for (const Ref& ref : refs) {
        distinct.insert(ref.number);
        for (const std::string& s : status.given())
          AddStatus(subject, set, ref, s, ref.begin, ref.end, "criteria.enumeration");
      }
      for (const auto& item_ref : item_refs) {
        const Ref& ref = item_ref.first;
        distinct.insert(ref.number);
        for (const std::string& s : status.given())
          AddStatus(subject, set, ref, s, ref.begin, ref.end, "criteria.enumeration");
      }
      if (claim != nullptr && !claim->attached) {
        claim->attached = true;
        AddCount(id, *claim,
                 distinct.empty() ? std::nullopt
                                  : std::optional<int>(static_cast<int>(distinct.size())));
      }
      if (region_e == le) break;
      at = std::max(at, region_e);
    }

    // A heading without an opener whose items are criteria ("12. Xây dựng thị trấn
    // Tam Đường đạt chuẩn đô thị văn minh" + "- Tiêu chí số 1 …").
    if (!used_items && n.kind != NodeKind::kParagraph) {
      bool has_items = false;
      for (int c : n.children) has_items |= IsItem(c);
      const StatusSet status = has_items ? StatusIn(lb, le) : StatusSet();
      if (has_items && status.any() && (!line_words.empty() || SetIn(lb, le).has_value()) &&
          !Any(*rules_.aggregate, lb, le)) {
        const std::string set = SetAt(id, lb, le);
        const std::string subject = SubjectAt(id, le, set);
        std::vector<std::pair<Ref, int>> item_refs;
        ItemsOf(id, status, set, &item_refs);
        for (const auto& [ref, item] : item_refs) {
          for (const std::string& s : status.given())
            AddStatus(subject, set, ref, s, ref.begin, ref.end, "criteria.heading");
        }
        if (!item_refs.empty()) used.push_back({lb, le});
      }
    }

    // A list in parentheses right after a claim: "còn 02 tiêu chí chưa đạt (Y tế,
    // Văn hóa)". Not when the parenthesis makes claims of its own ("6/9 tiêu chí
    // (tăng 03 tiêu chí … gồm: …)": that list is the inner claim's).
    for (Claim& c : claims) {
      if (c.attached) continue;
      size_t p = c.end;
      while (p < le && p < c.end + 25 && f_[p] != '(' && !HardBoundary(f_, p) && f_[p] != ',') ++p;
      if (p >= le || f_[p] != '(') continue;
      size_t close = p;
      int depth = 0;
      for (; close < le; ++close) {
        if (f_[close] == '(') ++depth;
        if (f_[close] == ')' && --depth == 0) break;
      }
      bool inner_claim = false;
      for (const Claim& other : claims) inner_claim |= other.begin > p && other.begin < close;
      if (inner_claim) continue;
      const std::string set = SetAt(id, ClauseBegin(lb, c.begin), c.end);
      const std::string subject = SubjectAt(id, c.begin, set);
      const std::vector<Ref> refs = ListIn(set, p + 1, close);
      if (refs.empty()) continue;
      std::set<int> distinct;
      for (const Ref& ref : refs) {
        distinct.insert(ref.number);
        for (const std::string& st : c.status.given())
          AddStatus(subject, set, ref, st, ref.begin, ref.end, "criteria.enumeration");
      }
      used.push_back({p, close});
      c.attached = true;
      AddCount(id, c, static_cast<int>(distinct.size()));
    }

    // Claims with no list.
    for (Claim& c : claims) {
      if (!c.attached) {
        c.attached = true;
        AddCount(id, c, std::nullopt);
      }
    }

    // Single statements: "Duy trì chuẩn tiêu chí số 3 …", "huyện hoàn thành tiêu
    // chí số 1 về quy hoạch", one clause at a time.
    for (const RuleMatch& m : line_words) {
      bool inside_used = false;
      for (auto [ub, ue] : used) inside_used |= m.folded_begin >= ub && m.folded_begin < ue;
      if (inside_used) continue;
      size_t cb = m.folded_begin;
      while (cb > lb && !HardBoundary(f_, cb - 1) && f_[cb - 1] != ':') --cb;
      size_t ce = m.folded_end;
      while (ce < le && !HardBoundary(f_, ce) && f_[ce] != ':') ++ce;
      // The cue must stand close before the criterion, in the same comma-separated
      // part: "Duy trì chuẩn tiêu chí số 3", not "…, đạt hiệu quả cao, hướng dẫn
      // xã thực hiện tiêu chí số 2".
      size_t cue_b = m.folded_begin;
      while (cue_b > cb && f_[cue_b - 1] != ',' && m.folded_begin - cue_b < 60) --cue_b;
      if (Any(*rules_.aggregate, cb, m.folded_begin) ||
          Any(*rules_.indicator_of, cb, std::min(ce, m.folded_end + 12)))
        continue;
      const StatusSet before = StatusIn(cue_b, m.folded_begin);
      const std::string set = SetAt(id, cb, ce);
      auto ref = RefAfterWord(set, m.folded_begin, m.folded_end, ce);
      if (!ref) continue;
      std::vector<std::string> given = before.given();
      size_t span_end = ref->end;
      if (given.empty()) {
        // The verdict after the name: "Tiêu chí số 1 về Quy hoạch: Đạt", "tiêu
        // chí Y tế chưa đạt". A bare "đạt" must end the clause ("đạt 90%" is a
        // target).
        size_t a = ref->end;
        while (a < le && (f_[a] == ' ' || f_[a] == ':' || f_[a] == '-' || f_[a] == '(')) ++a;
        auto word_at = [&](size_t at, std::string_view w) {
          return f_.compare(at, w.size(), w) == 0 &&
                 (at + w.size() >= le ||
                  !std::isalnum(static_cast<unsigned char>(f_[at + w.size()])));
        };
        auto clause_ends = [&](size_t at) {
          while (at < le && f_[at] == ' ') ++at;
          return at >= le || f_[at] == '.' || f_[at] == ';' || f_[at] == ',' || f_[at] == ')' ||
                 word_at(at, "chuan");
        };
        if (word_at(a, "chua dat") || word_at(a, "khong dat")) {
          given = {"unmet"};
          span_end = a + 8;
        } else if (word_at(a, "da dat") && clause_ends(a + 6)) {
          given = {"met"};
          span_end = a + 6;
        } else if (word_at(a, "dat") && clause_ends(a + 3)) {
          given = {"met"};
          span_end = a + 3;
        }
      }
      if (given.empty()) continue;
      const std::string subject = SubjectAt(id, cb, set);
      for (const std::string& s : given)
        AddStatus(subject, set, *ref, s, std::min(cb, ref->begin), span_end, "criteria.statement");
    }
  }

  // ---- tables -------------------------------------------------------------------

  static std::vector<std::pair<size_t, size_t>> Cells(std::string_view f, size_t b, size_t e) {
    std::vector<std::pair<size_t, size_t>> cells;
    const bool pipes = f.substr(b, e - b).find('|') != std::string_view::npos;
    const char sep = pipes ? '|' : '\t';
    size_t start = b;
    if (pipes) {
      while (start < e && f[start] != '|') ++start;
      ++start;
    }
    for (size_t i = start; i <= e; ++i) {
      if (i == e || f[i] == sep) {
        size_t cb = start, ce = i;
        while (cb < ce && (f[cb] == ' ' || f[cb] == '*')) ++cb;
        while (ce > cb && (f[ce - 1] == ' ' || f[ce - 1] == '*')) --ce;
        if (!(pipes && i == e && cb == ce)) cells.push_back({cb, ce});
        start = i + 1;
      }
    }
    if (pipes && !cells.empty() && cells.back().first == cells.back().second) cells.pop_back();
    return cells;
  }

  void ReadTables() {
    // Consecutive rows (pipe rows, or lines with tabs) form one table.
    const auto& nodes = doc_.tree.nodes;
    std::vector<std::vector<int>> tables;
    int previous = -1;
    for (size_t id = 1; id < nodes.size(); ++id) {
      const size_t lb = LineBegin(static_cast<int>(id)), le = LineEnd(static_cast<int>(id));
      const bool row = nodes[id].kind == NodeKind::kTableRow || Holds(lb, le, "\t");
      if (!row) continue;
      if (previous < 0 || nodes[id].parent != nodes[static_cast<size_t>(previous)].parent ||
          id != static_cast<size_t>(previous) + 1)
        tables.emplace_back();
      tables.back().push_back(static_cast<int>(id));
      previous = static_cast<int>(id);
    }
    for (const std::vector<int>& rows : tables) ReadTable(rows);
  }

  void ReadTable(const std::vector<int>& rows) {
    if (rows.size() < 2) return;
    // The header: the first row with a status column.
    int met_col = -1, unmet_col = -1, result_col = -1, plan_col = -1;
    size_t header = rows.size();
    for (size_t r = 0; r < rows.size() && header == rows.size(); ++r) {
      const auto cells = Cells(f_, LineBegin(rows[r]), LineEnd(rows[r]));
      for (size_t c = 0; c < cells.size(); ++c) {
        const std::string cell = f_.substr(cells[c].first, cells[c].second - cells[c].first);
        if (cell == "dat" || cell == "da dat")
          met_col = static_cast<int>(c);
        else if (cell == "chua dat")
          unmet_col = static_cast<int>(c);
        else if (cell.find("ket qua") != std::string::npos ||
                 cell.find("danh gia") != std::string::npos ||
                 cell.find("hien trang") != std::string::npos ||
                 cell.find("thuc trang") != std::string::npos ||
                 cell.find("tinh trang") != std::string::npos)
          result_col = static_cast<int>(c);
        else if (cell.find("ke hoach") != std::string::npos ||
                 cell.find("phan dau") != std::string::npos ||
                 cell.find("muc tieu") != std::string::npos)
          plan_col = static_cast<int>(c);
      }
      if (met_col >= 0 || unmet_col >= 0 || result_col >= 0 || plan_col >= 0) header = r;
    }
    if (header == rows.size()) return;
    for (size_t r = header + 1; r < rows.size(); ++r) {
      const int id = rows[r];
      const size_t lb = LineBegin(id), le = LineEnd(id);
      const auto cells = Cells(f_, lb, le);
      if (cells.empty() || rules_.table_rule->Matches(std::string(text_.Slice(Node(id).line))))
        continue;
      const std::string set = SetAt(id, lb, lb);
      std::optional<Ref> ref;
      for (size_t c = 0; c < cells.size() && !ref; ++c) {
        const auto [cb, ce] = cells[c];
        if (static_cast<int>(c) == met_col || static_cast<int>(c) == unmet_col ||
            static_cast<int>(c) == result_col || static_cast<int>(c) == plan_col)
          continue;
        RuleMatch m;
        if (rules_.word->FindIn(text_, cb, ce, &m)) {
          ref = RefAfterWord(set, m.folded_begin, m.folded_end, ce);
        } else if (auto name = NameAt(set, cb, ce)) {
          // A name cell must be the name (and little more), not a sentence.
          if (name->end + 3 >= ce) ref = name;
        }
      }
      if (!ref) continue;
      auto cell_text = [&](int c) -> std::string {
        if (c < 0 || static_cast<size_t>(c) >= cells.size()) return {};
        return f_.substr(
            cells[static_cast<size_t>(c)].first,
            cells[static_cast<size_t>(c)].second - cells[static_cast<size_t>(c)].first);
      };
      auto marked = [](const std::string& v) { return !v.empty() && v != "-" && v != "0"; };
      std::vector<std::string> statuses;
      auto value_status = [](const std::string& v) -> std::string {
        if (v.rfind("chua dat", 0) == 0 || v.rfind("khong dat", 0) == 0) return "unmet";
        if (v.rfind("dat", 0) == 0 || v.rfind("da dat", 0) == 0) return "met";
        return {};
      };
      if (const std::string s = value_status(cell_text(result_col)); !s.empty())
        statuses.push_back(s);
      if (marked(cell_text(met_col)) && value_status(cell_text(met_col)) != "unmet")
        statuses.push_back("met");
      if (marked(cell_text(unmet_col))) statuses.push_back("unmet");
      if (value_status(cell_text(plan_col)) == "met" &&
          std::find(statuses.begin(), statuses.end(), "met") == statuses.end())
        statuses.push_back("planned");
      const std::string subject = SubjectAt(id, lb, set);
      for (const std::string& s : statuses)
        AddStatus(subject, set, *ref, s, lb, le, "criteria.table");
    }
  }

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
  mutable std::map<std::pair<size_t, size_t>, std::optional<std::string>> set_in_;  // SetIn
};

CriteriaReader::CriteriaReader(const Resources& resources)
    : resources_(resources), rules_(std::make_unique<CriteriaRules>(resources.rules)) {
  if (resources.catalogue != nullptr) longest_name_key_ = LongestNameKey(*resources.catalogue);
}

CriteriaReader::~CriteriaReader() = default;

const std::vector<std::string>& CriteriaReader::RequiredRules() {
  static const std::vector<std::string> rules = {"criteria.word",
                                                 "criteria.indicator_of",
                                                 "criteria.status.unmet",
                                                 "criteria.status.met",
                                                 "criteria.status.planned",
                                                 "criteria.claim.ratio",
                                                 "criteria.status.goal_recognition",
                                                 "criteria.claim.number",
                                                 "criteria.claim.not_count",
                                                 "criteria.enumeration",
                                                 "criteria.aggregate",
                                                 "criteria.recognised_year",
                                                 "criteria.period_named",
                                                 "criteria.group",
                                                 "criteria.subject.heading_name",
                                                 "criteria.subject.village",
                                                 "criteria.status.present",
                                                 "criteria.heading.report",
                                                 "criteria.heading.plan",
                                                 "structure.table_rule"};
  return rules;
}

Status CriteriaReader::Create(const Resources& resources, std::unique_ptr<CriteriaReader>* out) {
  for (const std::string& id : RequiredRules()) {
    if (resources.rules.Find(id) == nullptr) {
      return Status::InvalidInput("the criteria extractors need rule '" + id +
                                  "' (patterns/criteria.toml)");
    }
  }
  if (resources.catalogue == nullptr || resources.gazetteer == nullptr) {
    return Status::InvalidInput("the criteria extractors need the catalogue and the gazetteer");
  }
  *out = std::make_unique<CriteriaReader>(resources);
  return Status::Ok();
}

CriteriaReading CriteriaReader::Read(const DocumentView& doc, const Extraction& so_far) const {
  return CriteriaReadingPass(*this, doc, so_far).Run();
}

}  // namespace ntmx
