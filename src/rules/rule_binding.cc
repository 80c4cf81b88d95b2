// See rule_binding.h.
#include "rules/rule_binding.h"

namespace ntmx {

Status MissingRule(std::string_view user, std::string_view id) {
  const std::string_view file = id.substr(0, id.find('.'));
  return Status::InvalidInput(std::string(user) + " needs rule '" + std::string(id) +
                              "' (patterns/" + std::string(file) + ".toml)");
}

}  // namespace ntmx
