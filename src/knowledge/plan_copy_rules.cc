// See plan_copy_rules.h.
#include "knowledge/plan_copy_rules.h"

#include <string>

#include "util/toml_file.h"

namespace ntmx {
namespace {

Status Problem(const std::filesystem::path& file, const toml::node* node, const std::string& what) {
  const std::string line = node != nullptr ? std::to_string(node->source().begin.line) : "1";
  return Status::InvalidInput(file.string() + ":" + line + ": " + what);
}

}  // namespace

Status LoadPlanCopyRules(const std::filesystem::path& file, PlanCopyRules* out) {
  *out = PlanCopyRules();
  toml::table table;
  if (Status s = ParseTomlFile(file, &table); !s.ok()) return s;

  const toml::node_view<toml::node> words = table["resemblance"]["shingle_words"];
  const std::optional<int64_t> shingle_words = words.value<int64_t>();
  if (!shingle_words || *shingle_words < 1 || *shingle_words > 16) {
    return Problem(file, words.node(), "[resemblance] shingle_words must be a whole number 1..16");
  }
  out->shingle_words = static_cast<int>(*shingle_words);

  for (const auto& [key, into] :
       {std::pair{"min_resemblance", &out->min_resemblance},
        std::pair{"min_resemblance_same_number", &out->min_resemblance_same_number},
        std::pair{"min_title_resemblance", &out->min_title_resemblance}}) {
    const toml::node_view<toml::node> min = table["resemblance"][key];
    const std::optional<double> value = min.value<double>();
    if (!value || !(*value > 0.0 && *value <= 1.0)) {
      return Problem(file, min.node(),
                     std::string("[resemblance] ") + key + " must be a number in (0, 1]");
    }
    *into = *value;
  }

  const toml::node_view<toml::node> lookalikes = table["number"]["digit_lookalikes"];
  if (!lookalikes) return Status::Ok();  // none: numbers compare as folded
  const toml::table* map = lookalikes.as_table();
  if (map == nullptr) {
    return Problem(file, lookalikes.node(), "[number] digit_lookalikes must be a table");
  }
  for (const auto& [letter, digit] : *map) {
    const std::optional<std::string> d = digit.value<std::string>();
    const std::string_view l = letter.str();
    if (l.size() != 1 || !(l[0] >= 'a' && l[0] <= 'z') || !d || d->size() != 1 ||
        !((*d)[0] >= '0' && (*d)[0] <= '9')) {
      return Problem(file, &digit,
                     "[number] digit_lookalikes maps one lower-case ASCII letter to one digit");
    }
    out->digit_lookalikes[l[0]] = (*d)[0];
  }
  return Status::Ok();
}

}  // namespace ntmx
