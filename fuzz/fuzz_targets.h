// The fuzz targets of ntmx: each takes arbitrary bytes and runs one stage on them.
// A target's only job is not to crash (and, under ASan/UBSan, not to touch memory it
// does not own or overflow); what a stage returns is not checked.
//
// They are plain functions so that two programs share them: the libFuzzer binaries
// (fuzz_main.cc, one per target, built with -DNTMX_BUILD_FUZZ=ON and clang) and the
// regression test (tests/fuzz/fuzz_regressions_test.cc), which replays every input
// kept under tests/data/regressions/<target>/ in the ordinary test suite.
//
//   read       DecodeBytes: sniffing, BOMs, UTF-16, legacy encodings, markdown, PDF
//   pdf        ReadPdf: Poppler and the page layout
//   docx       ReadDocx: libzip, pugixml, numbering, tables, footnotes (8 MiB unpacked)
//   normalize  NormalizeText (valid UTF-8 only, as the reader guarantees)
//   structure  normalize + Structurer::Run
//   extract    normalize + structure + every extractor of pipelines/default.toml
//              (header, legal_bases, criteria, targets, tasks, responsibilities, audit)
#pragma once

#include <string_view>
#include <vector>

namespace ntmx::fuzz {

struct Target {
  const char* name;
  void (*run)(std::string_view bytes);
};

// Every target, in the order above.
const std::vector<Target>& Targets();

// The target called `name`, or nullptr.
const Target* FindTarget(std::string_view name);

}  // namespace ntmx::fuzz
