// BarePlaceKey: the key a place filter compares, for a name typed with or without
// its type word.
//
// A person filtering by place writes "Bình Phước", "tỉnh Bình Phước" or "binh
// phuoc"; a document column holds "Bình Phước" or "Hớn Quản"; a record's subject is
// "Măng Bút" or "xã Măng Bút". All of them compare on PlaceKey (place_key.h) with
// one leading type word (type_words.h: tỉnh, huyện, xã, thành phố, TP., ...) cut
// off, so the type word neither helps nor hurts:
//
//   BarePlaceKey("tỉnh Bình Phước") == BarePlaceKey("binh phuoc") == "binh phuoc"
//   BarePlaceKey("TP. Hồ Chí Minh") == "ho chi minh"
//   BarePlaceKey("Phường 5") == "5"        // both sides are cut alike
//   BarePlaceKey("Xã") == "xa"             // nothing would be left: kept whole
#pragma once

#include <string>
#include <string_view>

namespace ntmx {

std::string BarePlaceKey(std::string_view name);

}  // namespace ntmx
