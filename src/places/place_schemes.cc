// See place_schemes.h. ISO dates compare as strings, so a period is two strings.
#include "places/place_schemes.h"

#include <array>
#include <cstdio>

#include "util/tsv_reader.h"

namespace ntmx {
namespace {

constexpr std::array<std::string_view, 4> kHeader = {"scheme", "valid_from", "valid_to", "source"};

bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

std::string YearDay(int year, const char* month_day) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%s", year, month_day);
  return buf;
}

}  // namespace

Status PlaceSchemes::Load(const std::filesystem::path& file, PlaceSchemes* out) {
  TsvReader tsv;
  if (Status s = TsvReader::Open(file, &tsv); !s.ok()) return s;
  std::vector<std::string_view> f;
  if (!tsv.Next(&f) || !std::equal(f.begin(), f.end(), kHeader.begin(), kHeader.end())) {
    return tsv.Error("expected header scheme\\tvalid_from\\tvalid_to\\tsource");
  }
  PlaceSchemes schemes;
  while (tsv.Next(&f)) {
    if (f.size() != kHeader.size()) {
      return tsv.Error("expected 4 tab-separated fields, found " + std::to_string(f.size()));
    }
    const std::optional<PlaceScheme> scheme = ParseScheme(f[0]);
    if (!scheme) return tsv.Error("unknown scheme \"" + std::string(f[0]) + "\"");
    for (std::string_view date : {f[1], f[2]}) {
      if (!date.empty() && !IsIsoDate(date)) {
        return tsv.Error("\"" + std::string(date) + "\" is not a yyyy-mm-dd date");
      }
    }
    schemes.periods_.push_back(Period{*scheme, std::string(f[1]), std::string(f[2])});
  }
  *out = std::move(schemes);
  return Status::Ok();
}

std::optional<PlaceScheme> PlaceSchemes::On(std::string_view iso_date) const {
  for (const Period& p : periods_) {
    if ((p.from.empty() || p.from <= iso_date) && (p.to.empty() || iso_date <= p.to)) {
      return p.scheme;
    }
  }
  return std::nullopt;
}

std::optional<PlaceScheme> PlaceSchemes::Throughout(int year) const {
  const std::optional<PlaceScheme> first = On(YearDay(year, "01-01"));
  const std::optional<PlaceScheme> last = On(YearDay(year, "12-31"));
  if (!first || first != last) return std::nullopt;
  // A scheme never comes back once replaced: the same one at both ends held all year.
  return first;
}

std::optional<PlaceScheme> PlaceSchemes::OfDocument(const std::optional<std::string>& issue_date,
                                                    std::optional<int> year) const {
  if (issue_date && IsIsoDate(*issue_date)) return On(*issue_date);
  if (year) return Throughout(*year);
  return std::nullopt;
}

}  // namespace ntmx
