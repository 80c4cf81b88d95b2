// See docx_reader.h. The body is read in two passes: the XML into blocks
// (paragraphs and tables, in order), then the blocks into text, because whether a
// table is a layout table depends on what stands after it.
#include "read/docx_reader.h"

#include <map>
#include <optional>
#include <set>
#include <vector>

#include "read/docx_numbering.h"
#include "read/docx_package.h"
#include "read/docx_xml.h"
#include "read/pdf_layout.h"
#include "text/utf8.h"

namespace ntmx {
namespace {

using docx::Attr;
using docx::Child;
using docx::IntVal;
using docx::Is;
using docx::LocalName;
using docx::On;
using docx::Val;

// Deeper nesting (content controls in content controls, tables in tables) is not
// followed: no real plan comes near it, and it bounds the walk's recursion.
constexpr int kMaxDepth = 48;
// Cells past this many in a row are dropped: every pipe row is padded to the widest
// row, so an unbounded width would let a small file ask for rows x width cells.
constexpr size_t kMaxColumns = 64;

using Cell = std::vector<std::string>;  // the cell's paragraphs

struct Block {
  bool table = false;
  // A paragraph:
  std::string text;
  bool centered = false;
  // A table:
  std::vector<std::vector<Cell>> rows;
  bool borderless = false;
  bool layout = false;  // decided once every block is known
};

bool Visible(std::string_view border) {
  return !border.empty() && border != "none" && border != "nil";
}

// Any visible border among the children of a w:tblBorders / w:tcBorders element.
bool HasVisibleBorder(const pugi::xml_node& borders) {
  for (pugi::xml_node b = borders.first_child(); b; b = b.next_sibling()) {
    if (Visible(Val(b))) return true;
  }
  return false;
}

class BodyReader {
 public:
  BodyReader(DocxNumbering* numbering, const pugi::xml_node& footnotes_root,
             const std::set<std::string, std::less<>>& bordered_styles)
      : numbering_(numbering), bordered_styles_(bordered_styles) {
    for (pugi::xml_node n = footnotes_root.first_child(); n; n = n.next_sibling()) {
      if (!Is(n, "footnote")) continue;
      const std::string_view type = Attr(n, "type").value();
      if (!type.empty() && type != "normal") continue;  // separators
      const char* raw = Attr(n, "id").value();
      char* end = nullptr;
      const long id = std::strtol(raw, &end, 10);
      if (end != raw) footnotes_.emplace(id, n);
    }
  }

  // The block-level content of `container` (w:body, w:sdtContent, ...) into *out.
  void Blocks(const pugi::xml_node& container, int depth, std::vector<Block>* out) {
    if (depth > kMaxDepth) return;
    for (pugi::xml_node n = container.first_child(); n; n = n.next_sibling()) {
      if (Is(n, "p")) {
        Block b;
        b.text = std::move(joined_) + Paragraph(n, depth);
        joined_.clear();
        b.centered = Val(Child(Child(n, "pPr"), "jc")) == "center";
        // A deleted paragraph mark, accepted, joins the paragraph to the next one.
        if (Child(Child(Child(n, "pPr"), "rPr"), "del")) {
          joined_ = std::move(b.text);
          continue;
        }
        if (!b.text.empty()) out->push_back(std::move(b));
      } else if (Is(n, "tbl")) {
        out->push_back(Table(n, depth + 1));
      } else if (Is(n, "sdt")) {
        Blocks(Child(n, "sdtContent"), depth + 1, out);
      } else if (Is(n, "customXml") || Is(n, "ins") || Is(n, "moveTo")) {
        Blocks(n, depth + 1, out);
      }
    }
  }

  // The footnotes referred to, in order of reference: "¹ text".
  std::vector<std::string> Notes(int depth) {
    std::vector<std::string> notes;
    in_footnote_ = true;
    for (size_t i = 0; i < referenced_.size(); ++i) {
      std::string text;
      for (pugi::xml_node p = referenced_[i].first_child(); p; p = p.next_sibling()) {
        if (!Is(p, "p")) continue;
        std::string line = Paragraph(p, depth);
        if (line.empty()) continue;
        if (!text.empty()) text += ' ';
        text += line;
      }
      notes.push_back(ToSuperscriptDigits(std::to_string(i + 1)) + " " + Trim(text));
    }
    return notes;
  }

 private:
  static std::string Trim(std::string s) {
    const size_t b = s.find_first_not_of(" \t\n");
    if (b == std::string::npos) return "";
    return s.substr(b, s.find_last_not_of(" \t\n") - b + 1);
  }

  // A paragraph's text, its list label first; "" when it shows nothing.
  std::string Paragraph(const pugi::xml_node& p, int depth) {
    std::string text;
    Inline(p, depth + 1, &text);
    const pugi::xml_node ppr = Child(p, "pPr");
    const pugi::xml_node num_pr = Child(ppr, "numPr");
    const std::string style(Val(Child(ppr, "pStyle")));
    const bool numbered = (num_pr || !style.empty()) && !in_footnote_;
    // An empty numbered paragraph still takes its number, as in Word: the next one
    // shows the number after it.
    const std::string label = numbered ? numbering_->Label(IntVal(Child(num_pr, "numId")),
                                                           IntVal(Child(num_pr, "ilvl")), style)
                                       : "";
    if (Trim(text).empty()) return "";
    return label + text;
  }

  // Runs and the inline containers around them, in order.
  void Inline(const pugi::xml_node& parent, int depth, std::string* out) {
    if (depth > kMaxDepth) return;
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      if (n.type() != pugi::node_element) continue;
      const std::string_view name = LocalName(n.name());
      if (name == "r") {
        Run(n, out);
      } else if (name == "sdt") {
        Inline(Child(n, "sdtContent"), depth + 1, out);
      } else if (name == "ins" || name == "hyperlink" || name == "smartTag" ||
                 name == "customXml" || name == "fldSimple" || name == "moveTo" || name == "dir" ||
                 name == "bdo") {
        Inline(n, depth + 1, out);
      }
      // w:del, w:moveFrom, w:pPr, comments, bookmarks, math, drawings: not shown text.
    }
  }

  // One run: text, tabs and breaks, footnote references; fields' codes skipped.
  void Run(const pugi::xml_node& r, std::string* out) {
    if (On(Child(Child(r, "rPr"), "vanish"))) return;
    for (pugi::xml_node c = r.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      const std::string_view name = LocalName(c.name());
      if (name == "fldChar") {
        const std::string_view type = Attr(c, "fldCharType").value();
        if (type == "begin") {
          fields_.push_back(false);
        } else if (type == "separate" && !fields_.empty()) {
          fields_.back() = true;
        } else if (type == "end" && !fields_.empty()) {
          fields_.pop_back();
        }
        continue;
      }
      if (!fields_.empty() && !fields_.back()) continue;  // a field's code
      if (name == "t") {
        *out += c.text().get();
      } else if (name == "tab" || name == "ptab") {
        *out += '\t';
      } else if (name == "br" || name == "cr") {
        if (Attr(c, "type").value() != std::string_view("page")) *out += '\n';
      } else if (name == "noBreakHyphen") {
        *out += '-';
      } else if (name == "footnoteReference" && !in_footnote_) {
        *out += FootnoteMark(c);
      }
    }
  }

  std::string FootnoteMark(const pugi::xml_node& ref) {
    const long id = std::strtol(Attr(ref, "id").value(), nullptr, 10);
    const auto it = footnotes_.find(id);
    if (it == footnotes_.end()) return "";
    const auto [known, added] = ordinals_.emplace(id, referenced_.size());
    if (added) referenced_.push_back(it->second);
    return ToSuperscriptDigits(std::to_string(known->second + 1));
  }

  // A cell's paragraphs; a table nested in it gives one line per row.
  Cell CellLines(const pugi::xml_node& tc, int depth) {
    std::vector<Block> blocks;
    Blocks(tc, depth + 1, &blocks);
    Cell lines;
    for (Block& b : blocks) {
      if (!b.table) {
        lines.push_back(std::move(b.text));
        continue;
      }
      for (const auto& row : b.rows) {
        std::string line;
        for (const Cell& cell : row) {
          for (const std::string& l : cell) line += (line.empty() ? "" : " ") + l;
        }
        if (!line.empty()) lines.push_back(line);
      }
    }
    return lines;
  }

  Block Table(const pugi::xml_node& tbl, int depth) {
    Block block;
    block.table = true;
    if (depth > kMaxDepth) return block;
    const pugi::xml_node tbl_pr = Child(tbl, "tblPr");
    const pugi::xml_node borders = Child(tbl_pr, "tblBorders");
    const bool table_border = borders ? HasVisibleBorder(borders)
                                      : bordered_styles_.count(Val(Child(tbl_pr, "tblStyle"))) > 0;
    // Borders removed cell by cell (every cell's w:tcBorders none/nil) hide the table's
    // own, as they do in Word when "No Border" is applied to the cells.
    bool cell_border = false, every_cell_unbordered = true;
    for (pugi::xml_node tr = tbl.first_child(); tr; tr = tr.next_sibling()) {
      if (!Is(tr, "tr")) continue;
      const pugi::xml_node tr_pr = Child(tr, "trPr");
      if (Child(tr_pr, "del")) continue;  // a deleted row, accepted
      std::vector<Cell> row;
      for (int i = IntVal(Child(tr_pr, "gridBefore")).value_or(0);
           i > 0 && row.size() < kMaxColumns; --i) {
        row.emplace_back();
      }
      for (pugi::xml_node tc = tr.first_child(); tc && row.size() < kMaxColumns;
           tc = tc.next_sibling()) {
        pugi::xml_node cell = tc;
        if (Is(tc, "sdt")) cell = Child(Child(tc, "sdtContent"), "tc");
        if (!Is(cell, "tc")) continue;
        const pugi::xml_node tc_pr = Child(cell, "tcPr");
        const pugi::xml_node tc_borders = Child(tc_pr, "tcBorders");
        if (HasVisibleBorder(tc_borders)) cell_border = true;
        if (!tc_borders) every_cell_unbordered = false;
        const pugi::xml_node v_merge = Child(tc_pr, "vMerge");
        const bool continued = (v_merge && Val(v_merge) != "restart") ||
                               (Child(tc_pr, "hMerge") && Val(Child(tc_pr, "hMerge")) != "restart");
        row.push_back(continued ? Cell() : CellLines(cell, depth + 1));
        const int span = IntVal(Child(tc_pr, "gridSpan")).value_or(1);
        for (int i = 1; i < span && row.size() < kMaxColumns; ++i) row.emplace_back();
      }
      block.rows.push_back(std::move(row));
    }
    block.borderless = !cell_border && (!table_border || every_cell_unbordered);
    return block;
  }

  DocxNumbering* numbering_;
  const std::set<std::string, std::less<>>& bordered_styles_;
  std::map<long, pugi::xml_node> footnotes_;
  std::vector<pugi::xml_node> referenced_;  // in order of first reference
  std::map<long, size_t> ordinals_;         // footnote id -> index in referenced_
  std::vector<bool> fields_;                // open fields: true once past their separator
  std::string joined_;  // a paragraph whose mark was deleted, waiting for the next
  bool in_footnote_ = false;
};

// Table styles of styles.xml that draw borders (w:tblPr/w:tblBorders).
std::set<std::string, std::less<>> BorderedStyles(const pugi::xml_node& styles_root) {
  std::set<std::string, std::less<>> out;
  for (pugi::xml_node s = styles_root.first_child(); s; s = s.next_sibling()) {
    if (Is(s, "style") && HasVisibleBorder(Child(Child(s, "tblPr"), "tblBorders"))) {
      out.insert(Attr(s, "styleId").value());
    }
  }
  return out;
}

size_t Columns(const Block& table) {
  size_t n = 0;
  for (const auto& row : table.rows) n = std::max(n, row.size());
  return n;
}

// The layout-table rule of docx_reader.h.
void MarkLayoutTables(std::vector<Block>* blocks) {
  size_t first_paragraph = blocks->size(), last_paragraph = 0;
  bool any = false;
  for (size_t i = 0; i < blocks->size(); ++i) {
    if ((*blocks)[i].table) continue;
    if (!any) first_paragraph = i;
    last_paragraph = i;
    any = true;
  }
  for (size_t i = 0; i < blocks->size(); ++i) {
    Block& b = (*blocks)[i];
    if (!b.table || !b.borderless || Columns(b) > 2) continue;
    b.layout = !any || i < first_paragraph || i > last_paragraph;
  }
}

std::string CellText(const Cell& cell) {
  std::string out;
  for (const std::string& line : cell) {
    if (!out.empty()) out += ' ';
    for (char c : line) out += c == '\n' || c == '\t' ? ' ' : c == '|' ? '/' : c;
  }
  return out;
}

void AppendTable(const Block& table, std::string* out) {
  if (table.layout) {
    // Left column's lines, then the right column's.
    std::string text;
    for (size_t column = 0; column < 2; ++column) {
      for (const auto& row : table.rows) {
        if (column >= row.size()) continue;
        for (const std::string& line : row[column]) {
          if (!text.empty()) text += '\n';
          text += line;
        }
      }
    }
    *out += text;
    return;
  }
  const size_t columns = Columns(table);
  bool first = true;
  for (const auto& row : table.rows) {
    std::string line = "|";
    for (size_t c = 0; c < columns; ++c) {
      const std::string text = c < row.size() ? CellText(row[c]) : "";
      line += text.empty() ? " |" : " " + text + " |";
    }
    if (!first) *out += '\n';
    *out += line;
    if (first) {
      *out += "\n|";
      for (size_t c = 0; c < columns; ++c) *out += "---|";
    }
    first = false;
  }
}

// Valid UTF-8, no control characters but tab and line end, no empty lines at the ends.
std::string Clean(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const size_t from = i;
    const char32_t cp = DecodeUtf8(text, &i);
    if (cp < 0x20 && cp != '\t' && cp != '\n') continue;
    if (cp == 0xFFFD && text.substr(from, i - from) != "\xEF\xBF\xBD") {
      out += "\xEF\xBF\xBD";
      continue;
    }
    out.append(text.substr(from, i - from));
  }
  return out;
}

Status ParseXml(const std::string& xml, std::string_view part, pugi::xml_document* doc) {
  const pugi::xml_parse_result r = doc->load_buffer(xml.data(), xml.size());
  if (r) return Status::Ok();
  return Status::InvalidInput("damaged Word document: " + std::string(part) +
                              " is not well-formed XML (" + r.description() + " at byte " +
                              std::to_string(r.offset) + ")");
}

}  // namespace

bool StartsWithZipMagic(std::string_view bytes) {
  return bytes.starts_with(std::string_view("PK\x03\x04", 4)) ||
         bytes.starts_with(std::string_view("PK\x05\x06", 4));
}

Status ReadDocx(std::string_view bytes, size_t max_xml_bytes, std::string* utf8,
                bool* word_document) {
  utf8->clear();
  if (word_document != nullptr) *word_document = false;
  DocxPackage package;
  if (Status s = package.Open(bytes); !s.ok()) return s;
  if (!package.Has("word/document.xml")) {
    return Status::InvalidInput("not a Word document: no word/document.xml");
  }
  if (word_document != nullptr) *word_document = true;
  size_t budget = max_xml_bytes;
  std::string document_xml, numbering_xml, styles_xml, footnotes_xml;
  bool present = false;
  for (const auto& [name, xml] :
       {std::pair{"word/document.xml", &document_xml},
        std::pair{"word/numbering.xml", &numbering_xml}, std::pair{"word/styles.xml", &styles_xml},
        std::pair{"word/footnotes.xml", &footnotes_xml}}) {
    if (Status s = package.Read(name, &budget, xml, &present); !s.ok()) return s;
  }
  pugi::xml_document document, styles, footnotes;
  if (Status s = ParseXml(document_xml, "word/document.xml", &document); !s.ok()) return s;
  // The optional parts are read as far as they parse: a damaged numbering.xml
  // costs the labels, not the document.
  (void)styles.load_buffer(styles_xml.data(), styles_xml.size());
  (void)footnotes.load_buffer(footnotes_xml.data(), footnotes_xml.size());
  DocxNumbering numbering;
  numbering.Load(numbering_xml, styles_xml);
  const auto bordered = BorderedStyles(styles.document_element());

  BodyReader reader(&numbering, footnotes.document_element(), bordered);
  std::vector<Block> blocks;
  reader.Blocks(Child(document.document_element(), "body"), 0, &blocks);
  MarkLayoutTables(&blocks);

  std::string text;
  const Block* previous = nullptr;
  for (const Block& b : blocks) {
    if (b.table && b.rows.empty()) continue;
    if (previous != nullptr) {
      const bool title_block = !b.table && !previous->table && b.centered && previous->centered;
      text += title_block ? "\n" : "\n\n";
    }
    if (b.table) {
      AppendTable(b, &text);
    } else {
      text += b.text;
    }
    previous = &b;
  }
  for (const std::string& note : reader.Notes(0)) text += "\n\n" + note;
  *utf8 = Clean(text);
  if (utf8->find_first_not_of(" \t\n") == std::string::npos) {
    utf8->clear();
    return Status::InvalidInput("empty Word document");
  }
  *utf8 += '\n';
  return Status::Ok();
}

}  // namespace ntmx
