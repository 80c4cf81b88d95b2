// A pipeline loaded once from the source tree's patterns/, schemas/ and
// pipelines/, shared by the tests of the stages that need rules.
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "pipeline/pipeline.h"

namespace ntmx::testing {

inline const Pipeline& DefaultPipeline() {
  static const Pipeline* const pipeline = [] {
    std::unique_ptr<Pipeline> p;
    const Status status = Pipeline::Load(NTMX_SOURCE_DIR, "default", &p);
    if (!status.ok()) {
      ADD_FAILURE() << "cannot load the default pipeline: " << status.message();
      std::abort();
    }
    return p.release();
  }();
  return *pipeline;
}

// Runs every stage but read on `text`.
inline Extraction ExtractText(std::string_view text, Diagnostics* diagnostics = nullptr) {
  Extraction e;
  Diagnostics local;
  DefaultPipeline().ProcessText(text, &e, diagnostics ? diagnostics : &local);
  return e;
}

}  // namespace ntmx::testing
