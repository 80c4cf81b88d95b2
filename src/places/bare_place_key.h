// BarePlaceKey: the key a place filter compares, for a name typed with or without
// its type word.
//
// A person filtering by place writes "Bình Phước", "tỉnh Bình Phước" or "binh
// phuoc"; a document column holds "Bình Phước" or "Hớn Quản"; a record's subject is
// "Măng Bút" or "xã Măng Bút". All of them compare on PlaceKey (place_key.h) with
// one leading type word (type_words.h: tỉnh, huyện, xã, thành phố, TP., ...) cut
// off, so the type word neither helps nor hurts:
//
//   BarePlaceKey("tỉnh Bình Phước", words) == BarePlaceKey("binh phuoc", words) == "binh phuoc"
//   BarePlaceKey("TP. Hồ Chí Minh", words) == "ho chi minh"
//   BarePlaceKey("Phường 5", words) == "5"        // both sides are cut alike
//   BarePlaceKey("Xã", words) == "xa"             // nothing would be left: kept whole
#pragma once

#include <string>
#include <string_view>

#include "places/type_words.h"

namespace ntmx {

std::string BarePlaceKey(std::string_view name, const TypeWords& type_words);

}  // namespace ntmx
