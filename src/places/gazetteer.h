// TEMPORARY STUB (replaced by the gazetteer branch)
#pragma once
#include <filesystem>
#include <memory>
#include "util/status.h"
namespace ntmx {
class Gazetteer {
 public:
  static Status Load(const std::filesystem::path&, std::unique_ptr<Gazetteer>* out) {
    *out = std::make_unique<Gazetteer>();
    return Status::Ok();
  }
};
}  // namespace ntmx
