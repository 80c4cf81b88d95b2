// See report_builder.h.
#include "report/report_builder.h"

#include <algorithm>
#include <map>
#include <set>

#include "report/html_writer.h"
#include "report/number_format.h"
#include "report/report_style.h"
#include "report/svg_chart.h"
#include "report/target_charts.h"

namespace ntmx {
namespace {

// How the page names the closed vocabularies of the schema (CHECK constraints).
std::string StatusWord(const std::string& status) {
  if (status == "met") return "đạt";
  if (status == "unmet") return "chưa đạt";
  if (status == "planned") return "phấn đấu đạt";
  return status;
}

std::string StatusSymbol(const std::string& status) {
  if (status == "met") return "✓";
  if (status == "unmet") return "✗";
  if (status == "planned") return "○";
  return "?";
}

std::string LevelWord(const std::string& level) {
  if (level == "commune") return "xã";
  if (level == "district") return "huyện";
  if (level == "province") return "tỉnh";
  return level;
}

std::string SeverityWord(const std::string& severity) {
  if (severity == "error") return "lỗi";
  if (severity == "warning") return "cảnh báo";
  if (severity == "info") return "thông tin";
  return severity;
}

std::string KindWord(const std::string& kind) {
  if (kind == "targets") return "chỉ tiêu";
  if (kind == "criteria_status") return "tình trạng tiêu chí";
  if (kind == "criteria_counts") return "số tiêu chí";
  return kind;
}

// "2023-01-05" -> "05/01/2023"; anything else unchanged.
std::string DateVi(const std::string& iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return iso;
  return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

std::string JoinNonEmpty(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

// The class of a matrix cell from the statuses a document gives it: one status is
// its own class; "unmet now, planned this year" is planned; anything else (met and
// unmet at once) is mixed, which the reader should look into.
std::string CellClass(const std::vector<StatusMark>& marks) {
  std::set<std::string> statuses;
  for (const StatusMark& m : marks) statuses.insert(m.status);
  if (statuses.size() == 1) return *statuses.begin();
  if (statuses == std::set<std::string>{"planned", "unmet"}) return "planned";
  return "mixed";
}

class Builder {
 public:
  Builder(const ReportData& data, const std::vector<AuditFinding>& findings,
          const ReportPageOptions& options)
      : data_(data), findings_(findings), options_(options) {
    for (size_t i = 0; i < data_.sources.size(); ++i) number_[data_.sources[i].anchor] = i + 1;
  }

  std::string Build() {
    h_.Raw("<!DOCTYPE html>\n");
    h_.Open("html", {{"lang", "vi"}});
    h_.Open("head");
    h_.Empty("meta", {{"charset", "utf-8"}});
    h_.Empty("meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}});
    h_.Element("title", "Báo cáo nông thôn mới – " + options_.database);
    h_.Open("style");
    h_.Raw(ReportStyleSheet());
    h_.Close("style");
    h_.Close("head");
    h_.Raw("\n");
    h_.Open("body");
    Header();
    if (data_.documents.empty()) {
      h_.Element("p", {{"class", "notice"}, {"id", "empty"}},
                 "Cơ sở dữ liệu chưa có văn bản nào (the database holds no documents). Hãy "
                 "chạy “ntmx ingest --db " +
                     options_.database + " THƯ_MỤC” trước.");
    } else {
      Documents();
      Matrices();
      Targets();
      Findings();
      Sources();
    }
    h_.Close("body");
    h_.Close("html");
    h_.Raw("\n");
    return h_.Release();
  }

 private:
  void SectionHeading(const std::string& id, const std::string& vi, const std::string& en) {
    h_.Raw("\n");
    h_.Open("section", {{"id", id}});
    h_.Open("h2");
    h_.Text(vi + " ");
    h_.Element("span", {{"class", "en"}}, en);
    h_.Close("h2");
  }

  void Header() {
    h_.Open("header");
    h_.Element("h1", "Báo cáo xây dựng nông thôn mới");
    h_.Open("p", {{"class", "sub"}});
    h_.Text("New rural development plans · cơ sở dữ liệu ");
    h_.Element("code", options_.database);
    if (!options_.generated.empty()) h_.Text(" · tạo ngày " + DateVi(options_.generated));
    h_.Text(" · ntmx report");
    h_.Close("p");

    std::set<std::string> subjects;
    size_t statuses = 0;
    for (const CriteriaMatrix& m : data_.matrices) {
      for (const MatrixRow& r : m.rows) {
        subjects.insert(r.subject);
        for (const auto& [criterion, marks] : r.cells) statuses += marks.size();
      }
    }
    h_.Open("ul", {{"class", "summary"}});
    auto item = [&](size_t n, const std::string& vi, const std::string& en) {
      h_.Open("li");
      h_.Element("b", std::to_string(n));
      h_.Text(vi + " ");
      h_.Element("span", {{"class", "en"}}, en);
      h_.Close("li");
    };
    item(data_.documents.size(), "văn bản", "documents");
    item(subjects.size(), "địa bàn được đánh giá", "subjects rated");
    item(statuses, "tình trạng tiêu chí", "criterion statuses");
    item(data_.targets.size(), "chỉ tiêu", "targets");
    item(findings_.size(), "phát hiện", "findings");
    h_.Close("ul");

    if (!data_.documents.empty()) {
      h_.Open("nav", {{"class", "toc"}});
      for (const auto& [id, name] :
           std::vector<std::pair<std::string, std::string>>{{"documents", "1. Văn bản"},
                                                            {"criteria", "2. Ma trận tiêu chí"},
                                                            {"targets", "3. Chỉ tiêu"},
                                                            {"findings", "4. Phát hiện"},
                                                            {"sources", "5. Nguồn trích dẫn"}}) {
        h_.Element("a", {{"href", "#" + id}}, name);
      }
      h_.Close("nav");
    }
    h_.Close("header");
  }

  // A record's way back: the superscript "[n]" linking to its source entry.
  void Ref(const std::string& anchor) {
    auto it = number_.find(anchor);
    if (it == number_.end()) return;
    h_.Open("sup", {{"class", "ref"}});
    h_.Element("a", {{"href", "#" + anchor}, {"title", Tooltip(anchor)}},
               "[" + std::to_string(it->second) + "]");
    h_.Close("sup");
  }

  std::string Tooltip(const std::string& anchor) const {
    const SourceRef* s = data_.Source(anchor);
    return s ? SourceTooltip(*s) : "";
  }

  void DocumentLink(int64_t id) {
    h_.Element("a", {{"class", "doc"}, {"href", "#doc-" + std::to_string(id)}},
               "VB " + std::to_string(id));
  }

  void Documents() {
    SectionHeading("documents", "1. Văn bản", "Documents ingested");
    h_.Open("div", {{"class", "scroll"}});
    h_.Open("table", {{"class", "documents"}});
    h_.Open("thead");
    h_.Open("tr");
    h_.Element("th", {{"class", "num"}}, "VB");
    // The period column only once some document has one (databases before 0002 never do).
    const bool periods = std::any_of(data_.documents.begin(), data_.documents.end(),
                                     [](const ReportDocument& d) { return !d.period.empty(); });
    for (const char* column : {"Văn bản", "Ngày", "Cơ quan ban hành", "Địa bàn"}) {
      h_.Element("th", column);
    }
    if (periods) h_.Element("th", "Giai đoạn");
    for (const auto& [name, hint] : std::vector<std::pair<std::string, std::string>>{
             {"Căn cứ", "căn cứ pháp lý (legal bases)"},
             {"Tình trạng TC", "tình trạng tiêu chí (criterion statuses)"},
             {"Số TC", "số tiêu chí đạt do văn bản tự nêu (count claims)"},
             {"Chỉ tiêu", "chỉ tiêu (targets)"},
             {"Nhiệm vụ", "nhiệm vụ (tasks)"},
             {"Phân công", "phân công trách nhiệm (responsibilities)"},
             {"Phát hiện", "phát hiện khi kiểm tra (findings)"}}) {
      h_.Element("th", {{"class", "num"}, {"title", hint}}, name);
    }
    h_.Close("tr");
    h_.Close("thead");
    h_.Open("tbody");
    for (const ReportDocument& d : data_.documents) {
      h_.Open("tr", {{"id", "doc-" + std::to_string(d.id)}});
      h_.Element("td", {{"class", "num"}}, std::to_string(d.id));
      h_.Open("td");
      const std::string number =
          !d.doc_number.empty()
              ? d.doc_number
              : (d.doc_symbol.empty() ? "(không số)" : "…/" + d.doc_symbol + " (không số)");
      h_.Element("div", {{"class", "title"}}, JoinNonEmpty({d.doc_type, number}, " "));
      h_.Element("div", d.title);
      h_.Open("div", {{"class", "source"}});
      h_.Text(d.source + " ");
      // A plan stored as several files says so: "(pdf · 3 bản: pdf, docx, text)".
      h_.Element(
          "span", {{"class", "format"}},
          "(" + d.format +
              (d.copies > 1 ? " · " + std::to_string(d.copies) + " bản: " + d.copy_formats : "") +
              ")");
      h_.Close("div");
      h_.Close("td");
      h_.Element("td", !d.issue_date.empty() ? DateVi(d.issue_date)
                       : d.year              ? "năm " + std::to_string(*d.year)
                                             : "—");
      h_.Open("td");
      h_.Text(JoinNonEmpty({LevelWord(d.issuer_level), d.issuer_name}, " "));
      if (!d.signer_name.empty()) {
        h_.Element("div", {{"class", "muted"}},
                   JoinNonEmpty({d.signer_name, d.signer_position}, ", "));
      }
      h_.Close("td");
      h_.Element("td", JoinNonEmpty({d.commune, d.district, d.province}, ", "));
      if (periods) h_.Element("td", d.period.empty() ? "—" : d.period);
      for (int64_t n : {d.legal_bases, d.criteria_status, d.criteria_counts, d.targets, d.tasks,
                        d.responsibilities, d.findings}) {
        h_.Element("td", {{"class", "num"}}, std::to_string(n));
      }
      h_.Close("tr");
    }
    h_.Close("tbody");
    h_.Close("table");
    h_.Close("div");
    h_.Close("section");
  }

  void Legend() {
    h_.Open("ul", {{"class", "legend"}});
    for (const char* status : {"met", "unmet", "planned"}) {
      h_.Open("li");
      h_.Element("span", {{"class", std::string("swatch ") + status}}, StatusSymbol(status));
      h_.Text(StatusWord(status));
      h_.Close("li");
    }
    h_.Open("li");
    h_.Element("span", {{"class", "swatch planned"}}, "✗○");
    h_.Text("chưa đạt, phấn đấu đạt trong kỳ");
    h_.Close("li");
    h_.Open("li");
    h_.Element("span", {{"class", "swatch mixed"}}, "✓✗");
    h_.Text("văn bản nêu cả đạt và chưa đạt");
    h_.Close("li");
    h_.Open("li");
    h_.Element("span", {{"class", "swatch none"}}, "·");
    h_.Text("không nêu");
    h_.Close("li");
    h_.Close("ul");
  }

  void Matrices() {
    SectionHeading("criteria", "2. Ma trận tiêu chí", "Criteria matrix: subjects × criteria");
    h_.Element("p", {{"class", "muted"}},
               "Mỗi dòng là một địa bàn theo một văn bản; mỗi ô là tình trạng văn bản đó nêu cho "
               "tiêu chí. Di chuột lên ô để xem câu trích, bấm để tới phần Nguồn.");
    Legend();
    if (data_.matrices.empty()) {
      h_.Element("p", {{"class", "notice"}}, "Chưa có tình trạng tiêu chí nào.");
    }
    for (const CriteriaMatrix& m : data_.matrices) Matrix(m);
    h_.Close("section");
  }

  void Matrix(const CriteriaMatrix& m) {
    h_.Open("h3");
    h_.Text(m.label + " ");
    h_.Element("code", m.set);
    h_.Close("h3");
    h_.Open("div", {{"class", "scroll"}});
    h_.Open("table", {{"class", "matrix"}, {"data-set", m.set}});
    h_.Open("thead");
    h_.Open("tr");
    h_.Element("th", "Địa bàn");
    for (int c : m.criteria) {
      auto name = m.criterion_names.find(c);
      HtmlAttributes attributes = {{"class", "crit"}};
      if (name != m.criterion_names.end()) attributes.push_back({"title", name->second});
      h_.Element("th", attributes, std::to_string(c));
    }
    h_.Element("th", {{"title", "số tiêu chí đạt / chưa đạt / phấn đấu đạt trong bảng"}}, "✓ ✗ ○");
    h_.Element("th", {{"title", "số tiêu chí đạt do văn bản tự nêu"}}, "Văn bản tự nêu");
    h_.Close("tr");
    h_.Close("thead");
    h_.Open("tbody");
    for (const MatrixRow& row : m.rows) {
      h_.Open("tr", {{"data-subject", row.subject}});
      h_.Open("th", {{"class", "subject"}});
      h_.Text(row.subject);
      if (row.commune_group) h_.Text(" (nhóm " + std::to_string(*row.commune_group) + ")");
      h_.Text(" ");
      h_.Open("span", {{"class", "muted"}});
      if (row.year) h_.Text(std::to_string(*row.year) + " · ");
      DocumentLink(row.document_id);
      h_.Close("span");
      h_.Close("th");
      std::map<std::string, int> totals;
      for (int c : m.criteria) {
        auto cell = row.cells.find(c);
        if (cell == row.cells.end()) {
          h_.Element("td", {{"class", "cell none"}, {"title", "không nêu"}}, "·");
          continue;
        }
        std::string symbols, tooltip;
        std::set<std::string> seen;
        for (const StatusMark& mark : cell->second) seen.insert(mark.status);
        for (const char* status : {"met", "unmet", "planned"}) {  // one order in every cell
          if (!seen.count(status)) continue;
          symbols += StatusSymbol(status);
          ++totals[status];
        }
        for (const StatusMark& mark : cell->second) {
          if (!tooltip.empty()) tooltip += "\n\n";
          tooltip += "Tiêu chí " + std::to_string(c) + ": " + StatusWord(mark.status) + "\n" +
                     Tooltip(mark.anchor);
        }
        const std::string cls = CellClass(cell->second);
        h_.Open("td", {{"class", "cell " + cls}, {"data-status", cls}, {"title", tooltip}});
        h_.Element("a", {{"href", "#" + cell->second.front().anchor}}, symbols);
        h_.Close("td");
      }
      h_.Element("td", {{"class", "claims"}},
                 "✓" + std::to_string(totals["met"]) + " ✗" + std::to_string(totals["unmet"]) +
                     " ○" + std::to_string(totals["planned"]));
      h_.Open("td", {{"class", "claims"}});
      for (size_t i = 0; i < row.claims.size(); ++i) {
        const CountClaim& claim = row.claims[i];
        if (i > 0) h_.Text("; ");
        std::string text = StatusWord(claim.status) + " " + std::to_string(claim.count);
        if (claim.total) text += "/" + std::to_string(*claim.total);
        h_.Element("a", {{"href", "#" + claim.anchor}, {"title", Tooltip(claim.anchor)}}, text);
      }
      h_.Close("td");
      h_.Close("tr");
    }
    h_.Close("tbody");
    h_.Close("table");
    h_.Close("div");
    h_.Open("ol", {{"class", "key"}});
    for (int c : m.criteria) {
      auto name = m.criterion_names.find(c);
      h_.Element("li", {{"value", std::to_string(c)}},
                 name != m.criterion_names.end() ? name->second : "(ngoài danh mục)");
    }
    h_.Close("ol");
  }

  void Targets() {
    SectionHeading("targets", "3. Chỉ tiêu", "Targets compared");
    h_.Element("p", {{"class", "muted"}},
               "Mỗi biểu đồ so sánh chỉ tiêu của cùng một tiêu chí, cùng đơn vị, giữa các địa bàn "
               "(màu theo tỉnh). Di chuột lên cột để xem câu trích, bấm để tới phần Nguồn.");
    const std::vector<BarChart> charts = TargetCharts(data_, options_.max_charts);
    if (charts.empty()) {
      h_.Element("p", {{"class", "notice"}},
                 "Không có chỉ tiêu nào để so sánh: cần ít nhất hai địa bàn đặt chỉ tiêu cho cùng "
                 "tiêu chí, cùng đơn vị.");
    }
    for (const BarChart& chart : charts) {
      h_.Open("figure");
      h_.Element("figcaption", chart.title + " (" + chart.value_axis + ")");
      h_.Raw(RenderBarChart(chart));
      h_.Close("figure");
    }

    h_.Element("h3", "Tất cả chỉ tiêu (" + std::to_string(data_.targets.size()) + ")");
    if (data_.targets.empty()) {
      h_.Element("p", {{"class", "muted"}}, "Chưa có chỉ tiêu nào.");
      h_.Close("section");
      return;
    }
    h_.Open("div", {{"class", "scroll"}});
    h_.Open("table", {{"class", "targets"}});
    h_.Open("thead");
    h_.Open("tr");
    for (const char* column : {"VB", "Địa bàn", "Năm", "TC", "Chỉ tiêu", "Giá trị", "Đơn vị"}) {
      h_.Element("th", column);
    }
    h_.Close("tr");
    h_.Close("thead");
    h_.Open("tbody");
    for (const ReportTarget& t : data_.targets) {
      h_.Open("tr");
      h_.Open("td");
      DocumentLink(t.document_id);
      h_.Close("td");
      h_.Element("td", t.subject);
      h_.Element("td", {{"class", "num"}}, t.year ? std::to_string(*t.year) : "");
      std::string criterion =
          t.indicator.empty() ? (t.criterion ? std::to_string(*t.criterion) : "") : t.indicator;
      HtmlAttributes attributes = {{"class", "num"}};
      if (!t.criterion_name.empty()) attributes.push_back({"title", t.criterion_name});
      h_.Element("td", attributes, criterion);
      h_.Element("td", t.metric);
      h_.Open("td", {{"class", "num"}});
      h_.Element("a", {{"href", "#" + t.anchor}, {"title", Tooltip(t.anchor)}}, TargetValueText(t));
      Ref(t.anchor);
      h_.Close("td");
      h_.Element("td", t.unit);
      h_.Close("tr");
    }
    h_.Close("tbody");
    h_.Close("table");
    h_.Close("div");
    h_.Close("section");
  }

  void Findings() {
    SectionHeading("findings", "4. Phát hiện", "Audit findings");
    h_.Element("p", {{"class", "muted"}},
               "Những chỗ văn bản tự mâu thuẫn hoặc mâu thuẫn với văn bản khác (ntmx audit), kèm "
               "câu trích.");
    if (findings_.empty()) h_.Element("p", {{"class", "notice"}}, "Không có phát hiện nào.");
    for (const AuditFinding& f : findings_) {
      h_.Open("div", {{"class", "finding " + f.severity}, {"data-check", f.check}});
      h_.Open("div", {{"class", "head"}});
      h_.Element("span", {{"class", "badge"}}, SeverityWord(f.severity));
      h_.Element("code", f.check);
      if (f.subject) h_.Text(" · " + *f.subject);
      if (f.year) h_.Text(" · " + std::to_string(*f.year));
      if (!f.documents.empty()) {
        std::string documents;
        for (const std::string& d : f.documents) documents += (documents.empty() ? "" : ", ") + d;
        h_.Text(" · " + documents);
      }
      h_.Close("div");
      h_.Element("p", f.message);
      for (const std::string& quote : f.quotes) h_.Element("blockquote", quote);
      h_.Close("div");
    }
    h_.Close("section");
  }

  void Sources() {
    SectionHeading("sources", "5. Nguồn trích dẫn", "Sources: where each number was read");
    h_.Element("p", {{"class", "muted"}},
               "Mỗi mục: văn bản, loại bản ghi, quy tắc (rule id), vị trí ký tự, và câu gốc với "
               "phần được đọc tô vàng.");
    int64_t document = -1;
    bool open = false;
    for (size_t i = 0; i < data_.sources.size(); ++i) {
      const SourceRef& s = data_.sources[i];
      if (s.document_id != document) {
        if (open) h_.Close("ol");
        document = s.document_id;
        h_.Open("h3");
        DocumentLink(document);
        h_.Text(" – " + s.source);
        h_.Close("h3");
        h_.Open("ol", {{"class", "sources"}, {"start", std::to_string(i + 1)}});
        open = true;
      }
      h_.Open("li", {{"id", s.anchor}});
      h_.Element("span", {{"class", "where"}},
                 KindWord(s.kind) + " · " + s.rule_id + " · ký tự " + std::to_string(s.span_begin) +
                     "–" + std::to_string(s.span_end));
      h_.Raw("<br/>");
      h_.Text(s.before);
      h_.Element("mark", s.quote);
      h_.Text(s.after);
      h_.Close("li");
    }
    if (open) h_.Close("ol");
    h_.Close("section");
  }

  const ReportData& data_;
  const std::vector<AuditFinding>& findings_;
  const ReportPageOptions& options_;
  std::map<std::string, size_t> number_;  // anchor -> its number in the appendix
  HtmlWriter h_;
};

}  // namespace

std::string BuildReportHtml(const ReportData& data, const std::vector<AuditFinding>& findings,
                            const ReportPageOptions& options) {
  return Builder(data, findings, options).Build();
}

}  // namespace ntmx
