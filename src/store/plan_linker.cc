// See plan_linker.h.
#include "store/plan_linker.h"

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "store/plan_identity.h"
#include "text/shingles.h"

namespace ntmx {

using sqlite::WithContext;

namespace {

constexpr const char* kHasPlans =
    "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'plan_keys'";
constexpr const char* kReadFacts =
    "SELECT doc_number, issue_date, issuer_level, issuer_name, title, year, plan_id"
    " FROM documents WHERE id = ?1";
constexpr const char* kReadText = "SELECT text FROM documents WHERE id = ?1";
constexpr const char* kPutKeys =
    "INSERT OR REPLACE INTO plan_keys (document_id, number_key, draft_key) VALUES (?1, ?2, ?3)";
// Copies read from a text layer first, then the earliest stored: a new copy joins the
// plan of the oldest copy it matches, and each plan's text is compared through its
// first candidate only (FindPlan), so a key shared by many plans costs one text per
// plan.
constexpr const char* kCandidates =
    "SELECT k.document_id, d.plan_id FROM plan_keys k JOIN documents d ON d.id = k.document_id"
    " WHERE (k.number_key = ?1 OR k.draft_key = ?2) AND k.document_id <> ?3"
    " AND d.plan_id IS NOT NULL ORDER BY d.ocr, k.document_id";
constexpr const char* kPlanNumbers =
    "SELECT doc_number FROM documents WHERE plan_id = ?1 AND doc_number IS NOT NULL";
constexpr const char* kNewPlan = "INSERT INTO plans DEFAULT VALUES";
constexpr const char* kSetPlan = "UPDATE documents SET plan_id = ?2 WHERE id = ?1";
constexpr const char* kUnkeyed =
    "SELECT d.id FROM documents d WHERE NOT EXISTS"
    " (SELECT 1 FROM plan_keys k WHERE k.document_id = d.id) ORDER BY d.id";

std::optional<std::string> OptText(const sqlite::Statement& st, int column) {
  const unsigned char* text = sqlite3_column_text(st.get(), column);
  if (text == nullptr) return std::nullopt;
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<size_t>(sqlite3_column_bytes(st.get(), column)));
}

std::optional<int64_t> OptInt(const sqlite::Statement& st, int column) {
  if (sqlite3_column_type(st.get(), column) == SQLITE_NULL) return std::nullopt;
  return st.ColumnInt(column);
}

}  // namespace

Status PlanLinker::Prepare(sqlite3* db, std::shared_ptr<const PlanCopyRules> rules) {
  db_ = db;
  rules_ = std::move(rules);
  sqlite::Statement has_plans;
  bool has_row = false;
  Status s = has_plans.Prepare(db, kHasPlans);
  if (s.ok()) s = has_plans.Next(&has_row);
  if (!s.ok()) return WithContext(s, "cannot read the schema");
  enabled_ = has_row && has_plans.ColumnInt(0) > 0;
  if (!enabled_) return Status::Ok();  // a database older than 0007: no plans to keep
  const std::pair<sqlite::Statement*, const char*> statements[] = {
      {&read_facts_, kReadFacts},  {&read_text_, kReadText},       {&put_keys_, kPutKeys},
      {&candidates_, kCandidates}, {&plan_numbers_, kPlanNumbers}, {&new_plan_, kNewPlan},
      {&set_plan_, kSetPlan},      {&unkeyed_, kUnkeyed},
  };
  for (const auto& [stmt, sql] : statements) {
    if (s = stmt->Prepare(db, sql); !s.ok()) return s;
  }
  return Status::Ok();
}

Status PlanLinker::ReadFacts(int64_t document_id, PlanCopyFacts* facts,
                             std::optional<int64_t>* plan_id) {
  read_facts_.BindInt(1, document_id);
  bool has_row = false;
  Status s = read_facts_.Next(&has_row);
  if (s.ok() && !has_row)
    s = Status::Internal("document " + std::to_string(document_id) + " is not stored");
  if (s.ok()) {
    facts->doc_number = OptText(read_facts_, 0);
    facts->issue_date = OptText(read_facts_, 1);
    facts->issuer_level = OptText(read_facts_, 2);
    facts->issuer_name = OptText(read_facts_, 3);
    facts->title = OptText(read_facts_, 4);
    const std::optional<int64_t> year = OptInt(read_facts_, 5);
    facts->year = year ? std::optional<int>(static_cast<int>(*year)) : std::nullopt;
    *plan_id = OptInt(read_facts_, 6);
  }
  read_facts_.Reset();
  return s;
}

Status PlanLinker::ReadText(int64_t document_id, std::string* text) {
  read_text_.BindInt(1, document_id);
  bool has_row = false;
  Status s = read_text_.Next(&has_row);
  if (s.ok() && has_row) *text = OptText(read_text_, 0).value_or("");
  read_text_.Reset();
  return s;
}

Status PlanLinker::OtherNumberIn(int64_t plan_id, const std::optional<std::string>& number,
                                 bool* other) {
  *other = false;
  if (!number) return Status::Ok();  // a draft may join any plan its text matches
  plan_numbers_.BindInt(1, plan_id);
  bool has_row = false;
  Status s;
  while ((s = plan_numbers_.Next(&has_row)).ok() && has_row) {
    const std::optional<std::string> theirs = OptText(plan_numbers_, 0);
    if (theirs && NormalizedNumber(*theirs, *rules_) != number) *other = true;
  }
  plan_numbers_.Reset();
  return s;
}

Status PlanLinker::FindPlan(int64_t document_id, const PlanCopyFacts& facts,
                            std::optional<int64_t>* plan_id) {
  const std::optional<int64_t> own_plan = *plan_id;
  plan_id->reset();
  const PlanKeys keys = KeysOf(facts, *rules_);
  if (!keys.number_key && !keys.draft_key) return Status::Ok();
  std::vector<std::pair<int64_t, int64_t>> candidates;  // (document, plan)
  candidates_.BindOpt(1, keys.number_key);
  candidates_.BindOpt(2, keys.draft_key);
  candidates_.BindInt(3, document_id);
  bool has_row = false;
  Status s;
  while ((s = candidates_.Next(&has_row)).ok() && has_row)
    candidates.emplace_back(candidates_.ColumnInt(0), candidates_.ColumnInt(1));
  candidates_.Reset();
  if (!s.ok()) return s;

  const std::optional<std::string> number =
      facts.doc_number ? NormalizedNumber(*facts.doc_number, *rules_) : std::nullopt;
  std::optional<WordShingles> own_text;  // read once, only if a header leaves it open
  std::set<int64_t> texts_compared;      // plans whose text was compared once already
  for (const auto& [candidate, candidate_plan] : candidates) {
    if (candidate_plan == own_plan || texts_compared.contains(candidate_plan)) continue;
    PlanCopyFacts theirs;
    std::optional<int64_t> unused;
    if (s = ReadFacts(candidate, &theirs, &unused); !s.ok()) return s;
    const HeaderVerdict verdict = CompareHeaders(facts, theirs, *rules_);
    if (verdict == HeaderVerdict::kDifferent) continue;
    if (verdict != HeaderVerdict::kSame) {
      texts_compared.insert(candidate_plan);
      std::string text;
      if (!own_text) {
        if (s = ReadText(document_id, &text); !s.ok()) return s;
        own_text.emplace(text, rules_->shingle_words);
      }
      if (s = ReadText(candidate, &text); !s.ok()) return s;
      const WordShingles their_text(text, rules_->shingle_words);
      if (own_text->Resemblance(their_text) < RequiredResemblance(verdict, *rules_)) continue;
    }
    bool other_number = false;
    if (s = OtherNumberIn(candidate_plan, number, &other_number); !s.ok()) return s;
    if (other_number) continue;
    *plan_id = candidate_plan;
    return Status::Ok();
  }
  return Status::Ok();
}

Status PlanLinker::MoveTo(int64_t document_id, int64_t plan_id) {
  set_plan_.BindInt(1, document_id);
  set_plan_.BindInt(2, plan_id);
  return set_plan_.Run();
}

Status PlanLinker::Link(int64_t document_id) {
  if (!enabled_) return Status::Ok();
  PlanCopyFacts facts;
  std::optional<int64_t> own_plan;
  Status s = ReadFacts(document_id, &facts, &own_plan);
  std::optional<int64_t> plan = own_plan;
  if (s.ok() && rules_) {
    const PlanKeys keys = KeysOf(facts, *rules_);
    put_keys_.BindInt(1, document_id);
    put_keys_.BindOpt(2, keys.number_key);
    put_keys_.BindOpt(3, keys.draft_key);
    s = put_keys_.Run();
    if (s.ok()) s = FindPlan(document_id, facts, &plan);
  }
  if (s.ok() && !plan && !own_plan) {  // the first copy of its plan
    s = new_plan_.Run();
    plan = sqlite3_last_insert_rowid(db_);
  }
  if (s.ok() && plan && plan != own_plan) s = MoveTo(document_id, *plan);
  return WithContext(s, "plan");
}

Status PlanLinker::LinkUnkeyed(int* linked) {
  *linked = 0;
  if (!enabled_ || !rules_) return Status::Ok();
  std::vector<int64_t> ids;
  bool has_row = false;
  Status s;
  while ((s = unkeyed_.Next(&has_row)).ok() && has_row) ids.push_back(unkeyed_.ColumnInt(0));
  unkeyed_.Reset();
  if (!s.ok() || ids.empty()) return WithContext(s, "cannot list the documents to link");
  sqlite::Transaction txn(db_);
  s = txn.Begin();
  for (size_t i = 0; s.ok() && i < ids.size(); ++i) s = Link(ids[i]);
  if (s.ok()) s = txn.Commit();
  if (s.ok()) *linked = static_cast<int>(ids.size());
  return WithContext(s, "cannot link the copies of stored plans");
}

}  // namespace ntmx
