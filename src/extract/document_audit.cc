// See document_audit.h.
#include "extract/document_audit.h"

#include <cctype>
#include <map>
#include <set>

#include "criteria/catalogue.h"
#include "places/gazetteer.h"
#include "text/fold.h"

namespace ntmx {
namespace {

class Auditor {
 public:
  Auditor(const DocumentView& doc, const Resources& r, Extraction* e)
      : doc_(doc), r_(r), e_(e), province_(e->document.locality.province.value_or("")) {}

  void Run() {
    CountMismatch();
    CountTotalMismatch();
    SetSizeMismatch();
    StatusConflict();
    SectionNumberingGap();
    StaleDeadline();
  }

 private:
  void Add(const std::string& check, std::optional<std::string> subject, std::string message,
           Span span, const std::string& rule, const std::string& fact = {}) {
    const std::string key = check + "|" + subject.value_or("") + "|" + fact;
    if (!keys_.insert(key).second) return;
    Finding f;
    f.check = check;
    f.subject = std::move(subject);
    f.severity = "warning";
    f.message = std::move(message);
    f.prov = Provenance{span, rule};
    e_->findings.push_back(std::move(f));
  }

  static std::string Total(const CriteriaCount& c) {
    return std::to_string(c.count) + (c.total ? "/" + std::to_string(*c.total) : "");
  }

  void CountMismatch() {
    for (const CriteriaCount& c : e_->criteria_counts) {
      if (!c.listed || *c.listed == c.count) continue;
      Add("count_mismatch", c.subject,
          c.subject + ": the plan claims " + Total(c) + " criteria " + c.status + " (" +
              c.criteria_set + ") but lists " + std::to_string(*c.listed) + ".",
          c.prov.span, "audit.count_mismatch",
          c.status + std::to_string(c.count) + "/" + std::to_string(*c.listed));
    }
  }

  // How many criteria `set` has in the plan's province: its highest number, since
  // a catalogue may leave out a criterion it does not name (do_thi_van_minh has
  // no 4); and a criterion the plan itself adds to the set ("có thêm tiêu chí số
  // 20 về …", read as statuses of criterion 20) counts too.
  int SetSize(const std::string& set) const {
    int size = 0;
    for (const CriterionEntry* e : r_.catalogue->Criteria(set, province_)) {
      size = std::max(size, e->number);
    }
    if (size > 0) {
      for (const CriteriaStatus& s : e_->criteria_status) {
        if (s.criteria_set == set && s.criterion == size + 1) size = s.criterion;
      }
    }
    return size;
  }

  // Met and unmet counts of one subject and set should add up to the total; with
  // several claims of each (earlier and later in the plan), any pair that adds up
  // clears the subject.
  void CountTotalMismatch() {
    std::map<std::pair<std::string, std::string>, std::vector<const CriteriaCount*>> met, unmet;
    for (const CriteriaCount& c : e_->criteria_counts) {
      if (c.status == "met") met[{c.subject, c.criteria_set}].push_back(&c);
      if (c.status == "unmet") unmet[{c.subject, c.criteria_set}].push_back(&c);
    }
    for (const auto& [key, mets] : met) {
      auto it = unmet.find(key);
      if (it == unmet.end()) continue;
      bool adds_up = false;
      const CriteriaCount* m = mets.front();
      const CriteriaCount* u = it->second.front();
      int total = 0;
      for (const CriteriaCount* a : mets) {
        for (const CriteriaCount* b : it->second) {
          const int t = a->total ? *a->total : b->total ? *b->total : SetSize(key.second);
          if (t <= 0 || a->count + b->count == t) adds_up = true;
          // Without a claimed total, a province's extra criterion may count too.
          if (!a->total && !b->total && a->count + b->count == t + 1 &&
              r_.catalogue->ByNumber(key.second, t + 1) != nullptr)
            adds_up = true;
          if (total == 0) total = t;
        }
      }
      if (adds_up || total <= 0) continue;
      Add("count_total_mismatch", key.first,
          key.first + ": " + std::to_string(m->count) + " criteria met and " +
              std::to_string(u->count) + " unmet (" + key.second + ") make " +
              std::to_string(m->count + u->count) + ", not the total of " + std::to_string(total) +
              ".",
          u->prov.span, "audit.count_total_mismatch");
    }
  }

  void SetSizeMismatch() {
    for (const CriteriaCount& c : e_->criteria_counts) {
      if (!c.total) continue;
      const int size = SetSize(c.criteria_set);
      if (size <= 0 || size == *c.total) continue;
      // A criterion some province adds (xa_ntm_nang_cao's 20th) may have been
      // added by this province too, without the catalogue knowing it yet.
      if (*c.total == size + 1 && r_.catalogue->ByNumber(c.criteria_set, *c.total) != nullptr)
        continue;
      Add("set_size_mismatch", c.subject,
          c.subject + ": the claim " + Total(c) + " counts " + std::to_string(*c.total) +
              " criteria, but the set " + c.criteria_set + " has " + std::to_string(size) +
              (province_.empty() ? "" : " in " + province_) + ".",
          c.prov.span, "audit.set_size_mismatch", std::to_string(*c.total));
    }
  }

  void StatusConflict() {
    std::map<std::tuple<std::string, std::string, int>,
             std::map<std::string, const CriteriaStatus*>>
        by;
    for (const CriteriaStatus& s : e_->criteria_status) {
      by[{s.subject, s.criteria_set, s.criterion}].emplace(s.status, &s);
    }
    for (const auto& [key, statuses] : by) {
      auto met = statuses.find("met");
      auto unmet = statuses.find("unmet");
      if (met == statuses.end() || unmet == statuses.end()) continue;
      const auto& [subject, set, criterion] = key;
      const CriterionEntry* entry = r_.catalogue->ByNumber(set, criterion);
      Add("status_conflict", subject,
          subject + ": criterion " + std::to_string(criterion) +
              (entry ? " (" + entry->name + ")" : "") + " of " + set +
              " is stated both met and unmet in this plan.",
          unmet->second->prov.span, "audit.status_conflict", set + std::to_string(criterion));
    }
  }

  static int RomanValue(const std::string& s) {
    int total = 0, prev = 0;
    for (auto it = s.rbegin(); it != s.rend(); ++it) {
      int v = 0;
      switch (*it) {
        case 'I':
          v = 1;
          break;
        case 'V':
          v = 5;
          break;
        case 'X':
          v = 10;
          break;
        case 'L':
          v = 50;
          break;
        default:
          return 0;
      }
      total += v < prev ? -v : v;
      prev = std::max(prev, v);
    }
    return total;
  }

  static int LastNumber(const Node& n) {
    // A part of a decimal outline is numbered "5" (structure/numbering.h).
    if (n.kind == NodeKind::kPart &&
        !(n.marker.size() > 0 && std::isdigit(static_cast<unsigned char>(n.marker[0])))) {
      return RomanValue(n.marker);
    }
    const size_t dot = n.marker.rfind('.');
    const std::string last = dot == std::string::npos ? n.marker : n.marker.substr(dot + 1);
    if (last.empty() || last.find_first_not_of("0123456789") != std::string::npos) return 0;
    return std::stoi(last);
  }

  void SectionNumberingGap() {
    // Text read by OCR is not checked: a misread numeral ("III" read "II", "3" read
    // "10") looks exactly like an author's gap, and an inspector would be sent after
    // mistakes that are OCR's. (On corpus/scans every gap found was a misread.)
    if (e_->ocr) return;
    const auto& nodes = doc_.tree.nodes;
    for (const Node& parent : nodes) {
      // Sibling parts, sections of one depth, numbered list items: each a sequence.
      std::map<std::string, std::vector<const Node*>> sequences;
      for (int c : parent.children) {
        const Node& n = nodes[static_cast<size_t>(c)];
        if (n.kind == NodeKind::kPart) {
          sequences["part"].push_back(&n);
        } else if (n.kind == NodeKind::kSection) {
          sequences["section" + std::to_string(std::count(n.marker.begin(), n.marker.end(), '.'))]
              .push_back(&n);
        } else if (n.kind == NodeKind::kListItem && LastNumber(n) > 0) {
          sequences["list"].push_back(&n);
        }
      }
      for (const auto& [kind, seq] : sequences) {
        for (size_t i = 1; i < seq.size(); ++i) {
          const int prev = LastNumber(*seq[i - 1]);
          const int next = LastNumber(*seq[i]);
          // A "1." after "2." starts a new list (two lists under one heading), not
          // a repeat.
          if (prev <= 0 || next <= 0 || next == prev + 1 || next == 1) continue;
          const std::string heading = parent.kind == NodeKind::kRoot
                                          ? std::string("the body")
                                          : "\"" + Clip(doc_.text.Slice(parent.line)) + "\"";
          std::string message;
          if (next <= prev) {
            message = "Under " + heading + ", item " + seq[i - 1]->marker + " is followed by " +
                      seq[i]->marker + ": the numbering repeats or goes back.";
          } else {
            std::string missing;
            for (int k = prev + 1; k < next; ++k) {
              missing += (missing.empty() ? "" : ", ") + std::to_string(k);
            }
            message = "Under " + heading + ", the numbering goes from " + seq[i - 1]->marker +
                      " to " + seq[i]->marker + ": " + missing + " is missing.";
          }
          Add("section_numbering_gap", std::nullopt, message, seq[i]->line,
              "audit.section_numbering_gap", std::to_string(seq[i]->line.begin));
        }
      }
    }
  }

  static std::string Clip(std::string_view s) {
    if (s.size() <= 80) return std::string(s);
    size_t cut = 80;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    return std::string(s.substr(0, cut)) + "…";
  }

  // The commune a line names before `at`: "xã Tân Hiệp" (the nearest), or
  // "… – Tân Hiệp:" at the line's end.
  std::optional<std::string> CommuneOfLine(Span line, uint32_t at) const {
    const IndexedText& t = doc_.text;
    const std::string district = e_->document.locality.district.value_or("");
    std::optional<std::string> found;
    for (const PlaceMention& m : mentions_) {
      if (m.level != PlaceLevel::kCommune || m.full_span.begin < line.begin ||
          m.full_span.begin >= at)
        continue;
      const PlaceRecord* rec =
          r_.gazetteer->ResolveCommune(std::string(m.name), district, province_);
      found = rec ? std::string(rec->name) : std::string(m.name);
    }
    if (found) return found;
    RuleMatch m;
    if (r_.rules.Find("criteria.subject.heading_name")->FindIn(t, line, &m) && m.has("name")) {
      const PlaceRecord* rec =
          r_.gazetteer->ResolveCommune(std::string(t.Slice(m.group("name"))), district, province_);
      if (rec != nullptr) return std::string(rec->name);
    }
    return std::nullopt;
  }

  std::string DefaultSubject() const {
    const DocumentFacts& d = e_->document;
    if (d.locality.commune) return *d.locality.commune;
    if (d.locality.district) return *d.locality.district;
    return d.issuer ? d.issuer->name : std::string();
  }

  void StaleDeadline() {
    const int plan_year = e_->document.year.value_or(0);
    if (plan_year <= 0) return;
    mentions_ = doc_.places;
    const Rule* goal = r_.rules.Find("criteria.goal_year");
    const auto& nodes = doc_.tree.nodes;
    // Goals written in the body: the heading's or the sentence's commune.
    std::map<std::string, std::vector<std::pair<Span, int>>> stale;  // subject -> (line, year)
    std::vector<std::string> order;
    for (size_t id = 1; id < nodes.size(); ++id) {
      const Span line = nodes[id].line;
      for (const RuleMatch& m : goal->FindAll(doc_.text, line)) {
        const int year = std::stoi(std::string(doc_.text.FoldedSlice(m.group("year"))));
        if (year >= plan_year || year < 2000) continue;
        std::string subject = CommuneOfLine(line, m.span.begin).value_or(DefaultSubject());
        if (!stale.count(subject)) order.push_back(subject);
        stale[subject].push_back({m.span, year});
      }
    }
    for (const std::string& subject : order) {
      const auto& found = stale[subject];
      std::string quotes;
      for (const auto& [span, year] : found) {
        quotes += (quotes.empty() ? "'" : ", '") + Clip(doc_.text.Slice(span)) + "'";
      }
      Add("stale_deadline", subject,
          subject + " is given a goal year earlier than the plan year " +
              std::to_string(plan_year) + ": " + quotes + ".",
          found.front().first, "criteria.goal_year");
    }
    // Targets and task deadlines the other extractors read.
    for (const Target& t : e_->targets) {
      if (!t.year || *t.year >= plan_year) continue;
      const std::string subject = t.subject.value_or(DefaultSubject());
      Add("stale_deadline", subject,
          subject + ": a target is set for " + std::to_string(*t.year) +
              ", earlier than the plan year " + std::to_string(plan_year) + ": '" +
              Clip(doc_.text.Slice(t.prov.span)) + "'.",
          t.prov.span, "audit.stale_deadline");
    }
    for (const Task& t : e_->tasks) {
      if (!t.deadline || !t.deadline->end || t.deadline->end->size() < 4) continue;
      const int year = std::atoi(t.deadline->end->substr(0, 4).c_str());
      if (year <= 0 || year >= plan_year) continue;
      const std::string subject = t.subject.value_or(DefaultSubject());
      Add("stale_deadline", subject,
          subject + ": the task '" + Clip(t.title) + "' is due '" + t.deadline->text +
              "', before the plan year " + std::to_string(plan_year) + ".",
          t.prov.span, "audit.stale_deadline");
    }
  }

  const DocumentView& doc_;
  const Resources& r_;
  Extraction* e_;
  const std::string province_;
  std::vector<PlaceMention> mentions_;
  std::set<std::string> keys_;
};

}  // namespace

void AuditDocument(const DocumentView& doc, const Resources& resources, Extraction* extraction) {
  Auditor(doc, resources, extraction).Run();
}

}  // namespace ntmx
