// See report_style.h.
#include "report/report_style.h"

namespace ntmx {

std::string_view ReportStyleSheet() {
  return R"css(
:root {
  --ink: #1f2328; --muted: #5b636d; --rule: #d0d7de; --paper: #ffffff; --band: #f4f6f8;
  --met: #d4edda; --met-ink: #1e6b34; --unmet: #f8d7da; --unmet-ink: #9b1c27;
  --planned: #fff1c2; --planned-ink: #7a5a00; --mixed: #e2d9f3; --mixed-ink: #4b2e83;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; padding: 24px 32px 48px; color: var(--ink); background: var(--paper);
  font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif;
  font-size: 14px; line-height: 1.45;
}
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 0 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 15px; margin: 20px 0 8px; }
.en { color: var(--muted); font-weight: normal; font-size: 0.8em; }
.muted, .sub { color: var(--muted); }
.sub { margin: 0 0 12px; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 12px; }
a { color: #0b5cad; text-decoration: none; }
a:hover { text-decoration: underline; }
section { margin-top: 32px; }
.summary { display: flex; flex-wrap: wrap; gap: 10px; list-style: none; padding: 0; margin: 12px 0; }
.summary li { background: var(--band); border: 1px solid var(--rule); border-radius: 6px; padding: 6px 14px; }
.summary b { font-size: 20px; margin-right: 6px; }
nav.toc { font-size: 13px; }
nav.toc a { margin-right: 16px; }
.notice { background: var(--planned); border: 1px solid #e0c36a; padding: 10px 14px; border-radius: 6px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: 13px; }
th, td { border: 1px solid var(--rule); padding: 4px 7px; vertical-align: top; text-align: left; }
thead th { background: var(--band); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.documents { width: 100%; }
table.documents .title { font-weight: 600; }
table.documents .source { color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
table.documents .format { white-space: nowrap; }
.legend { display: flex; flex-wrap: wrap; gap: 14px; margin: 8px 0 4px; padding: 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; min-width: 26px; text-align: center; border: 1px solid var(--rule);
  font-weight: bold; padding: 0 4px; }
table.matrix td.cell { text-align: center; min-width: 26px; padding: 3px 2px; font-weight: bold; }
table.matrix th.crit { text-align: center; min-width: 26px; padding: 3px 2px; }
table.matrix th.subject { white-space: nowrap; font-weight: 600; }
table.matrix th.subject .muted { font-weight: normal; font-size: 12px; }
table.matrix td.cell a { color: inherit; display: block; }
.met { background: var(--met); color: var(--met-ink); }
.unmet { background: var(--unmet); color: var(--unmet-ink); }
.planned { background: var(--planned); color: var(--planned-ink); }
.mixed { background: var(--mixed); color: var(--mixed-ink); }
.none { color: #b0b7bf; }
.claims { font-size: 12px; white-space: nowrap; }
.key { columns: 3 260px; font-size: 12px; color: var(--muted); margin: 6px 0 0; padding-left: 20px; }
figure { margin: 16px 0 24px; page-break-inside: avoid; break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: 4px; }
svg.chart { max-width: 100%; height: auto; font-family: inherit; }
svg.chart .grid { stroke: #e3e7eb; }
svg.chart .axis { stroke: #57606a; }
svg.chart text { font-size: 13px; fill: var(--ink); }
svg.chart .tick, svg.chart .axis-title { fill: var(--muted); font-size: 12px; }
svg.chart .axis-title { font-style: italic; }
svg.chart .value { font-weight: bold; }
svg.chart a:hover rect { stroke: var(--ink); stroke-width: 1.5; }
sup.ref { font-size: 10px; margin-left: 2px; }
a.doc { white-space: nowrap; }
.finding { border: 1px solid var(--rule); border-left: 6px solid var(--muted); padding: 8px 12px;
  margin: 10px 0; page-break-inside: avoid; break-inside: avoid; }
.finding.warning { border-left-color: #d4a72c; }
.finding.error { border-left-color: #cf222e; }
.finding.info { border-left-color: #0969da; }
.finding .head { font-size: 12px; color: var(--muted); }
.badge { display: inline-block; font-weight: bold; padding: 0 6px; border-radius: 4px; margin-right: 6px;
  color: #fff; background: var(--muted); }
.warning .badge { background: #9a6700; }
.error .badge { background: #cf222e; }
.info .badge { background: #0969da; }
.finding p { margin: 4px 0; }
blockquote { margin: 4px 0 4px 8px; padding: 2px 10px; border-left: 3px solid var(--rule);
  color: #333; background: var(--band); }
ol.sources { padding-left: 44px; font-size: 13px; }
ol.sources li { margin: 3px 0; }
ol.sources li:target { background: #fff8c5; }
ol.sources .where { color: var(--muted); font-size: 12px; }
mark { background: #fff1a8; padding: 0 1px; }
@media print {
  body { padding: 0; font-size: 11pt; }
  section { break-before: page; page-break-before: always; margin-top: 0; }
  header + section { break-before: auto; page-break-before: auto; margin-top: 16pt; }
  nav.toc, .noprint { display: none; }
  a { color: inherit; }
  .scroll { overflow: visible; }
  thead { display: table-header-group; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  table.matrix { font-size: 9pt; }
}
)css";
}

}  // namespace ntmx
