// See criteria_reader.h; the pass and the files its reading is split into are
// described in criteria_pass.h. This file: the reader's public interface, the
// document's defaults (place, set, period, group), the status and set cues, and
// the recording of statuses and counts.
#include "extract/criteria_reader.h"
#include "extract/criterion_refs.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "criteria/catalogue.h"
#include "criteria/commune_group.h"
#include "extract/criteria_pass.h"
#include "extract/plan_context.h"
#include "places/gazetteer.h"
#include "rules/rule_binding.h"
#include "text/fold.h"

namespace ntmx {
namespace {

// The one table of the reader's rules (criteria_pass.h, CriteriaRules).
constexpr RuleField<CriteriaRules> kCriteriaRules[] = {
    {&CriteriaRules::word, "criteria.word"},
    {&CriteriaRules::indicator_of, "criteria.indicator_of"},
    {&CriteriaRules::unmet, "criteria.status.unmet"},
    {&CriteriaRules::met, "criteria.status.met"},
    {&CriteriaRules::goal_recognition, "criteria.status.goal_recognition"},
    {&CriteriaRules::planned, "criteria.status.planned"},
    {&CriteriaRules::ratio, "criteria.claim.ratio"},
    {&CriteriaRules::number, "criteria.claim.number"},
    {&CriteriaRules::not_count, "criteria.claim.not_count"},
    {&CriteriaRules::enumeration, "criteria.enumeration"},
    {&CriteriaRules::aggregate, "criteria.aggregate"},
    {&CriteriaRules::recognised_year, "criteria.recognised_year"},
    {&CriteriaRules::period_named, "criteria.period_named"},
    {&CriteriaRules::group, "criteria.group"},
    {&CriteriaRules::heading_name, "criteria.subject.heading_name"},
    {&CriteriaRules::village, "criteria.subject.village"},
    {&CriteriaRules::present, "criteria.status.present"},
    {&CriteriaRules::heading_report, "criteria.heading.report"},
    {&CriteriaRules::heading_plan, "criteria.heading.plan"},
    {&CriteriaRules::table_rule, "structure.table_rule"},
    {&CriteriaRules::not_before, "criteria.claim.not_before"},
    {&CriteriaRules::change, "criteria.claim.change"},
    {&CriteriaRules::extra, "criteria.extra"},
    {&CriteriaRules::time, "criteria.status.time"},
    {&CriteriaRules::village_column, "criteria.table.village_column"},
    {&CriteriaRules::met_column, "criteria.table.met_column"},
    {&CriteriaRules::unmet_column, "criteria.table.unmet_column"},
    {&CriteriaRules::result_column, "criteria.table.result_column"},
    {&CriteriaRules::plan_column, "criteria.table.plan_column"},
    {&CriteriaRules::cell_status, "criteria.table.cell_status"},
    {&CriteriaRules::status_line, "criteria.status_line"},
    {&CriteriaRules::verdict_after, "criteria.verdict_after"},
    {&CriteriaRules::many_before, "criteria.claim.many_before"},
    {&CriteriaRules::many_after, "criteria.claim.many_after"},
    {&CriteriaRules::bare_name, "criteria.subject.bare_name"},
    {&CriteriaRules::bare_name_not, "criteria.subject.bare_name_not"},
};

}  // namespace

// Folded bytes of `s` whose NameKey (catalogue.cc: whitespace collapsed, "&" read
// as "và") is `key_length` bytes long.
size_t CriteriaReadingPass::FoldedLengthOfKey(std::string_view s, size_t key_length) {
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

CriteriaReadingPass::CriteriaReadingPass(const CriteriaReader& reader, const DocumentView& doc,
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

CriteriaReading CriteriaReadingPass::Run() {
  const auto& nodes = doc_.tree.nodes;
  ReadExtraCriteria();  // before the tables, whose rows may name an added criterion
  FindTables();
  for (size_t id = 1; id < nodes.size(); ++id) ReadNode(static_cast<int>(id));
  ReadTables();
  return std::move(out_);
}

// ---- defaults ---------------------------------------------------------------

// The defaults come from the plan context (extract/plan_context.h), the one place
// that decides them for every extractor.
void CriteriaReadingPass::DecideDefaults() {
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
std::string CriteriaReadingPass::InDocumentPeriod(const std::string& set) const {
  return catalogue_.InPeriod(set, period_);
}

// The set of the earlier period that `set` took the place of, or empty.
std::string CriteriaReadingPass::Predecessor(const std::string& set) const {
  for (const CriteriaSetInfo& s : catalogue_.sets()) {
    if (s.next == set) return s.id;
  }
  return {};
}

// Whether the clause [b, e) reports a standing under an earlier period's set: a
// recognition in a year before the document's period ("đã đạt chuẩn nông thôn
// mới nâng cao năm 2023"), or a count out of `earlier`'s size that is not
// `set`'s ("đạt 15/19 tiêu chí").
bool CriteriaReadingPass::ClauseReportsEarlierPeriod(const std::string& set,
                                                     const std::string& earlier, size_t b,
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
bool CriteriaReadingPass::UnderEarlierPeriodHeading(int id) const {
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
std::string CriteriaReadingPass::PeriodSet(const std::string& cue, int id, size_t b,
                                           size_t e) const {
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
std::optional<int> CriteriaReadingPass::GroupAt(int id, size_t b, const std::string& set,
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

std::vector<RuleMatch> CriteriaReadingPass::All(const Rule& rule, size_t b, size_t e) const {
  std::vector<RuleMatch> out;
  RuleMatch m;
  size_t at = b;
  while (at < e && rule.FindIn(text_, at, e, &m)) {
    out.push_back(m);
    at = std::max(m.folded_end, m.folded_begin + 1);
  }
  return out;
}

bool CriteriaReadingPass::Any(const Rule& rule, size_t b, size_t e) const {
  RuleMatch m;
  return b < e && rule.FindIn(text_, b, e, &m);
}

// The ancestors of node `id`, innermost first (not `id` itself).
std::vector<int> CriteriaReadingPass::Ancestors(int id) const {
  std::vector<int> out;
  for (int a = Node(id).parent; a > 0; a = Node(a).parent) out.push_back(a);
  return out;
}

// ---- status and set cues ---------------------------------------------------------

CriteriaReadingPass::StatusSet CriteriaReadingPass::StatusIn(size_t b, size_t e) const {
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
    for (const RuleMatch& g : goals) {
      // "đến hết năm 2023 … được công nhận" in a 2024 plan is history.
      if (g.has("year") && facts_.year &&
          (std::stoi(std::string(text_.FoldedSlice(g.group("year")))) < *facts_.year ||
           HeadingTense() > 0))
        continue;
      promised |= g.folded_begin <= m.folded_begin && m.folded_end <= g.folded_end;
    }
    if (promised) {
      s.planned = true;
      continue;
    }
    s.met = true;
    strong.push_back({m.folded_begin, m.folded_end});
  }
  bool only_bare_dat = true;
  size_t bare_at = e;
  for (const RuleMatch& m : All(*rules_.planned, b, e)) {
    bool inside = false;
    for (auto [sb, se] : strong) inside |= m.folded_begin < se && sb < m.folded_end;
    if (inside) continue;
    s.planned = true;
    only_bare_dat &= m.folded_end - m.folded_begin == 3;  // "dat"
    bare_at = std::min(bare_at, m.folded_begin);
  }
  // "Đến nay, xã đạt 15/19 tiêu chí": a bare "đạt" in the present is met; so is
  // one under a heading that reports ("I. THỰC TRẠNG") rather than plans. Beside
  // "chưa đạt", such a "đạt" promises nothing.
  if (s.planned && only_bare_dat && !s.met && BareDatReports(ClauseBegin(0, b), e, bare_at)) {
    s.planned = false;
    if (!s.unmet) s.met = true;
  }
  return s;
}

// Whether a bare "đạt" at `bare_at` in the clause [b, e) reports what is met:
// a review date, or a year before the plan's, says so, and a year from the
// plan's on makes it a goal ("Đến hết năm 2024, xã … đạt 20/20" in a 2024 plan)
// unless the clause says "hiện"/"đến nay"; then words of the present, the
// headings above, and last a place named right before "đạt" ("xã An Phú đạt 14
// tiêu chí", or a bare name in a list: "…, Tân Lộc đạt 12 tiêu chí").
bool CriteriaReadingPass::BareDatReports(size_t b, size_t e, size_t bare_at) const {
  const std::vector<RuleMatch> present = All(*rules_.present, b, e);
  bool now = false;
  for (const RuleMatch& m : present) {
    const std::string_view w = text_.FoldedSlice(m.span);
    // why: which alternative of criteria.present matched ("hiện", "đến nay": the present,
    // not a goal year); the rule holds the words.
    now |= w.rfind("hien", 0) == 0 || w.rfind("den nay", 0) == 0;
  }
  auto number = [&](const RuleMatch& m, std::string_view group) {
    return std::stoi(std::string(text_.FoldedSlice(m.group(group))));
  };
  for (const RuleMatch& m : All(*rules_.time, b, e)) {
    if (m.has("date")) {
      // A review date ("đến ngày 31/12/2023") reports; a date after the plan was
      // issued ("trước ngày 30/11/2024") is a deadline.
      char iso[16];  // why: "day", "month", "date_year" name the groups of criteria.time
      std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", number(m, "date_year") % 10000,
                    number(m, "month") % 100, number(m, "day") % 100);
      if (facts_.issue_date) return iso <= *facts_.issue_date;
      return !facts_.year || number(m, "date_year") <= *facts_.year;
    }
    const int year = number(m, "year");
    if (facts_.year && year < *facts_.year) return true;
    // A goal, unless the clause says "hiện" or the heading above reports (a
    // report of the plan year itself).
    if (facts_.year && !now) return HeadingTense() > 0;
  }
  if (!present.empty()) return true;
  const int tense = HeadingTense();
  if (tense != 0) return tense > 0;
  return SubjectRightBefore(bare_at);
}

// Whether a commune or district is named right before folded byte `at` (a bare
// "đạt", three folded bytes).
bool CriteriaReadingPass::SubjectRightBefore(size_t at) const {
  for (const PlaceMention& m : mentions_) {
    if (m.level != PlaceLevel::kCommune && m.level != PlaceLevel::kDistrict) continue;
    const size_t end = text_.FoldedByteOf(m.full_span.end);
    if (end <= at && at - end <= 1) return true;
  }
  // A bare name in a list ("…, Tân Lộc đạt 12 tiêu chí"): `at` is the bare "đạt".
  return BareNameEndingAt(0, at + 3).has_value();
}

int CriteriaReadingPass::HeadingTense() const {
  if (current_node_ <= 0) return 0;
  for (int a : Ancestors(current_node_)) {
    if (Any(*rules_.heading_report, LineBegin(a), LineEnd(a))) return 1;
    if (Any(*rules_.heading_plan, LineBegin(a), LineEnd(a))) return -1;
  }
  return 0;
}

// The criteria set whose cue comes first in [b, e).
// A cue that overlaps the first one and whose rule is listed before it (more
// specific) wins: "Bộ tiêu chí xã nông thôn mới nâng cao" is the advanced set,
// though "bộ tiêu chí xã" starts first.
// Remembered by range: the same lines (a statement's, the headings above it) are
// asked again for every statement under them.
std::optional<std::string> CriteriaReadingPass::SetIn(size_t b, size_t e) const {
  if (b >= e) return std::nullopt;
  const auto [it, added] = set_in_.try_emplace({b, e});
  // The same choice among cues as the plan context makes for the title (plan_context.h).
  if (added) it->second = ntmx::FirstSetCue(set_rules_, text_, b, e);
  return it->second;
}

std::string CriteriaReadingPass::SetAt(int id, size_t b, size_t e) const {
  return PeriodSet(CueSetAt(id, b, e), id, b, e);
}

// The set the nearest cue names (the words, the line, the headings above), or
// the document's.
std::string CriteriaReadingPass::CueSetAt(int id, size_t b, size_t e) const {
  if (auto s = SetIn(b, e)) return *s;
  // The words right after: "đạt 10/10 tiêu chí xã nông thôn mới theo mức …".
  if (e >= LineBegin(id) && e < LineEnd(id)) {
    size_t after = e;
    const size_t ceil = std::min(LineEnd(id), e + kBoundaryWindow);
    while (after < ceil && !HardBoundary(f_, after) && f_[after] != ',' && f_[after] != ':')
      ++after;
    if (auto s = SetIn(e, after)) return *s;
  }
  // A village's own statement ("Thôn Khe Su đạt 12/15 tiêu chí"): the village set.
  if (VillageIn(b, e)) {
    for (const CriteriaSetInfo& info : catalogue_.sets())
      if (info.subject_level == "village") return info.id;
  }
  if (auto s = SetIn(LineBegin(id), LineEnd(id))) return *s;
  for (int a : Ancestors(id)) {
    if (auto s = SetIn(LineBegin(a), LineEnd(a))) return *s;
  }
  return default_set_;
}

// ---- recording ----------------------------------------------------------------

void CriteriaReadingPass::AddStatus(const std::string& subject, const std::string& set,
                                    const Ref& ref, const std::string& status, size_t span_begin,
                                    size_t span_end, const std::string& rule) {
  if (ref.written_number && ref.named_number && *ref.written_number != *ref.named_number) {
    const std::string key = subject + "|" + set + "|" + std::to_string(*ref.written_number) + "|" +
                            std::to_string(*ref.named_number);
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

void CriteriaReadingPass::AddCount(int id, const Claim& c, std::optional<int> listed) {
  const std::string set = SetAt(id, ClauseBegin(LineBegin(id), c.begin), c.end);
  std::string subject = SubjectAt(id, c.begin, set);
  const CriteriaSetInfo* info = catalogue_.Set(set);
  if (info == nullptr || info->subject_level == "commune") {
    if (auto bare = BareNameBefore(id, c.begin)) subject = *bare;
  }
  const std::string status = c.status.primary();
  const std::string key = subject + "|" + set + "|" + status + "|" + std::to_string(c.count) + "|" +
                          (c.total ? std::to_string(*c.total) : "-");
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

CriteriaReader::CriteriaReader(const Resources& resources,
                               std::unique_ptr<const CriteriaRules> rules)
    : resources_(resources), rules_(std::move(rules)) {
  if (resources.catalogue != nullptr) longest_name_key_ = LongestNameKey(*resources.catalogue);
}

CriteriaReader::~CriteriaReader() = default;

Status CriteriaReader::Create(const Resources& resources, std::unique_ptr<CriteriaReader>* out) {
  auto rules = std::make_unique<CriteriaRules>();
  if (Status s = BindRules<CriteriaRules>(resources.rules, kCriteriaRules,
                                          "the criteria extractors", rules.get());
      !s.ok()) {
    return s;
  }
  if (resources.catalogue == nullptr || resources.gazetteer == nullptr) {
    return Status::InvalidInput("the criteria extractors need the catalogue and the gazetteer");
  }
  out->reset(new CriteriaReader(resources, std::move(rules)));
  return Status::Ok();
}

CriteriaReading CriteriaReader::Read(const DocumentView& doc, const Extraction& so_far) const {
  return CriteriaReadingPass(*this, doc, so_far).Run();
}

}  // namespace ntmx
