// BindRules: how a reader names the rules it uses — in one table, once.
//
// A reader keeps the rules it runs as `const Rule*` fields of a plain struct. It used
// to name each id twice (once to fetch the rule, once in the list its factory
// checked), and the two lists drifted. Now each reader has one table of (field, id)
// beside its struct and binds it in its factory; a missing rule fails the pipeline's
// start with one line that names it and the file it belongs in:
//
//   struct TaskRules { const Rule* lead_line = nullptr; const Rule* closing = nullptr; };
//   constexpr RuleField<TaskRules> kTaskRules[] = {
//       {&TaskRules::lead_line, "tasks.lead_line"}, {&TaskRules::closing, "tasks.closing"}};
//   TaskRules rules;
//   Status s = BindRules(resources.rules, kTaskRules, "the tasks extractor", &rules);
//   // "the tasks extractor needs rule 'tasks.closing' (patterns/tasks.toml)"
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "rules/rule_set.h"
#include "util/status.h"

namespace ntmx {

// One rule a reader uses: the field of its rules struct, and the rule's id.
template <typename Rules>
struct RuleField {
  const Rule* Rules::*field;
  std::string_view id;
};

// The error for a rule `user` needs and `rules` lacks. Rule ids begin with their
// file's name: "tasks.lead_line" lives in patterns/tasks.toml.
Status MissingRule(std::string_view user, std::string_view id);

// Sets every field of `*out` named in `fields` to the rule with its id. Fails on the
// first id `rules` does not hold (MissingRule), leaving `*out` partly bound.
template <typename Rules>
Status BindRules(const RuleSet& rules, std::span<const RuleField<Rules>> fields,
                 std::string_view user, Rules* out) {
  for (const RuleField<Rules>& f : fields) {
    out->*f.field = rules.Find(f.id);
    if (out->*f.field == nullptr) return MissingRule(user, f.id);
  }
  return Status::Ok();
}

}  // namespace ntmx
