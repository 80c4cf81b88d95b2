// See name_variants.h.
#include "places/name_variants.h"

#include <re2/re2.h>

#include "util/tsv_reader.h"

namespace ntmx {

NameVariants::NameVariants() = default;
NameVariants::~NameVariants() = default;
NameVariants::NameVariants(NameVariants&&) noexcept = default;
NameVariants& NameVariants::operator=(NameVariants&&) noexcept = default;

Status NameVariants::Load(const std::filesystem::path& path, NameVariants* out) {
  TsvReader tsv;
  Status s = TsvReader::Open(path, &tsv);
  if (!s.ok()) return s;
  std::vector<std::string_view> f;
  NameVariants loaded;
  bool header = true;
  while (tsv.Next(&f)) {
    if (header) {
      header = false;
      if (f.empty() || f[0] != "pattern")
        return tsv.Error("expected the header line pattern/replacement/note");
      continue;
    }
    if (f.size() < 2 || f.size() > 3) {
      return tsv.Error("expected pattern, replacement and note, tab-separated; found " +
                       std::to_string(f.size()) + " fields");
    }
    auto pattern = std::make_unique<re2::RE2>(f[0]);
    if (!pattern->ok()) return tsv.Error("bad pattern: " + pattern->error());
    loaded.rewrites_.push_back(Rewrite{std::move(pattern), std::string(f[1])});
  }
  *out = std::move(loaded);
  return Status::Ok();
}

std::string NameVariants::LooseKey(std::string_view key) const {
  std::string out(key);
  for (const Rewrite& r : rewrites_) re2::RE2::GlobalReplace(&out, *r.pattern, r.replacement);
  return out;
}

}  // namespace ntmx
