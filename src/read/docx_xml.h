// Small pugixml helpers shared by the .docx reader's files (docx_reader.cc,
// docx_numbering.cc): WordprocessingML elements and attributes by their local name.
//
// pugixml does not resolve namespaces; it keeps names as written ("w:p"). Word and
// every other writer we know use the prefix "w", but the prefix is the writer's
// choice, so names are compared after the colon ("p", "val"). pugixml is used with
// its default parse flags: it never reads a DTD, expands no entities but the five
// predefined ones and character references, and builds its tree without recursion,
// so a hostile document can cost no more than its (bounded) size.
#pragma once

#include <pugixml.hpp>

#include <cstdlib>
#include <optional>
#include <string_view>

namespace ntmx::docx {

// The part of `name` after its namespace prefix: "w:tbl" -> "tbl".
inline std::string_view LocalName(const char* name) {
  std::string_view s(name);
  const size_t colon = s.find(':');
  return colon == std::string_view::npos ? s : s.substr(colon + 1);
}

inline bool Is(const pugi::xml_node& node, std::string_view local) {
  return node.type() == pugi::node_element && LocalName(node.name()) == local;
}

// The first child element named `local` (any prefix), or an empty node.
inline pugi::xml_node Child(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (Is(c, local)) return c;
  }
  return {};
}

// The attribute named `local` (any prefix), or an empty attribute.
inline pugi::xml_attribute Attr(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    if (LocalName(a.name()) == local) return a;
  }
  return {};
}

// w:val of `node`, or "" when absent.
inline std::string_view Val(const pugi::xml_node& node) { return Attr(node, "val").value(); }

// w:val of `node` as a small integer; nullopt when absent or not a number. Values are
// clamped to +-1e6, so no counter built from them can overflow.
inline std::optional<int> IntVal(const pugi::xml_node& node) {
  if (!node) return std::nullopt;
  const char* text = Attr(node, "val").value();
  char* end = nullptr;
  const long v = std::strtol(text, &end, 10);
  if (end == text) return std::nullopt;
  return static_cast<int>(v < -1000000 ? -1000000 : v > 1000000 ? 1000000 : v);
}

// A w:b / w:vanish style toggle: present and not switched off ("0", "false", "off").
inline bool On(const pugi::xml_node& node) {
  if (!node) return false;
  const std::string_view v = Val(node);
  return v != "0" && v != "false" && v != "off";
}

}  // namespace ntmx::docx
