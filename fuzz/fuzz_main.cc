// The libFuzzer entry point of one fuzz target: fuzz/CMakeLists.txt builds this file
// once per target of fuzz_targets.h, naming the target in NTMX_FUZZ_TARGET.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string_view>

#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const ntmx::fuzz::Target* const target = [] {
    const ntmx::fuzz::Target* t = ntmx::fuzz::FindTarget(NTMX_FUZZ_TARGET);
    if (t == nullptr) {
      std::cerr << "fuzz: no target " << NTMX_FUZZ_TARGET << '\n';
      std::abort();
    }
    return t;
  }();
  target->run(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
