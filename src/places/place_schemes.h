// PlaceSchemes: when each administrative scheme of the gazetteer was in force, and
// so which scheme a document names its places in.
//
// A plan dated before 1 July 2025 names the units of scheme 2008 (provinces,
// districts, communes); one dated from then names those of scheme 2025 (34
// provinces, communes, no districts). The boundary is data
// (schemas/places/schemes.tsv: scheme, valid_from, valid_to, source), not a date
// written in code, so a later reorganisation is one more row.
//
// Many plans leave the day blank ("ngày   tháng   năm 2025"): a year decides only
// when one scheme covers all of it. When nothing decides, callers resolve names in
// either scheme and prefer 2008 (the gazetteer's default).
//
//   PlaceSchemes schemes;
//   Status s = PlaceSchemes::Load(data_dir / "schemas/places/schemes.tsv", &schemes);
//   schemes.OfDocument("2025-08-01", 2025);    // k2025
//   schemes.OfDocument(std::nullopt, 2025);    // nullopt: 2025 straddles the change
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "places/place_record.h"
#include "util/status.h"

namespace ntmx {

class PlaceSchemes {
 public:
  // Reads `file`. InvalidInput naming "<file>:<line>" for a wrong header or field
  // count, an unknown scheme, or a date that is not yyyy-mm-dd (empty: open-ended).
  static Status Load(const std::filesystem::path& file, PlaceSchemes* out);

  // The scheme in force on `iso_date` (yyyy-mm-dd), or nullopt when no row covers it.
  std::optional<PlaceScheme> On(std::string_view iso_date) const;

  // The scheme in force on every day of `year`; nullopt when the year straddles a
  // change or no row covers it.
  std::optional<PlaceScheme> Throughout(int year) const;

  // The scheme a document's places are named in: its issue date decides, else its
  // year when one scheme covers it all, else nullopt (let the names decide).
  std::optional<PlaceScheme> OfDocument(const std::optional<std::string>& issue_date,
                                        std::optional<int> year) const;

 private:
  struct Period {
    PlaceScheme scheme;
    std::string from;  // yyyy-mm-dd, or empty: since always
    std::string to;    // yyyy-mm-dd, or empty: still in force
  };
  std::vector<Period> periods_;
};

}  // namespace ntmx
