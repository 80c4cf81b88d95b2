// Diagnostics: the per-document sink that stages report problems to.
//
// A stage that meets something odd (a garbled vowel, an unresolvable place, a rule
// that could not be applied) records it here and carries on: one bad section never
// throws away the document. The CLI decides how to show them (stderr, --errors
// file); the pipeline decides whether an error fails the document.
#pragma once

#include <string>
#include <vector>

namespace ntmx {

struct Diagnostic {
  enum class Severity { kInfo, kWarning, kError };
  Severity severity;
  std::string stage;    // "read", "normalize", "structure", "header", ...
  std::string message;  // one line, for a person
};

class Diagnostics {
 public:
  void Info(std::string stage, std::string message) {
    Add(Diagnostic::Severity::kInfo, std::move(stage), std::move(message));
  }
  void Warn(std::string stage, std::string message) {
    Add(Diagnostic::Severity::kWarning, std::move(stage), std::move(message));
  }
  void Error(std::string stage, std::string message) {
    Add(Diagnostic::Severity::kError, std::move(stage), std::move(message));
  }

  const std::vector<Diagnostic>& all() const { return items_; }
  bool has_errors() const {
    for (const auto& d : items_)
      if (d.severity == Diagnostic::Severity::kError) return true;
    return false;
  }

 private:
  void Add(Diagnostic::Severity s, std::string stage, std::string message) {
    items_.push_back(Diagnostic{s, std::move(stage), std::move(message)});
  }
  std::vector<Diagnostic> items_;
};

}  // namespace ntmx
